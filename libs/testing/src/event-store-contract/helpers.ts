import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend, RecordedEvent, Subscription } from '@ct/event-store';

/**
 * Every test writes to streams of its own: the real server (and an emulator shared by a file)
 * keeps what earlier tests wrote, so nothing may assume an empty log.
 */
export const uniqueName = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`;

export const newEvent = (type = 'ThingHappened', data: Record<string, unknown> = {}): EventToAppend => ({
  id: randomUUID(),
  type,
  data: { ...data, nonce: randomUUID() },
  metadata: {
    actor: 'user:contract-test',
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    recordedAt: new Date().toISOString(),
    schemaVersion: 1,
    command: 'DoThing',
  },
});

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms ${what}`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export async function waitFor(condition: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Reads a subscription one event at a time, failing instead of hanging when nothing comes. */
export class SubscriptionReader {
  private readonly iterator: AsyncIterator<RecordedEvent>;
  private pending: Promise<IteratorResult<RecordedEvent>> | undefined;

  constructor(readonly subscription: Subscription) {
    this.iterator = subscription[Symbol.asyncIterator]();
  }

  /** Asks for the next event without waiting for it (a lazy subscription starts working). */
  request(): void {
    this.pending ??= this.iterator.next();
  }

  /** `ms` is a ceiling that turns a hang into a failure, generous for a loaded machine. */
  async next(ms = 15_000): Promise<RecordedEvent> {
    this.request();
    const result = await withTimeout(this.pending!, ms, 'waiting for a subscription event');
    this.pending = undefined;
    if (result.done) throw new Error('subscription ended');
    return result.value;
  }

  async take(count: number, ms = 15_000): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for (let i = 0; i < count; i += 1) events.push(await this.next(ms));
    return events;
  }

  /** The pending `next()`, if any, for tests that check how it settles. */
  get inFlight(): Promise<IteratorResult<RecordedEvent>> | undefined {
    return this.pending;
  }
}

/** Appends and returns the recorded events (with their positions) read back from the stream. */
export async function appendAndRead(
  store: EventStore,
  streamName: string,
  events: readonly EventToAppend[],
): Promise<RecordedEvent[]> {
  await store.appendToStream(streamName, events, { expectedRevision: 'any' });
  const ids = new Set(events.map((event) => event.id));
  return (await collect(store.readStream(streamName))).filter((event) => ids.has(event.id));
}
