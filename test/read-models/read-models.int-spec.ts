import { type SqliteEventStore } from '@ct/event-store';
import {
  ALL_PROJECTIONS,
  type Projection,
  Projector,
  type ReadStore,
  type RebuildProgress,
  describeReadModels,
  readCheckpoints,
  rebuild,
  stateScorecard,
} from '@ct/read-models';
import { appendAll, generated, scenario } from './support/events';
import { catchUp, eventStoreWith, projectInto, tablesOf, until } from './support/harness';
import { readModelSuite } from './support/read-model-suite';
import {
  type DialectName,
  closePglite,
  dropTestSchemas,
  openReadStore,
  postgresFlavour,
} from './support/stores';

readModelSuite('postgres');

afterAll(() => closePglite());

const names = ALL_PROJECTIONS.map((p) => p.name);

describe.each<DialectName>(['sqlite', 'postgres'])('projector and rebuild on %s', (dialect) => {
  const opened: (ReadStore | SqliteEventStore)[] = [];
  const open = async () => {
    const store = await openReadStore(dialect);
    opened.push(store);
    return store;
  };
  const events = async (fixture = generated(400)) => {
    const store = await eventStoreWith(fixture);
    opened.push(store);
    return store;
  };
  let reference: Record<string, unknown[]>;
  const fixture = generated(400);

  beforeAll(async () => {
    const store = await open();
    await projectInto(store, fixture);
    reference = await tablesOf(store);
  }, 30_000);

  afterAll(async () => {
    for (const s of opened.splice(0)) await s.close();
    await dropTestSchemas();
  });

  test('a failure in the middle of a batch moves neither rows nor checkpoint; the restart continues exactly', async () => {
    const store = await open();
    const eventStore = await events(fixture);
    let seen = 0;
    const failing: Projection[] = ALL_PROJECTIONS.map((p) =>
      p.name !== 'state-scorecard'
        ? p
        : {
            ...p,
            apply: async (trx, event, recorded) => {
              // Events 1..100 commit in batches of 50; the third batch fails at its 25th event.
              if (++seen === 125) throw new Error('boom');
              await p.apply(trx, event, recorded);
            },
          },
    );
    const errors: unknown[] = [];
    const projector = new Projector({
      store,
      eventStore,
      projections: failing,
      batchSize: 50,
      backoff: { initialMs: 1000 },
      onError: (e) => errors.push(e),
    });
    projector.start();
    await until(() => errors.length > 0);
    await projector.stop();
    const positions = [...(await readCheckpoints(store.db, names)).values()];
    expect(new Set(positions).size).toBe(1);
    const checkpoint = positions[0]!;
    expect(checkpoint).toBe(projector.status.checkpoint);
    const timeline = await store.db.selectFrom('timeline_events').select('position').execute();
    expect(timeline).toHaveLength(100);
    expect(timeline.every((r) => BigInt(r.position) <= checkpoint)).toBe(true);

    const restarted = await catchUp({ store, eventStore });
    expect(restarted.status.eventsProcessed).toBe(fixture.length - 100);
    expect(await tablesOf(store)).toEqual(reference);
  });

  test('resumes from its checkpoint', async () => {
    const store = await open();
    const eventStore = await events(fixture.slice(0, 150));
    await catchUp({ store, eventStore });
    await appendAll(eventStore, fixture.slice(150));
    const second = await catchUp({ store, eventStore });
    expect(second.status.eventsProcessed).toBe(fixture.length - 150);
    expect(await tablesOf(store)).toEqual(reference);
    const health = await describeReadModels(store, eventStore);
    expect(health.projections.map((p) => p.lag)).toEqual(names.map(() => 0n));
  });

  test('waitFor resolves once the checkpoint reaches a position, or reports the timeout', async () => {
    const store = await open();
    const eventStore = await events(scenario());
    const projector = new Projector({ store, eventStore });
    projector.start();
    try {
      const [position] = await Promise.all([
        appendAll(eventStore, generated(30, 3).slice(-3)),
        until(() => projector.status.role === 'active'),
      ]);
      const reached = await projector.waitFor(position, 5000);
      expect(reached).toEqual({ reached: true, checkpoint: position });
      await until(() => projector.status.live);
      const timedOut = await projector.waitFor(position + 10n, 50);
      expect(timedOut).toEqual({ reached: false, timedOut: true, checkpoint: position });
    } finally {
      await projector.stop();
    }
  });

  const standbyTest = dialect === 'postgres' && postgresFlavour === 'pglite' ? test.skip : test;
  // PGlite is a single session, where advisory locks are re-entrant: the lock needs a server.
  standbyTest('a second instance waits as standby and takes over when the first stops', async () => {
    const store = await open();
    const eventStore = await events(scenario());
    const first = new Projector({ store, eventStore, ownerId: 'one', standbyPollMs: 20, leaseMs: 300 });
    const second = new Projector({ store, eventStore, ownerId: 'two', standbyPollMs: 20, leaseMs: 300 });
    first.start();
    await until(() => first.status.role === 'active');
    second.start();
    try {
      await until(() => second.status.role === 'standby');
      // "Still standby" is shown by what happens meanwhile, not by a pause: events appended now
      // are applied by the first instance, the second applies none, and (SQLite) the lease stays
      // with the first and is renewed past the expiry it had when the second was turned away.
      const leaseOf = () =>
        store.db.selectFrom('projector_leases').select(['owner', 'expires_at']).executeTakeFirst();
      const leaseThen = dialect === 'sqlite' ? await leaseOf() : undefined;
      const head = await appendAll(eventStore, generated(30, 5).slice(-5));
      await until(() => first.status.checkpoint >= head, 15_000);
      if (leaseThen) {
        expect(leaseThen.owner).toBe('one');
        await until(async () => Number((await leaseOf())?.expires_at) > Number(leaseThen.expires_at), 15_000);
        expect((await leaseOf())?.owner).toBe('one');
      }
      expect(second.status.role).toBe('standby');
      expect(second.status.eventsProcessed).toBe(0);
      await first.stop();
      await until(() => second.status.role === 'active', 15_000);
      const last = (await eventStore.headPosition())!;
      expect((await second.waitFor(last, 15_000)).reached).toBe(true);
    } finally {
      await first.stop();
      await second.stop();
    }
  });

  test('rebuild replays into new tables, swaps them in, and equals the live tables row for row', async () => {
    const store = await open();
    const eventStore = await events(fixture);
    await catchUp({ store, eventStore });
    const progress: RebuildProgress[] = [];
    const result = await rebuild({
      store,
      eventStore,
      batchSize: 100,
      progressIntervalMs: 0,
      onProgress: (p) => progress.push(p),
    });
    expect(result.eventsProcessed).toBe(fixture.length);
    expect(result.position).toBe(await eventStore.headPosition());
    expect(progress.at(-1)).toMatchObject({ phase: 'done', eventsProcessed: fixture.length });
    expect(progress.some((p) => p.phase === 'replaying' && p.etaSeconds !== undefined)).toBe(true);
    expect(await tablesOf(store)).toEqual(reference);
    // A second rebuild of one projection only: new generation, same rows.
    const again = await rebuild({ store, eventStore, projections: ['state-scorecard'] });
    expect(again.generation).toBe(result.generation + 1);
    expect(await tablesOf(store)).toEqual(reference);
    expect((await stateScorecard(store.db, { asOf: '2024-01-01' })).total).toBeGreaterThan(0);
  });

  test('rebuild while a projector follows live appends: both end on the same rows as a clean run', async () => {
    const store = await open();
    const eventStore = await events(fixture.slice(0, 250));
    const projector = new Projector({
      store,
      eventStore,
      batchSize: 20,
      backoff: { initialMs: 5, maxMs: 20 },
    });
    projector.start();
    try {
      const [, , position] = await Promise.all([
        until(() => projector.status.checkpoint > 0n),
        rebuild({ store, eventStore, batchSize: 25 }),
        (async () => {
          for (let i = 250; i < fixture.length; i += 25) {
            await appendAll(eventStore, fixture.slice(i, i + 25));
            await new Promise((r) => setTimeout(r, 2));
          }
          return (await eventStore.headPosition())!;
        })(),
      ]);
      expect((await projector.waitFor(position, 10_000)).reached).toBe(true);
    } finally {
      await projector.stop();
    }
    expect(await tablesOf(store)).toEqual(reference);
  });
});
