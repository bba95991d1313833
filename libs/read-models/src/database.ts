import { formatMinorUnits as domainFormatMinorUnits, toMinorUnits as domainToMinorUnits } from '@ct/domain';
import { type ColumnType } from 'kysely';

/**
 * Global positions and money in minor units are 64-bit integers: PostgreSQL's driver hands them
 * back as strings, SQLite's as numbers. Written as strings (exact in both), read through
 * `toBigInt`/`toNumber`, never used raw.
 */
export type Int8 = ColumnType<string | number, string | number, string | number>;
/** Booleans are 0/1 integers: SQLite has no boolean type and both dialects compare them alike. */
export type Flag = number;

export interface ProjectionCheckpointsTable {
  projection: string;
  /** Last position applied; -1 before the first event. */
  position: Int8;
  updated_at: string;
}

export interface ProjectorLeasesTable {
  name: string;
  owner: string;
  /** Epoch milliseconds: a lease only needs to outlive a crashed owner, not to tell the date. */
  expires_at: Int8;
}

export interface ReadModelMetaTable {
  key: string;
  value: string;
}

export interface CatalogueFrameworksTable {
  framework_id: string;
  kind: string;
  title: string;
  adopted_on: string;
  place: string;
  /** JSON array of State codes. */
  adopting_states: string;
  source_reference: string | null;
  last_revised_on: string | null;
  last_revision_summary: string | null;
  revision_count: number;
}

export interface CatalogueProcessesTable {
  process_id: string;
  name: string;
  launched_by: string;
  launched_on: string;
  place: string | null;
  framework_ids: string;
  participating_states: string;
  conference_count: number;
}

export interface CatalogueConferencesTable {
  position: Int8;
  process_id: string;
  title: string;
  starts_on: string;
  ends_on: string;
  place: string;
  outcome_framework_ids: string;
}

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

export interface ScorecardAssistanceTable {
  assistance_id: string;
  state_code: string;
  provider: string;
  pillar: string;
  currency: string | null;
  amount_minor: Int8 | null;
}

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

export interface AssistanceLedgerTable {
  assistance_id: string;
  position: Int8;
  provider: string;
  recipient_state: string;
  pillar: string;
  kind: string;
  deliverable_id: string | null;
  description: string | null;
  period_start: string;
  period_end: string | null;
  /** Minor units of the currency (its ISO 4217 decimals, see @ct/domain currencies): sums stay exact. */
  amount_minor: Int8 | null;
  currency: string | null;
}

export interface TimelineEventsTable {
  position: Int8;
  stream_name: string;
  event_type: string;
  summary: string;
  /** JSON array of the State codes concerned, for display; filtering uses timeline_event_states. */
  states: string;
  framework_id: string | null;
  actor: string;
  recorded_at: string;
  command_id: string;
}

export interface TimelineEventStatesTable {
  position: Int8;
  state_code: string;
}

export interface TimelineDeliverablesTable {
  deliverable_id: string;
  framework_id: string;
  title: string;
}

export interface TimelineAssignmentsTable {
  deliverable_id: string;
  state_code: string;
}

export interface Database {
  projection_checkpoints: ProjectionCheckpointsTable;
  projector_leases: ProjectorLeasesTable;
  read_model_meta: ReadModelMetaTable;
  catalogue_frameworks: CatalogueFrameworksTable;
  catalogue_processes: CatalogueProcessesTable;
  catalogue_conferences: CatalogueConferencesTable;
  scorecard_deliverables: ScorecardDeliverablesTable;
  scorecard_assignments: ScorecardAssignmentsTable;
  scorecard_assistance: ScorecardAssistanceTable;
  tracker_deliverables: TrackerDeliverablesTable;
  tracker_assignments: TrackerAssignmentsTable;
  tracker_reports: TrackerReportsTable;
  assistance_ledger: AssistanceLedgerTable;
  timeline_events: TimelineEventsTable;
  timeline_event_states: TimelineEventStatesTable;
  timeline_deliverables: TimelineDeliverablesTable;
  timeline_assignments: TimelineAssignmentsTable;
}

export type TableName = keyof Database;

export const toBigInt = (value: string | number | bigint): bigint =>
  typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : value);

export const toNumber = (value: string | number | bigint | null | undefined): number =>
  value === null || value === undefined ? 0 : Number(value);

export const positionParam = (position: bigint): string => position.toString();

/** Exact minor units of the currency (ISO 4217: 0 decimals for JPY, 2 for EUR, 3 for KWD). */
export const toMinorUnits = (value: number, currency: string): string =>
  domainToMinorUnits(value, currency).toString();

/** Minor units printed with the currency's own decimals (`1500` JPY, `19.99` EUR, `1.234` KWD). */
export const formatMinorUnits = (minor: string | number | bigint, currency: string): string =>
  domainFormatMinorUnits(toBigInt(minor), currency);

export const parseJsonArray = (text: string | null): string[] => (text ? (JSON.parse(text) as string[]) : []);
