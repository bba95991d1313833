import { type Kysely } from 'kysely';
import { type RecordedEvent } from '@ct/event-store';
import { NO_POSITION, moveCheckpoints } from './checkpoints';
import { type Database } from './database';
import { type SqliteConnection, bindSqlite } from './pending';
import { type Projection, asDomainEvent, flushProjections } from './projection';

export interface ApplyBatchOptions {
  /**
   * The checkpoints the writer last saw, by projection. Given, each projection behind the batch's
   * last event has its checkpoint moved there by compare-and-set in the batch's transaction, and
   * skips the events at or before its own checkpoint; the others are left out. Absent (a rebuild's
   * shadow tables, the as-of's scratch store), every projection applies every event and no
   * checkpoint is written.
   */
  checkpoints?: ReadonlyMap<string, bigint>;
  /**
   * The projector's lock check: runs right after the checkpoints' compare-and-set (the
   * transaction's first write, which takes SQLite's write lock and PostgreSQL's row locks), before
   * any projection row; first when there are no checkpoints.
   */
  fence?: (trx: Kysely<Database>) => Promise<void>;
  /**
   * Awaited after each event. better-sqlite3 never yields by itself, so a replay sharing its
   * process with requests gives the event loop a turn here.
   */
  afterEach?: () => Promise<void>;
  /**
   * The SQLite connection under `db` (ReadStore.sqlite): the projections' coalesced writes then run
   * as prepared statements on it (executeEach). Absent, they go through Kysely (PostgreSQL).
   */
  sqlite?: SqliteConnection;
}

export interface AppliedBatch {
  /** The projections that took the batch (all of them without `checkpoints`). */
  applied: readonly Projection[];
  /** Position of the batch's last event. */
  position: bigint;
}

/**
 * The one apply loop of the projector, the rebuild and the as-of replay: ONE transaction in which
 * the checkpoints move (when given; one statement per batch on SQLite), the fence checks the
 * writer's lock, and each event, in log order, goes to every projection that has
 * not seen it, followed by the rows the projections held back (flushProjections) before the commit.
 * A failure anywhere rolls back rows and checkpoints together, so a batch is applied whole or not
 * at all. Events of types this build does not know are skipped (asDomainEvent) but still covered
 * by the checkpoint.
 */
export async function applyBatch(
  db: Kysely<Database>,
  projections: readonly Projection[],
  events: readonly RecordedEvent[],
  options: ApplyBatchOptions = {},
): Promise<AppliedBatch> {
  const last = events[events.length - 1];
  if (!last) return { applied: [], position: NO_POSITION };
  const { checkpoints, fence, afterEach } = options;
  const behind = (p: Projection, position: bigint) =>
    checkpoints === undefined || position > (checkpoints.get(p.name) ?? NO_POSITION);
  const applied = projections.filter((p) => behind(p, last.position));
  if (applied.length === 0) return { applied, position: last.position };
  await db.transaction().execute(async (trx) => {
    if (options.sqlite) bindSqlite(trx, options.sqlite);
    if (checkpoints) {
      const moves = applied.map((p) => ({
        projection: p.name,
        from: checkpoints.get(p.name) ?? NO_POSITION,
      }));
      await moveCheckpoints(trx, moves, last.position, new Date().toISOString(), options.sqlite);
    }
    await fence?.(trx);
    for (const recorded of events) {
      const event = asDomainEvent(recorded);
      if (event)
        for (const p of applied) if (behind(p, recorded.position)) await p.apply(trx, event, recorded);
      if (afterEach) await afterEach();
    }
    await flushProjections(trx, applied);
  });
  return { applied, position: last.position };
}
