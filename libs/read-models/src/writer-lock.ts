import { type Kysely } from 'kysely';
import { type Database } from './database';
import { type SqliteConnection } from './pending';
import { type LockSession, type ReadStore } from './read-store';

export class LockLostError extends Error {
  override readonly name = 'LockLostError';
}

/** Who may write projections right now: one projector instance at a time. */
export interface WriterLock {
  /** True when this instance holds the lock now; false = stay standby and try again later. */
  tryAcquire(): Promise<boolean>;
  /**
   * Inside each commit transaction, once the transaction holds its write locks (after the
   * checkpoints' compare-and-set): throws LockLostError when the lock is no longer ours.
   */
  verify(trx: Kysely<Database>): Promise<void>;
  /** Periodically while active; throws LockLostError when the lock is gone. */
  heartbeat(): Promise<void>;
  release(): Promise<void>;
}

/**
 * PostgreSQL: a session-level advisory lock on a dedicated connection. If that connection dies the
 * server releases the lock; the heartbeat notices and the projector steps down, and the checkpoint
 * compare-and-set fences any transaction already under way.
 */
export function advisoryLock(open: () => Promise<LockSession>, name: string): WriterLock {
  let session: LockSession | undefined;
  const drop = async () => {
    const s = session;
    session = undefined;
    await s?.close().catch(() => undefined);
  };
  return {
    async tryAcquire() {
      session ??= await open();
      try {
        if (await session.tryLock(name)) return true;
      } catch (error) {
        await drop();
        throw error;
      }
      return false;
    },
    verify: () => Promise.resolve(),
    async heartbeat() {
      try {
        if (!session) throw new Error('no lock session');
        await session.ping();
      } catch (error) {
        await drop();
        throw new LockLostError(`advisory lock session lost: ${(error as Error).message}`);
      }
    },
    async release() {
      if (session) await session.unlock(name).catch(() => undefined);
      await drop();
    },
  };
}

/**
 * SQLite: a lease row (owner, expiry) renewed by the heartbeat, and checked inside every commit.
 * SQLite's write lock alone would serialise two writers' transactions but not stop them from
 * interleaving batches; the lease makes the second one a standby, and the expiry lets it take over
 * from an owner that was killed without releasing.
 *
 * The check in a commit reads the row; it renews it only when less than half the lease is left
 * (the heartbeat fell behind): reading dirties no page, so a commit writes one page less. Reading
 * is enough because the commit checks after its first write (the checkpoints' compare-and-set), i.e.
 * while it holds SQLite's database write lock: a takeover is a committed change of the row, so it
 * either happened before (the row names another owner: LockLostError, the batch rolls back) or
 * cannot happen before this commit ends. `sqlite` (ReadStore.sqlite, the connection under the
 * transaction) runs the check as a prepared statement instead of a query built by Kysely per batch.
 */
export function sqliteLease(
  db: Kysely<Database>,
  name: string,
  owner: string,
  leaseMs: number,
  sqlite?: SqliteConnection,
): WriterLock {
  const lost = () => new LockLostError(`lease '${name}' is no longer held by ${owner}`);
  const renew = async (q: Kysely<Database>) => {
    const result = await q
      .updateTable('projector_leases')
      .set({ expires_at: (Date.now() + leaseMs).toString() })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n) throw lost();
  };
  const expiryOfOurs = async (trx: Kysely<Database>): Promise<number | undefined> => {
    if (sqlite) {
      const row = (
        sqlite.prepare(
          'select "expires_at" from "projector_leases" where "name" = ? and "owner" = ?',
        ) as unknown as { get(...parameters: unknown[]): { expires_at: number | string } | undefined }
      ).get(name, owner);
      return row && Number(row.expires_at);
    }
    const row = await trx
      .selectFrom('projector_leases')
      .select('expires_at')
      .where('name', '=', name)
      .where('owner', '=', owner)
      .executeTakeFirst();
    return row && Number(row.expires_at);
  };
  return {
    async tryAcquire() {
      const now = Date.now();
      await db
        .insertInto('projector_leases')
        .values({ name, owner, expires_at: (now + leaseMs).toString() })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ owner, expires_at: (now + leaseMs).toString() })
            .where((eb) =>
              eb.or([
                eb('projector_leases.owner', '=', owner),
                eb('projector_leases.expires_at', '<', now.toString()),
              ]),
            ),
        )
        .execute();
      const row = await db
        .selectFrom('projector_leases')
        .select('owner')
        .where('name', '=', name)
        .executeTakeFirst();
      return row?.owner === owner;
    },
    async verify(trx) {
      const expiresAt = await expiryOfOurs(trx);
      if (expiresAt === undefined) throw lost();
      if (expiresAt - Date.now() < leaseMs / 2) await renew(trx);
    },
    heartbeat: () => renew(db),
    async release() {
      await db.deleteFrom('projector_leases').where('name', '=', name).where('owner', '=', owner).execute();
    },
  };
}

export function writerLockFor(store: ReadStore, name: string, owner: string, leaseMs: number): WriterLock {
  return store.openLockSession
    ? advisoryLock(store.openLockSession, name)
    : sqliteLease(store.db, name, owner, leaseMs, store.sqlite);
}
