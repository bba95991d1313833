import { type Kysely, sql } from 'kysely';
import { type Database, toNumber } from '../database';
import { type OffsetPage, type Page, pageBounds } from '../paging';
import { type RegionalRowFields, regionalRowFields } from '../regional-rows';

export interface ReviewQueueParams extends OffsetPage {
  /** The day ages are counted to (YYYY-MM-DD): today, or an as-of date. */
  asOf: string;
  /** Only the reports on this assignee's assignments: a State, or a regional mechanism's id. */
  stateCode?: string;
  /**
   * Only the reports of these States (a coordinator's own): on their assignments, and those they
   * sent on a regional mechanism's (`reportingState` among them). An empty list gives nothing.
   */
  stateCodes?: readonly string[];
  frameworkId?: string;
}

/**
 * A report in the queue. On a regional mechanism's assignment `stateCode` is the mechanism's id (as
 * in the tracker and the scorecard), the regional fields name the mechanism, and `reportingState`
 * is the member State whose coordinator sent the report (absent when programme staff recorded it).
 */
export interface ReviewQueueItem extends Partial<RegionalRowFields> {
  /** The report's identity (its ProgressReported event id): what validation and return name. */
  reportId: string;
  deliverableId: string;
  title: string | null;
  frameworkId: string | null;
  stateCode: string;
  /** Regional reports only: the member State that sent it. */
  reportingState?: string;
  reportedOn: string;
  status: string;
  percentComplete: number | null;
  /** When it entered the queue (recorded time): its report, or the correction that resubmitted it. */
  submittedAt: string;
  submittedBy: string;
  /** Whole days from the day it was submitted (UTC) to asOf. */
  ageDays: number;
}

const DAY_MS = 86_400_000;

/** Reports awaiting review by programme staff, oldest first. */
export async function listReviewQueue(
  db: Kysely<Database>,
  params: ReviewQueueParams,
): Promise<Page<ReviewQueueItem>> {
  const { limit, offset } = pageBounds(params);
  let query = db
    .selectFrom('review_queue as q')
    .leftJoin('review_deliverables as d', 'd.deliverable_id', 'q.deliverable_id')
    .leftJoin('review_reporting_states as r', (join) =>
      join.onRef('r.report_key', '=', 'q.report_key').onRef('r.report_id', '=', 'q.report_id'),
    );
  if (params.stateCode) query = query.where('q.state_code', '=', params.stateCode);
  if (params.stateCodes !== undefined) {
    const states = [...params.stateCodes];
    // A regional report is assigned to the mechanism: its State is the one that sent it.
    query =
      states.length > 0
        ? query.where((eb) =>
            eb.or([eb('q.state_code', 'in', states), eb('r.reporting_state', 'in', states)]),
          )
        : query.where(sql<boolean>`1 = 0`);
  }
  if (params.frameworkId) query = query.where('d.framework_id', '=', params.frameworkId);
  const [rows, count] = await Promise.all([
    query
      .selectAll('q')
      .select(['d.title', 'd.framework_id', 'r.reporting_state'])
      .orderBy('q.submitted_at')
      .orderBy('q.submitted_position')
      .limit(limit)
      .offset(offset)
      .execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  const asOf = Date.parse(`${params.asOf}T00:00:00Z`);
  const regional = await regionalRowFields(
    db,
    rows.map((r) => r.state_code),
  );
  return {
    items: rows.map((r) => ({
      reportId: r.report_id,
      deliverableId: r.deliverable_id,
      title: r.title,
      frameworkId: r.framework_id,
      stateCode: r.state_code,
      ...regional.get(r.state_code),
      ...(r.reporting_state !== null ? { reportingState: r.reporting_state } : {}),
      reportedOn: r.reported_on,
      status: r.status,
      percentComplete: r.percent_complete,
      submittedAt: r.submitted_at,
      submittedBy: r.submitted_by,
      ageDays: Math.max(
        0,
        Math.floor((asOf - Date.parse(`${r.submitted_at.slice(0, 10)}T00:00:00Z`)) / DAY_MS),
      ),
    })),
    total: toNumber(count.n),
    limit,
    offset,
  };
}
