/**
 * Domain errors say what rule was broken, never how to answer over HTTP: the API maps them once
 * (422 for a broken rule, 404 for an unknown aggregate).
 */
export class DomainRuleViolation extends Error {
  override readonly name = 'DomainRuleViolation';
  constructor(
    /** A stable, kebab-case identifier of the rule, for clients and tests. */
    readonly rule: string,
    message: string,
    /** The input field the rule is about, where there is one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export class AggregateNotFound extends Error {
  override readonly name = 'AggregateNotFound';
  constructor(
    readonly aggregate: string,
    readonly id: string,
  ) {
    super(`${aggregate} '${id}' does not exist`);
  }
}

/** Collects every broken input rule of one command, so a client learns all of them at once. */
export class RuleCheck {
  private readonly violations: DomainRuleViolation[] = [];

  require(condition: boolean, rule: string, message: string, field?: string): this {
    if (!condition) this.violations.push(new DomainRuleViolation(rule, message, field));
    return this;
  }

  /** Throws the first violation; all of them are attached so the API can list each field. */
  throwIfAny(): void {
    const [first] = this.violations;
    if (first) throw Object.assign(first, { all: [...this.violations] });
  }
}

export const violationsOf = (error: DomainRuleViolation): DomainRuleViolation[] =>
  (error as DomainRuleViolation & { all?: DomainRuleViolation[] }).all ?? [error];
