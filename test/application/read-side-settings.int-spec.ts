import { AsOfService, ProjectorService, loadConfig } from '@ct/application';
import {
  EventStoreDecorator,
  type EventStore,
  type RecordedEvent,
  type SqliteEventStore,
} from '@ct/event-store';
import { type ReadStore, createReadStore } from '@ct/read-models';
import { appendAll, generated, scenario } from '../read-models/support/events';
import { catchUp, eventStoreWith, until } from '../read-models/support/harness';
import { openReadStore } from '../read-models/support/stores';

/**
 * The read side's two tunables reach the code they tune: PROJECTOR_GATHER_MS is how long the
 * in-process projector lets a live batch wait for more events, AS_OF_KEPT_REPLAYS_MB how much
 * memory the State replays kept for the next as-of may take (0: none is kept).
 */
describe('PROJECTOR_GATHER_MS', () => {
  const fixture = generated(140, 13);
  const opened: (ReadStore | SqliteEventStore)[] = [];

  afterAll(async () => {
    for (const store of opened.reverse()) await store.close();
  });

  /** Batches the in-process projector commits for two group commits 50 ms apart. */
  async function batchesForTwoGroupCommits(gatherMs: string): Promise<number> {
    const store = await openReadStore('sqlite');
    const eventStore = await eventStoreWith(fixture.slice(0, 100));
    opened.push(store, eventStore);
    const service = new ProjectorService(
      loadConfig({ PROJECTOR: 'in-process', PROJECTOR_GATHER_MS: gatherMs }),
      store,
      eventStore,
    );
    const projector = service.projector!;
    service.onApplicationBootstrap();
    try {
      await until(() => projector.status.live && projector.status.eventsProcessed === 100, 15_000);
      const before = projector.status.batchesCommitted;
      await appendAll(eventStore, fixture.slice(100, 110));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const head = await appendAll(eventStore, fixture.slice(110, 120));
      await until(() => projector.status.checkpoint >= head, 15_000);
      return projector.status.batchesCommitted - before;
    } finally {
      await service.stop();
    }
  }

  it('gathers group commits within it into one batch; 0 commits each at once', async () => {
    expect(await batchesForTwoGroupCommits('1000')).toBe(1);
    expect(await batchesForTwoGroupCommits('0')).toBe(2);
  }, 30_000);
});

/** Counts the events handed out by stream reads: what an as-of of one State reads. */
class StreamReadsCounting extends EventStoreDecorator {
  read = 0;

  override readStream(...args: Parameters<EventStore['readStream']>): AsyncIterable<RecordedEvent> {
    const events = this.inner.readStream(...args);
    const count = () => this.read++;
    return {
      async *[Symbol.asyncIterator]() {
        for await (const event of events) {
          count();
          yield event;
        }
      },
    };
  }
}

describe('AS_OF_KEPT_REPLAYS_MB', () => {
  let events: StreamReadsCounting;
  let live: ReadStore;
  let head: bigint;

  beforeAll(async () => {
    const sqlite = await eventStoreWith(scenario());
    live = await createReadStore({ kind: 'sqlite', filename: ':memory:' });
    await catchUp({ store: live, eventStore: sqlite });
    events = new StreamReadsCounting(sqlite);
    head = (await sqlite.headPosition())!;
  });

  afterAll(async () => {
    await live.close();
    await events.close();
  });

  /** Stream events read by the second of two identical as-ofs of one State, and both answers. */
  async function askTwice(keptReplaysMb: string) {
    const config = loadConfig({ PROJECTOR: 'off', AS_OF_KEPT_REPLAYS_MB: keptReplaysMb });
    const service = new AsOfService(events, live, new ProjectorService(config, live, events), config);
    try {
      const ask = () => service.scorecard({ position: head }, { stateCode: 'KZ', limit: 100 });
      const first = await ask();
      events.read = 0;
      const second = await ask();
      return { readAgain: events.read, first, second };
    } finally {
      await service.onModuleDestroy();
    }
  }

  it('keeps a State replay for the next as-of within the budget; 0 keeps none, with the same answers', async () => {
    const kept = await askTwice('256');
    expect(kept.readAgain).toBe(0);
    const none = await askTwice('0');
    expect(none.readAgain).toBeGreaterThan(0);
    expect(none.second).toEqual(none.first);
    expect(none.second).toEqual(kept.second);
    expect(none.first.eventsReplayed).toBeGreaterThan(0);
  });
});
