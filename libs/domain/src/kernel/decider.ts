/**
 * A decider (Jérémie Chassaing's pattern, as Emmett and Eventuous use it): the whole behaviour of an
 * aggregate as three pure values. Command handlers read a stream, fold it with `evolve` from
 * `initialState`, call `decide` and append what it returns.
 */
export interface Decider<Command, Event, State, Context = undefined> {
  readonly initialState: State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State, context: Context): Event[];
}

/** What every command brings from outside the domain: the moment it is decided at. */
export interface CommandClock {
  /** ISO 8601 instant at which the command is handled; the domain never reads a clock itself. */
  readonly now: string;
}

export const fold = <E, S>(
  decider: Pick<Decider<never, E, S, never>, 'evolve' | 'initialState'>,
  events: Iterable<E>,
): S => {
  let state = decider.initialState;
  for (const event of events) state = decider.evolve(state, event);
  return state;
};

/** Compile-time proof that a switch handled every member of a union. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
