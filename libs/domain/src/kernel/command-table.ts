import { type Category } from '../events';
import { type Decider } from './decider';

/**
 * Other aggregates a decision looks at (read, never written): the application loads their current
 * states and hands them to the row's `context` builder. Declared as data so that one generic
 * pipeline serves every command and the domain stays free of I/O.
 */
export interface ContextReads {
  frameworks?: readonly string[];
  deliverables?: readonly string[];
  /** Catalogue entries (e.g. the regional mechanism a deliverable is assigned to). */
  organisations?: readonly string[];
}

/** The current states of what `ContextReads` named; absent ids are simply missing from the maps. */
export interface ContextStates<Framework, Deliverable, Organisation = unknown> {
  frameworks: ReadonlyMap<string, Framework>;
  deliverables: ReadonlyMap<string, Deliverable>;
  /** Optional: only the rows that read organisations look at it. */
  organisations?: ReadonlyMap<string, Organisation>;
}

/** A command as the edges send it: everything but its type, the clock and the capacity, which the pipeline adds. */
export type PayloadOf<Command> = Omit<Command, 'type' | 'now' | 'actingAs'>;

/**
 * One row of an aggregate's command table: which stream the command writes (the aggregate's id in
 * the payload), what it reads to decide, and for which State it acts (a coordinator may only act
 * for the States in their token).
 */
export interface CommandRow<
  Command,
  Context,
  Framework,
  Deliverable,
  State = unknown,
  Organisation = unknown,
> {
  streamId(command: PayloadOf<Command>): string;
  /** `state`: the aggregate's own folded state, for a command whose payload does not name what it reads. */
  reads?(command: PayloadOf<Command>, state: State): ContextReads;
  context?(
    command: PayloadOf<Command>,
    states: ContextStates<Framework, Deliverable, Organisation>,
    state: State,
  ): Context;
  /**
   * The payload field naming the State the command acts for, if it acts for one: its authorization
   * scope. Several fields (a report names either its State or, on a regional assignment, the member
   * State reporting): a coordinator's command must fill at least one, and every one filled must be
   * a State of their token.
   */
  actsForState?: (keyof PayloadOf<Command> & string) | readonly (keyof PayloadOf<Command> & string)[];
}

/** An aggregate as the write pipeline sees it: its category, its decider and its command table. */
export interface AggregateDefinition<
  Command extends { type: string },
  Event,
  State,
  Context,
  Framework = unknown,
  Deliverable = unknown,
  Organisation = unknown,
> {
  category: Category;
  decider: Decider<Command, Event, State, Context>;
  /** Context of a row that declares no `context` builder. */
  noContext: Context;
  commands: {
    [K in Command['type']]: CommandRow<
      Extract<Command, { type: K }>,
      Context,
      Framework,
      Deliverable,
      State,
      Organisation
    >;
  };
}
