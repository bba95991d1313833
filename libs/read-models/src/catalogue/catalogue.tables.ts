import { type Kysely } from 'kysely';
import { type Int8 } from '../columns';

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

/**
 * Names in other languages than English (the recorded `title`/`name` is the English one): one row
 * per subject, its id and language. A table of its own, rather than columns, so that a store
 * created before it only gains a table (migration 0003) and a further language adds rows only.
 */
export interface CatalogueNamesTable {
  /** 'framework', 'process' or 'conference'. */
  subject: string;
  /** The framework or process id; for a conference, its log position as a decimal string. */
  subject_id: string;
  /** 'ru' */
  lang: string;
  name: string;
}

/** The tables of this read model, as the Kysely database type names them. */
export interface CatalogueTables {
  catalogue_frameworks: CatalogueFrameworksTable;
  catalogue_processes: CatalogueProcessesTable;
  catalogue_conferences: CatalogueConferencesTable;
  catalogue_names: CatalogueNamesTable;
}

export const CATALOGUE_TABLES = [
  'catalogue_frameworks',
  'catalogue_processes',
  'catalogue_conferences',
  'catalogue_names',
] as const satisfies readonly (keyof CatalogueTables)[];

/** The names table alone: also run by migration 0003 on stores created before it (hence IF NOT EXISTS). */
export async function createCatalogueNamesTable(db: Kysely<unknown>, s: string): Promise<void> {
  await db.schema
    .createTable(`catalogue_names${s}`)
    .ifNotExists()
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`catalogue_names${s}_pkey`, ['subject', 'subject_id', 'lang'])
    .execute();
}

/** Creates the tables under `<name><s>`: '' for the live ones, a generation suffix for a rebuild. */
export async function createCatalogueTables(db: Kysely<unknown>, s: string): Promise<void> {
  await db.schema
    .createTable(`catalogue_frameworks${s}`)
    .addColumn('framework_id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('adopted_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('adopting_states', 'text', (c) => c.notNull())
    .addColumn('source_reference', 'text')
    .addColumn('last_revised_on', 'text')
    .addColumn('last_revision_summary', 'text')
    .addColumn('revision_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable(`catalogue_processes${s}`)
    .addColumn('process_id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('launched_by', 'text', (c) => c.notNull())
    .addColumn('launched_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('framework_ids', 'text', (c) => c.notNull())
    .addColumn('participating_states', 'text', (c) => c.notNull())
    .addColumn('conference_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable(`catalogue_conferences${s}`)
    .addColumn('position', 'bigint', (c) => c.primaryKey())
    .addColumn('process_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('outcome_framework_ids', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex(`catalogue_conferences${s}_by_process`)
    .on(`catalogue_conferences${s}`)
    .columns(['process_id', 'starts_on'])
    .execute();
  await createCatalogueNamesTable(db, s);
}
