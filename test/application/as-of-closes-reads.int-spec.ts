import { AppConfig, AsOfService, ProjectorService } from '@ct/application';
import { AggregateNotFound, CATEGORIES, CENTRAL_ASIAN_STATES } from '@ct/domain';
import { EventStoreDecorator, type EventStore, type RecordedEvent } from '@ct/event-store';
import { type ReadStore, createReadStore } from '@ct/read-models';
import { scenario } from '../read-models/support/events';
import { catchUp, eventStoreWith } from '../read-models/support/harness';

/**
 * Counts the reads a caller has started and not finished: an iterator is finished when it said
 * `done`, threw, or was returned. One left suspended holds its read open; on EventStoreDB that is a
 * gRPC call the client's dispose() waits for, so the application never closed (the as-of e2e on
 * the emulator hung in its afterAll after the knownAt replays of one deliverable).
 */
class ReadCounting extends EventStoreDecorator {
  readonly open = new Set<string>();
  private started = 0;

  override readStream(...args: Parameters<EventStore['readStream']>): AsyncIterable<RecordedEvent> {
    return this.counted(`readStream ${args[0]}`, this.inner.readStream(...args));
  }

  override readAll(...args: Parameters<EventStore['readAll']>): AsyncIterable<RecordedEvent> {
    return this.counted(
      `readAll ${JSON.stringify(args[0] ?? {}, (_, v: unknown) => (typeof v === 'bigint' ? `${v}` : v))}`,
      this.inner.readAll(...args),
    );
  }

  private counted(what: string, events: AsyncIterable<RecordedEvent>): AsyncIterable<RecordedEvent> {
    return {
      [Symbol.asyncIterator]: () => {
        const inner = events[Symbol.asyncIterator]();
        const id = `${what} #${(this.started += 1)}`;
        this.open.add(id);
        const finished = () => this.open.delete(id);
        return {
          next: async () => {
            try {
              const result = await inner.next();
              if (result.done) finished();
              return result;
            } catch (error) {
              finished();
              throw error;
            }
          },
          return: async (value?: unknown) => {
            finished();
            return (await inner.return?.(value)) ?? { done: true, value: undefined };
          },
        };
      },
    };
  }
}

describe('as-of replays finish every read they start', () => {
  let events: ReadCounting;
  let live: ReadStore;
  let service: AsOfService;
  let log: RecordedEvent[];

  beforeAll(async () => {
    const sqlite = await eventStoreWith(scenario());
    live = await createReadStore({ kind: 'sqlite', filename: ':memory:' });
    await catchUp({ store: live, eventStore: sqlite });
    events = new ReadCounting(sqlite);
    const config = Object.assign(new AppConfig(), { PROJECTOR: 'off' as const });
    service = new AsOfService(events, live, new ProjectorService(config, live, events), config);
    log = [];
    for await (const event of sqlite.readAll()) log.push(event);
  });

  // Each test counts its own reads.
  beforeEach(() => events.open.clear());

  afterAll(async () => {
    await live.close();
    await events.close();
  });

  it("of a deliverable, cut anywhere in its stream (its later events and the catalogue's unread)", async () => {
    const deliverables = [
      ...new Set(log.filter((e) => e.streamName.startsWith(`${CATEGORIES.deliverable}-`))),
    ].map((e) => e.streamName.slice(CATEGORIES.deliverable.length + 1));
    expect(deliverables.length).toBeGreaterThan(0);
    for (const deliverableId of new Set(deliverables))
      for (const { position } of log) {
        await service.deliverable({ position }, deliverableId).catch((error: unknown) => {
          if (!(error instanceof AggregateNotFound)) throw error;
        });
        expect({ deliverableId, position, open: [...events.open] }).toEqual({
          deliverableId,
          position,
          open: [],
        });
      }
  });

  it('of a State scorecard, the whole scorecard and the ledger, cut anywhere in the log', async () => {
    for (const { position, metadata } of log) {
      await service.scorecard({ position }, {});
      for (const { code } of CENTRAL_ASIAN_STATES) await service.scorecard({ position }, { stateCode: code });
      await service.ledger({ instant: metadata.recordedAt }, {});
      await (await service.replayKnownAt({ position })).store.close();
      expect({ position, open: [...events.open] }).toEqual({ position, open: [] });
    }
  });
});
