import { type Kysely } from 'kysely';
import { type Flag } from '../columns';

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

/**
 * One row per (deliverable, State): its scorecard cell. Where it stands on a day is in the tracker's
 * `tracker_periods` (one writer for the effective-dated rows both read models answer from).
 */
export interface ScorecardAssignmentsTable {
  deliverable_id: string;
  state_code: string;
  framework_id: string;
  pillar: string;
  revision: string | null;
  assigned_on: string;
  due_on: string;
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
    .addColumn('cancelled_on', 'text')
    .addColumn('revision', 'text')
    .addColumn('retired_on', 'text')
    .execute();
  // One row per (deliverable, State); the per State x framework x pillar figures are aggregated
  // at query time from the period (tracker_periods) holding the asOf date of the question.
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
}
