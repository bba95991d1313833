import { type RecordedEvent, type SqliteEventStore } from '@ct/event-store';
import {
  ALL_PROJECTIONS,
  CheckpointMovedError,
  LockLostError,
  Projector,
  type ReadStore,
  applyBatch,
  readCheckpoints,
} from '@ct/read-models';
import { sqliteLease } from '../../libs/read-models/src/writer-lock';
import { appendAll, generated } from './support/events';
import { eventStoreWith, tablesOf, until } from './support/harness';
import { openReadStore } from './support/stores';

const names = ALL_PROJECTIONS.map((p) => p.name);

/** The read models' rows and their checkpoint rows, without the times the checkpoints were moved. */
async function stateOf(store: ReadStore): Promise<Record<string, unknown[]>> {
  const tables = await tablesOf(store);
  const checkpoints = await readCheckpoints(store.db, names);
  return { ...tables, checkpoints: [...checkpoints].map(([n, p]) => `${n}=${p}`) };
}

describe('projector batches on SQLite: what each commit costs, and what it still guarantees', () => {
  const fixture = generated(200, 13);
  const opened: (ReadStore | SqliteEventStore)[] = [];
  let recorded: RecordedEvent[];

  const open = async () => {
    const store = await openReadStore('sqlite');
    opened.push(store);
    return store;
  };

  beforeAll(async () => {
    const events = await eventStoreWith(fixture);
    opened.push(events);
    recorded = [];
    for await (const e of events.readAll()) recorded.push(e);
  });

  afterAll(async () => {
    for (const s of opened.splice(0)) await s.close();
  });

  const leaseOf = (store: ReadStore) =>
    store.db.selectFrom('projector_leases').select(['owner', 'expires_at']).executeTakeFirstOrThrow();

  test('a commit checks the lease without writing it; once another owner holds it, the batch writes nothing', async () => {
    const store = await open();
    const lock = sqliteLease(store.db, 'projector', 'one', 60_000, store.sqlite);
    expect(await lock.tryAcquire()).toBe(true);
    const fence = (trx: Parameters<typeof lock.verify>[0]) => lock.verify(trx);
    const leased = await leaseOf(store);
    await applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(0, 50), {
      checkpoints: await readCheckpoints(store.db, names),
      fence,
      sqlite: store.sqlite!,
    });
    expect(await leaseOf(store)).toEqual(leased);
    // A standby took over (as after the lease expired): the next commit of the old owner rolls back.
    await store.db.updateTable('projector_leases').set({ owner: 'two' }).execute();
    const before = await stateOf(store);
    await expect(
      applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(50, 100), {
        checkpoints: await readCheckpoints(store.db, names),
        fence,
        sqlite: store.sqlite!,
      }),
    ).rejects.toBeInstanceOf(LockLostError);
    expect(await stateOf(store)).toEqual(before);
  });

  test('a commit renews a lease with less than half of it left (the heartbeat fell behind)', async () => {
    const store = await open();
    const lock = sqliteLease(store.db, 'projector', 'one', 60_000, store.sqlite);
    expect(await lock.tryAcquire()).toBe(true);
    await store.db
      .updateTable('projector_leases')
      .set({ expires_at: String(Date.now() + 1_000) })
      .execute();
    const startedAt = Date.now();
    await applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(0, 10), {
      checkpoints: await readCheckpoints(store.db, names),
      fence: (trx) => lock.verify(trx),
      sqlite: store.sqlite!,
    });
    expect(Number((await leaseOf(store)).expires_at)).toBeGreaterThanOrEqual(startedAt + 60_000);
  });

  test("every checkpoint moves in the batch's one statement; one moved by another writer fails the batch, naming it", async () => {
    const store = await open();
    const stale = await readCheckpoints(store.db, names);
    await applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(0, 40), {
      checkpoints: stale,
      sqlite: store.sqlite!,
    });
    const moved = await readCheckpoints(store.db, names);
    for (const name of names) expect(moved.get(name)).toBe(recorded[39]!.position);
    // Another writer (a rebuild's switch) moved the scorecard's checkpoint only.
    const seen = new Map(moved);
    await store.db
      .updateTable('projection_checkpoints')
      .set({ position: String(recorded[59]!.position) })
      .where('projection', '=', 'state-scorecard')
      .execute();
    const before = await stateOf(store);
    const failed = applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(40, 80), {
      checkpoints: seen,
      sqlite: store.sqlite!,
    });
    await expect(failed).rejects.toBeInstanceOf(CheckpointMovedError);
    await expect(failed).rejects.toMatchObject({ projection: 'state-scorecard' });
    expect(await stateOf(store)).toEqual(before);
  });

  test('live, events arriving within gatherMs go into one batch; a reader waiting for a position does not wait for it', async () => {
    const store = await open();
    const eventStore = await eventStoreWith(fixture.slice(0, 100));
    opened.push(eventStore);
    const gatherMs = 3_000;
    const projector = new Projector({ store, eventStore, gatherMs });
    projector.start();
    try {
      await until(() => projector.status.live && projector.status.eventsProcessed === 100, 15_000);
      const batches = projector.status.batchesCommitted;
      // Two group commits 50 ms apart: one batch.
      await appendAll(eventStore, fixture.slice(100, 110));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const head = await appendAll(eventStore, fixture.slice(110, 120));
      await until(() => projector.status.checkpoint >= head, 15_000);
      expect(projector.status.batchesCommitted).toBe(batches + 1);
      expect(projector.status.eventsProcessed).toBe(120);
      // Read-your-writes: the reader asks for its position and gets it long before gatherMs.
      const position = await appendAll(eventStore, fixture.slice(120, 125));
      const asked = Date.now();
      const waited = await projector.waitFor(position, 10_000);
      expect(waited.reached).toBe(true);
      expect(Date.now() - asked).toBeLessThan(gatherMs / 2);
    } finally {
      await projector.stop();
    }
  });
});
