import { type Kysely } from 'kysely';
import { type Flag, type Int8 } from '../columns';

export interface ScorecardDeliverablesTable {
  deliverable_id: string;
  framework_id: string;
  pillar: string;
  cancelled: Flag;
}

export interface ScorecardAssignmentsTable {
  deliverable_id: string;
  state_code: string;
  framework_id: string;
  pillar: string;
  /** The progress status, or `cancelled` once the deliverable is cancelled. */
  status: string;
  percent_complete: number;
  due_on: string;
  last_update_on: string;
}

/** The tables of this read model, as the Kysely database type names them. */
export interface ScorecardTables {
  scorecard_deliverables: ScorecardDeliverablesTable;
  scorecard_assignments: ScorecardAssignmentsTable;
}

export const SCORECARD_TABLES = [
  'scorecard_deliverables',
  'scorecard_assignments',
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
    .execute();
  // One row per (deliverable, State); the per State x framework x pillar figures are aggregated
  // at query time because "overdue" depends on the asOf date of the question.
  await db.schema
    .createTable(`scorecard_assignments${s}`)
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('pillar', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent_complete', 'integer', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('last_update_on', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`scorecard_assignments${s}_pk`, ['deliverable_id', 'state_code'])
    .execute();
  await db.schema
    .createIndex(`scorecard_assignments${s}_by_state`)
    .on(`scorecard_assignments${s}`)
    .columns(['state_code', 'framework_id', 'pillar'])
    .execute();
}
