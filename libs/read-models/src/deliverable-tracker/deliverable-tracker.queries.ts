import { type Kysely } from 'kysely';
import { type Database, parseJsonArray, toBigInt, toNumber } from '../database';
import { type OffsetPage, type Page, pageBounds } from '../paging';

export interface TrackedAssignment {
  stateCode: string;
  leadAgency: string;
  assignedOn: string;
  dueOn: string;
  status: string;
  percentComplete: number | null;
  lastReportedOn: string | null;
  reportCount: number;
}

export interface ProgressReportView {
  position: bigint;
  stateCode: string;
  reportedOn: string;
  status: string;
  percentComplete: number | null;
  note: string | null;
  evidence: string[];
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
  cancelled: boolean;
  cancelledOn: string | null;
  cancellationReason: string | null;
  assignments: TrackedAssignment[];
}

export interface DeliverableDetail extends TrackedDeliverable {
  /** Oldest first, per State in recording order. */
  reports: ProgressReportView[];
}

export interface ListDeliverablesParams extends OffsetPage {
  frameworkId?: string;
  pillar?: string;
  thematicArea?: string;
  /** Deliverables assigned to this State (the assignments listed are still all of them). */
  stateCode?: string;
  /** Deliverables where at least one assignment has this status. */
  status?: string;
  /** Default true. */
  includeCancelled?: boolean;
}

type DeliverableRow = Database['tracker_deliverables'];
type AssignmentRow = Database['tracker_assignments'];

const toAssignment = (a: AssignmentRow): TrackedAssignment => ({
  stateCode: a.state_code,
  leadAgency: a.lead_agency,
  assignedOn: a.assigned_on,
  dueOn: a.due_on,
  status: a.status,
  percentComplete: a.percent_complete,
  lastReportedOn: a.last_reported_on,
  reportCount: toNumber(a.report_count),
});

const toDeliverable = (d: DeliverableRow, assignments: AssignmentRow[]): TrackedDeliverable => ({
  deliverableId: d.deliverable_id,
  frameworkId: d.framework_id,
  pillar: d.pillar,
  thematicArea: d.thematic_area,
  title: d.title,
  description: d.description,
  reference: d.reference,
  definedOn: d.defined_on,
  cancelled: toNumber(d.cancelled) === 1,
  cancelledOn: d.cancelled_on,
  cancellationReason: d.cancellation_reason,
  assignments: assignments.filter((a) => a.deliverable_id === d.deliverable_id).map(toAssignment),
});

export async function listDeliverables(
  db: Kysely<Database>,
  params: ListDeliverablesParams = {},
): Promise<Page<TrackedDeliverable>> {
  const { limit, offset } = pageBounds(params);
  let query = db.selectFrom('tracker_deliverables as d');
  if (params.frameworkId) query = query.where('d.framework_id', '=', params.frameworkId);
  if (params.pillar) query = query.where('d.pillar', '=', params.pillar);
  if (params.thematicArea) query = query.where('d.thematic_area', '=', params.thematicArea);
  if (params.includeCancelled === false) query = query.where('d.cancelled', '=', 0);
  if (params.stateCode || params.status) {
    const { stateCode, status } = params;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('tracker_assignments as a')
          .select('a.deliverable_id')
          .whereRef('a.deliverable_id', '=', 'd.deliverable_id')
          .$if(stateCode !== undefined, (q) => q.where('a.state_code', '=', stateCode!))
          .$if(status !== undefined, (q) => q.where('a.status', '=', status!)),
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
  const ids = rows.map((r) => r.deliverable_id);
  const assignments = ids.length
    ? await db
        .selectFrom('tracker_assignments')
        .selectAll()
        .where('deliverable_id', 'in', ids)
        .orderBy('deliverable_id')
        .orderBy('state_code')
        .execute()
    : [];
  return { items: rows.map((d) => toDeliverable(d, assignments)), total: toNumber(count.n), limit, offset };
}

export async function getDeliverable(
  db: Kysely<Database>,
  params: { deliverableId: string; stateCode?: string },
): Promise<DeliverableDetail | undefined> {
  const row = await db
    .selectFrom('tracker_deliverables')
    .selectAll()
    .where('deliverable_id', '=', params.deliverableId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { stateCode } = params;
  const [assignments, reports] = await Promise.all([
    db
      .selectFrom('tracker_assignments')
      .selectAll()
      .where('deliverable_id', '=', params.deliverableId)
      .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!))
      .orderBy('state_code')
      .execute(),
    db
      .selectFrom('tracker_reports')
      .selectAll()
      .where('deliverable_id', '=', params.deliverableId)
      .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!))
      .orderBy('state_code')
      .orderBy('position')
      .execute(),
  ]);
  return {
    ...toDeliverable(row, assignments),
    reports: reports.map((r) => ({
      position: toBigInt(r.position),
      stateCode: r.state_code,
      reportedOn: r.reported_on,
      status: r.status,
      percentComplete: r.percent_complete,
      note: r.note,
      evidence: parseJsonArray(r.evidence),
    })),
  };
}
