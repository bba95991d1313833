import { type Kysely } from 'kysely';
import { type Flag, type Int8 } from '../columns';

export interface TrackerDeliverablesTable {
  deliverable_id: string;
  framework_id: string;
  pillar: string;
  thematic_area: string;
  title: string;
  description: string | null;
  reference: string | null;
  defined_on: string;
  cancelled: Flag;
  cancelled_on: string | null;
  cancellation_reason: string | null;
}

export interface TrackerAssignmentsTable {
  deliverable_id: string;
  state_code: string;
  lead_agency: string;
  assigned_on: string;
  due_on: string;
  status: string;
  percent_complete: number | null;
  last_reported_on: string | null;
  report_count: number;
}

export interface TrackerReportsTable {
  position: Int8;
  deliverable_id: string;
  state_code: string;
  reported_on: string;
  status: string;
  percent_complete: number | null;
  note: string | null;
  /** JSON array of document symbols or links. */
  evidence: string;
}

/** The tables of this read model, as the Kysely database type names them. */
export interface TrackerTables {
  tracker_deliverables: TrackerDeliverablesTable;
  tracker_assignments: TrackerAssignmentsTable;
  tracker_reports: TrackerReportsTable;
}

export const TRACKER_TABLES = [
  'tracker_deliverables',
  'tracker_assignments',
  'tracker_reports',
] as const satisfies readonly (keyof TrackerTables)[];

/** Creates the tables under `<name><s>`: '' for the live ones, a generation suffix for a rebuild. */
export async function createTrackerTables(db: Kysely<unknown>, s: string): Promise<void> {
  await db.schema
    .createTable(`tracker_deliverables${s}`)
    .addColumn('deliverable_id', 'text', (c) => c.primaryKey())
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('pillar', 'text', (c) => c.notNull())
    .addColumn('thematic_area', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('reference', 'text')
    .addColumn('defined_on', 'text', (c) => c.notNull())
    .addColumn('cancelled', 'integer', (c) => c.notNull())
    .addColumn('cancelled_on', 'text')
    .addColumn('cancellation_reason', 'text')
    .execute();
  await db.schema
    .createIndex(`tracker_deliverables${s}_by_framework`)
    .on(`tracker_deliverables${s}`)
    .columns(['framework_id', 'pillar'])
    .execute();
  await db.schema
    .createTable(`tracker_assignments${s}`)
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('lead_agency', 'text', (c) => c.notNull())
    .addColumn('assigned_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent_complete', 'integer')
    .addColumn('last_reported_on', 'text')
    .addColumn('report_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`tracker_assignments${s}_pk`, ['deliverable_id', 'state_code'])
    .execute();
  await db.schema
    .createIndex(`tracker_assignments${s}_by_state`)
    .on(`tracker_assignments${s}`)
    .columns(['state_code', 'status'])
    .execute();
  await db.schema
    .createTable(`tracker_reports${s}`)
    .addColumn('position', 'bigint', (c) => c.primaryKey())
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent_complete', 'integer')
    .addColumn('note', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex(`tracker_reports${s}_by_deliverable`)
    .on(`tracker_reports${s}`)
    .columns(['deliverable_id', 'state_code', 'position'])
    .execute();
}
