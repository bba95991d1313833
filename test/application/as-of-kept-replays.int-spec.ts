import { AppConfig, AsOfService, type Cutoff, ProjectorService } from '@ct/application';
import { CENTRAL_ASIAN_STATES } from '@ct/domain';
import { EventStoreDecorator, type EventStore, type RecordedEvent } from '@ct/event-store';
import { type ReadStore, createReadStore } from '@ct/read-models';
import { scenario } from '../read-models/support/events';
import { catchUp, eventStoreWith } from '../read-models/support/harness';

/** Notes the position of every event handed out by stream reads: what an as-of of one State reads. */
class StreamEventsCounting extends EventStoreDecorator {
  read: bigint[] = [];

  override readStream(...args: Parameters<EventStore['readStream']>): AsyncIterable<RecordedEvent> {
    const events = this.inner.readStream(...args);
    const note = (event: RecordedEvent) => this.read.push(event.position);
    return {
      async *[Symbol.asyncIterator]() {
        for await (const event of events) {
          note(event);
          yield event;
        }
      },
    };
  }
}

/**
 * An as-of of one State keeps its replay and the next as-of of that State continues it when the
 * cutoff includes it whole (the same moment again, another page, a later moment): the answers must
 * be those of a replay from zero, whatever came before.
 */
describe('as-of of one State continuing a kept replay', () => {
  let events: StreamEventsCounting;
  let live: ReadStore;
  let log: RecordedEvent[];
  const config = Object.assign(new AppConfig(), { PROJECTOR: 'off' as const });
  const serviceOver = (eventStore: EventStore) =>
    new AsOfService(eventStore, live, new ProjectorService(config, live, eventStore), config);
  /** A service that has kept nothing: a replay from zero. */
  const fromZero = async (cutoff: Cutoff, stateCode: string, offset = 0, limit = 2) => {
    const service = serviceOver(events.inner);
    try {
      return await service.scorecard(cutoff, { stateCode, limit, offset });
    } finally {
      await service.onModuleDestroy();
    }
  };

  beforeAll(async () => {
    const sqlite = await eventStoreWith(scenario());
    live = await createReadStore({ kind: 'sqlite', filename: ':memory:' });
    await catchUp({ store: live, eventStore: sqlite });
    events = new StreamEventsCounting(sqlite);
    log = [];
    for await (const event of sqlite.readAll()) log.push(event);
  });

  afterAll(async () => {
    await live.close();
    await events.close();
  });

  it('answers as a replay from zero, at any sequence of cutoffs (later, earlier, the same, by date)', async () => {
    const service = serviceOver(events);
    const positions = log.map((e) => e.position);
    const at = (share: number) => positions[Math.floor(share * (positions.length - 1))]!;
    const cutoffs: Cutoff[] = [
      ...[0.3, 0.5, 0.5, 0.8, 1, 0.2, 0.6, 1].map((share) => ({ position: at(share) })),
      { date: log.at(-1)!.metadata.recordedAt.slice(0, 10) },
      { instant: log[Math.floor(log.length / 2)]!.metadata.recordedAt },
    ];
    try {
      for (const { code } of CENTRAL_ASIAN_STATES)
        for (const cutoff of cutoffs)
          for (const offset of [0, 2]) {
            const kept = await service.scorecard(cutoff, { stateCode: code, limit: 2, offset });
            expect({ code, cutoff, offset, answer: kept }).toEqual({
              code,
              cutoff,
              offset,
              answer: await fromZero(cutoff, code, offset),
            });
          }
    } finally {
      await service.onModuleDestroy();
    }
  });

  it('reads and replays only what was recorded after the kept replay', async () => {
    const service = serviceOver(events);
    const stateCode = 'KZ';
    const half = { position: log[Math.floor(log.length / 2)]!.position };
    const head = { position: log.at(-1)!.position };
    // Each stream is read up to its first event past the cutoff: that one is read, not replayed.
    const upTo = (cutoff: { position: bigint }) => events.read.filter((p) => p <= cutoff.position);
    try {
      events.read = [];
      const first = await service.scorecard(half, { stateCode, limit: 100 });
      expect(upTo(half).length).toBeGreaterThanOrEqual(first.eventsReplayed);

      // The same question again (say, its next page): nothing is read again.
      events.read = [];
      const again = await service.scorecard(half, { stateCode, limit: 100, offset: 1 });
      expect(events.read).toEqual([]);
      expect(again.eventsReplayed).toBe(first.eventsReplayed);

      // A later moment: only what was recorded after the first cutoff is read.
      events.read = [];
      const later = await service.scorecard(head, { stateCode, limit: 100 });
      expect(events.read.length).toBeGreaterThan(0);
      expect(upTo(half)).toEqual([]);
      expect(later).toEqual(await fromZero(head, stateCode, 0, 100));
    } finally {
      await service.onModuleDestroy();
    }
  });
});
