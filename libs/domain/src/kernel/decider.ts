/**
 * A decider (Jérémie Chassaing's pattern, as Emmett and Eventuous use it): the whole behaviour of an
 * aggregate as three pure values. Command handlers read a stream, fold it with `evolve` from
 * `initialState`, call `decide` and append what it returns.
 */
export interface Decider<Command, Event, State, Context = undefined> {
  readonly initialState: State;
  evolve(state: State, event: Folded<Event>): State;
  decide(command: Command, state: State, context: Context): Event[];
}

/**
 * An event as `evolve` receives it: with the id it is stored under when the caller knows it (the
 * AggregateStore passes the recorded id, the pipeline `eventIdFor(commandId, index)` for events
 * not yet appended). Some identities are event ids: a progress report is named by the id of its
 * `ProgressReported` event, so corrections and reviews can point at it.
 */
export type Folded<Event> = Event & { readonly id?: string };

/**
 * In which capacity the principal acts: a State's coordinator (a token scoped to States) or
 * programme staff (UNOCT/UNRCCA officers, operators at the CLI). Some rules depend on it, e.g. a
 * coordinator may no longer correct a report programme staff validated.
 */
export const ACTING_AS = ['state-coordinator', 'programme-staff'] as const;
export type ActingAs = (typeof ACTING_AS)[number];

/** What every command brings from outside the domain: the moment it is decided at, and who acts. */
export interface CommandClock {
  /** ISO 8601 instant at which the command is handled; the domain never reads a clock itself. */
  readonly now: string;
  /**
   * Set by the pipeline on every command. Optional so that commands whose rules never look at it
   * can be written without it; rules that do look treat its absence as the narrower capacity,
   * `state-coordinator`, so a forgotten value never grants more than it should.
   */
  readonly actingAs?: ActingAs;
}

/** A command's fields without what the pipeline adds (type, clock, capacity): what its event records. */
export function commandData<C extends { type: string } & CommandClock>(
  command: C,
): Omit<C, 'type' | 'now' | 'actingAs'> {
  const { type: _type, now: _now, actingAs: _actingAs, ...data } = command;
  return data;
}

export const fold = <E, S>(
  decider: Pick<Decider<never, E, S, never>, 'evolve' | 'initialState'>,
  events: Iterable<E>,
): S => {
  let state = decider.initialState;
  // An event without an id is a valid Folded<E> (the id is optional): pass ids by giving Folded events.
  for (const event of events) state = decider.evolve(state, event as Folded<E>);
  return state;
};

/** Compile-time proof that a switch handled every member of a union. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
