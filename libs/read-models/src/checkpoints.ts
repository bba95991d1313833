import { type Kysely } from 'kysely';
import { type Database, toBigInt } from './database';
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
