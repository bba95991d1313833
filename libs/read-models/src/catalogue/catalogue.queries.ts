import { type Kysely } from 'kysely';
import { type Database, parseJsonArray, toNumber } from '../database';
import { type OffsetPage, type Page, pageBounds } from '../paging';

export interface FrameworkView {
  frameworkId: string;
  kind: string;
  title: string;
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
  return {
    items: rows.map((r) => ({
      frameworkId: r.framework_id,
      kind: r.kind,
      title: r.title,
      adoptedOn: r.adopted_on,
      place: r.place,
      adoptingStates: parseJsonArray(r.adopting_states),
      sourceReference: r.source_reference,
      lastRevisedOn: r.last_revised_on,
      lastRevisionSummary: r.last_revision_summary,
      revisionCount: toNumber(r.revision_count),
    })),
    total: toNumber(count.n),
    limit,
    offset,
  };
}

export interface ConferenceView {
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  outcomeFrameworkIds: string[];
}

export interface ProcessView {
  processId: string;
  name: string;
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
  return {
    items: rows.map((r) => ({
      processId: r.process_id,
      name: r.name,
      launchedBy: r.launched_by,
      launchedOn: r.launched_on,
      place: r.place,
      frameworkIds: parseJsonArray(r.framework_ids),
      participatingStates: parseJsonArray(r.participating_states),
      conferences: conferences
        .filter((c) => c.process_id === r.process_id)
        .map((c) => ({
          title: c.title,
          startsOn: c.starts_on,
          endsOn: c.ends_on,
          place: c.place,
          outcomeFrameworkIds: parseJsonArray(c.outcome_framework_ids),
        })),
    })),
    total: toNumber(count.n),
    limit,
    offset,
  };
}
