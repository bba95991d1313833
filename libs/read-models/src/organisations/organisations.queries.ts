import { type Kysely, type Selectable, sql } from 'kysely';
import { organisationKey } from '@ct/domain';
import { type Database, parseJsonArray, toNumber } from '../database';
import { type OffsetPage, type Page, pageBounds } from '../paging';
import { type OrganisationsTable } from './organisations.tables';

/** The languages names are kept in; English is always there and is the fallback. */
export const ORGANISATION_LANGUAGES = ['en', 'ru'] as const;
export type OrganisationLanguage = (typeof ORGANISATION_LANGUAGES)[number];

export interface OrganisationView {
  organisationId: string;
  kind: string;
  name: { en: string; ru: string | null };
  /** The name in the language asked for, or in English when it has none in that language. */
  displayName: string;
  /** The language `displayName` is in. */
  displayLanguage: OrganisationLanguage;
  iatiOrganisationType: string | null;
  iatiRef: string | null;
  aliases: string[];
  /** A regional mechanism's member States; null for any other kind. */
  memberStates: string[] | null;
  /** Whether member States' coordinators may report for the mechanism; null for any other kind. */
  memberStatesMayReport: boolean | null;
}

export interface ListOrganisationsParams extends OffsetPage {
  kind?: string;
  /** Part of the id, a name or an alias; case and spacing are ignored. */
  q?: string;
  /** Regional mechanisms this State is a member of. */
  memberState?: string;
  lang?: OrganisationLanguage;
}

function toView(row: Selectable<OrganisationsTable>, lang: OrganisationLanguage = 'en'): OrganisationView {
  const translated = lang === 'ru' ? row.name_ru : null;
  return {
    organisationId: row.organisation_id,
    kind: row.kind,
    name: { en: row.name_en, ru: row.name_ru },
    displayName: translated ?? row.name_en,
    displayLanguage: translated ? lang : 'en',
    iatiOrganisationType: row.iati_organisation_type,
    iatiRef: row.iati_ref,
    aliases: parseJsonArray(row.aliases),
    memberStates: row.member_states === null ? null : parseJsonArray(row.member_states),
    memberStatesMayReport:
      row.member_states_may_report === null ? null : toNumber(row.member_states_may_report) === 1,
  };
}

/** `%` and `_` in what a user types are letters, not LIKE wildcards. */
const likeContaining = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listOrganisations(
  db: Kysely<Database>,
  params: ListOrganisationsParams = {},
): Promise<Page<OrganisationView>> {
  const { limit, offset } = pageBounds(params);
  let query = db.selectFrom('organisations');
  if (params.kind) query = query.where('kind', '=', params.kind);
  const q = params.q === undefined ? '' : organisationKey(params.q);
  if (q) query = query.where(sql<boolean>`search_text LIKE ${likeContaining(q)} ESCAPE '\\'`);
  if (params.memberState) {
    const state = params.memberState;
    query = query.where('organisation_id', 'in', (eb) =>
      eb.selectFrom('organisation_members').select('organisation_id').where('state_code', '=', state),
    );
  }
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('organisation_id').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => toView(row, params.lang)),
    total: toNumber(count.n),
    limit,
    offset,
  };
}

export async function getOrganisation(
  db: Kysely<Database>,
  params: { organisationId: string; lang?: OrganisationLanguage },
): Promise<OrganisationView | undefined> {
  const row = await db
    .selectFrom('organisations')
    .selectAll()
    .where('organisation_id', '=', params.organisationId)
    .executeTakeFirst();
  return row ? toView(row, params.lang) : undefined;
}

/** The whole catalogue (hundreds of rows at most), for the resolver's index. */
export async function allOrganisations(db: Kysely<Database>): Promise<OrganisationView[]> {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('organisation_id').execute();
  return rows.map((row) => toView(row));
}

/** The member States of a regional mechanism (empty for an unknown id or another kind). */
export async function membersOfMechanism(db: Kysely<Database>, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('organisation_members')
    .select('state_code')
    .where('organisation_id', '=', organisationId)
    .orderBy('state_code')
    .execute();
  return rows.map((r) => r.state_code);
}

/**
 * The free-text organisation names the other read models hold: the providers of the assistance
 * ledger and the lead agencies of the tracker's assignments, each once, with how often it occurs.
 */
export interface FreeTextOrganisationValue {
  value: string;
  field: 'provider' | 'leadAgency';
  occurrences: number;
}

export async function freeTextOrganisationValues(db: Kysely<Database>): Promise<FreeTextOrganisationValue[]> {
  const [providers, leadAgencies] = await Promise.all([
    db
      .selectFrom('assistance_ledger')
      .select(['provider as value', (eb) => eb.fn.countAll().as('n')])
      .groupBy('provider')
      .orderBy('provider')
      .execute(),
    db
      .selectFrom('tracker_assignments')
      .select(['lead_agency as value', (eb) => eb.fn.countAll().as('n')])
      .groupBy('lead_agency')
      .orderBy('lead_agency')
      .execute(),
  ]);
  return [
    ...providers.map((r) => ({ value: r.value, field: 'provider' as const, occurrences: toNumber(r.n) })),
    ...leadAgencies.map((r) => ({
      value: r.value,
      field: 'leadAgency' as const,
      occurrences: toNumber(r.n),
    })),
  ];
}
