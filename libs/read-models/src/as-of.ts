import { type RecordedEvent } from '@ct/event-store';
import { type KyselyPlugin, OperationNodeTransformer, type QueryId, type TableNode, sql } from 'kysely';
import { type Database } from './database';
import { positionParam } from './columns';
import { applyBatch } from './apply-batch';
import { type Projection, type ProjectionName } from './projection';
import { ALL_PROJECTIONS } from './projections';
import { type ReadStore, createReadStore } from './read-store';
import { dropSecondaryIndexes } from './rebuild';
import { type Kysely } from 'kysely';
import { setImmediate as nextMacrotask } from 'node:timers/promises';

export interface ScratchReplay {
  /** An in-memory read store holding the projections as of the last event replayed. */
  store: ReadStore;
  eventsReplayed: number;
  /** Position of the last event replayed; undefined when none was. */
  lastPosition?: bigint;
}

/**
 * Replays events into a fresh in-memory read store with the very projection code the projector
 * runs, so an as-of answer and the live read model agree by construction. The store is SQLite in
 * memory whatever the live dialect: the queries are the same Kysely code on both.
 */
export async function replayIntoScratchStore(
  events: AsyncIterable<RecordedEvent> | Iterable<RecordedEvent>,
  options: {
    projections?: readonly Projection[];
    batchSize?: number;
    onProgress?: (events: number) => void;
    /**
     * Give the event loop a turn after this much synchronous work (ms). The scratch store is
     * better-sqlite3, which never yields by itself: without this a long replay stalls every other
     * request of the process, health probes included. Default 10; 0 never yields.
     */
    yieldEveryMs?: number;
    /**
     * Continue a scratch store of an earlier replay (holding the same projections) instead of a
     * fresh one: `events` are then those that follow what it holds. Closed, like a fresh one, if
     * the replay fails; `eventsReplayed` counts this call's events only.
     */
    into?: ReadStore;
  } = {},
): Promise<ScratchReplay> {
  const store = options.into ?? (await createReadStore({ kind: 'sqlite', filename: ':memory:' }));
  const projections = options.projections ?? ALL_PROJECTIONS;
  const batchSize = options.batchSize ?? 10_000;
  let batch: RecordedEvent[] = [];
  let eventsReplayed = 0;
  let lastPosition: bigint | undefined;
  const sliceMs = options.yieldEveryMs ?? 10;
  let sliceStart = performance.now();
  const breathe = async () => {
    if (sliceMs <= 0 || performance.now() - sliceStart < sliceMs) return;
    await nextMacrotask();
    sliceStart = performance.now();
  };
  const flush = async () => {
    const events = batch;
    batch = [];
    if (events.length === 0) return;
    // Only this replay uses the scratch store: its transaction may stay open across turns.
    await applyBatch(store.db, projections, events, {
      afterEach: breathe,
      ...(store.sqlite ? { sqlite: store.sqlite } : {}),
    });
    eventsReplayed += events.length;
    lastPosition = events[events.length - 1]!.position;
    options.onProgress?.(eventsReplayed);
  };
  try {
    // Secondary indexes built once after the replay (one sort each), not row by row; a continued
    // store keeps them (a continuation is short).
    const deferredIndexes = options.into
      ? []
      : await dropSecondaryIndexes(
          store.db,
          projections.flatMap((p) => p.tables),
        );
    for await (const event of events) {
      batch.push(event);
      if (batch.length >= batchSize) await flush();
      await breathe();
    }
    await flush();
    if (lastPosition !== undefined) await recordReplayedTo(store.db, projections, lastPosition);
    for (const statement of deferredIndexes) {
      await sql.raw(statement).execute(store.db);
      await breathe();
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  return { store, eventsReplayed, ...(lastPosition !== undefined ? { lastPosition } : {}) };
}

/**
 * Moves the scratch store's checkpoints of the replayed read models to the last event replayed, as
 * the projector's would be: what a report written from the replay reads as its readModelPosition
 * (the read models' lowest checkpoint), which otherwise stayed at -1. A replay of a scope (one
 * State's streams) reflects those streams up to there, not the whole log.
 */
async function recordReplayedTo(
  db: Kysely<Database>,
  projections: readonly Projection[],
  position: bigint,
): Promise<void> {
  await db
    .updateTable('projection_checkpoints')
    .set({ position: position.toString(), updated_at: new Date().toISOString() })
    .where(
      'projection',
      'in',
      projections.map((p) => p.name),
    )
    .execute();
}

/**
 * The streams in which some event concerns the State (its assignments and their deliverables'
 * streams, its assistance, the frameworks it adopted), from the activity timeline's index: what
 * lets an as-of of one State read that State's history only.
 */
export async function streamsConcerningState(db: Kysely<Database>, stateCode: string): Promise<string[]> {
  const rows = await db
    .selectFrom('timeline_events as e')
    .innerJoin('timeline_event_states as s', 's.position', 'e.position')
    .where('s.state_code', '=', stateCode)
    .select(sql<string>`distinct e.stream_name`.as('stream_name'))
    .execute();
  return rows.map((r) => r.stream_name).sort();
}

/**
 * Every organisation the catalogue has registered: with the first event of each organisation's
 * stream being its registration, their streams are the whole catalogue's history, which an as-of
 * then reads without going through the log.
 */
export async function registeredOrganisations(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('organisations').select('organisation_id').execute();
  return rows.map((r) => r.organisation_id).sort();
}

/** Collects the name of every table a query names (FROM, JOIN, subqueries), aliased or not. */
class TableNames extends OperationNodeTransformer {
  readonly tables = new Set<string>();

  protected override transformTable(node: TableNode, queryId?: QueryId): TableNode {
    this.tables.add(node.table.identifier.name);
    return super.transformTable(node, queryId);
  }
}

/**
 * `db` with every table its queries read recorded in `tables`: what lets an as-of replay only the
 * read models its answer reads and still prove, once the answer is computed, that it read nothing
 * else (see `projectionsMissing`).
 */
export function recordingTables(db: Kysely<Database>): { db: Kysely<Database>; tables: ReadonlySet<string> } {
  const names = new TableNames();
  const plugin: KyselyPlugin = {
    transformQuery: (args) => names.transformNode(args.node, args.queryId),
    transformResult: (args) => Promise.resolve(args.result),
  };
  return { db: db.withPlugin(plugin), tables: names.tables };
}

/**
 * The read models owning some of these tables that are not among `replayed`: an answer that read
 * them from a scratch store holding only `replayed` read empty tables, and must be computed again
 * from a replay of every read model.
 */
export function projectionsMissing(
  tables: Iterable<string>,
  replayed: readonly Projection[],
): ProjectionName[] {
  const have = new Set(replayed.flatMap((p) => p.tables as readonly string[]));
  const missing = new Set<ProjectionName>();
  for (const table of tables) {
    if (have.has(table)) continue;
    for (const projection of ALL_PROJECTIONS)
      if ((projection.tables as readonly string[]).includes(table)) missing.add(projection.name);
  }
  return [...missing].sort();
}

/** The read models of these names, in the projector's order. */
export const projectionsNamed = (names: readonly ProjectionName[]): Projection[] =>
  ALL_PROJECTIONS.filter((p) => names.includes(p.name));

/** Bytes a scratch store (SQLite in memory) holds: what keeping it for a later as-of costs. */
export async function scratchStoreBytes(store: ReadStore): Promise<number> {
  const { rows } = await sql<{ bytes: number }>`
    SELECT page_count * page_size AS bytes FROM pragma_page_count(), pragma_page_size()`.execute(store.db);
  return Number(rows[0]?.bytes ?? 0);
}

/**
 * The streams that recorded an event after `after` and up to `upTo` (positions), from the activity
 * timeline, which has a row for every event: what a kept replay continued to a later position must
 * read again, every other stream of its State having nothing new up to there.
 */
export async function streamsRecordedBetween(
  db: Kysely<Database>,
  after: bigint,
  upTo: bigint,
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('timeline_events')
    .where('position', '>', positionParam(after))
    .where('position', '<=', positionParam(upTo))
    .select(sql<string>`distinct stream_name`.as('stream_name'))
    .execute();
  return new Set(rows.map((r) => r.stream_name));
}
