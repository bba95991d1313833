import { EsdbEventStore, type EventStore, toClientConnectionString } from '@ct/event-store';
import {
  Projector,
  createReadStore,
  readCheckpoints,
  PROJECTION_NAMES,
  type ReadStore,
} from '@ct/read-models';
import { collect, newEvent, startEmulator, uniqueName, withTimeout, type Emulator } from '@ct/testing';

/** Events the port would deliver after `position`: the lag in events of a consumer at `position`. */
async function eventsAfter(store: EventStore, position: bigint): Promise<number> {
  const after = await collect(store.readAll({ fromPosition: position }));
  return after.filter((event) => event.position > position).length;
}

describe('KurrentDB connection strings', () => {
  it.each([
    ['kurrentdb://localhost:2113?tls=false', 'esdb://localhost:2113?tls=false'],
    ['kurrentdb+discover://cluster.example:2113', 'esdb+discover://cluster.example:2113'],
    ['kurrent://admin:changeit@db.example:2113?tls=true', 'esdb://admin:changeit@db.example:2113?tls=true'],
    [
      'KurrentDB://a:2113,b:2113,c:2113?tlsCAFile=/certs/ca/ca.crt',
      'esdb://a:2113,b:2113,c:2113?tlsCAFile=/certs/ca/ca.crt',
    ],
    ['esdb://localhost:2113?tls=false', 'esdb://localhost:2113?tls=false'],
  ])('%s is given to the client as %s', (input, expected) => {
    expect(toClientConnectionString(input)).toBe(expected);
  });
});

/**
 * A server writes system events of its own after the application's last event (statistics,
 * scavenges, settings). Reads and subscriptions leave them out, so the head a consumer compares its
 * checkpoint with must leave them out too, or a caught-up consumer never reaches lag 0.
 */
describe('EsdbEventStore: head and lag with trailing system events (emulator)', () => {
  let emulator: Emulator;
  let store: EsdbEventStore;

  beforeAll(async () => {
    emulator = await startEmulator();
    // The scheme KurrentDB documents today, on the same server.
    store = new EsdbEventStore(emulator.connectionString.replace(/^esdb:/, 'kurrentdb:'));
  });
  afterAll(async () => {
    await store.close();
    await emulator.close();
  });

  it('accepts kurrentdb:// and reports as head the last event it delivers, not a later system event', async () => {
    const name = uniqueName('head');
    const appended = await store.appendToStream(name, [newEvent(), newEvent()], {
      expectedRevision: 'no_stream',
    });
    const system = emulator.log.writeSystemEvent();
    emulator.log.writeSystemEvent('$scavenges', '$scavengeStarted');
    expect(system.position).toBeGreaterThan(appended.position);

    expect(await store.headPosition()).toBe(appended.position);
    expect(await eventsAfter(store, appended.position)).toBe(0);
  });

  it('a subscription caught up past trailing system events stands at the head: lag 0 in events', async () => {
    const name = uniqueName('sub');
    await store.appendToStream(name, [newEvent(), newEvent(), newEvent()], { expectedRevision: 'no_stream' });
    emulator.log.writeSystemEvent();
    const head = await store.headPosition();

    const subscription = store.subscribeToAll({ from: 'start' });
    try {
      const iterator = subscription[Symbol.asyncIterator]();
      let last: bigint | undefined;
      while (last !== head) {
        const next = await withTimeout(iterator.next(), 5_000, 'waiting for the head event');
        if (next.done) throw new Error('subscription ended');
        last = next.value.position;
      }
      expect(subscription.status.lastPosition).toBe(head);
      expect(head! - subscription.status.lastPosition!).toBe(0n);
      expect(await eventsAfter(store, subscription.status.lastPosition!)).toBe(0);

      // Lag in events, not in positions: positions are byte offsets, far apart.
      const more = await store.appendToStream(name, [newEvent(), newEvent()], { expectedRevision: 'any' });
      emulator.log.writeSystemEvent();
      expect(more.position - head!).toBeGreaterThan(2n);
      expect(await eventsAfter(store, head!)).toBe(2);
    } finally {
      await subscription.close();
    }
  });

  describe('a projector that runs until the head (rebuild, catch-up)', () => {
    let readStore: ReadStore;
    beforeEach(async () => {
      readStore = await createReadStore({ kind: 'sqlite', filename: ':memory:' });
    });
    afterEach(async () => {
      await readStore.close();
    });

    it('stops once caught up although the log ends with system events, at checkpoint = head', async () => {
      await store.appendToStream(uniqueName('proj'), [newEvent(), newEvent()], {
        expectedRevision: 'no_stream',
      });
      emulator.log.writeSystemEvent();
      emulator.log.writeSystemEvent('$settings', 'update-default-acl');
      const projector = new Projector({
        store: readStore,
        eventStore: store,
        stopWhenCaughtUp: true,
        backoff: { initialMs: 5, maxMs: 20 },
      });
      projector.start();
      // Before the head left system events out, the target was a position no delivered event has:
      // the projector never stopped.
      await withTimeout(projector.done(), 10_000, 'for the projector to reach the head');

      const head = await store.headPosition();
      const checkpoints = await readCheckpoints(readStore.db, PROJECTION_NAMES);
      for (const name of PROJECTION_NAMES) expect(checkpoints.get(name)).toBe(head);
      expect(await eventsAfter(store, head!)).toBe(0);
    });
  });
});
