import { type Kysely } from 'kysely';
import { type Flag, type Int8 } from '../columns';

export interface ScorecardDeliverablesTable {
  deliverable_id: string;
  framework_id: string;
  pillar: string;
  cancelled: Flag;
  cancelled_on: string | null;
  /** The framework revision (revisedOn) that introduced it; null = the original text. */
  revision: string | null;
  /** The revisedOn of the revision that retired it. */
  retired_on: string | null;
}

/** One row per (deliverable, State); where it stands on a day is in scorecard_periods. */
export interface ScorecardAssignmentsTable {
  deliverable_id: string;
  state_code: string;
  framework_id: string;
  pillar: string;
  revision: string | null;
  assigned_on: string;
  due_on: string;
}

/** Each progress report's current version (what the periods are computed from). */
export interface ScorecardReportsTable {
  report_id: string;
  position: Int8;
  deliverable_id: string;
  state_code: string;
  reported_on: string;
  status: string;
  percent_complete: number | null;
  review: string;
  withdrawn: Flag;
}

/** Reopenings and withdrawals of one State's assignment, by their business dates. */
export interface ScorecardLifecycleTable {
  position: Int8;
  deliverable_id: string;
  state_code: string;
  kind: string;
  effective_on: string;
}

/** Where each assignment stood over business time, per basis (see TrackerPeriodsTable). */
export interface ScorecardPeriodsTable {
  deliverable_id: string;
  state_code: string;
  basis: string;
  from_on: string;
  until_on: string;
  status: string;
  percent_complete: number | null;
  completed_on: string | null;
  last_reported_on: string | null;
  report_count: number;
}

/** The tables of this read model, as the Kysely database type names them. */
export interface ScorecardTables {
  scorecard_deliverables: ScorecardDeliverablesTable;
  scorecard_assignments: ScorecardAssignmentsTable;
  scorecard_reports: ScorecardReportsTable;
  scorecard_lifecycle: ScorecardLifecycleTable;
  scorecard_periods: ScorecardPeriodsTable;
}

export const SCORECARD_TABLES = [
  'scorecard_deliverables',
  'scorecard_assignments',
  'scorecard_reports',
  'scorecard_lifecycle',
  'scorecard_periods',
] as const satisfies readonly (keyof ScorecardTables)[];

/** Creates the tables under `<name><s>`: '' for the live ones, a generation suffix for a rebuild. */
export async function createScorecardTables(db: Kysely<unknown>, s: string): Promise<void> {
  // The framework and pillar of each deliverable: assignments and reports do not carry them.
  await db.schema
    .createTable(`scorecard_deliverables${s}`)
    .addColumn('deliverable_id', 'text', (c) => c.primaryKey())
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('pillar', 'text', (c) => c.notNull())
    .addColumn('cancelled', 'integer', (c) => c.notNull())
    .addColumn('cancelled_on', 'text')
    .addColumn('revision', 'text')
    .addColumn('retired_on', 'text')
    .execute();
  // One row per (deliverable, State); the per State x framework x pillar figures are aggregated
  // at query time from the period holding the asOf date of the question.
  await db.schema
    .createTable(`scorecard_assignments${s}`)
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('pillar', 'text', (c) => c.notNull())
    .addColumn('revision', 'text')
    .addColumn('assigned_on', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`scorecard_assignments${s}_pk`, ['deliverable_id', 'state_code'])
    .execute();
  await db.schema
    .createIndex(`scorecard_assignments${s}_by_state`)
    .on(`scorecard_assignments${s}`)
    .columns(['state_code', 'framework_id', 'pillar'])
    .execute();
  await db.schema
    .createTable(`scorecard_reports${s}`)
    .addColumn('report_id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent_complete', 'integer')
    .addColumn('review', 'text', (c) => c.notNull())
    .addColumn('withdrawn', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex(`scorecard_reports${s}_by_deliverable`)
    .on(`scorecard_reports${s}`)
    .columns(['deliverable_id', 'state_code'])
    .execute();
  await db.schema
    .createTable(`scorecard_lifecycle${s}`)
    .addColumn('position', 'bigint', (c) => c.primaryKey())
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex(`scorecard_lifecycle${s}_by_deliverable`)
    .on(`scorecard_lifecycle${s}`)
    .columns(['deliverable_id', 'state_code'])
    .execute();
  await db.schema
    .createTable(`scorecard_periods${s}`)
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('from_on', 'text', (c) => c.notNull())
    .addColumn('until_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent_complete', 'integer')
    .addColumn('completed_on', 'text')
    .addColumn('last_reported_on', 'text')
    .addColumn('report_count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`scorecard_periods${s}_pk`, ['deliverable_id', 'state_code', 'basis', 'from_on'])
    .execute();
}
