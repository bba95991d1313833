import { type Kysely } from 'kysely';
import { type Int8, positionKey } from '../columns';

/**
 * A progress report awaiting review by programme staff (review state `submitted`, not withdrawn).
 * Looked up by report_key with report_id, as the tracker's reports (see reportKey), not by a key on
 * the random 36-character id.
 */
export interface ReviewQueueTable {
  report_id: string;
  /** reportKey(report_id): what a row is looked up by, with report_id. */
  report_key: number;
  deliverable_id: string;
  state_code: string;
  reported_on: string;
  status: string;
  percent_complete: number | null;
  /** When it (last) entered the queue: its report, or the correction that resubmitted it. */
  submitted_at: string;
  /**
   * Position of that event: the order among reports submitted in the same instant, and the row's
   * key (one event puts at most one report in the queue).
   */
  submitted_position: Int8;
  submitted_by: string;
}

/** The framework and title of each deliverable: report events carry neither. */
export interface ReviewDeliverablesTable {
  deliverable_id: string;
  framework_id: string;
  title: string;
}

/**
 * Who sent each report on a regional mechanism's assignment that a member State's coordinator sent
 * (ProgressReported's `reportingState`). Kept apart from the queue because a report leaves the
 * queue when it is returned and comes back with the correction that resubmits it, which does not
 * name the reporting State again; a report recorded by programme staff for the mechanism has none.
 */
export interface ReviewReportingStatesTable {
  /** The ProgressReported event's position: the row's key. */
  position: Int8;
  report_id: string;
  /** reportKey(report_id), as in review_queue. */
  report_key: number;
  reporting_state: string;
}

/** The tables of this read model, as the Kysely database type names them. */
export interface ReviewQueueTables {
  review_queue: ReviewQueueTable;
  review_deliverables: ReviewDeliverablesTable;
  review_reporting_states: ReviewReportingStatesTable;
}

export const REVIEW_QUEUE_TABLES = [
  'review_queue',
  'review_deliverables',
  'review_reporting_states',
] as const satisfies readonly (keyof ReviewQueueTables)[];

/** Creates the tables under `<name><s>`: '' for the live ones, a generation suffix for a rebuild. */
export async function createReviewQueueTables(db: Kysely<unknown>, s: string): Promise<void> {
  const position = positionKey(db);
  await db.schema
    .createTable(`review_queue${s}`)
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent_complete', 'integer')
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('submitted_position', position, (c) => c.primaryKey())
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    // A constraint, not an index: a rebuild keeps it while replaying (reviews look reports up).
    .addColumn('report_key', 'bigint', (c) => c.notNull())
    .addUniqueConstraint(`review_queue${s}_by_report_key`, ['report_key', 'submitted_position'])
    .execute();
  // Oldest first, per State or for all.
  await db.schema
    .createIndex(`review_queue${s}_by_state`)
    .on(`review_queue${s}`)
    .columns(['state_code', 'submitted_at', 'submitted_position'])
    .execute();
  await db.schema
    .createIndex(`review_queue${s}_by_age`)
    .on(`review_queue${s}`)
    .columns(['submitted_at', 'submitted_position'])
    .execute();
  await db.schema
    .createTable(`review_deliverables${s}`)
    .addColumn('deliverable_id', 'text', (c) => c.primaryKey())
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable(`review_reporting_states${s}`)
    .addColumn('position', position, (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('reporting_state', 'text', (c) => c.notNull())
    .addColumn('report_key', 'bigint', (c) => c.notNull())
    .addUniqueConstraint(`review_reporting_states${s}_by_report_key`, ['report_key', 'position'])
    .execute();
}
