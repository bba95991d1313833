import { isIsoDate } from '../kernel/dates';
import { type CommandClock, type Decider } from '../kernel/decider';
import { AggregateNotFound, DomainRuleViolation, RuleCheck } from '../kernel/errors';
import { type Pillar, isPillar } from '../kernel/pillars';
import { checkDate, checkState, checkText } from '../kernel/rules';
import {
  type DeliverableEvent,
  type DeliverableState,
  PROGRESS_STATUSES,
  type ProgressStatus,
  REPORT_SOURCES,
  type ReportSource,
  evolveDeliverable,
  initialDeliverableState,
} from './deliverable.events';

export interface DefineDeliverable extends CommandClock {
  type: 'DefineDeliverable';
  deliverableId: string;
  frameworkId: string;
  pillar: Pillar;
  thematicArea: string;
  title: string;
  description?: string;
  reference?: string;
  definedOn: string;
}

export interface AssignDeliverable extends CommandClock {
  type: 'AssignDeliverable';
  deliverableId: string;
  stateCode: string;
  leadAgency: string;
  dueOn: string;
  assignedOn: string;
}

export interface ReportProgress extends CommandClock {
  type: 'ReportProgress';
  deliverableId: string;
  stateCode: string;
  status: ProgressStatus;
  percentComplete?: number;
  note?: string;
  evidence?: string[];
  reportedOn: string;
  /** Default `self-reported`. */
  source?: ReportSource;
}

export interface CancelDeliverable extends CommandClock {
  type: 'CancelDeliverable';
  deliverableId: string;
  reason: string;
  cancelledOn: string;
}

export type DeliverableCommand = DefineDeliverable | AssignDeliverable | ReportProgress | CancelDeliverable;

/** Looked up by the handler for DefineDeliverable: the framework's adoption date, if it exists. */
export interface DeliverableContext {
  frameworkAdoptedOn?: string;
}

export function decideDeliverable(
  command: DeliverableCommand,
  state: DeliverableState,
  context: DeliverableContext,
): DeliverableEvent[] {
  const check = new RuleCheck();
  if (command.type === 'DefineDeliverable') {
    if (state.exists)
      throw new DomainRuleViolation(
        'deliverable-exists',
        `deliverable '${command.deliverableId}' already exists`,
        'id',
      );
    const adoptedOn = context.frameworkAdoptedOn;
    check.require(
      adoptedOn !== undefined,
      'unknown-framework',
      `framework '${command.frameworkId}' does not exist`,
      'frameworkId',
    );
    check.require(
      isPillar(command.pillar),
      'unknown-pillar',
      `pillar must be one of I, II, III, IV`,
      'pillar',
    );
    checkText(check, command.title, 'title');
    checkText(check, command.thematicArea, 'thematicArea');
    checkDate(check, command.definedOn, 'definedOn', command.now);
    if (adoptedOn && isIsoDate(command.definedOn))
      check.require(
        command.definedOn >= adoptedOn,
        'date-before-adoption',
        `definedOn is before the framework's adoption on ${adoptedOn}`,
        'definedOn',
      );
    check.throwIfAny();
    const { type: _type, now: _now, ...data } = command;
    return [{ type: 'DeliverableDefined', data }];
  }

  if (!state.exists || !state.definedOn) throw new AggregateNotFound('deliverable', command.deliverableId);
  if (state.cancelled)
    throw new DomainRuleViolation(
      'deliverable-cancelled',
      `deliverable '${command.deliverableId}' was cancelled`,
    );
  const definedOn = state.definedOn;

  switch (command.type) {
    case 'AssignDeliverable': {
      checkState(check, command.stateCode, 'stateCode');
      checkText(check, command.leadAgency, 'leadAgency');
      checkDate(check, command.assignedOn, 'assignedOn', command.now);
      check.require(
        isIsoDate(command.dueOn),
        'invalid-date',
        'dueOn must be a calendar date (YYYY-MM-DD)',
        'dueOn',
      );
      check.require(
        command.assignedOn >= definedOn,
        'date-before-definition',
        `assignedOn is before the deliverable was defined on ${definedOn}`,
        'assignedOn',
      );
      check.require(
        command.dueOn >= command.assignedOn,
        'due-before-assignment',
        'dueOn is before assignedOn',
        'dueOn',
      );
      const current = state.assignments[command.stateCode];
      check.require(
        current?.status !== 'completed',
        'assignment-completed',
        `${command.stateCode} already completed this deliverable`,
        'stateCode',
      );
      check.throwIfAny();
      const { type: _type, now: _now, ...data } = command;
      return [{ type: 'DeliverableAssigned', data }];
    }
    case 'ReportProgress': {
      const assignment = state.assignments[command.stateCode];
      if (!assignment)
        throw new DomainRuleViolation(
          'state-not-assigned',
          `deliverable '${command.deliverableId}' is not assigned to ${command.stateCode}`,
          'stateCode',
        );
      if (assignment.status === 'completed')
        throw new DomainRuleViolation(
          'assignment-completed',
          `${command.stateCode} already completed this deliverable`,
        );
      check.require(
        PROGRESS_STATUSES.includes(command.status),
        'unknown-status',
        `unknown status ${command.status}`,
        'status',
      );
      check.require(
        command.source === undefined || REPORT_SOURCES.includes(command.source),
        'unknown-source',
        `source must be one of ${REPORT_SOURCES.join(', ')}`,
        'source',
      );
      checkDate(check, command.reportedOn, 'reportedOn', command.now);
      check.require(
        command.reportedOn >= (assignment.lastReportedOn ?? assignment.assignedOn),
        'report-out-of-order',
        `reportedOn is before the assignment or the latest report (${assignment.lastReportedOn ?? assignment.assignedOn})`,
        'reportedOn',
      );
      const percent = command.percentComplete;
      if (percent !== undefined) {
        check.require(
          Number.isInteger(percent) && percent >= 0 && percent <= 100,
          'invalid-percent',
          'percentComplete must be a whole number from 0 to 100',
          'percentComplete',
        );
        check.require(
          command.status !== 'completed' || percent === 100,
          'percent-mismatch',
          'a completed deliverable is 100 percent complete',
          'percentComplete',
        );
        check.require(
          command.status !== 'not-started' || percent === 0,
          'percent-mismatch',
          'a deliverable not started is 0 percent complete',
          'percentComplete',
        );
      }
      check.throwIfAny();
      const { type: _type, now: _now, ...data } = command;
      const implied = command.status === 'completed' ? 100 : command.status === 'not-started' ? 0 : undefined;
      return [
        {
          type: 'ProgressReported',
          data: { ...data, percentComplete: percent ?? implied, source: command.source ?? 'self-reported' },
        },
      ];
    }
    case 'CancelDeliverable': {
      checkText(check, command.reason, 'reason');
      checkDate(check, command.cancelledOn, 'cancelledOn', command.now);
      check.require(
        command.cancelledOn >= definedOn,
        'date-before-definition',
        `cancelledOn is before the deliverable was defined on ${definedOn}`,
        'cancelledOn',
      );
      check.throwIfAny();
      const { type: _type, now: _now, ...data } = command;
      return [{ type: 'DeliverableCancelled', data }];
    }
  }
}

export const deliverableDecider: Decider<
  DeliverableCommand,
  DeliverableEvent,
  DeliverableState,
  DeliverableContext
> = {
  initialState: initialDeliverableState,
  evolve: evolveDeliverable,
  decide: decideDeliverable,
};
