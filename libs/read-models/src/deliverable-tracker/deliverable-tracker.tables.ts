import { type Kysely, sql } from 'kysely';
import { type Flag, type Int8, isSqlite, positionKey } from '../columns';

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
  /** The framework revision (its revisedOn) that introduced it; null = the original text. */
  revision: string | null;
  /** The revisedOn of the revision that retired it: it stops counting from that day. */
  retired_on: string | null;
  retirement_reason: string | null;
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
  /** The current status's completion date (basis reported), while completed. */
  completed_on: string | null;
}

/** Each progress report's current version (its latest correction), review state and withdrawal. */
export interface TrackerReportsTable {
  /** Position of the ProgressReported event: the recording order, and the tie-break of a day. */
  position: Int8;
  /** The ProgressReported event's id: the report's identity in later events. */
  report_id: string;
  /** reportKey(report_id): what a report is looked up by (see reportKey). */
  report_key: number;
  deliverable_id: string;
  state_code: string;
  reported_on: string;
  status: string;
  percent_complete: number | null;
  note: string | null;
  /** JSON array of document symbols or links. */
  evidence: string;
  source: string;
  /** submitted | validated | returned */
  review: string;
  withdrawn: Flag;
  /** Event id of the current version (the original or the latest correction). */
  version_id: string;
}

/** Every event about a report, in recording order: the corrections chain and the review trail. */
export interface TrackerReportEventsTable {
  position: Int8;
  report_id: string;
  event_id: string;
  event_type: string;
  /** The version a correction replaced. */
  supersedes: string | null;
  /** A correction's new values, as JSON; null for the other events. */
  corrected_values: string | null;
  /** A correction's or withdrawal's reason, a review's comment. */
  reason: string | null;
  actor: string;
  recorded_at: string;
}

/** Reopenings and withdrawals of one State's assignment, with their business dates. */
export interface TrackerLifecycleTable {
  position: Int8;
  deliverable_id: string;
  state_code: string;
  /** reopened | withdrawn | not-applicable */
  kind: string;
  effective_on: string;
  reason: string;
  actor: string;
  recorded_at: string;
}

/**
 * Where each assignment stood over business time, per basis: the period holding a day D is the one
 * with from_on <= D < until_on (assignment-periods.ts computes them from the rows above). The
 * tracker is their one writer; the State scorecard's query reads them too.
 */
export interface TrackerPeriodsTable {
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
export interface TrackerTables {
  tracker_deliverables: TrackerDeliverablesTable;
  tracker_assignments: TrackerAssignmentsTable;
  tracker_reports: TrackerReportsTable;
  tracker_report_events: TrackerReportEventsTable;
  tracker_lifecycle: TrackerLifecycleTable;
  tracker_periods: TrackerPeriodsTable;
}

export const TRACKER_TABLES = [
  'tracker_deliverables',
  'tracker_assignments',
  'tracker_reports',
  'tracker_report_events',
  'tracker_lifecycle',
  'tracker_periods',
] as const satisfies readonly (keyof TrackerTables)[];

/**
 * The integer a report is looked up by (with its report_id, which tells reports of one key apart):
 * a 53-bit hash of the id (cyrb53). Report ids are event ids, random to any order, so an index on
 * them takes its inserts all over: a batch of reports dirtied nearly every page of a 36-byte text
 * key's index, three times the cost of the report's row itself on the rebuild's hot path; an
 * 8-byte key keeps the same index at a third of its size.
 */
export function reportKey(reportId: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < reportId.length; i++) {
    const c = reportId.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Creates the tables under `<name><s>`: '' for the live ones, a generation suffix for a rebuild. */
export async function createTrackerTables(db: Kysely<unknown>, s: string): Promise<void> {
  const position = positionKey(db);
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
    .addColumn('revision', 'text')
    .addColumn('retired_on', 'text')
    .addColumn('retirement_reason', 'text')
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
    .addColumn('completed_on', 'text')
    .addPrimaryKeyConstraint(`tracker_assignments${s}_pk`, ['deliverable_id', 'state_code'])
    .execute();
  await db.schema
    .createIndex(`tracker_assignments${s}_by_state`)
    .on(`tracker_assignments${s}`)
    .columns(['state_code', 'status'])
    .execute();
  await db.schema
    .createTable(`tracker_reports${s}`)
    .addColumn('position', position, (c) => c.primaryKey())
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('reported_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('percent_complete', 'integer')
    .addColumn('note', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('review', 'text', (c) => c.notNull())
    .addColumn('withdrawn', 'integer', (c) => c.notNull())
    .addColumn('version_id', 'text', (c) => c.notNull())
    // A constraint, not an index: a rebuild keeps it while replaying (later events look reports up).
    .addColumn('report_key', 'bigint', (c) => c.notNull())
    .addUniqueConstraint(`tracker_reports${s}_by_report_key`, ['report_key', 'position'])
    .execute();
  await db.schema
    .createIndex(`tracker_reports${s}_by_deliverable`)
    .on(`tracker_reports${s}`)
    .columns(['deliverable_id', 'state_code', 'position'])
    .execute();
  await db.schema
    .createTable(`tracker_report_events${s}`)
    .addColumn('position', position, (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('supersedes', 'text')
    .addColumn('corrected_values', 'text')
    .addColumn('reason', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex(`tracker_report_events${s}_by_report`)
    .on(`tracker_report_events${s}`)
    .columns(['report_id', 'position'])
    .execute();
  await db.schema
    .createTable(`tracker_lifecycle${s}`)
    .addColumn('position', position, (c) => c.primaryKey())
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex(`tracker_lifecycle${s}_by_assignment`)
    .on(`tracker_lifecycle${s}`)
    .columns(['deliverable_id', 'state_code', 'position'])
    .execute();
  await db.schema
    .createTable(`tracker_periods${s}`)
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
    .addPrimaryKeyConstraint(`tracker_periods${s}_pk`, ['deliverable_id', 'state_code', 'basis', 'from_on'])
    // SQLite: the rows stored in their key's B-tree, not in a rowid table beside it. Every access
    // is by that key (the period of a day is a seek in it): one B-tree written per period instead
    // of two, and the scorecard's seek finds the row itself.
    .$call((table) => (isSqlite(db) ? table.modifyEnd(sql`without rowid`) : table))
    .execute();
}
