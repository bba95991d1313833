import { type Kysely } from 'kysely';

export interface OrganisationsTable {
  organisation_id: string;
  kind: string;
  name_en: string;
  name_ru: string | null;
  iati_organisation_type: string | null;
  iati_ref: string | null;
  /** JSON array of the aliases as written. */
  aliases: string;
  /**
   * The id, names and aliases, each as organisationKey writes it (lower case, no spaces), joined by
   * a newline: what `q` searches, computed in JavaScript so that SQLite and PostgreSQL agree on
   * case folding (SQLite's lower() knows ASCII only, and names may be Cyrillic).
   */
  search_text: string;
  /** JSON array of State codes, for a regional mechanism; null for any other kind. */
  member_states: string | null;
  /** 1/0 for a regional mechanism, null for any other kind. */
  member_states_may_report: number | null;
  update_count: number;
}

/** One row per member State of a regional mechanism: "members of mechanism X", "mechanisms of State Y". */
export interface OrganisationMembersTable {
  organisation_id: string;
  state_code: string;
}

export interface OrganisationTables {
  organisations: OrganisationsTable;
  organisation_members: OrganisationMembersTable;
}

export const ORGANISATION_TABLES = [
  'organisations',
  'organisation_members',
] as const satisfies readonly (keyof OrganisationTables)[];

/**
 * Creates the tables under `<name><s>`. `IF NOT EXISTS` because read stores made before this read
 * model existed get them from migration 0003 while fresh ones already got them from 0001.
 */
export async function createOrganisationTables(db: Kysely<unknown>, s: string): Promise<void> {
  await db.schema
    .createTable(`organisations${s}`)
    .ifNotExists()
    .addColumn('organisation_id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text')
    .addColumn('iati_organisation_type', 'text')
    .addColumn('iati_ref', 'text')
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('member_states', 'text')
    .addColumn('member_states_may_report', 'integer')
    .addColumn('update_count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable(`organisation_members${s}`)
    .ifNotExists()
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`organisation_members${s}_pk`, ['organisation_id', 'state_code'])
    .execute();
  await db.schema
    .createIndex(`organisation_members${s}_by_state`)
    .ifNotExists()
    .on(`organisation_members${s}`)
    .columns(['state_code', 'organisation_id'])
    .execute();
}
