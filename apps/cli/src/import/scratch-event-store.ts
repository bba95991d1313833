import {
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventStoreHealth,
  type EventToAppend,
  type ReadStreamOptions,
  type RecordedEvent,
  type Subscription,
  WrongExpectedRevisionError,
} from '@ct/application';

/**
 * A copy-on-read overlay of the real event store, for a dry run: the first read of a stream copies
 * it (as the real store returns it, upcast) into memory, and every later read and append works on
 * that copy only. The real store is only ever read. A command pipeline built on this store decides
 * every row with the real rules, the real idempotency claims and the streams as they are now, plus
 * what the rows before it would have appended, and writes nothing.
 *
 * Only what the write pipeline uses is supported (stream reads and appends); the log-wide calls
 * throw, so a future use that needs them fails loudly instead of answering from a partial copy.
 */
export class ScratchEventStore implements EventStore {
  private readonly streams = new Map<string, RecordedEvent[]>();
  private nextPosition = 1n;

  constructor(private readonly base: EventStore) {}

  /** Streams copied or written so far: what a dry run had to look at. */
  get streamCount(): number {
    return this.streams.size;
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const stream = await this.copyOf(streamName);
    const last = stream[stream.length - 1];
    const actual = last?.revision ?? 'no_stream';
    // The same ids appended again (a retry) are acknowledged without a second copy, as the stores
    // do; a retry's events are the stream's last ones, so only those are compared.
    const tail = stream.slice(-events.length).map((e) => e.id);
    if (last && events.length > 0 && events.every((event) => tail.includes(event.id)))
      return { nextExpectedRevision: last.revision, position: last.position };
    const expected = options.expectedRevision;
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && actual === 'no_stream') ||
      (expected === 'stream_exists' && actual !== 'no_stream') ||
      (typeof expected === 'bigint' && expected === actual);
    if (!ok) throw new WrongExpectedRevisionError(streamName, expected, actual);
    let revision = last?.revision ?? -1n;
    for (const event of events)
      stream.push({
        id: event.id,
        streamName,
        revision: ++revision,
        position: this.nextPosition++,
        type: event.type,
        data: event.data,
        metadata: event.metadata,
      });
    const appended = stream[stream.length - 1]!;
    return { nextExpectedRevision: appended.revision, position: appended.position };
  }

  async *readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const stream = await this.copyOf(streamName);
    const forwards = (options.direction ?? 'forwards') === 'forwards';
    const limit = options.maxCount ?? Infinity;
    // Revisions are consecutive: a read from a revision starts at its index instead of scanning.
    const first = stream[0]?.revision ?? 0n;
    const indexOf = (revision: bigint): number => Number(revision - first);
    if (forwards) {
      const from = options.fromRevision === undefined ? 0 : Math.max(0, indexOf(options.fromRevision));
      for (let i = from; i < stream.length && i - from < limit; i++) yield stream[i]!;
    } else {
      const from = Math.min(
        stream.length - 1,
        options.fromRevision === undefined ? Infinity : indexOf(options.fromRevision),
      );
      for (let i = from; i >= 0 && from - i < limit; i--) yield stream[i]!;
    }
  }

  /** True when the stream has events (in the real store or appended here). */
  async hasStream(streamName: string): Promise<boolean> {
    return (await this.copyOf(streamName)).length > 0;
  }

  readAll(): AsyncIterable<RecordedEvent> {
    throw new Error('the scratch store of a dry run reads streams only');
  }

  subscribeToAll(): Subscription {
    throw new Error('the scratch store of a dry run reads streams only');
  }

  headPosition(): Promise<bigint | undefined> {
    return Promise.reject(new Error('the scratch store of a dry run reads streams only'));
  }

  health(): Promise<EventStoreHealth> {
    return this.base.health();
  }

  /** Forgets the copies; the real store belongs to whoever opened it. */
  close(): Promise<void> {
    this.streams.clear();
    return Promise.resolve();
  }

  private async copyOf(streamName: string): Promise<RecordedEvent[]> {
    let stream = this.streams.get(streamName);
    if (stream) return stream;
    stream = [];
    for await (const event of this.base.readStream(streamName)) stream.push(event);
    // Another read may have copied it meanwhile (the pipeline reads context streams concurrently).
    const raced = this.streams.get(streamName);
    if (raced) return raced;
    this.streams.set(streamName, stream);
    return stream;
  }
}
