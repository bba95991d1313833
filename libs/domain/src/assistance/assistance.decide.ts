import { NON_MONEY_CODES, decimalPlacesOf, isCurrencyCode, minorUnitsOf } from '../kernel/code-lists';
import { isIsoDate } from '../kernel/dates';
import { type CommandClock, type Decider } from '../kernel/decider';
import { AggregateNotFound, DomainRuleViolation, RuleCheck } from '../kernel/errors';
import { type Pillar, isPillar } from '../kernel/pillars';
import { checkDate, checkState, checkText } from '../kernel/rules';
import {
  ASSISTANCE_KINDS,
  type AssistanceAmended,
  type AssistanceEvent,
  type AssistanceProvided,
  type AssistanceRecipients,
  DAC_REGIONS,
  DAC_REGION_VOCABULARY,
  type Disbursement,
  WHOLE_SHARE,
  shareHundredths,
  type AssistanceKind,
  type AssistanceState,
  type Money,
  evolveAssistance,
  initialAssistanceState,
} from './assistance.events';

export interface ProvideAssistance extends CommandClock {
  type: 'ProvideAssistance';
  assistanceId: string;
  provider: string;
  /** Required unless the legacy `recipientState` is given (never both). */
  recipients?: AssistanceRecipients;
  /**
   * Legacy shape (schema version 1, command files and demo data written before shares): one
   * State at 100 %. Accepted so that they keep loading; what is recorded is `recipients`.
   */
  recipientState?: string;
  pillar: Pillar;
  deliverableId?: string;
  kind: AssistanceKind;
  description?: string;
  periodStart: string;
  periodEnd?: string;
  amount?: Money;
}

/** New period end and/or value, and/or disbursements as they happen; always with a reason. */
export interface AmendAssistance extends CommandClock {
  type: 'AmendAssistance';
  assistanceId: string;
  reason: string;
  periodEnd?: string;
  amount?: Money;
  disbursements?: Disbursement[];
}

export interface WithdrawAssistance extends CommandClock {
  type: 'WithdrawAssistance';
  assistanceId: string;
  reason: string;
}

export type AssistanceCommand = ProvideAssistance | AmendAssistance | WithdrawAssistance;

/** Looked up by the handler when the assistance supports a deliverable. */
export interface AssistanceContext {
  deliverable?: { exists: boolean; cancelled: boolean; assignedStates: readonly string[] };
}

/** Largest amount accepted, in units of the currency. */
const MAX_AMOUNT = 1e13;

/**
 * Largest amount in minor units: 2^53 > 10^15, so each amount, and sums of up to ~9,000 of the
 * largest, stay exact in a double and in a 64-bit integer column (a 4-decimal currency has a
 * lower ceiling in units than a 0-decimal one).
 */
const MAX_MINOR_UNITS = 1e15;

/** The amount's rules, each with its own stable rule name (ISO 4217 minor units: currencies.ts). */
function checkAmount(check: RuleCheck, { value, currency }: Money, field = 'amount'): void {
  const decimals = minorUnitsOf(currency);
  check.require(
    Number.isFinite(value) && value > 0 && value <= MAX_AMOUNT,
    'invalid-amount',
    `${field}.value must be positive and at most 10^13`,
    `${field}.value`,
  );
  if (decimals !== undefined && Number.isFinite(value)) {
    const places = decimalPlacesOf(value);
    check.require(
      places <= decimals,
      'too-many-decimals',
      `${currency} has ${decimals} decimal${decimals === 1 ? '' : 's'} (ISO 4217 minor unit); ${field}.value has ${places}`,
      `${field}.value`,
    );
    // Only when within MAX_AMOUNT, so one too-large amount is one violation.
    check.require(
      value > MAX_AMOUNT || value * 10 ** decimals <= MAX_MINOR_UNITS,
      'invalid-amount',
      `${field}.value must be at most 10^15 minor units of ${currency}`,
      `${field}.value`,
    );
  }
  check.require(
    isCurrencyCode(currency),
    'unknown-currency',
    `${currency} is not an ISO 4217 code`,
    `${field}.currency`,
  );
  check.require(
    !NON_MONEY_CODES.has(currency),
    'not-money',
    `${currency} is an ISO 4217 code but not a currency (a precious metal, unit of account, test or "no currency" code)`,
    `${field}.currency`,
  );
}

/** Percentages are kept to two decimals (IATI's are decimals; 33.33 + 33.33 + 33.34 = 100). */
const PERCENT_DECIMALS = 2;

/**
 * The recipients' rules: at least one State or a region; known, distinct States; shares above 0
 * with two decimals at most; without a region they sum to 100, with one to at most 100 (the rest
 * is regional: see AssistanceRecipients).
 */
function checkRecipients(check: RuleCheck, recipients: AssistanceRecipients): void {
  const { states, region } = recipients;
  check.require(
    states.length > 0 || region !== undefined,
    'no-recipient',
    'recipients needs at least one State or a region',
    'recipients',
  );
  states.forEach(({ stateCode, percentage }, i) => {
    checkState(check, stateCode, `recipients.states[${i}].stateCode`);
    check.require(
      Number.isFinite(percentage) &&
        percentage > 0 &&
        percentage <= 100 &&
        decimalPlacesOf(percentage) <= PERCENT_DECIMALS,
      'invalid-percentage',
      `a share is a percentage above 0 and at most 100, with at most ${PERCENT_DECIMALS} decimals`,
      `recipients.states[${i}].percentage`,
    );
  });
  const codes = states.map((s) => s.stateCode);
  check.require(
    new Set(codes).size === codes.length,
    'duplicate-state',
    'recipients.states lists a State twice',
    'recipients.states',
  );
  if (region !== undefined) {
    check.require(
      region.vocabulary === DAC_REGION_VOCABULARY && Object.hasOwn(DAC_REGIONS, region.code),
      'unknown-region',
      `region must be an OECD DAC region code (vocabulary ${DAC_REGION_VOCABULARY}): ${Object.keys(DAC_REGIONS).join(', ')}`,
      'recipients.region.code',
    );
  }
  if (states.length > 0 && states.every((s) => Number.isFinite(s.percentage))) {
    const total = states.reduce((sum, s) => sum + shareHundredths(s.percentage), 0);
    const whole = WHOLE_SHARE;
    if (region === undefined)
      check.require(
        total === whole,
        'shares-not-100',
        `the State shares sum to ${total / 10 ** PERCENT_DECIMALS} %, not 100 %`,
        'recipients.states',
      );
    else
      check.require(
        total <= whole,
        'shares-over-100',
        `the State shares of a regional record sum to ${total / 10 ** PERCENT_DECIMALS} %, more than 100 %`,
        'recipients.states',
      );
  }
}

function checkPeriodEnd(check: RuleCheck, periodEnd: string, periodStart: string | undefined): void {
  check.require(isIsoDate(periodEnd), 'invalid-date', 'periodEnd must be a calendar date', 'periodEnd');
  if (periodStart !== undefined)
    check.require(
      periodEnd >= periodStart,
      'ends-before-start',
      'periodEnd is before periodStart',
      'periodEnd',
    );
}

function requireLive(state: AssistanceState, assistanceId: string): void {
  if (!state.exists) throw new AggregateNotFound('assistance', assistanceId);
  if (state.withdrawn)
    throw new DomainRuleViolation(
      'assistance-withdrawn',
      `assistance '${assistanceId}' was withdrawn; record it again under a new id`,
      'id',
    );
}

/** The recipients of a command in either shape: the legacy `recipientState` is that State at 100 %. */
export function recipientsOfCommand(
  command: Pick<ProvideAssistance, 'recipients' | 'recipientState'>,
): AssistanceRecipients {
  if (command.recipients !== undefined) return command.recipients;
  return command.recipientState === undefined
    ? { states: [] }
    : { states: [{ stateCode: command.recipientState, percentage: 100 }] };
}

function provide(command: ProvideAssistance, state: AssistanceState, context: AssistanceContext) {
  if (state.exists)
    throw new DomainRuleViolation(
      'assistance-exists',
      `assistance '${command.assistanceId}' is already recorded`,
      'id',
    );
  const check = new RuleCheck();
  checkText(check, command.provider, 'provider');
  check.require(
    command.recipients === undefined || command.recipientState === undefined,
    'ambiguous-recipients',
    'give either recipientState (one State at 100 %) or recipients, not both',
    'recipientState',
  );
  const recipients = recipientsOfCommand(command);
  // The legacy field names its own errors, as it did before shares existed.
  if (command.recipients === undefined && command.recipientState !== undefined)
    checkState(check, command.recipientState, 'recipientState');
  else checkRecipients(check, recipients);
  check.require(isPillar(command.pillar), 'unknown-pillar', 'pillar must be one of I, II, III, IV', 'pillar');
  check.require(
    ASSISTANCE_KINDS.includes(command.kind),
    'unknown-kind',
    `unknown kind ${command.kind}`,
    'kind',
  );
  checkDate(check, command.periodStart, 'periodStart', command.now);
  if (command.periodEnd !== undefined) checkPeriodEnd(check, command.periodEnd, command.periodStart);
  if (command.amount) checkAmount(check, command.amount);
  if (command.deliverableId !== undefined) {
    const deliverable = context.deliverable;
    check.require(
      !!deliverable?.exists,
      'unknown-deliverable',
      `deliverable '${command.deliverableId}' does not exist`,
      'deliverableId',
    );
    check.require(
      !deliverable?.cancelled,
      'deliverable-cancelled',
      'the deliverable was cancelled',
      'deliverableId',
    );
    // Every State credited with a share must be one the deliverable is assigned to; a region-only
    // record supports the deliverable as a whole.
    if (deliverable?.exists)
      recipients.states.forEach(({ stateCode }, i) =>
        check.require(
          deliverable.assignedStates.includes(stateCode),
          'state-not-assigned',
          `the deliverable is not assigned to ${stateCode}`,
          command.recipients === undefined ? 'recipientState' : `recipients.states[${i}].stateCode`,
        ),
      );
  }
  check.throwIfAny();
  // Field by field, so that nothing the pipeline adds to a command (clock, capacity) is recorded.
  const event: AssistanceProvided = {
    type: 'AssistanceProvided',
    data: {
      assistanceId: command.assistanceId,
      provider: command.provider,
      recipients: {
        states: recipients.states.map(({ stateCode, percentage }) => ({ stateCode, percentage })),
        ...(recipients.region
          ? {
              region: {
                code: recipients.region.code,
                vocabulary: recipients.region.vocabulary,
              },
            }
          : {}),
      },
      pillar: command.pillar,
      ...(command.deliverableId === undefined ? {} : { deliverableId: command.deliverableId }),
      kind: command.kind,
      ...(command.description === undefined ? {} : { description: command.description }),
      periodStart: command.periodStart,
      ...(command.periodEnd === undefined ? {} : { periodEnd: command.periodEnd }),
      ...(command.amount
        ? { amount: { value: command.amount.value, currency: command.amount.currency } }
        : {}),
    },
  };
  return [event];
}

function amend(command: AmendAssistance, state: AssistanceState): AssistanceEvent[] {
  requireLive(state, command.assistanceId);
  const check = new RuleCheck();
  checkText(check, command.reason, 'reason');
  const disbursements = command.disbursements ?? [];
  check.require(
    command.periodEnd !== undefined || command.amount !== undefined || disbursements.length > 0,
    'nothing-to-amend',
    'an amendment changes periodEnd or amount, or adds disbursements',
    'amendment',
  );
  if (command.periodEnd !== undefined) checkPeriodEnd(check, command.periodEnd, state.periodStart);
  if (command.amount) {
    checkAmount(check, command.amount);
    // Amounts are never converted: a record keeps the currency of its first value.
    if (state.currency !== undefined)
      check.require(
        command.amount.currency === state.currency,
        'currency-changed',
        `the record's value is in ${state.currency}`,
        'amount.currency',
      );
  }
  const currency = state.currency ?? command.amount?.currency;
  disbursements.forEach((d, i) => {
    const field = `disbursements[${i}]`;
    checkDate(check, d.disbursedOn, `${field}.disbursedOn`, command.now);
    if (state.periodStart !== undefined && isIsoDate(d.disbursedOn))
      check.require(
        d.disbursedOn >= state.periodStart,
        'disbursed-before-start',
        `${field}.disbursedOn is before the period starts (${state.periodStart})`,
        `${field}.disbursedOn`,
      );
    checkAmount(check, d.amount, `${field}.amount`);
    check.require(
      currency === undefined || d.amount.currency === currency,
      'currency-mismatch',
      `disbursements are in the record's currency, ${currency ?? ''}`,
      `${field}.amount.currency`,
    );
  });
  check.require(
    disbursements.length === 0 || currency !== undefined,
    'no-amount',
    'record the value (amount) before disbursements, so that they have a currency to be in',
    'disbursements',
  );
  check.throwIfAny();
  const event: AssistanceAmended = {
    type: 'AssistanceAmended',
    data: {
      assistanceId: command.assistanceId,
      reason: command.reason,
      ...(command.periodEnd === undefined ? {} : { periodEnd: command.periodEnd }),
      ...(command.amount
        ? { amount: { value: command.amount.value, currency: command.amount.currency } }
        : {}),
      ...(disbursements.length > 0
        ? {
            disbursements: disbursements.map((d) => ({
              disbursedOn: d.disbursedOn,
              amount: { value: d.amount.value, currency: d.amount.currency },
            })),
          }
        : {}),
    },
  };
  return [event];
}

function withdraw(command: WithdrawAssistance, state: AssistanceState): AssistanceEvent[] {
  requireLive(state, command.assistanceId);
  const check = new RuleCheck();
  checkText(check, command.reason, 'reason');
  check.throwIfAny();
  return [
    { type: 'AssistanceWithdrawn', data: { assistanceId: command.assistanceId, reason: command.reason } },
  ];
}

export function decideAssistance(
  command: AssistanceCommand,
  state: AssistanceState,
  context: AssistanceContext,
): AssistanceEvent[] {
  switch (command.type) {
    case 'ProvideAssistance':
      return provide(command, state, context);
    case 'AmendAssistance':
      return amend(command, state);
    case 'WithdrawAssistance':
      return withdraw(command, state);
  }
}

export const assistanceDecider: Decider<
  AssistanceCommand,
  AssistanceEvent,
  AssistanceState,
  AssistanceContext
> = {
  initialState: initialAssistanceState,
  evolve: evolveAssistance,
  decide: decideAssistance,
};
