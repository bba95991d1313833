import { type ReviewState } from '@ct/domain';

/**
 * Where one State's assignment stood on every business day, from the facts a read model keeps about
 * it (effective-dated rows), for both bases. Pure: the tracker and the scorecard projections each
 * call it for the assignments a batch touched, store the periods, and their queries pick the period
 * holding `asOf` (from_on <= asOf < until_on), so any past business date is answered with no replay.
 *
 * The rules (issue #12, coordinated in the contract of that issue):
 * - every report counts by its current version (the latest correction); a withdrawn report does not
 *   count; under basis `validated` only validated reports count, under `reported` every report not
 *   withdrawn does (submitted, validated or returned);
 * - reports and reopenings are folded in order of their business date (`reportedOn`, `reopenedOn`),
 *   ties by recording order (the report's own ProgressReported position, the reopening's position);
 * - a reopening makes the assignment `in-progress` from its date (its percent stays the last one);
 * - a withdrawal (`withdrawn` or `not-applicable`) from its date, the deliverable's retirement from
 *   the retiring revision's date and its cancellation from `cancelledOn` end the assignment's
 *   counting: those statuses stay, reports dated later change nothing;
 * - `completedOn` is the `reportedOn` of the report that made the assignment completed (a later
 *   `completed` report repeats it, it does not move it); it clears when the status leaves completed.
 */

export const BASES = ['reported', 'validated'] as const;
/** Which reports count: every report not withdrawn (`reported`), or only validated ones. */
export type Basis = (typeof BASES)[number];

/** The statuses an assignment can have on a day: progress, or why it does not count any more. */
export const PERIOD_STATUSES = [
  'not-started',
  'in-progress',
  'blocked',
  'completed',
  'cancelled',
  'withdrawn',
  'not-applicable',
  'retired',
] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

/** Statuses that take an assignment out of the counts (not overdue, not in the percent). */
export const NOT_COUNTED_STATUSES = ['withdrawn', 'not-applicable', 'retired'] as const;
export type NotCountedStatus = (typeof NOT_COUNTED_STATUSES)[number];

/** The day after every business date: the end of a period still open. */
export const OPEN_END = '9999-12-31';

export interface ReportFacts {
  /** Position of the report's ProgressReported event: the tie-break between reports of one day. */
  position: bigint;
  reportedOn: string;
  status: string;
  percentComplete: number | null;
  review: ReviewState;
  withdrawn: boolean;
}

export interface LifecycleFacts {
  position: bigint;
  kind: 'reopened' | 'withdrawn' | 'not-applicable';
  /** reopenedOn or withdrawnOn. */
  effectiveOn: string;
}

export interface AssignmentFacts {
  assignedOn: string;
  cancelledOn: string | null;
  retiredOn: string | null;
  reports: readonly ReportFacts[];
  lifecycle: readonly LifecycleFacts[];
}

export interface StatusPeriod {
  fromOn: string;
  /** Exclusive; OPEN_END for the period still open. */
  untilOn: string;
  status: PeriodStatus;
  /** The last percent reported by then; null before any report gave one. */
  percentComplete: number | null;
  completedOn: string | null;
  lastReportedOn: string | null;
  /** Reports counted by then (under the basis). */
  reportCount: number;
}

type Snapshot = Omit<StatusPeriod, 'fromOn' | 'untilOn'>;

type Step =
  | { on: string; order: bigint; report: ReportFacts }
  | { on: string; order: bigint; lifecycle: LifecycleFacts['kind'] }
  | { on: string; order: bigint; ended: 'cancelled' | 'retired' };

const TERMINAL: ReadonlySet<PeriodStatus> = new Set(['cancelled', 'withdrawn', 'not-applicable', 'retired']);
/** Orders the deliverable-wide endings after every event of their day (they carry no position here). */
const LAST_OF_DAY = 1n << 62n;

export const counts = (report: ReportFacts, basis: Basis): boolean =>
  !report.withdrawn && (basis === 'reported' || report.review === 'validated');

export function statusPeriods(facts: AssignmentFacts, basis: Basis): StatusPeriod[] {
  const steps: Step[] = [];
  for (const report of facts.reports)
    if (counts(report, basis)) steps.push({ on: report.reportedOn, order: report.position, report });
  for (const l of facts.lifecycle) steps.push({ on: l.effectiveOn, order: l.position, lifecycle: l.kind });
  if (facts.cancelledOn !== null)
    steps.push({ on: facts.cancelledOn, order: LAST_OF_DAY, ended: 'cancelled' });
  if (facts.retiredOn !== null) steps.push({ on: facts.retiredOn, order: LAST_OF_DAY, ended: 'retired' });
  steps.sort((a, b) =>
    a.on < b.on ? -1 : a.on > b.on ? 1 : a.order < b.order ? -1 : a.order > b.order ? 1 : 0,
  );

  let current: Snapshot = {
    status: 'not-started',
    percentComplete: null,
    completedOn: null,
    lastReportedOn: null,
    reportCount: 0,
  };
  const starts: { fromOn: string; snapshot: Snapshot }[] = [{ fromOn: facts.assignedOn, snapshot: current }];
  for (const step of steps) {
    const next = { ...current };
    if ('report' in step) {
      next.reportCount += 1;
      // A report dated after the assignment ended stays in the history and changes nothing.
      if (!TERMINAL.has(current.status)) {
        const { report } = step;
        next.status = report.status as PeriodStatus;
        if (report.percentComplete !== null) next.percentComplete = report.percentComplete;
        next.lastReportedOn = report.reportedOn;
        if (report.status !== 'completed') next.completedOn = null;
        else if (current.status !== 'completed') next.completedOn = report.reportedOn;
      }
    } else if ('lifecycle' in step) {
      if (step.lifecycle === 'reopened') {
        if (!TERMINAL.has(current.status)) {
          next.status = 'in-progress';
          next.completedOn = null;
        }
      } else if (current.status !== 'cancelled' && current.status !== 'retired') next.status = step.lifecycle;
    } else if (current.status !== 'cancelled') next.status = step.ended;
    current = next;
    // Nothing exists before the assignment: an earlier date (which the domain refuses) counts from it.
    const fromOn = step.on < facts.assignedOn ? facts.assignedOn : step.on;
    const last = starts[starts.length - 1]!;
    // Several steps on one day: the day ends on the last of them.
    if (last.fromOn === fromOn) last.snapshot = current;
    else starts.push({ fromOn, snapshot: current });
  }
  return starts.map((s, i) => ({
    fromOn: s.fromOn,
    untilOn: starts[i + 1]?.fromOn ?? OPEN_END,
    ...s.snapshot,
  }));
}

/** The period holding `asOf`, or undefined before the assignment existed. */
export const periodOn = (periods: readonly StatusPeriod[], asOf: string): StatusPeriod | undefined =>
  periods.find((p) => p.fromOn <= asOf && asOf < p.untilOn);
