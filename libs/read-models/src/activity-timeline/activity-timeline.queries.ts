import { type Kysely } from 'kysely';
import { type Database, parseJsonArray, toBigInt } from '../database';
import { MAX_LIMIT } from '../paging';

export interface ActivityParams {
  stateCode?: string;
  frameworkId?: string;
  actor?: string;
  type?: string | readonly string[];
  /** Keyset cursor: the `nextCursor` of the previous page (events strictly older than it). */
  cursor?: string;
  /** Default 50, at most 500. */
  limit?: number;
}

export interface ActivityEntry {
  position: bigint;
  streamName: string;
  type: string;
  summary: string;
  states: string[];
  frameworkId: string | null;
  actor: string;
  recordedAt: string;
}

export interface ActivityPage {
  items: ActivityEntry[];
  /** Absent on the last page. */
  nextCursor?: string;
}

/** Newest first. Keyset-paged by global position, so pages stay stable while events arrive. */
export async function listActivity(db: Kysely<Database>, params: ActivityParams = {}): Promise<ActivityPage> {
  const limit = Math.min(Math.max(Math.trunc(params.limit ?? 50), 1), MAX_LIMIT);
  // Columns named, never selectAll: the stored command_id is derived from a client's
  // Idempotency-Key, which is that client's secret, and every role may read the timeline.
  let query = db
    .selectFrom('timeline_events as e')
    .select([
      'e.position',
      'e.stream_name',
      'e.event_type',
      'e.summary',
      'e.states',
      'e.framework_id',
      'e.actor',
      'e.recorded_at',
    ]);
  if (params.stateCode) {
    const { stateCode } = params;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('timeline_event_states as s')
          .select('s.position')
          .whereRef('s.position', '=', 'e.position')
          .where('s.state_code', '=', stateCode),
      ),
    );
  }
  if (params.frameworkId) query = query.where('e.framework_id', '=', params.frameworkId);
  if (params.actor) query = query.where('e.actor', '=', params.actor);
  if (params.type !== undefined) {
    const types = typeof params.type === 'string' ? [params.type] : [...params.type];
    if (types.length) query = query.where('e.event_type', 'in', types);
  }
  if (params.cursor !== undefined) query = query.where('e.position', '<', toBigInt(params.cursor).toString());
  const rows = await query
    .orderBy('e.position', 'desc')
    .limit(limit + 1)
    .execute();
  const items = rows.slice(0, limit).map((r) => ({
    position: toBigInt(r.position),
    streamName: r.stream_name,
    type: r.event_type,
    summary: r.summary,
    states: parseJsonArray(r.states),
    frameworkId: r.framework_id,
    actor: r.actor,
    recordedAt: r.recorded_at,
  }));
  const last = items[items.length - 1];
  return rows.length > limit && last ? { items, nextCursor: last.position.toString() } : { items };
}
