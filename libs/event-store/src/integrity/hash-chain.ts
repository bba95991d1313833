import { createHash } from 'node:crypto';
import {
  type AppendOptions,
  type AppendResult,
  type EventMetadata,
  type EventToAppend,
  type RecordedEvent,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { EventStoreDecorator } from '../event-store-decorator';
import { canonicalJson } from './canonical-json';

/** Metadata keys of the chain; everything else in the metadata is covered by the hash. */
export const HASH_KEY = 'hash';
export const PREVIOUS_HASH_KEY = 'previousHash';

interface Hashable {
  id: string;
  streamName: string;
  revision: bigint;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

/**
 * SHA-256 over the event's identity, place, type, data and metadata (less the hash itself) and the
 * previous event's hash in the same stream: changing, removing or reordering any stored event breaks
 * the chain from that event on.
 */
export function eventHash(event: Hashable, previousHash: string | null): string {
  const { [HASH_KEY]: _hash, [PREVIOUS_HASH_KEY]: _previous, ...metadata } = event.metadata;
  const content = canonicalJson({
    id: event.id,
    streamName: event.streamName,
    revision: event.revision.toString(),
    type: event.type,
    data: event.data,
    metadata,
    previousHash,
  });
  return createHash('sha256').update(content).digest('hex');
}

/** How many times an append with a non-exact expected revision re-reads the stream's head after a race. */
const HEAD_RACE_RETRIES = 5;

/**
 * Adds tamper evidence to any event store: each appended event's metadata carries its own hash and
 * the previous event's hash in its stream. Wraps the port, so the SQLite store and EventStoreDB get
 * exactly the same chain; reads pass through untouched.
 */
export class HashChainedEventStore extends EventStoreDecorator {
  /** Tail of the queue of appends per stream in this process (see appendToStream). */
  private readonly streamQueues = new Map<string, Promise<unknown>>();

  // `inner` is the store as written: import and export go to it directly, the chain already in hand.

  /**
   * Appends to one stream are chained one after the other in this process: each must read the head
   * the previous one wrote. Appends to different streams still run together (and group-commit).
   * Other processes are covered by the expected-revision check and the retry below.
   */
  override appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const previous = this.streamQueues.get(streamName) ?? Promise.resolve();
    const result = previous.then(
      () => this.appendChained(streamName, events, options),
      () => this.appendChained(streamName, events, options),
    );
    const tail = result.catch(() => undefined);
    this.streamQueues.set(streamName, tail);
    void tail.then(() => {
      if (this.streamQueues.get(streamName) === tail) this.streamQueues.delete(streamName);
    });
    return result;
  }

  private async appendChained(
    streamName: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const expected = options.expectedRevision;
    const hint = options.chainHead;
    if (hint && typeof expected === 'bigint' && hint.revision === expected)
      return this.inner.appendToStream(streamName, this.chain(streamName, events, expected, hint.hash), {
        expectedRevision: expected,
      });
    for (let attempt = 0; ; attempt++) {
      const head = await this.head(streamName);
      const current = head?.revision;
      // Check here what the store would check anyway, so the chain is computed on the right head;
      // `any` and `stream_exists` become the exact revision read, so a concurrent writer cannot
      // slip in between and fork the chain.
      const mismatch =
        (expected === 'no_stream' && current !== undefined) ||
        (expected === 'stream_exists' && current === undefined) ||
        (typeof expected === 'bigint' && current !== expected);
      if (mismatch && !(await this.isIdempotentRetry(streamName, events)))
        throw new WrongExpectedRevisionError(streamName, expected, current ?? 'no_stream');

      const previousHash = head ? ((head.metadata[HASH_KEY] as string | undefined) ?? null) : null;
      const chained = this.chain(streamName, events, current, previousHash);
      try {
        return await this.inner.appendToStream(streamName, chained, {
          expectedRevision: mismatch ? expected : (current ?? 'no_stream'),
        });
      } catch (error) {
        const raced =
          error instanceof WrongExpectedRevisionError &&
          typeof expected !== 'bigint' &&
          expected !== 'no_stream';
        if (!raced || attempt >= HEAD_RACE_RETRIES) throw error;
      }
    }
  }

  /** The events with their hashes, linked to the event at `after` (undefined: a new stream). */
  private chain(
    streamName: string,
    events: readonly EventToAppend[],
    after: bigint | undefined,
    headHash: string | null,
  ): EventToAppend[] {
    let previousHash = headHash;
    let revision = after ?? -1n;
    return events.map((event) => {
      revision += 1n;
      const metadata = { ...event.metadata, [PREVIOUS_HASH_KEY]: previousHash };
      const hash = eventHash({ ...event, streamName, revision, metadata }, previousHash);
      previousHash = hash;
      return { ...event, metadata: { ...metadata, [HASH_KEY]: hash } };
    });
  }

  private async head(streamName: string): Promise<RecordedEvent | undefined> {
    for await (const event of this.inner.readStream(streamName, { direction: 'backwards', maxCount: 1 }))
      return event;
    return undefined;
  }

  /** A re-append of events already stored: let the store answer it with the original result. */
  private async isIdempotentRetry(streamName: string, events: readonly EventToAppend[]): Promise<boolean> {
    const first = events[0]?.id;
    for await (const event of this.inner.readStream(streamName)) if (event.id === first) return true;
    return false;
  }
}
