import { type IsoDate, isIsoDate } from '../kernel/dates';
import { type CommandClock, type Decider, commandData } from '../kernel/decider';
import { AggregateNotFound, DomainRuleViolation, RuleCheck } from '../kernel/errors';
import { type Pillar, isPillar } from '../kernel/pillars';
import { checkDate, checkState, checkText } from '../kernel/rules';
import { type OrganisationState } from '../organisation/organisation.events';
import {
  ASSIGNMENT_WITHDRAWAL_OUTCOMES,
  type Assignee,
  type Assignment,
  type AssignmentWithdrawalOutcome,
  type DeliverableEvent,
  type DeliverableState,
  type MechanismSnapshot,
  PROGRESS_STATUSES,
  type ProgressReport,
  type ProgressStatus,
  REPORT_SOURCES,
  type ReportSource,
  assigneeOf,
  evolveDeliverable,
  initialDeliverableState,
  statusChanges,
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
  /** The `revisedOn` of the framework revision that introduced it; absent = the original text. */
  revision?: string;
}

/**
 * To one State (`stateCode`) or one regional mechanism of the catalogue (`mechanismId`): exactly one.
 */
export interface AssignDeliverable extends CommandClock, Assignee {
  type: 'AssignDeliverable';
  deliverableId: string;
  leadAgency: string;
  dueOn: string;
  assignedOn: string;
}

/**
 * On a State's assignment (`stateCode`) or a regional one (`mechanismId`). On a regional one a
 * coordinator names the member State they report for (`reportingState`, their authorization scope).
 */
export interface ReportProgress extends CommandClock, Assignee {
  type: 'ReportProgress';
  deliverableId: string;
  reportingState?: string;
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

/**
 * New values of a progress report (the full set, not a diff), with the reason. `reportId` is the
 * event id of the report's `ProgressReported` event; `stateCode` must be that report's State (it
 * is also the command's authorization scope).
 */
export interface CorrectProgressReport extends CommandClock, Assignee {
  type: 'CorrectProgressReport';
  deliverableId: string;
  /** A coordinator's scope on a regional report: the member State that reported it. */
  reportingState?: string;
  reportId: string;
  status: ProgressStatus;
  percentComplete?: number;
  note?: string;
  evidence?: string[];
  reportedOn: string;
  /** Default: the report's current source. */
  source?: ReportSource;
  reason: string;
}

export interface WithdrawProgressReport extends CommandClock, Assignee {
  type: 'WithdrawProgressReport';
  deliverableId: string;
  reportingState?: string;
  reportId: string;
  reason: string;
}

export interface ValidateProgressReport extends CommandClock, Assignee {
  type: 'ValidateProgressReport';
  deliverableId: string;
  reportingState?: string;
  reportId: string;
  comment?: string;
}

export interface ReturnProgressReport extends CommandClock, Assignee {
  type: 'ReturnProgressReport';
  deliverableId: string;
  reportingState?: string;
  reportId: string;
  comment: string;
}

export interface ReopenAssignment extends CommandClock, Assignee {
  type: 'ReopenAssignment';
  deliverableId: string;
  reason: string;
  reopenedOn: string;
}

export interface WithdrawAssignment extends CommandClock, Assignee {
  type: 'WithdrawAssignment';
  deliverableId: string;
  outcome: AssignmentWithdrawalOutcome;
  reason: string;
  withdrawnOn: string;
}

export interface RetireDeliverable extends CommandClock {
  type: 'RetireDeliverable';
  deliverableId: string;
  /** The `revisedOn` of the framework revision that retires it. */
  revision: string;
  reason?: string;
}

export type DeliverableCommand =
  | DefineDeliverable
  | AssignDeliverable
  | ReportProgress
  | CorrectProgressReport
  | WithdrawProgressReport
  | ValidateProgressReport
  | ReturnProgressReport
  | ReopenAssignment
  | WithdrawAssignment
  | CancelDeliverable
  | RetireDeliverable;

/**
 * Looked up by the handler for DefineDeliverable and RetireDeliverable: the framework's adoption
 * date and the `revisedOn` dates of its revisions, if it exists.
 */
export interface DeliverableContext {
  frameworkAdoptedOn?: string;
  frameworkRevisions?: readonly string[];
  /** For an assignment to a mechanism: its catalogue entry, if it exists. */
  mechanism?: OrganisationState;
}

export function decideDeliverable(
  command: DeliverableCommand,
  state: DeliverableState,
  context: DeliverableContext,
): DeliverableEvent[] {
  if (command.type === 'DefineDeliverable') return decideDefinition(command, state, context);

  if (!state.exists || !state.definedOn) throw new AggregateNotFound('deliverable', command.deliverableId);
  if (state.cancelled)
    throw new DomainRuleViolation(
      'deliverable-cancelled',
      `deliverable '${command.deliverableId}' was cancelled`,
    );
  const definedOn = state.definedOn;
  const check = new RuleCheck();

  switch (command.type) {
    case 'AssignDeliverable': {
      const mechanism = checkAssignee(check, command, context);
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
      check.require(
        state.retiredBy === undefined,
        'deliverable-retired',
        `the deliverable was retired by the revision of ${state.retiredBy}`,
      );
      const current = state.assignments[assigneeOf(command)];
      check.require(
        current?.status !== 'completed',
        'assignment-completed',
        `${assigneeOf(command)} already completed this deliverable`,
        assigneeField(command),
      );
      check.require(
        current?.withdrawal === undefined,
        'assignment-withdrawn',
        `${assigneeOf(command)}'s assignment was withdrawn (${current?.withdrawal?.outcome}) on ${current?.withdrawal?.withdrawnOn}`,
        assigneeField(command),
      );
      check.throwIfAny();
      return [
        {
          type: 'DeliverableAssigned',
          data: { ...commandData(command), ...(mechanism ? { mechanism } : {}) },
        },
      ];
    }
    case 'ReportProgress': {
      const assignment = assignmentOf(state, command);
      checkReportingState(check, command, assignment);
      checkReportValues(check, command, state, assignment);
      checkStatusChanges(check, assignment, state.reports, {
        recordedAt: state.folded,
        report: { reportedOn: command.reportedOn, status: command.status },
      });
      check.throwIfAny();
      return [
        {
          type: 'ProgressReported',
          data: {
            ...commandData(command),
            percentComplete: command.percentComplete ?? impliedPercent(command.status),
            source: command.source ?? 'self-reported',
          },
        },
      ];
    }
    case 'CorrectProgressReport': {
      const report = reportOf(state, command);
      checkEditable(command, report);
      const assignment = assignmentOf(state, command);
      checkReporterEdits(command, report);
      checkText(check, command.reason, 'reason');
      checkReportValues(check, command, state, assignment);
      checkStatusChanges(check, assignment, state.reports, {
        reportId: command.reportId,
        recordedAt: report.recordedAt,
        report: { reportedOn: command.reportedOn, status: command.status },
      });
      const { reason, reportId, reportingState: _reporter, ...values } = commandData(command);
      const corrected = {
        ...values,
        percentComplete: command.percentComplete ?? impliedPercent(command.status),
        source: command.source ?? report.source,
      };
      check.require(
        !sameReportValues(corrected, report),
        'correction-changes-nothing',
        'the correction gives the same values as the report it corrects',
      );
      check.throwIfAny();
      return [
        {
          type: 'ProgressReportCorrected',
          data: {
            ...corrected,
            reportId,
            supersedes: report.versionId,
            reason,
            // A coordinator's correction goes (back) to review; staff's own correction keeps its state.
            review: isProgrammeStaff(command) ? report.review : 'submitted',
          },
        },
      ];
    }
    case 'WithdrawProgressReport': {
      const report = reportOf(state, command);
      checkEditable(command, report);
      checkReporterEdits(command, report);
      checkText(check, command.reason, 'reason');
      check.throwIfAny();
      return [{ type: 'ProgressReportWithdrawn', data: withoutReporter(command) }];
    }
    case 'ValidateProgressReport':
    case 'ReturnProgressReport': {
      requireProgrammeStaff(command);
      const report = reportOf(state, command);
      if (report.withdrawn) throw reportWithdrawn(command.reportId);
      if (report.review !== 'submitted')
        throw new DomainRuleViolation(
          'report-not-submitted',
          `report '${command.reportId}' is ${report.review}: only a submitted report is reviewed`,
          'reportId',
        );
      if (command.type === 'ReturnProgressReport') {
        checkText(check, command.comment, 'comment');
        check.throwIfAny();
        return [{ type: 'ProgressReportReturned', data: withoutReporter(command) }];
      }
      if (command.comment !== undefined) checkText(check, command.comment, 'comment');
      check.throwIfAny();
      return [{ type: 'ProgressReportValidated', data: withoutReporter(command) }];
    }
    case 'ReopenAssignment': {
      requireProgrammeStaff(command);
      const assignment = assignmentOf(state, command);
      if (assignment.withdrawal) throw assignmentWithdrawn(command, assignment);
      if (assignment.status !== 'completed' || assignment.completedOn === undefined)
        throw new DomainRuleViolation(
          'assignment-not-completed',
          `${assigneeOf(command)}'s assignment is ${assignment.status}: only a completed one is reopened`,
          assigneeField(command),
        );
      checkText(check, command.reason, 'reason');
      checkDate(check, command.reopenedOn, 'reopenedOn', command.now);
      check.require(
        command.reopenedOn >= assignment.completedOn,
        'reopen-before-completion',
        `reopenedOn is before the completion on ${assignment.completedOn}`,
        'reopenedOn',
      );
      checkBeforeRetirement(check, state, command.reopenedOn, 'reopenedOn');
      check.throwIfAny();
      return [{ type: 'AssignmentReopened', data: commandData(command) }];
    }
    case 'WithdrawAssignment': {
      requireProgrammeStaff(command);
      const assignment = assignmentOf(state, command);
      if (assignment.withdrawal) throw assignmentWithdrawn(command, assignment);
      check.require(
        ASSIGNMENT_WITHDRAWAL_OUTCOMES.includes(command.outcome),
        'unknown-outcome',
        `outcome must be one of ${ASSIGNMENT_WITHDRAWAL_OUTCOMES.join(', ')}`,
        'outcome',
      );
      checkText(check, command.reason, 'reason');
      checkDate(check, command.withdrawnOn, 'withdrawnOn', command.now);
      check.require(
        command.withdrawnOn >= assignment.assignedOn,
        'date-before-assignment',
        `withdrawnOn is before the assignment on ${assignment.assignedOn}`,
        'withdrawnOn',
      );
      check.throwIfAny();
      return [{ type: 'AssignmentWithdrawn', data: commandData(command) }];
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
      return [{ type: 'DeliverableCancelled', data: commandData(command) }];
    }
    case 'RetireDeliverable': {
      requireProgrammeStaff(command);
      if (state.retiredBy !== undefined)
        throw new DomainRuleViolation(
          'deliverable-retired',
          `the deliverable was already retired by the revision of ${state.retiredBy}`,
        );
      checkRevision(check, command.revision, context, 'revision');
      check.require(
        command.revision >= definedOn,
        'date-before-definition',
        `the revision of ${command.revision} is before the deliverable was defined on ${definedOn}`,
        'revision',
      );
      if (command.reason !== undefined) checkText(check, command.reason, 'reason');
      check.throwIfAny();
      return [{ type: 'DeliverableRetired', data: commandData(command) }];
    }
  }
}

function decideDefinition(
  command: DefineDeliverable,
  state: DeliverableState,
  context: DeliverableContext,
): DeliverableEvent[] {
  const check = new RuleCheck();
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
  check.require(isPillar(command.pillar), 'unknown-pillar', `pillar must be one of I, II, III, IV`, 'pillar');
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
  if (command.revision !== undefined && adoptedOn !== undefined) {
    checkRevision(check, command.revision, context, 'revision');
    check.require(
      !isIsoDate(command.revision) || command.definedOn >= command.revision,
      'date-before-revision',
      `definedOn is before the revision of ${command.revision} that introduced the deliverable`,
      'definedOn',
    );
  }
  check.throwIfAny();
  return [{ type: 'DeliverableDefined', data: commandData(command) }];
}

/** A named revision must be one of the framework's (`FrameworkRevised` of that `revisedOn` date). */
function checkRevision(check: RuleCheck, revision: string, context: DeliverableContext, field: string): void {
  check.require(isIsoDate(revision), 'invalid-date', `${field} must be a calendar date (YYYY-MM-DD)`, field);
  const known = context.frameworkRevisions ?? [];
  check.require(
    !isIsoDate(revision) || known.includes(revision),
    'unknown-revision',
    `the framework has no revision of ${revision}` +
      (known.length > 0 ? ` (its revisions: ${known.join(', ')})` : ' (it was never revised)'),
    field,
  );
}

const impliedPercent = (status: ProgressStatus): number | undefined =>
  status === 'completed' ? 100 : status === 'not-started' ? 0 : undefined;

/** Programme staff act at any time; a rule that does not say otherwise is theirs only. */
const isProgrammeStaff = (command: CommandClock): boolean => command.actingAs === 'programme-staff';

function requireProgrammeStaff(command: CommandClock & { type: string }): void {
  if (!isProgrammeStaff(command))
    throw new DomainRuleViolation(
      'programme-staff-only',
      `${command.type} is for programme staff, not a State's coordinator`,
    );
}

/** The payload field naming the assignee: where a refusal about it points. */
const assigneeField = (assignee: Assignee): 'mechanismId' | 'stateCode' =>
  assignee.mechanismId !== undefined ? 'mechanismId' : 'stateCode';

/**
 * Exactly one of `stateCode` and `mechanismId`, naming a State or a regional mechanism of the
 * catalogue. Returns the mechanism's snapshot for the event when it is one.
 */
function checkAssignee(
  check: RuleCheck,
  command: Assignee,
  context: DeliverableContext,
): MechanismSnapshot | undefined {
  if ((command.stateCode === undefined) === (command.mechanismId === undefined)) {
    check.require(
      false,
      'one-assignee',
      'name exactly one of stateCode (a State) and mechanismId (a regional mechanism)',
      command.stateCode === undefined ? 'stateCode' : 'mechanismId',
    );
    return undefined;
  }
  if (command.stateCode !== undefined) {
    checkState(check, command.stateCode, 'stateCode');
    return undefined;
  }
  const mechanism = context.mechanism;
  check.require(
    mechanism?.exists === true && mechanism.kind === 'regional-mechanism',
    'unknown-mechanism',
    mechanism?.exists === true
      ? `organisation '${command.mechanismId}' is a ${mechanism.kind}, not a regional mechanism`
      : `no regional mechanism '${command.mechanismId}' in the organisations catalogue`,
    'mechanismId',
  );
  if (mechanism?.kind !== 'regional-mechanism' || !mechanism.name) return undefined;
  return {
    name: mechanism.name,
    memberStates: [...(mechanism.memberStates ?? [])],
    memberStatesMayReport: mechanism.memberStatesMayReport === true,
  };
}

/**
 * Who may report on a regional assignment (the mechanism's snapshot in the assignment decides):
 * programme staff always; a coordinator only for a member State (`reportingState`) and only where
 * the mechanism lets its member States report. A State's report names no reporting State.
 */
function checkReportingState(check: RuleCheck, command: ReportProgress, assignment: Assignment): void {
  const mechanism = assignment.mechanism;
  if (command.mechanismId === undefined || !mechanism) {
    check.require(
      command.reportingState === undefined,
      'reporting-state-without-mechanism',
      "reportingState is only for a report on a regional mechanism's assignment",
      'reportingState',
    );
    return;
  }
  if (command.reportingState !== undefined)
    check.require(
      mechanism.memberStates.includes(command.reportingState),
      'not-a-member',
      `${command.reportingState} is not a member of ${command.mechanismId} (${mechanism.memberStates.join(', ')})`,
      'reportingState',
    );
  if (isProgrammeStaff(command)) return;
  check.require(
    command.reportingState !== undefined,
    'reporting-state-required',
    "a coordinator's report on a regional assignment names the member State it reports for",
    'reportingState',
  );
  check.require(
    mechanism.memberStatesMayReport,
    'members-may-not-report',
    `${command.mechanismId} does not let its member States report: programme staff record its progress`,
    'mechanismId',
  );
}

/**
 * A coordinator corrects or withdraws a regional report only when their State reported it (its
 * `reportingState`), as they edit only their own State's reports.
 */
function checkReporterEdits(
  command: (CorrectProgressReport | WithdrawProgressReport) & CommandClock,
  report: ProgressReport,
): void {
  if (isProgrammeStaff(command) || report.mechanismId === undefined) return;
  if (report.reportingState === undefined || command.reportingState !== report.reportingState)
    throw new DomainRuleViolation(
      'report-of-another-state',
      `report '${command.reportId}' was ${report.reportingState === undefined ? 'recorded by programme staff' : `reported by ${report.reportingState}`}: a coordinator changes only their own State's reports`,
      'reportingState',
    );
}

/** A command's data for its event, without the coordinator's scope (the actor is in the metadata). */
function withoutReporter<C extends { type: string; reportingState?: string } & CommandClock>(
  command: C,
): Omit<C, 'type' | 'now' | 'actingAs' | 'reportingState'> {
  const { reportingState: _reporter, ...data } = commandData(command);
  // TypeScript cannot see that removing one more key from an Omit is the wider Omit.
  return data as Omit<C, 'type' | 'now' | 'actingAs' | 'reportingState'>;
}

function assignmentOf(state: DeliverableState, command: Assignee & { deliverableId: string }): Assignment {
  if ((command.stateCode === undefined) === (command.mechanismId === undefined))
    throw new DomainRuleViolation(
      'one-assignee',
      'name exactly one of stateCode (a State) and mechanismId (a regional mechanism)',
      command.stateCode === undefined ? 'stateCode' : 'mechanismId',
    );
  const assignment = state.assignments[assigneeOf(command)];
  if (!assignment)
    throw new DomainRuleViolation(
      command.mechanismId !== undefined ? 'mechanism-not-assigned' : 'state-not-assigned',
      `deliverable '${command.deliverableId}' is not assigned to ${assigneeOf(command)}`,
      assigneeField(command),
    );
  return assignment;
}

/**
 * The report a command names. Unknown: 404. It must be the given State's report, since `stateCode`
 * is what the coordinator's scope was checked against.
 */
function reportOf(state: DeliverableState, command: Assignee & { reportId: string }): ProgressReport {
  const report = state.reports[command.reportId];
  if (!report) throw new AggregateNotFound('progress report', command.reportId);
  if (assigneeOf(report) !== assigneeOf(command) || command.mechanismId !== report.mechanismId)
    throw new DomainRuleViolation(
      'report-of-another-state',
      `report '${command.reportId}' is ${assigneeOf(report)}'s, not ${assigneeOf(command) || 'nobody'}'s`,
      assigneeField(command),
    );
  return report;
}

const reportWithdrawn = (reportId: string): DomainRuleViolation =>
  new DomainRuleViolation('report-withdrawn', `report '${reportId}' was withdrawn`, 'reportId');

const assignmentWithdrawn = (assignee: Assignee, assignment: Assignment): DomainRuleViolation =>
  new DomainRuleViolation(
    'assignment-withdrawn',
    `${assigneeOf(assignee)}'s assignment was withdrawn (${assignment.withdrawal?.outcome}) on ${assignment.withdrawal?.withdrawnOn}`,
    assigneeField(assignee),
  );

/** Correct or withdraw: never a withdrawn report; a coordinator only while it is not validated. */
function checkEditable(command: CommandClock & { reportId: string }, report: ProgressReport): void {
  if (report.withdrawn) throw reportWithdrawn(command.reportId);
  if (report.review === 'validated' && !isProgrammeStaff(command))
    throw new DomainRuleViolation(
      'report-validated',
      `report '${command.reportId}' was validated by programme staff: only they can change it now`,
      'reportId',
    );
}

/** The values of a report or of its correction, checked alike. */
function checkReportValues(
  check: RuleCheck,
  command: ReportProgress | CorrectProgressReport,
  state: DeliverableState,
  assignment: Assignment,
): void {
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
  // Reports may arrive in any order of their dates (backfill), but none before the assignment.
  check.require(
    command.reportedOn >= assignment.assignedOn,
    'date-before-assignment',
    `reportedOn is before the assignment on ${assignment.assignedOn}`,
    'reportedOn',
  );
  const withdrawal = assignment.withdrawal;
  check.require(
    withdrawal === undefined || command.reportedOn < withdrawal.withdrawnOn,
    'assignment-withdrawn',
    `${assigneeOf(command)}'s assignment was withdrawn (${withdrawal?.outcome}) on ${withdrawal?.withdrawnOn}`,
    'reportedOn',
  );
  checkBeforeRetirement(check, state, command.reportedOn, 'reportedOn');
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
}

/** Nothing dated from the retiring revision on: the deliverable no longer counts from then. */
function checkBeforeRetirement(
  check: RuleCheck,
  state: DeliverableState,
  date: IsoDate,
  field: string,
): void {
  check.require(
    state.retiredBy === undefined || date < state.retiredBy,
    'deliverable-retired',
    `the deliverable was retired by the revision of ${state.retiredBy}`,
    field,
  );
}

/**
 * Completion closes an assignment: in business-date order, only a reopening may follow a completed
 * report. Checked on the assignment's dated changes as they would be with the new (or corrected)
 * report, so a report dated after the completion is refused until reopened, a backfill dated
 * before it is accepted, and a backfilled completion cannot precede reports already recorded.
 */
function checkStatusChanges(
  check: RuleCheck,
  assignment: Assignment,
  reports: DeliverableState['reports'],
  candidate: {
    reportId?: string;
    recordedAt: number;
    report: { reportedOn: IsoDate; status: ProgressStatus };
  },
): void {
  if (!isIsoDate(candidate.report.reportedOn)) return;
  const key = candidate.reportId ?? '#candidate';
  const withCandidate = {
    ...reports,
    [key]: {
      ...(reports[key] ?? { versionId: key, source: 'self-reported', review: 'submitted' }),
      ...candidate.report,
      withdrawn: false,
      recordedAt: candidate.recordedAt,
    } satisfies ProgressReport,
  };
  const reportIds = assignment.reportIds.includes(key)
    ? assignment.reportIds
    : [...assignment.reportIds, key];
  const changes = statusChanges({ reportIds, reopenings: assignment.reopenings }, withCandidate);
  for (let i = 1; i < changes.length; i++) {
    const before = changes[i - 1]!;
    const after = changes[i]!;
    if (before.status !== 'completed' || !after.isReport) continue;
    // Positions are unique in a stream: they tell the candidate from the recorded reports.
    const candidateIsLater = after.recordedAt === candidate.recordedAt;
    const candidateIsEarlier = before.recordedAt === candidate.recordedAt;
    // Only what this command changes is its fault; older histories are left as they were recorded.
    if (!candidateIsLater && !candidateIsEarlier) continue;
    check.require(
      false,
      candidateIsLater ? 'assignment-completed' : 'completion-before-later-report',
      candidateIsLater
        ? `the assignment was completed on ${before.on}: a report dated from then on needs a reopening first`
        : `a completion on ${before.on} cannot precede the report already recorded for ${after.on}`,
      'reportedOn',
    );
    return;
  }
}

/** Whether a correction would change nothing (the same values as the current version). */
function sameReportValues(
  corrected: Pick<
    ProgressReport,
    'status' | 'percentComplete' | 'note' | 'evidence' | 'reportedOn' | 'source'
  >,
  report: ProgressReport,
): boolean {
  return (
    corrected.status === report.status &&
    corrected.percentComplete === report.percentComplete &&
    corrected.note === report.note &&
    JSON.stringify(corrected.evidence ?? []) === JSON.stringify(report.evidence ?? []) &&
    corrected.reportedOn === report.reportedOn &&
    corrected.source === report.source
  );
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
