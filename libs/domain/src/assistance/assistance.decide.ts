import { isCurrencyCode } from '../shared/code-lists';
import { isIsoDate } from '../shared/dates';
import { type CommandClock, type Decider } from '../shared/decider';
import { DomainRuleViolation, RuleCheck } from '../shared/errors';
import { type Pillar, isPillar } from '../shared/pillars';
import { checkDate, checkState, checkText } from '../shared/rules';
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

/** Largest amount accepted: keeps sums exact in IEEE doubles (cents below 2^53). */
const MAX_AMOUNT = 1e13;

/**
 * At most two decimals, judged on the number's shortest decimal form: `value * 100` is not exact
 * in binary (19.99 * 100 === 1998.9999999999998), so it cannot be the test.
 */
const hasAtMostTwoDecimals = (value: number): boolean => /^\d+(\.\d{1,2})?$/.test(String(value));

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
      if (command.amount) {
        const { value, currency } = command.amount;
        check.require(
          Number.isFinite(value) && value > 0 && value <= MAX_AMOUNT && hasAtMostTwoDecimals(value),
          'invalid-amount',
          'amount.value must be positive, at most 10^13, with at most two decimals',
          'amount.value',
        );
        check.require(
          isCurrencyCode(currency),
          'unknown-currency',
          `${currency} is not an ISO 4217 code`,
          'amount.currency',
        );
      }
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
