import { type Kysely } from 'kysely';
import { type Database, parseJsonArray, toNumber } from '../database';
import { type OffsetPage, type Page, pageBounds } from '../paging';

/** Languages the catalogue names and the reports are shown in; English is the recorded one. */
export const CATALOGUE_LANGUAGES = ['en', 'ru'] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

/** A name as recorded in English, and in Russian where a source gave one (null otherwise). */
export interface CatalogueNames {
  en: string;
  ru: string | null;
}

/** The name shown in `lang`: English when the subject has none in that language. */
export const nameIn = (names: CatalogueNames, lang: CatalogueLanguage | undefined): string =>
  (lang === 'ru' ? names.ru : null) ?? names.en;

type NameSubject = 'framework' | 'process' | 'conference';

/** The Russian names of the given subjects, by id (one query for a page of them). */
async function russianNames(
  db: Kysely<Database>,
  subject: NameSubject,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('catalogue_names')
    .select(['subject_id', 'name'])
    .where('subject', '=', subject)
    .where('lang', '=', 'ru')
    .where('subject_id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.subject_id, r.name]));
}

export interface FrameworkView {
  frameworkId: string;
  kind: string;
  /** In the language asked for (`lang`), English where there is no Russian title. */
  title: string;
  titles: CatalogueNames;
  adoptedOn: string;
  place: string;
  adoptingStates: string[];
  sourceReference: string | null;
  lastRevisedOn: string | null;
  lastRevisionSummary: string | null;
  revisionCount: number;
}

export interface ListFrameworksParams extends OffsetPage {
  kind?: string;
  /** Frameworks this State adopted. */
  stateCode?: string;
  /** The language of `title`; default English. */
  lang?: CatalogueLanguage;
}

export async function listFrameworks(
  db: Kysely<Database>,
  params: ListFrameworksParams = {},
): Promise<Page<FrameworkView>> {
  const { limit, offset } = pageBounds(params);
  let query = db.selectFrom('catalogue_frameworks');
  if (params.kind) query = query.where('kind', '=', params.kind);
  // State codes are two letters, so the quoted code cannot match inside another element.
  if (params.stateCode) query = query.where('adopting_states', 'like', `%"${params.stateCode}"%`);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('adopted_on').orderBy('framework_id').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ru = await russianNames(
    db,
    'framework',
    rows.map((r) => r.framework_id),
  );
  return {
    items: rows.map((r) => {
      const titles = { en: r.title, ru: ru.get(r.framework_id) ?? null };
      return {
        frameworkId: r.framework_id,
        kind: r.kind,
        title: nameIn(titles, params.lang),
        titles,
        adoptedOn: r.adopted_on,
        place: r.place,
        adoptingStates: parseJsonArray(r.adopting_states),
        sourceReference: r.source_reference,
        lastRevisedOn: r.last_revised_on,
        lastRevisionSummary: r.last_revision_summary,
        revisionCount: toNumber(r.revision_count),
      };
    }),
    total: toNumber(count.n),
    limit,
    offset,
  };
}

export interface ConferenceView {
  /** In the language asked for (`lang`), English where there is no Russian title. */
  title: string;
  titles: CatalogueNames;
  /** Ended before the process was launched: an earlier conference of the series (recorded as partOfSeries). */
  heldBeforeLaunch: boolean;
  startsOn: string;
  endsOn: string;
  place: string;
  outcomeFrameworkIds: string[];
}

export interface ProcessView {
  processId: string;
  /** In the language asked for (`lang`), English where there is no Russian name. */
  name: string;
  names: CatalogueNames;
  launchedBy: string;
  launchedOn: string;
  place: string | null;
  frameworkIds: string[];
  participatingStates: string[];
  conferences: ConferenceView[];
}

export interface ListProcessesParams extends OffsetPage {
  frameworkId?: string;
  stateCode?: string;
  /** The language of names and conference titles; default English. */
  lang?: CatalogueLanguage;
}

export async function listProcesses(
  db: Kysely<Database>,
  params: ListProcessesParams = {},
): Promise<Page<ProcessView>> {
  const { limit, offset } = pageBounds(params);
  let query = db.selectFrom('catalogue_processes');
  if (params.frameworkId)
    query = query.where('framework_ids', 'like', `%${JSON.stringify(params.frameworkId)}%`);
  if (params.stateCode) query = query.where('participating_states', 'like', `%"${params.stateCode}"%`);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('launched_on').orderBy('process_id').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  const ids = rows.map((r) => r.process_id);
  const conferences = ids.length
    ? await db
        .selectFrom('catalogue_conferences')
        .selectAll()
        .where('process_id', 'in', ids)
        .orderBy('starts_on')
        .orderBy('position')
        .execute()
    : [];
  const [processNames, conferenceTitles] = await Promise.all([
    russianNames(db, 'process', ids),
    russianNames(
      db,
      'conference',
      conferences.map((c) => String(c.position)),
    ),
  ]);
  return {
    items: rows.map((r) => {
      const names = { en: r.name, ru: processNames.get(r.process_id) ?? null };
      return {
        processId: r.process_id,
        name: nameIn(names, params.lang),
        names,
        launchedBy: r.launched_by,
        launchedOn: r.launched_on,
        place: r.place,
        frameworkIds: parseJsonArray(r.framework_ids),
        participatingStates: parseJsonArray(r.participating_states),
        conferences: conferences
          .filter((c) => c.process_id === r.process_id)
          .map((c) => {
            const titles = { en: c.title, ru: conferenceTitles.get(String(c.position)) ?? null };
            return {
              title: nameIn(titles, params.lang),
              titles,
              heldBeforeLaunch: c.ends_on < r.launched_on,
              startsOn: c.starts_on,
              endsOn: c.ends_on,
              place: c.place,
              outcomeFrameworkIds: parseJsonArray(c.outcome_framework_ids),
            };
          }),
      };
    }),
    total: toNumber(count.n),
    limit,
    offset,
  };
}
