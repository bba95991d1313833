import { type Kysely } from 'kysely';
import { type Database } from './database';
import { type LockSession, type ReadStore } from './read-store';

export class LockLostError extends Error {
  override readonly name = 'LockLostError';
}

/** Who may write projections right now: one projector instance at a time. */
export interface WriterLock {
  /** True when this instance holds the lock now; false = stay standby and try again later. */
  tryAcquire(): Promise<boolean>;
  /** Inside each commit transaction: throws LockLostError when the lock is no longer ours. */
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
 * SQLite: a lease row (owner, expiry) renewed by the heartbeat and inside every commit. SQLite's
 * write lock alone would serialise two writers' transactions but not stop them from interleaving
 * batches; the lease makes the second one a standby, and the expiry lets it take over from an
 * owner that was killed without releasing.
 */
export function sqliteLease(db: Kysely<Database>, name: string, owner: string, leaseMs: number): WriterLock {
  const renew = async (q: Kysely<Database>) => {
    const result = await q
      .updateTable('projector_leases')
      .set({ expires_at: (Date.now() + leaseMs).toString() })
      .where('name', '=', name)
      .where('owner', '=', owner)
      .executeTakeFirst();
    if (result.numUpdatedRows !== 1n)
      throw new LockLostError(`lease '${name}' is no longer held by ${owner}`);
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
    verify: (trx) => renew(trx),
    heartbeat: () => renew(db),
    async release() {
      await db.deleteFrom('projector_leases').where('name', '=', name).where('owner', '=', owner).execute();
    },
  };
}

export function writerLockFor(store: ReadStore, name: string, owner: string, leaseMs: number): WriterLock {
  return store.openLockSession
    ? advisoryLock(store.openLockSession, name)
    : sqliteLease(store.db, name, owner, leaseMs);
}
