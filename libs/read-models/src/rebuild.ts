import { type Kysely, sql } from 'kysely';
import { type EventStore, type RecordedEvent } from '@ct/event-store';
import { NO_POSITION, readCheckpoints } from './checkpoints';
import { type Database } from './database';
import { applyBatch } from './apply-batch';
import { type Projection, RenameTablesPlugin } from './projection';
import { selectProjections } from './projections';
import { type ReadStore } from './read-store';

export interface RebuildProgress {
  projections: string[];
  phase: 'replaying' | 'switching' | 'done';
  eventsProcessed: number;
  position?: bigint;
  headPosition?: bigint;
  eventsPerSecond: number;
  /** Remaining positions up to the head divided by the rate; undefined until a rate is known. */
  etaSeconds?: number;
}

export interface RebuildOptions {
  store: ReadStore;
  eventStore: EventStore;
  /** Projection names, or `all` (default). */
  projections?: readonly string[] | 'all';
  onProgress?: (progress: RebuildProgress) => void;
  /**
   * Events per transaction while replaying. Default 5,000: projections coalesce the progress
   * reports of a transaction (one UPDATE per assignment, multi-row INSERTs), so bigger batches
   * write fewer statements; memory stays bounded by the batch (10,000 was no faster on a
   * million events, and 20 MB bigger).
   */
  batchSize?: number;
  /** Least time between two progress reports. Default 200 ms. */
  progressIntervalMs?: number;
}

export interface RebuildResult {
  projections: string[];
  generation: number;
  eventsProcessed: number;
  /** Checkpoint of the rebuilt projections after the switch; -1 for an empty log. */
  position: bigint;
  durationMs: number;
}

const GENERATION_KEY = 'rebuild-generation';
/** SQLite page cache during a rebuild, in KiB (negative: a size, not a page count). */
const REBUILD_CACHE_KIB = -16_384;
const suffixOf = (generation: number) => `__r${generation}`;

/**
 * Replays the whole log into a new generation of the projections' tables while the live ones keep
 * answering, then swaps them in one transaction (drop the old table, rename the new one) and sets
 * the checkpoints to where the replay stopped. A projector running meanwhile keeps writing the live
 * tables; the replay catches up with its checkpoint before the swap, and a projector left behind
 * by the swap sees its checkpoint compare-and-set fail and resubscribes from the stored one.
 */
export async function rebuild(options: RebuildOptions): Promise<RebuildResult> {
  const started = Date.now();
  const { store, eventStore } = options;
  const projections = selectProjections(options.projections);
  const names = projections.map((p) => p.name);
  const batchSize = options.batchSize ?? 5_000;
  const generation = await nextGeneration(store.db);
  const suffix = suffixOf(generation);

  // A rebuild killed half-way leaves its generation behind; nobody reads it.
  await dropGeneration(store.db, projections, suffixOf(generation - 1));
  await dropGeneration(store.db, projections, suffix);
  for (const p of projections) await p.createTables(store.db as Kysely<unknown>, suffix);
  const renames = new Map(projections.flatMap((p) => p.tables.map((t) => [t as string, `${t}${suffix}`])));
  // SQLite: the new tables' secondary indexes are built once from the full tables (one sort each)
  // instead of being updated row by row during the replay; created again before the switch.
  const deferredIndexes =
    store.dialect === 'sqlite' ? await dropSecondaryIndexes(store.db, [...renames.values()]) : [];
  const shadow = store.db.withPlugin(new RenameTablesPlugin(renames));

  let position = NO_POSITION;
  let eventsProcessed = 0;
  let headPosition = await eventStore.headPosition();
  let lastReport = 0;
  const report = (phase: RebuildProgress['phase'], force = false) => {
    if (!options.onProgress) return;
    const now = Date.now();
    if (!force && now - lastReport < (options.progressIntervalMs ?? 200)) return;
    lastReport = now;
    const seconds = (now - started) / 1000;
    const eventsPerSecond = seconds > 0 ? eventsProcessed / seconds : 0;
    const remaining =
      headPosition !== undefined && headPosition > position ? Number(headPosition - position) : 0;
    options.onProgress({
      projections: names,
      phase,
      eventsProcessed,
      ...(position !== NO_POSITION ? { position } : {}),
      ...(headPosition !== undefined ? { headPosition } : {}),
      eventsPerSecond,
      ...(eventsPerSecond > 0 ? { etaSeconds: remaining / eventsPerSecond } : {}),
    });
  };

  const replay = async () => {
    let batch: RecordedEvent[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const events = batch;
      batch = [];
      // No checkpoint per batch: the shadow tables have none until the switch sets them.
      await applyBatch(shadow, projections, events, store.sqlite ? { sqlite: store.sqlite } : {});
      position = events[events.length - 1]!.position;
      eventsProcessed += events.length;
      report('replaying');
    };
    // readAll pages through the log: memory is bounded by the batch, not the log.
    const from = position === NO_POSITION ? {} : { fromPosition: position };
    for await (const recorded of eventStore.readAll(from)) {
      if (recorded.position <= position) continue;
      batch.push(recorded);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  };

  // SQLite: a bigger page cache while the new tables grow (their indexes are written all over),
  // back to the connection's own size afterwards.
  const cacheSize =
    store.dialect === 'sqlite'
      ? (await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(store.db)).rows[0]?.cache_size
      : undefined;
  if (cacheSize !== undefined) await sql.raw(`PRAGMA cache_size = ${REBUILD_CACHE_KIB}`).execute(store.db);
  try {
    for (;;) {
      await replay();
      if (deferredIndexes.length > 0) {
        // The index builds sort within the page cache's size: back to the connection's own first,
        // so that they spill to temporary files rather than grow the process.
        if (cacheSize !== undefined)
          await sql.raw(`PRAGMA cache_size = ${Number(cacheSize)}`).execute(store.db);
        for (const statement of deferredIndexes.splice(0)) await sql.raw(statement).execute(store.db);
      }
      headPosition = await eventStore.headPosition();
      report('switching', true);
      const switched = await store.db.transaction().execute(async (trx) => {
        // The same lock order as the projector's commit: checkpoint rows first, then tables.
        const live = await lockCheckpoints(store, trx, names);
        if ([...live.values()].some((p) => p > position)) return false;
        for (const p of projections)
          for (const table of p.tables) {
            await trx.schema.dropTable(table).execute();
            await trx.schema.alterTable(`${table}${suffix}`).renameTo(table).execute();
          }
        await trx
          .updateTable('projection_checkpoints')
          .set({ position: position.toString(), updated_at: new Date().toISOString() })
          .where('projection', 'in', names)
          .execute();
        return true;
      });
      // A live projector got ahead of the replay: replay the difference and try again.
      if (switched) break;
    }
  } catch (error) {
    await dropGeneration(store.db, projections, suffix).catch(() => undefined);
    throw error;
  } finally {
    if (cacheSize !== undefined)
      await sql
        .raw(`PRAGMA cache_size = ${Number(cacheSize)}`)
        .execute(store.db)
        .catch(() => undefined);
  }
  report('done', true);
  return { projections: names, generation, eventsProcessed, position, durationMs: Date.now() - started };
}

/**
 * SQLite: drops the secondary indexes of the tables (not their keys, which projections look rows up
 * by) and returns the SQL that creates them again, to run once the tables are filled.
 */
export async function dropSecondaryIndexes(
  db: Kysely<Database>,
  tables: readonly string[],
): Promise<string[]> {
  if (tables.length === 0) return [];
  const { rows } = await sql<{ name: string; sql: string }>`
    SELECT name, sql FROM sqlite_master
    WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${sql.join(tables)})
    ORDER BY name`.execute(db);
  for (const index of rows) await db.schema.dropIndex(index.name).execute();
  return rows.map((index) => index.sql);
}

async function lockCheckpoints(
  store: ReadStore,
  trx: Kysely<Database>,
  names: readonly string[],
): Promise<Map<string, bigint>> {
  if (store.dialect === 'postgres')
    await trx
      .selectFrom('projection_checkpoints')
      .select('projection')
      .where('projection', 'in', names)
      .orderBy('projection')
      .forUpdate()
      .execute();
  // SQLite: a write first takes the database write lock for the rest of the transaction.
  else
    await trx
      .updateTable('projection_checkpoints')
      .set((eb) => ({ position: eb.ref('position') }))
      .where('projection', 'in', names)
      .execute();
  return readCheckpoints(trx, names);
}

async function nextGeneration(db: Kysely<Database>): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('read_model_meta')
      .select('value')
      .where('key', '=', GENERATION_KEY)
      .executeTakeFirst();
    const generation = (row ? Number(row.value) : 0) + 1;
    await trx
      .insertInto('read_model_meta')
      .values({ key: GENERATION_KEY, value: String(generation) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(generation) }))
      .execute();
    return generation;
  });
}

async function dropGeneration(
  db: Kysely<Database>,
  projections: readonly Projection[],
  suffix: string,
): Promise<void> {
  for (const p of projections)
    for (const table of p.tables) await db.schema.dropTable(`${table}${suffix}`).ifExists().execute();
}
