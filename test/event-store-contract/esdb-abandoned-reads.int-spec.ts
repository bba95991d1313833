import { EsdbEventStore, type RecordedEvent } from '@ct/event-store';
import { newEvent, startEmulator, type Emulator } from '@ct/testing';

/** Whether a promise settles within `ms` (a close that never settles is the failure here). */
const settlesWithin = async (promise: Promise<unknown>, ms: number): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
};

/**
 * A read the consumer stops early must not hold its gRPC call open: the client's dispose() waits
 * for every call to finish, so one such read kept the application from closing (the as-of e2e on
 * the emulator hung after its knownAt replays). Small reads are the treacherous ones: the whole
 * answer, status included, is already in the client's buffers, so cancelling the call does
 * nothing and only draining those buffers lets it finish. Large reads are still flow-controlled.
 */
describe.each([
  { size: 'small', events: 40 },
  { size: 'large', events: 2_000 },
])('EsdbEventStore: a $size read stopped early does not keep close() from settling', ({ events }) => {
  let emulator: Emulator;
  let store: EsdbEventStore;

  beforeEach(async () => {
    emulator = await startEmulator();
    store = new EsdbEventStore(emulator.connectionString);
    for (let written = 0; written < events; written += 200)
      await store.appendToStream(
        'thing-1',
        Array.from({ length: Math.min(200, events - written) }, () => newEvent()),
        { expectedRevision: 'any' },
      );
  });
  afterEach(() => emulator.close());

  const reads: [string, (store: EsdbEventStore) => AsyncIterable<RecordedEvent>][] = [
    ['readStream', (store) => store.readStream('thing-1')],
    ['readAll', (store) => store.readAll()],
  ];

  it.each(reads)('%s returned after its first event', async (_, read) => {
    for await (const event of read(store)) {
      expect(event.revision).toBe(0n);
      break;
    }
    expect(await settlesWithin(store.close(), 5_000)).toBe(true);
  });

  it.each(reads)('%s left suspended after its first event, never returned', async (_, read) => {
    const iterator = read(store)[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ revision: 0n });
    // Time for the rest of the answer to reach the client (all of it, for the small read).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await settlesWithin(store.close(), 5_000)).toBe(true);
  });
});
