import { type Kysely } from 'kysely';
import { type Database, parseJsonArray, toBigInt, toNumber } from '../database';
import { type OffsetPage, type Page, pageBounds } from '../paging';
import { type Basis, counts } from '../assignment-periods';
import { periodOnDay } from '../assignment-rows';
import { type RegionalRowFields, regionalRowFields } from '../regional-rows';

/**
 * The two axes of a tracker or scorecard question (issue #12): `asOf` = the business day asked
 * about, `basis` = which reports count, `revision` = only deliverables introduced by that framework
 * revision (`original` = by the framework's first text). The same functions answer on the live
 * store and on an as-of replay's scratch store (record time, `knownAt`, is that replay's cutoff).
 */
export interface BusinessTimeParams {
  /** YYYY-MM-DD. Absent: the latest business day known (every report counts by its date). */
  asOf?: string;
  /** Default `reported`. */
  basis?: Basis;
  revision?: string;
}

/** The day used when no asOf is given: after every business date, so the open periods answer. */
const LATEST = '9999-12-30';

/** A State's assignment, or with `kind: 'regional'` a regional mechanism's (`stateCode` = its id). */
export interface TrackedAssignment extends Partial<RegionalRowFields> {
  stateCode: string;
  leadAgency: string;
  assignedOn: string;
  dueOn: string;
  /**
   * On `asOf`, under `basis`: a progress status, or why the assignment does not count any more
   * (`withdrawn`, `not-applicable`, `retired`; `cancelled` with its deliverable).
   */
  status: string;
  percentComplete: number | null;
  lastReportedOn: string | null;
  /** Reports counted by `asOf` under `basis`. */
  reportCount: number;
  /** `reportedOn` of the report that made it completed, while completed. */
  completedOn: string | null;
  /** Completed after its due date. */
  completedLate: boolean;
}

export interface ReportTrailEntry {
  eventId: string;
  /** ProgressReported, ProgressReportCorrected, ProgressReportWithdrawn, ProgressReportValidated, ProgressReportReturned. */
  type: string;
  /** The version a correction replaced. */
  supersedes: string | null;
  /** A correction's new values. */
  values: Record<string, unknown> | null;
  /** A correction's or withdrawal's reason, a review's comment. */
  reason: string | null;
  actor: string;
  recordedAt: string;
}

export interface ProgressReportView {
  /** The report's identity: its ProgressReported event id (what corrections and reviews name). */
  reportId: string;
  /** Global position of the ProgressReported event. */
  position: bigint;
  stateCode: string;
  /** The current version's values (the latest correction's). */
  reportedOn: string;
  status: string;
  percentComplete: number | null;
  note: string | null;
  evidence: string[];
  source: string;
  review: string;
  withdrawn: boolean;
  /** Whether it counts under the basis asked for. */
  counted: boolean;
  /** Event id of the current version. */
  versionId: string;
  /** Every event about the report, oldest first: the corrections chain and the review trail. */
  history: ReportTrailEntry[];
}

export interface LifecycleView {
  stateCode: string;
  kind: string;
  effectiveOn: string;
  reason: string;
  actor: string;
  recordedAt: string;
}

export interface TrackedDeliverable {
  deliverableId: string;
  frameworkId: string;
  pillar: string;
  thematicArea: string;
  title: string;
  description: string | null;
  reference: string | null;
  definedOn: string;
  /** The framework revision (revisedOn) that introduced it; null = the original text. */
  revision: string | null;
  /** Cancelled on or before `asOf`. */
  cancelled: boolean;
  cancelledOn: string | null;
  cancellationReason: string | null;
  /** Retired on or before `asOf`. */
  retired: boolean;
  retiredOn: string | null;
  retirementReason: string | null;
  assignments: TrackedAssignment[];
}

export interface DeliverableDetail extends TrackedDeliverable {
  /** Per State, in business order (reportedOn, then recording order); withdrawn ones marked. */
  reports: ProgressReportView[];
  /** Reopenings and withdrawals of assignments, by their dates. */
  lifecycle: LifecycleView[];
}

export interface ListDeliverablesParams extends OffsetPage, BusinessTimeParams {
  frameworkId?: string;
  pillar?: string;
  thematicArea?: string;
  /** Deliverables assigned to this State (the assignments listed are still all of them). */
  stateCode?: string;
  /** Deliverables where at least one assignment has this status on `asOf`. */
  status?: string;
  /** Default true. */
  includeCancelled?: boolean;
}

type DeliverableRow = Database['tracker_deliverables'];
type AssignmentRow = Database['tracker_assignments'];
type PeriodRow = Database['tracker_periods'];

const dayOf = (p: BusinessTimeParams) => p.asOf ?? LATEST;
const basisOf = (p: BusinessTimeParams): Basis => p.basis ?? 'reported';

const toAssignment = (
  a: AssignmentRow,
  p: PeriodRow,
  regional?: ReadonlyMap<string, RegionalRowFields>,
): TrackedAssignment => ({
  stateCode: a.state_code,
  leadAgency: a.lead_agency,
  assignedOn: a.assigned_on,
  dueOn: a.due_on,
  status: p.status,
  percentComplete: p.percent_complete,
  lastReportedOn: p.last_reported_on,
  reportCount: toNumber(p.report_count),
  completedOn: p.completed_on,
  completedLate: p.completed_on !== null && p.completed_on > a.due_on,
  ...regional?.get(a.state_code),
});

function toDeliverable(
  d: DeliverableRow,
  day: string,
  assignments: readonly AssignmentRow[],
  periods: ReadonlyMap<string, PeriodRow>,
  regional?: ReadonlyMap<string, RegionalRowFields>,
): TrackedDeliverable {
  const cancelled = d.cancelled_on !== null && d.cancelled_on <= day;
  const retired = d.retired_on !== null && d.retired_on <= day;
  return {
    deliverableId: d.deliverable_id,
    frameworkId: d.framework_id,
    pillar: d.pillar,
    thematicArea: d.thematic_area,
    title: d.title,
    description: d.description,
    reference: d.reference,
    definedOn: d.defined_on,
    revision: d.revision,
    cancelled,
    cancelledOn: cancelled ? d.cancelled_on : null,
    cancellationReason: cancelled ? d.cancellation_reason : null,
    retired,
    retiredOn: retired ? d.retired_on : null,
    retirementReason: retired ? d.retirement_reason : null,
    assignments: assignments.flatMap((a) => {
      if (a.deliverable_id !== d.deliverable_id) return [];
      const period = periods.get(`${a.deliverable_id}\u0000${a.state_code}`);
      // Not yet assigned on that day.
      return period ? [toAssignment(a, period, regional)] : [];
    }),
  };
}

/** The assignments of these deliverables and, for each, its period on the day. */
async function assignmentsOn(
  db: Kysely<Database>,
  ids: readonly string[],
  day: string,
  basis: Basis,
  stateCode?: string,
): Promise<{
  assignments: AssignmentRow[];
  periods: Map<string, PeriodRow>;
  regional: Map<string, RegionalRowFields>;
}> {
  if (ids.length === 0) return { assignments: [], periods: new Map(), regional: new Map() };
  const [assignments, periods] = await Promise.all([
    db
      .selectFrom('tracker_assignments')
      .selectAll()
      .where('deliverable_id', 'in', ids)
      .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!))
      .orderBy('deliverable_id')
      .orderBy('state_code')
      .execute(),
    db
      .selectFrom('tracker_periods as p')
      .selectAll()
      .where('p.deliverable_id', 'in', ids)
      .where(periodOnDay('p', day, basis))
      .$if(stateCode !== undefined, (q) => q.where('p.state_code', '=', stateCode!))
      .execute(),
  ]);
  return {
    assignments,
    periods: new Map(periods.map((p) => [`${p.deliverable_id}\u0000${p.state_code}`, p])),
    regional: await regionalRowFields(
      db,
      assignments.map((a) => a.state_code),
    ),
  };
}

export async function listDeliverables(
  db: Kysely<Database>,
  params: ListDeliverablesParams = {},
): Promise<Page<TrackedDeliverable>> {
  const { limit, offset } = pageBounds(params);
  const day = dayOf(params);
  const basis = basisOf(params);
  let query = db.selectFrom('tracker_deliverables as d').where('d.defined_on', '<=', day);
  if (params.frameworkId) query = query.where('d.framework_id', '=', params.frameworkId);
  if (params.pillar) query = query.where('d.pillar', '=', params.pillar);
  if (params.thematicArea) query = query.where('d.thematic_area', '=', params.thematicArea);
  if (params.revision !== undefined)
    query =
      params.revision === 'original'
        ? query.where('d.revision', 'is', null)
        : query.where('d.revision', '=', params.revision);
  if (params.includeCancelled === false)
    query = query.where((eb) => eb.or([eb('d.cancelled_on', 'is', null), eb('d.cancelled_on', '>', day)]));
  if (params.stateCode || params.status) {
    const { stateCode, status } = params;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('tracker_periods as p')
          .select('p.deliverable_id')
          .whereRef('p.deliverable_id', '=', 'd.deliverable_id')
          .where(periodOnDay('p', day, basis))
          .$if(stateCode !== undefined, (q) => q.where('p.state_code', '=', stateCode!))
          .$if(status !== undefined, (q) => q.where('p.status', '=', status!)),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .selectAll('d')
      .orderBy('d.defined_on')
      .orderBy('d.deliverable_id')
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  const { assignments, periods, regional } = await assignmentsOn(
    db,
    rows.map((r) => r.deliverable_id),
    day,
    basis,
  );
  return {
    items: rows.map((d) => toDeliverable(d, day, assignments, periods, regional)),
    total: toNumber(count.n),
    limit,
    offset,
  };
}

export async function getDeliverable(
  db: Kysely<Database>,
  params: { deliverableId: string; stateCode?: string } & BusinessTimeParams,
): Promise<DeliverableDetail | undefined> {
  const day = dayOf(params);
  const basis = basisOf(params);
  const row = await db
    .selectFrom('tracker_deliverables')
    .selectAll()
    .where('deliverable_id', '=', params.deliverableId)
    .where('defined_on', '<=', day)
    .executeTakeFirst();
  if (!row) return undefined;
  const { stateCode } = params;
  const [{ assignments, periods, regional }, reports, trail, lifecycle] = await Promise.all([
    assignmentsOn(db, [params.deliverableId], day, basis, stateCode),
    db
      .selectFrom('tracker_reports')
      .selectAll()
      .where('deliverable_id', '=', params.deliverableId)
      .where('reported_on', '<=', day)
      .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!))
      .orderBy('state_code')
      .orderBy('reported_on')
      .orderBy('position')
      .execute(),
    db
      .selectFrom('tracker_report_events as e')
      .innerJoin('tracker_reports as r', 'r.report_id', 'e.report_id')
      .selectAll('e')
      .where('r.deliverable_id', '=', params.deliverableId)
      .$if(stateCode !== undefined, (q) => q.where('r.state_code', '=', stateCode!))
      .orderBy('e.position')
      .execute(),
    db
      .selectFrom('tracker_lifecycle')
      .selectAll()
      .where('deliverable_id', '=', params.deliverableId)
      .where('effective_on', '<=', day)
      .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!))
      .orderBy('state_code')
      .orderBy('effective_on')
      .orderBy('position')
      .execute(),
  ]);
  const historyOf = new Map<string, ReportTrailEntry[]>();
  for (const e of trail) {
    const list = historyOf.get(e.report_id) ?? [];
    list.push({
      eventId: e.event_id,
      type: e.event_type,
      supersedes: e.supersedes,
      values:
        e.corrected_values === null ? null : (JSON.parse(e.corrected_values) as Record<string, unknown>),
      reason: e.reason,
      actor: e.actor,
      recordedAt: e.recorded_at,
    });
    historyOf.set(e.report_id, list);
  }
  return {
    ...toDeliverable(row, day, assignments, periods, regional),
    reports: reports.map((r) => {
      const review = r.review as 'submitted' | 'validated' | 'returned';
      const withdrawn = toNumber(r.withdrawn) === 1;
      return {
        reportId: r.report_id,
        position: toBigInt(r.position),
        stateCode: r.state_code,
        reportedOn: r.reported_on,
        status: r.status,
        percentComplete: r.percent_complete,
        note: r.note,
        evidence: parseJsonArray(r.evidence),
        source: r.source,
        review,
        withdrawn,
        counted: counts(
          {
            position: 0n,
            reportedOn: r.reported_on,
            status: r.status,
            percentComplete: null,
            review,
            withdrawn,
          },
          basis,
        ),
        versionId: r.version_id,
        history: historyOf.get(r.report_id) ?? [],
      };
    }),
    lifecycle: lifecycle.map((l) => ({
      stateCode: l.state_code,
      kind: l.kind,
      effectiveOn: l.effective_on,
      reason: l.reason,
      actor: l.actor,
      recordedAt: l.recorded_at,
    })),
  };
}
