/**
 * Given / when / then for deciders: the history of an aggregate, one command, and either the events
 * it decides or the rule it breaks.
 *
 *   given(frameworkDecider, [adopted]).when(revise).then([revised]);
 *   given(frameworkDecider).when(adopt).thenViolates([{ rule: 'invalid-date', field: 'adoptedOn' }]);
 *   given(frameworkDecider).when(revise).thenThrows(AggregateNotFound, { aggregate: 'framework' });
 */
import { type Decider, DomainRuleViolation, fold, violationsOf } from '@ct/domain';

export interface ExpectedViolation {
  rule: string;
  /** The field the violation names; omitted (or a bare rule string) = the violation names none. */
  field?: string;
}

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/** Context is optional only for deciders that take none. */
type ContextArgs<X> = undefined extends X ? [context?: X] : [context: X];

const byRuleAndField = (a: ExpectedViolation, b: ExpectedViolation): number =>
  `${a.rule}|${a.field ?? ''}`.localeCompare(`${b.rule}|${b.field ?? ''}`);

/** What an event store would hand back: JSON, so `undefined` fields vanish as they do when stored. */
const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

export class DeciderSpec<C, E, S, X> {
  constructor(
    private readonly decider: Decider<C, E, S, X>,
    private readonly history: readonly E[],
    private readonly context: X,
  ) {}

  when(command: C): DeciderOutcome<E> {
    const state = fold(this.decider as Decider<never, E, S, never>, this.history);
    return new DeciderOutcome(() => this.decider.decide(command, state, this.context));
  }
}

export class DeciderOutcome<E> {
  constructor(private readonly run: () => E[]) {}

  /** The command succeeds and decides exactly these events, compared as they would be stored. */
  then(expected: E[]): void {
    const events = this.run();
    expect(asStored(events)).toStrictEqual(asStored(expected));
    expect(events).toHaveLength(expected.length);
  }

  /**
   * The command fails with this error class. A string names the broken rule (for a
   * DomainRuleViolation); an object lists properties the error must have (rule, field, aggregate, id…).
   */
  thenThrows<T extends Error>(errorClass: ErrorClass<T>, expected?: string | Partial<T>): void {
    const error = this.failure();
    expect(error).toBeInstanceOf(errorClass);
    const properties = typeof expected === 'string' ? { rule: expected } : expected;
    if (properties) expect(error).toMatchObject(properties);
  }

  /**
   * The command breaks exactly these rules (in any order), each naming the field given. Every
   * violation RuleCheck collected is checked through `violationsOf`, not only the first one thrown.
   */
  thenViolates(expected: ReadonlyArray<ExpectedViolation | string>): void {
    const error = this.failure();
    expect(error).toBeInstanceOf(DomainRuleViolation);
    const violations = violationsOf(error as DomainRuleViolation);
    const actual = violations.map((v) =>
      v.field === undefined ? { rule: v.rule } : { rule: v.rule, field: v.field },
    );
    const wanted = expected.map((v) => (typeof v === 'string' ? { rule: v } : v));
    expect([...actual].sort(byRuleAndField)).toStrictEqual([...wanted].sort(byRuleAndField));
    for (const violation of violations) expect(violation.message).not.toHaveLength(0);
  }

  private failure(): unknown {
    let events: E[];
    try {
      events = this.run();
    } catch (error) {
      return error;
    }
    throw new Error(`expected the command to fail, but it decided ${JSON.stringify(events)}`);
  }
}

export function given<C, E, S, X>(
  decider: Decider<C, E, S, X>,
  history: readonly E[] = [],
  ...[context]: ContextArgs<X>
): DeciderSpec<C, E, S, X> {
  return new DeciderSpec(decider, history, context as X);
}
