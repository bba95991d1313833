import { NON_MONEY_CODES, decimalPlacesOf, isCurrencyCode, minorUnitsOf } from '../kernel/code-lists';
import { isIsoDate } from '../kernel/dates';
import { type CommandClock, type Decider } from '../kernel/decider';
import { DomainRuleViolation, RuleCheck } from '../kernel/errors';
import { type Pillar, isPillar } from '../kernel/pillars';
import { checkDate, checkState, checkText } from '../kernel/rules';
import {
  ASSISTANCE_KINDS,
  type AssistanceEvent,
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
  recipientState: string;
  pillar: Pillar;
  deliverableId?: string;
  kind: AssistanceKind;
  description?: string;
  periodStart: string;
  periodEnd?: string;
  amount?: Money;
}

export type AssistanceCommand = ProvideAssistance;

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
function checkAmount(check: RuleCheck, { value, currency }: Money): void {
  const decimals = minorUnitsOf(currency);
  check.require(
    Number.isFinite(value) && value > 0 && value <= MAX_AMOUNT,
    'invalid-amount',
    'amount.value must be positive and at most 10^13',
    'amount.value',
  );
  if (decimals !== undefined && Number.isFinite(value)) {
    const places = decimalPlacesOf(value);
    check.require(
      places <= decimals,
      'too-many-decimals',
      `${currency} has ${decimals} decimal${decimals === 1 ? '' : 's'} (ISO 4217 minor unit); amount.value has ${places}`,
      'amount.value',
    );
    // Only when within MAX_AMOUNT, so one too-large amount is one violation.
    check.require(
      value > MAX_AMOUNT || value * 10 ** decimals <= MAX_MINOR_UNITS,
      'invalid-amount',
      `amount.value must be at most 10^15 minor units of ${currency}`,
      'amount.value',
    );
  }
  check.require(
    isCurrencyCode(currency),
    'unknown-currency',
    `${currency} is not an ISO 4217 code`,
    'amount.currency',
  );
  check.require(
    !NON_MONEY_CODES.has(currency),
    'not-money',
    `${currency} is an ISO 4217 code but not a currency (a precious metal, unit of account, test or "no currency" code)`,
    'amount.currency',
  );
}

export function decideAssistance(
  command: AssistanceCommand,
  state: AssistanceState,
  context: AssistanceContext,
): AssistanceEvent[] {
  switch (command.type) {
    case 'ProvideAssistance': {
      if (state.exists)
        throw new DomainRuleViolation(
          'assistance-exists',
          `assistance '${command.assistanceId}' is already recorded`,
          'id',
        );
      const check = new RuleCheck();
      checkText(check, command.provider, 'provider');
      checkState(check, command.recipientState, 'recipientState');
      check.require(
        isPillar(command.pillar),
        'unknown-pillar',
        'pillar must be one of I, II, III, IV',
        'pillar',
      );
      check.require(
        ASSISTANCE_KINDS.includes(command.kind),
        'unknown-kind',
        `unknown kind ${command.kind}`,
        'kind',
      );
      checkDate(check, command.periodStart, 'periodStart', command.now);
      if (command.periodEnd !== undefined) {
        check.require(
          isIsoDate(command.periodEnd),
          'invalid-date',
          'periodEnd must be a calendar date',
          'periodEnd',
        );
        check.require(
          command.periodEnd >= command.periodStart,
          'ends-before-start',
          'periodEnd is before periodStart',
          'periodEnd',
        );
      }
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
        if (deliverable?.exists)
          check.require(
            deliverable.assignedStates.includes(command.recipientState),
            'state-not-assigned',
            `the deliverable is not assigned to ${command.recipientState}`,
            'recipientState',
          );
      }
      check.throwIfAny();
      const { type: _type, now: _now, ...data } = command;
      return [{ type: 'AssistanceProvided', data }];
    }
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
