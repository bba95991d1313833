import { type Kysely } from 'kysely';
import { type Database, toBigInt } from './database';
import { type SqliteConnection } from './pending';
import { PROJECTION_NAMES } from './projection';

/** Position stored before a projection has applied anything. */
export const NO_POSITION = -1n;

export class CheckpointMovedError extends Error {
  override readonly name = 'CheckpointMovedError';
  constructor(
    readonly projection: string,
    readonly expected: bigint,
  ) {
    super(`checkpoint of '${projection}' is no longer at ${expected}: another writer or a rebuild moved it`);
  }
}

export async function readCheckpoints(
  db: Kysely<Database>,
  names: readonly string[],
): Promise<Map<string, bigint>> {
  const rows = names.length
    ? await db.selectFrom('projection_checkpoints').selectAll().where('projection', 'in', names).execute()
    : [];
  const found = new Map(rows.map((r) => [r.projection, toBigInt(r.position)]));
  return new Map(names.map((n) => [n, found.get(n) ?? NO_POSITION]));
}

/**
 * Compare-and-set: the row only moves from the position this writer last saw. It fences any second
 * writer (a projector that lost its lock, a rebuild switching tables): its transaction rolls back
 * instead of double-applying. Run it first in the transaction: on PostgreSQL it takes the row lock
 * before any projection table is touched, the order a rebuild's switch also follows.
 */
export async function moveCheckpoint(
  trx: Kysely<Database>,
  projection: string,
  from: bigint,
  to: bigint,
  now: string,
): Promise<void> {
  const result = await trx
    .updateTable('projection_checkpoints')
    .set({ position: to.toString(), updated_at: now })
    .where('projection', '=', projection)
    .where('position', '=', from.toString())
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) throw new CheckpointMovedError(projection, from);
}

/** What better-sqlite3's `Statement.run` answers (SqliteConnection types it as unknown). */
interface RunResult {
  changes: number;
}

/**
 * Moves the checkpoints of several projections to `to` in the batch's transaction, each by
 * compare-and-set from the position its writer last saw (`from`), like moveCheckpoint. On SQLite
 * (`sqlite`: the connection under `trx`, see applyBatch) it is one prepared statement per distinct
 * `from` — one per batch in the usual case where every projection is at the same position —
 * instead of a statement built by Kysely per projection: SQLite locks the whole database for the
 * transaction's first write, so there is no row lock order to keep. On PostgreSQL the rows are
 * moved one by one in the order given (sorted by name: the lock order a rebuild's switch follows).
 * Throws CheckpointMovedError naming a projection whose row was not where its writer saw it.
 */
export async function moveCheckpoints(
  trx: Kysely<Database>,
  moves: readonly { projection: string; from: bigint }[],
  to: bigint,
  now: string,
  sqlite?: SqliteConnection,
): Promise<void> {
  if (!sqlite) {
    for (const { projection, from } of moves) await moveCheckpoint(trx, projection, from, to, now);
    return;
  }
  const byFrom = new Map<bigint, string[]>();
  for (const { projection, from } of moves) {
    const names = byFrom.get(from);
    if (names) names.push(projection);
    else byFrom.set(from, [projection]);
  }
  for (const [from, names] of byFrom) {
    // Positions as strings, as Kysely passes them for this bigint column (SQLite stores integers).
    const { changes } = sqlite
      .prepare(
        `update "projection_checkpoints" set "position" = ?, "updated_at" = ? ` +
          `where "position" = ? and "projection" in (${names.map(() => '?').join(', ')})`,
      )
      .run(to.toString(), now, from.toString(), ...names) as RunResult;
    if (changes !== names.length) {
      // The rows this statement moved are at `to` now (until the rollback): the others moved away.
      const stored = await readCheckpoints(trx, names);
      const moved = names.find((name) => stored.get(name) !== to) ?? names[0]!;
      throw new CheckpointMovedError(moved, from);
    }
  }
}

/** The lowest of the positions: every projection among them has applied at least this far. */
export const minPosition = (positions: Iterable<bigint>): bigint => {
  let min: bigint | undefined;
  for (const p of positions) if (min === undefined || p < min) min = p;
  return min ?? NO_POSITION;
};

/**
 * The lowest stored checkpoint (of every read model by default): the position every one of them
 * reflects, what a read, a report or read-your-writes can rely on whichever process projects.
 */
export async function readLowestCheckpoint(
  db: Kysely<Database>,
  names: readonly string[] = PROJECTION_NAMES,
): Promise<bigint> {
  return minPosition((await readCheckpoints(db, names)).values());
}
