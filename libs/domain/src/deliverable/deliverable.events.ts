import { type IsoDate } from '../kernel/dates';
import { type Folded } from '../kernel/decider';
import { type Pillar } from '../kernel/pillars';
import { type OrganisationNames } from '../organisation/organisation.events';

/**
 * Where an assigned State stands on a deliverable. A lifecycle, kept apart from any judgement of
 * quality (a completed deliverable can still leave a commitment partially met; docs/facts/status-scales.md 6.4).
 */
export const PROGRESS_STATUSES = ['not-started', 'in-progress', 'blocked', 'completed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * Who stands behind a progress report: the State itself, or an external assessment (a CTED visit,
 * an EAG mutual evaluation). Assessors weigh them differently (docs/facts/status-scales.md 6.4).
 */
export const REPORT_SOURCES = ['self-reported', 'external'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/**
 * Where a progress report stands in review by programme staff: every report starts `submitted`;
 * staff validate it or return it with a comment; a returned report corrected by its coordinator is
 * `submitted` again.
 */
export const REVIEW_STATES = ['submitted', 'validated', 'returned'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/**
 * Why one State's assignment stops counting: withdrawn from it, or found not applicable to it
 * (e.g. a maritime deliverable for a landlocked State).
 */
export const ASSIGNMENT_WITHDRAWAL_OUTCOMES = ['withdrawn', 'not-applicable'] as const;
export type AssignmentWithdrawalOutcome = (typeof ASSIGNMENT_WITHDRAWAL_OUTCOMES)[number];

/**
 * Whom an assignment (and everything about it: reports, reviews, reopenings, withdrawals) is for:
 * one State (`stateCode`, its ISO 3166-1 alpha-2 code) or one regional mechanism of the
 * organisations catalogue (`mechanismId`), exactly one of the two (issue #13 item 2). Both are
 * optional fields so that every event recorded before regional assignments keeps its shape and
 * schema version: a State's events are written exactly as before.
 */
export interface Assignee {
  stateCode?: string;
  mechanismId?: string;
}

/**
 * The key an assignment is filed under in the folded state and in the read models: the mechanism's
 * id or the State's code. They cannot collide: catalogue ids are lower-case slugs, State codes two
 * upper-case letters.
 */
export const assigneeOf = (assignee: Assignee): string => assignee.mechanismId ?? assignee.stateCode ?? '';

/** True when the key (`assigneeOf`) names a regional mechanism rather than a State. */
export const isMechanismKey = (key: string): boolean => !/^[A-Z]{2}$/.test(key);

/**
 * A regional mechanism as it stood when the deliverable was assigned to it: its names, its member
 * States and whether their coordinators may report. Snapshotted into the event so that the
 * assignment's history stays true if the catalogue changes later (a re-assignment snapshots again).
 */
export interface MechanismSnapshot {
  name: OrganisationNames;
  memberStates: string[];
  memberStatesMayReport: boolean;
}

/** A deliverable defined under a framework, classified by one Strategy pillar. */
export interface DeliverableDefined {
  type: 'DeliverableDefined';
  data: {
    deliverableId: string;
    frameworkId: string;
    pillar: Pillar;
    thematicArea: string;
    title: string;
    description?: string;
    /** Where the commitment is written, e.g. a paragraph of the declaration. */
    reference?: string;
    definedOn: IsoDate;
    /**
     * The `revisedOn` of the framework revision (`FrameworkRevised`) that introduced the
     * deliverable; absent = the framework's original text. Optional, so schema version 1 still.
     */
    revision?: IsoDate;
  };
}

/**
 * Assigned (or re-assigned, with a new lead agency or due date) to one State, or to one regional
 * mechanism (`mechanismId` and its `mechanism` snapshot instead of `stateCode`).
 */
export interface DeliverableAssigned {
  type: 'DeliverableAssigned';
  data: Assignee & {
    deliverableId: string;
    /** Only with `mechanismId`. */
    mechanism?: MechanismSnapshot;
    leadAgency: string;
    dueOn: IsoDate;
    assignedOn: IsoDate;
  };
}

/**
 * Schema version 2: `source` added. Version 1 events are upcast with `source: 'self-reported'`.
 * The report's identity (`reportId` in later events) is this event's id; its review state starts
 * `submitted`.
 */
export interface ProgressReported {
  type: 'ProgressReported';
  data: Assignee & {
    deliverableId: string;
    /**
     * Only on a regional assignment: the member State whose coordinator sent the report (absent
     * when programme staff recorded it).
     */
    reportingState?: string;
    status: ProgressStatus;
    percentComplete?: number;
    note?: string;
    /** Document symbols or links that back the report. */
    evidence?: string[];
    reportedOn: IsoDate;
    source: ReportSource;
  };
}

/**
 * New values of a report (the full set, not a diff). `supersedes` = the event id of the version
 * replaced (the original report or its latest correction), so the chain can be followed back.
 * `review` = the review state after it: `submitted` when a coordinator corrects (how a returned
 * report is resubmitted), unchanged when programme staff correct.
 */
export interface ProgressReportCorrected {
  type: 'ProgressReportCorrected';
  data: Assignee & {
    deliverableId: string;
    reportId: string;
    supersedes: string;
    status: ProgressStatus;
    percentComplete?: number;
    note?: string;
    evidence?: string[];
    reportedOn: IsoDate;
    source: ReportSource;
    reason: string;
    review: ReviewState;
  };
}

/** The report no longer counts anywhere; its versions stay in the history. */
export interface ProgressReportWithdrawn {
  type: 'ProgressReportWithdrawn';
  data: Assignee & { deliverableId: string; reportId: string; reason: string };
}

export interface ProgressReportValidated {
  type: 'ProgressReportValidated';
  data: Assignee & { deliverableId: string; reportId: string; comment?: string };
}

/** Returned to the coordinator for clarification; a correction by them resubmits it. */
export interface ProgressReportReturned {
  type: 'ProgressReportReturned';
  data: Assignee & { deliverableId: string; reportId: string; comment: string };
}

/** From `reopenedOn` the assignment is `in-progress` again (a completed one regresses after a reassessment). */
export interface AssignmentReopened {
  type: 'AssignmentReopened';
  data: Assignee & { deliverableId: string; reason: string; reopenedOn: IsoDate };
}

/**
 * From `withdrawnOn` that State's assignment stops counting (not overdue, not in the percent);
 * the other States are untouched and its history stays.
 */
export interface AssignmentWithdrawn {
  type: 'AssignmentWithdrawn';
  data: Assignee & {
    deliverableId: string;
    outcome: AssignmentWithdrawalOutcome;
    reason: string;
    withdrawnOn: IsoDate;
  };
}

export interface DeliverableCancelled {
  type: 'DeliverableCancelled';
  data: { deliverableId: string; reason: string; cancelledOn: IsoDate };
}

/** Retired by the framework revision of that `revisedOn` date: it stops counting from then; history stays. */
export interface DeliverableRetired {
  type: 'DeliverableRetired';
  data: { deliverableId: string; revision: IsoDate; reason?: string };
}

export type DeliverableEvent =
  | DeliverableDefined
  | DeliverableAssigned
  | ProgressReported
  | ProgressReportCorrected
  | ProgressReportWithdrawn
  | ProgressReportValidated
  | ProgressReportReturned
  | AssignmentReopened
  | AssignmentWithdrawn
  | DeliverableCancelled
  | DeliverableRetired;

/** The current version of one progress report (its latest correction, if any). */
export interface ProgressReport extends Assignee {
  /** On a regional assignment: the member State whose coordinator reported it. */
  reportingState?: string;
  /** Event id of the current version: what the next correction supersedes. */
  versionId: string;
  status: ProgressStatus;
  percentComplete?: number;
  note?: string;
  evidence?: string[];
  reportedOn: IsoDate;
  source: ReportSource;
  review: ReviewState;
  withdrawn: boolean;
  /** Position of the original report in the stream: breaks ties between reports of the same day. */
  recordedAt: number;
}

export interface Assignment {
  /** Only on a regional assignment: the mechanism as of its (latest) assignment. */
  mechanism?: MechanismSnapshot;
  assignedOn: IsoDate;
  dueOn: IsoDate;
  /**
   * The status in force now: that of the effective (not withdrawn) report with the latest
   * `reportedOn` (ties: the one recorded later), or `in-progress` when a reopening is later still.
   */
  status: ProgressStatus;
  /** `reportedOn` of the report that made the assignment completed, while it is. */
  completedOn?: IsoDate;
  /** Latest `reportedOn` of the effective reports. */
  lastReportedOn?: IsoDate;
  /** Report ids, in recording order. */
  reportIds: string[];
  /** Each reopening's date and stream position, in recording order. */
  reopenings: Array<{ reopenedOn: IsoDate; recordedAt: number }>;
  withdrawal?: { outcome: AssignmentWithdrawalOutcome; withdrawnOn: IsoDate };
}

export interface DeliverableState {
  exists: boolean;
  frameworkId?: string;
  pillar?: Pillar;
  definedOn?: IsoDate;
  /** The framework revision that introduced it; absent = the original text. */
  revision?: IsoDate;
  cancelled: boolean;
  /** The `revisedOn` of the revision that retired it. */
  retiredBy?: IsoDate;
  assignments: Readonly<Record<string, Assignment>>;
  reports: Readonly<Record<string, ProgressReport>>;
  /** Events folded so far: the next event's position in the stream. */
  folded: number;
}

export const initialDeliverableState: DeliverableState = {
  exists: false,
  cancelled: false,
  assignments: {},
  reports: {},
  folded: 0,
};

/** One dated fact about an assignment's progress: a report's status, or a reopening. */
export interface StatusChange {
  on: IsoDate;
  recordedAt: number;
  status: ProgressStatus;
  /** True for a report, false for a reopening. */
  isReport: boolean;
}

/**
 * The assignment's dated status changes in business order (date, then recording order), from its
 * effective reports (as `reports` gives them, so a decision can try a hypothetical set) and its
 * reopenings.
 */
export function statusChanges(
  assignment: Pick<Assignment, 'reportIds' | 'reopenings'>,
  reports: Readonly<Record<string, ProgressReport>>,
): StatusChange[] {
  const changes: StatusChange[] = [];
  for (const reportId of assignment.reportIds) {
    const report = reports[reportId];
    if (report && !report.withdrawn)
      changes.push({
        on: report.reportedOn,
        recordedAt: report.recordedAt,
        status: report.status,
        isReport: true,
      });
  }
  for (const { reopenedOn, recordedAt } of assignment.reopenings)
    changes.push({ on: reopenedOn, recordedAt, status: 'in-progress', isReport: false });
  return changes.sort((a, b) => (a.on === b.on ? a.recordedAt - b.recordedAt : a.on < b.on ? -1 : 1));
}

/** Status, completion date and latest report date that the dated changes add up to. */
function withCurrentStatus(
  assignment: Assignment,
  reports: Readonly<Record<string, ProgressReport>>,
): Assignment {
  const changes = statusChanges(assignment, reports);
  const last = changes[changes.length - 1];
  const lastReport = [...changes].reverse().find((change) => change.isReport);
  const status = last?.status ?? 'not-started';
  // The report that made it completed: the first of the trailing run of completed reports.
  let completing = changes.length - 1;
  while (completing > 0 && changes[completing - 1]!.status === 'completed') completing -= 1;
  return {
    ...assignment,
    status,
    completedOn: status === 'completed' ? changes[completing]?.on : undefined,
    lastReportedOn: lastReport?.on,
  };
}

function withReport(
  state: DeliverableState,
  reportId: string,
  change: (report: ProgressReport) => ProgressReport,
): DeliverableState {
  const report = state.reports[reportId];
  if (!report) return state;
  const reports = { ...state.reports, [reportId]: change(report) };
  const key = assigneeOf(report);
  const assignment = state.assignments[key];
  const assignments = assignment
    ? { ...state.assignments, [key]: withCurrentStatus(assignment, reports) }
    : state.assignments;
  return { ...state, reports, assignments };
}

function withAssignment(
  state: DeliverableState,
  assignee: Assignee,
  change: (assignment: Assignment) => Assignment,
): DeliverableState {
  const key = assigneeOf(assignee);
  const assignment = state.assignments[key];
  if (!assignment) return state;
  const changed = withCurrentStatus(change(assignment), state.reports);
  return { ...state, assignments: { ...state.assignments, [key]: changed } };
}

export function evolveDeliverable(
  state: DeliverableState,
  event: Folded<DeliverableEvent>,
): DeliverableState {
  const position = state.folded;
  const next = { ...state, folded: position + 1 };
  switch (event.type) {
    case 'DeliverableDefined':
      return {
        ...next,
        exists: true,
        frameworkId: event.data.frameworkId,
        pillar: event.data.pillar,
        definedOn: event.data.definedOn,
        revision: event.data.revision,
      };
    case 'DeliverableAssigned': {
      const key = assigneeOf(event.data);
      const previous = next.assignments[key];
      const assignment: Assignment = previous
        ? { ...previous, dueOn: event.data.dueOn }
        : {
            assignedOn: event.data.assignedOn,
            dueOn: event.data.dueOn,
            status: 'not-started',
            reportIds: [],
            reopenings: [],
          };
      // A re-assignment of a mechanism snapshots its membership again.
      if (event.data.mechanism) assignment.mechanism = event.data.mechanism;
      return { ...next, assignments: { ...next.assignments, [key]: assignment } };
    }
    case 'ProgressReported': {
      // Without a stored id (a fold of events not yet stored, in a test) the position stands in.
      const reportId = event.id ?? `#${position}`;
      const { deliverableId: _d, ...values } = event.data;
      const withNewReport = {
        ...next,
        reports: {
          ...next.reports,
          [reportId]: {
            ...values,
            versionId: reportId,
            review: 'submitted',
            withdrawn: false,
            recordedAt: position,
          },
        },
      } satisfies DeliverableState;
      return withAssignment(withNewReport, event.data, (a) => ({
        ...a,
        reportIds: [...a.reportIds, reportId],
      }));
    }
    case 'ProgressReportCorrected': {
      const { deliverableId: _d, reportId, supersedes: _s, reason: _r, review, ...values } = event.data;
      return withReport(next, reportId, (report) => ({
        ...values,
        // A correction keeps who reported it: the reporting State is not one of the new values.
        ...(report.reportingState === undefined ? {} : { reportingState: report.reportingState }),
        versionId: event.id ?? `#${position}`,
        review,
        withdrawn: report.withdrawn,
        recordedAt: report.recordedAt,
      }));
    }
    case 'ProgressReportWithdrawn':
      return withReport(next, event.data.reportId, (report) => ({ ...report, withdrawn: true }));
    case 'ProgressReportValidated':
      return withReport(next, event.data.reportId, (report) => ({ ...report, review: 'validated' }));
    case 'ProgressReportReturned':
      return withReport(next, event.data.reportId, (report) => ({ ...report, review: 'returned' }));
    case 'AssignmentReopened':
      return withAssignment(next, event.data, (a) => ({
        ...a,
        reopenings: [...a.reopenings, { reopenedOn: event.data.reopenedOn, recordedAt: position }],
      }));
    case 'AssignmentWithdrawn':
      return withAssignment(next, event.data, (a) => ({
        ...a,
        withdrawal: { outcome: event.data.outcome, withdrawnOn: event.data.withdrawnOn },
      }));
    case 'DeliverableCancelled':
      return { ...next, cancelled: true };
    case 'DeliverableRetired':
      return { ...next, retiredBy: event.data.revision };
  }
}
