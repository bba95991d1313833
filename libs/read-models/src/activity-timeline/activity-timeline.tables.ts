import { type Kysely } from 'kysely';
import { type Int8 } from '../columns';

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

/** The tables of this read model, as the Kysely database type names them. */
export interface ActivityTimelineTables {
  timeline_events: TimelineEventsTable;
  timeline_event_states: TimelineEventStatesTable;
  timeline_deliverables: TimelineDeliverablesTable;
  timeline_assignments: TimelineAssignmentsTable;
}

export const TIMELINE_TABLES = [
  'timeline_events',
  'timeline_event_states',
  'timeline_deliverables',
  'timeline_assignments',
] as const satisfies readonly (keyof ActivityTimelineTables)[];

/** Creates the tables under `<name><s>`: '' for the live ones, a generation suffix for a rebuild. */
export async function createTimelineTables(db: Kysely<unknown>, s: string): Promise<void> {
  await db.schema
    .createTable(`timeline_events${s}`)
    .addColumn('position', 'bigint', (c) => c.primaryKey())
    .addColumn('stream_name', 'text', (c) => c.notNull())
    .addColumn('event_type', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('states', 'text', (c) => c.notNull())
    .addColumn('framework_id', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('command_id', 'text', (c) => c.notNull())
    .execute();
  for (const column of ['framework_id', 'actor', 'event_type'] as const) {
    await db.schema
      .createIndex(`timeline_events${s}_by_${column}`)
      .on(`timeline_events${s}`)
      .columns([column, 'position'])
      .execute();
  }
  await db.schema
    .createTable(`timeline_event_states${s}`)
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`timeline_event_states${s}_pk`, ['position', 'state_code'])
    .execute();
  await db.schema
    .createIndex(`timeline_event_states${s}_by_state`)
    .on(`timeline_event_states${s}`)
    .columns(['state_code', 'position'])
    .execute();
  // Lookups: later deliverable events carry neither the framework nor the assigned States.
  await db.schema
    .createTable(`timeline_deliverables${s}`)
    .addColumn('deliverable_id', 'text', (c) => c.primaryKey())
    .addColumn('framework_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable(`timeline_assignments${s}`)
    .addColumn('deliverable_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`timeline_assignments${s}_pk`, ['deliverable_id', 'state_code'])
    .execute();
}
