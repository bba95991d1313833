import {
  ANY,
  BACKWARDS,
  DeadlineExceededError,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamDeletedError as EsdbStreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  CancelledError,
  TimeoutError,
  NotLeaderError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  eventTypeFilter,
  jsonEvent,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type AppendExpectedRevision,
  type Filter,
  type JSONType,
  type Position,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import {
  type AppendResult,
  type EventFilter,
  type EventMetadata,
  type EventStore,
  type EventStoreHealth,
  EventStoreUnavailableError,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  StreamDeletedError,
  type SubscribeToAllOptions,
  type Subscription,
  type SubscriptionStatus,
  WrongExpectedRevisionError,
  isSystemEvent,
  matchesFilter,
} from '../event-store.port';
import type { Readable } from 'node:stream';

export interface EsdbEventStoreOptions {
  /**
   * Deadline of an append, in ms. Sent to the server with the request (BatchAppend drops a request
   * whose deadline passed) and used as the gRPC deadline of the Append fallback path.
   */
  appendDeadlineMs?: number;
  /** Longest a health check waits for the server. */
  healthTimeoutMs?: number;
  /** Backoff between attempts to re-establish a dropped subscription: doubles from min to max. */
  resubscribeMinDelayMs?: number;
  resubscribeMaxDelayMs?: number;
}

/**
 * The EventStore port on EventStoreDB through @eventstore/db-client (gRPC).
 *
 * Positions: the port's position is the commit position; for ordinary appends commit == prepare,
 * so a port position maps back to `{ commit: p, prepare: p }`.
 *
 * Failures: connection loss, `UNAVAILABLE`, deadlines and leader changes become
 * EventStoreUnavailableError. An append is atomic on the server, so a failed one wrote nothing;
 * after a deadline the outcome is unknown in theory, and retrying with the same event ids is
 * safe because the server deduplicates them.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly appendDeadlineMs: number;
  private readonly healthTimeoutMs: number;
  private readonly resubscribeMinDelayMs: number;
  private readonly resubscribeMaxDelayMs: number;
  private readonly subscriptions = new Set<Subscription>();
  /** How to end each read in progress (see `ownRead`). */
  private readonly openReads = new Set<() => Promise<void>>();
  private closed = false;

  constructor(connectionString: string, options: EsdbEventStoreOptions = {}) {
    this.client = EventStoreDBClient.connectionString(toClientConnectionString(connectionString));
    this.appendDeadlineMs = options.appendDeadlineMs ?? 10_000;
    this.healthTimeoutMs = options.healthTimeoutMs ?? 2_000;
    this.resubscribeMinDelayMs = options.resubscribeMinDelayMs ?? 100;
    this.resubscribeMaxDelayMs = options.resubscribeMaxDelayMs ?? 5_000;
  }

  async appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (this.closed) throw new EventStoreUnavailableError('event store is closed');
    if (events.length === 0) throw new Error('nothing to append');
    const expected = options.expectedRevision;
    try {
      const result = await this.client.appendToStream(
        streamName,
        events.map((event) =>
          jsonEvent({
            // The caller's id goes to the server as is: it is what makes a retry idempotent.
            id: event.id,
            type: event.type,
            data: event.data as JSONType,
            metadata: event.metadata,
          }),
        ),
        { expectedRevision: toClientRevision(expected), deadline: this.appendDeadlineMs },
      );
      const position =
        result.position?.commit ?? (await this.positionOf(streamName, result.nextExpectedRevision));
      return { nextExpectedRevision: result.nextExpectedRevision, position };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualVersion;
        throw new WrongExpectedRevisionError(
          streamName,
          expected,
          typeof actual === 'bigint' ? actual : 'no_stream',
        );
      }
      throw mapError(error, streamName);
    }
  }

  /** Servers that answer an idempotent retry without a position: look the event up. */
  private async positionOf(streamName: string, revision: bigint): Promise<bigint> {
    for await (const event of this.readStream(streamName, {
      direction: 'backwards',
      fromRevision: revision,
      maxCount: 1,
    })) {
      return event.position;
    }
    throw new Error(`stream '${streamName}': no event at revision ${revision}`);
  }

  readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    const { client, openReads } = this;
    const backwards = options.direction === 'backwards';
    return {
      async *[Symbol.asyncIterator]() {
        const stream = client.readStream(streamName, {
          direction: backwards ? BACKWARDS : FORWARDS,
          fromRevision: options.fromRevision ?? (backwards ? END : START),
          ...(options.maxCount !== undefined && { maxCount: options.maxCount }),
        });
        try {
          for await (const resolved of ownRead<ResolvedEvent>(stream, openReads)) {
            if (resolved.event) yield toRecordedEvent(resolved.event);
          }
        } catch (error) {
          // The port reads a missing (or soft-deleted) stream as empty.
          if (error instanceof StreamNotFoundError) return;
          throw mapError(error, streamName);
        }
      },
    };
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const { client, openReads } = this;
    const backwards = options.direction === 'backwards';
    const maxCount = options.maxCount ?? Number.POSITIVE_INFINITY;
    return {
      async *[Symbol.asyncIterator]() {
        if (maxCount <= 0) return;
        // The client's readAll has no server-side filter (only subscriptions do), and system
        // events must be skipped anyway: filter here and count only what is yielded. The read
        // is unbounded but streamed (gRPC flow control), and cancelled as soon as we have enough.
        const stream = client.readAll({
          direction: backwards ? BACKWARDS : FORWARDS,
          fromPosition:
            options.fromPosition !== undefined
              ? toClientPosition(options.fromPosition)
              : backwards
                ? END
                : START,
        });
        let yielded = 0;
        try {
          for await (const resolved of ownRead<AllStreamResolvedEvent>(stream, openReads)) {
            if (!resolved.event) continue;
            const event = toRecordedEvent(resolved.event);
            if (isSystemEvent(event) || !matchesFilter(event, options.filter)) continue;
            yield event;
            yielded += 1;
            if (yielded >= maxCount) return;
          }
        } catch (error) {
          throw mapError(error);
        }
      },
    };
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new ResilientSubscription(this.client, options, {
      minDelayMs: this.resubscribeMinDelayMs,
      maxDelayMs: this.resubscribeMaxDelayMs,
      onClose: () => this.subscriptions.delete(subscription),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * Position of the last event this port can deliver: the last non-system event of `$all`. The
   * server keeps writing system events of its own (`$`-prefixed: settings, users, scavenges,
   * statistics, stream metadata), which reads and subscriptions leave out; a head counted among them
   * would stay ahead of every checkpoint, so a caught-up projection would never report zero lag and
   * a rebuild that runs "until the head" would never end (docs/eventstoredb-protocol.md, "Head and lag").
   */
  async headPosition(): Promise<bigint | undefined> {
    for await (const event of this.readAll({ direction: 'backwards', maxCount: 1 })) return event.position;
    return undefined;
  }

  async health(): Promise<EventStoreHealth> {
    if (this.closed) return { ok: false, kind: 'eventstoredb', detail: 'closed' };
    let timer: NodeJS.Timeout | undefined;
    try {
      // Reads have no gRPC deadline in this client: bound the wait here.
      await Promise.race([
        this.headPosition(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no answer within ${this.healthTimeoutMs} ms`)),
            this.healthTimeoutMs,
          );
        }),
      ]);
      return { ok: true, kind: 'eventstoredb' };
    } catch (error) {
      return { ok: false, kind: 'eventstoredb', detail: (error as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    // A read whose consumer left it suspended (neither finished nor returned) holds its call open,
    // and dispose() waits for every call: end them first.
    await Promise.all([...this.openReads].map((end) => end()));
    await this.client.dispose();
  }
}

/**
 * A catch-up subscription to `$all` that survives drops: the client only reports them (an `error`
 * event, the iterator throws), so this resubscribes from the last position handed to the
 * consumer, with exponential backoff. Positions are exclusive, so there is no duplicate, and
 * nothing after that position is skipped, so there is no gap.
 */
class ResilientSubscription implements Subscription {
  readonly status: SubscriptionStatus;
  private current: AllStreamSubscription | undefined;
  private closed = false;
  private wakeBackoff: (() => void) | undefined;
  private readonly iterator: AsyncGenerator<RecordedEvent>;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: SubscribeToAllOptions,
    private readonly settings: { minDelayMs: number; maxDelayMs: number; onClose: () => void },
  ) {
    this.status = {
      live: false,
      lastPosition: options.from === 'start' ? undefined : options.from,
      resubscriptions: 0,
    };
    this.iterator = this.iterate();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    return this.iterator;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.settings.onClose();
    this.wakeBackoff?.();
    const current = this.current;
    if (current) {
      await current.unsubscribe();
      // Ends a pending `next()` of the client's iterator, so that ours can return.
      current.destroy();
    }
    await this.iterator.return(undefined);
  }

  private async *iterate(): AsyncGenerator<RecordedEvent> {
    let delay = this.settings.minDelayMs;
    while (!this.closed) {
      const from = this.status.lastPosition;
      const subscription = this.client.subscribeToAll({
        fromPosition: from === undefined ? START : toClientPosition(from),
        filter: serverFilter(this.options.filter),
      });
      this.current = subscription;
      // `caughtUp` is emitted when the message is parsed, while earlier catch-up events may still
      // wait in the stream's buffer: live only once the consumer has received those.
      let received = 0;
      let liveAfter: number | undefined;
      let dropped: unknown;
      subscription.on('caughtUp', () => {
        liveAfter = received + subscription.readableLength;
        if (liveAfter === received) this.status.live = true;
      });
      try {
        for await (const resolved of consume<AllStreamResolvedEvent>(subscription, () =>
          subscription.unsubscribe(),
        )) {
          received += 1;
          if (liveAfter !== undefined && received >= liveAfter) this.status.live = true;
          if (!resolved.event) continue;
          const event = toRecordedEvent(resolved.event);
          const last = this.status.lastPosition;
          // Defensive: the server's start is exclusive, so this only guards a misbehaving peer.
          if (last !== undefined && event.position <= last) continue;
          this.status.lastPosition = event.position;
          if (isSystemEvent(event) || !matchesFilter(event, this.options.filter)) continue;
          delay = this.settings.minDelayMs;
          yield event;
        }
      } catch (error) {
        // A drop (server gone, connection reset): resubscribe below. Closing ends up here too.
        dropped = error;
      } finally {
        this.status.live = false;
        this.current = undefined;
        subscription.destroy();
      }
      if (this.closed) return;
      this.options.onDrop?.(dropped ?? new Error('the server ended the subscription'));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wakeBackoff = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeBackoff = undefined;
      if (this.closed) return;
      delay = Math.min(delay * 2, this.settings.maxDelayMs);
      this.status.resubscriptions += 1;
    }
  }
}

/** Events a read takes from the client ahead of its consumer (then it pauses the gRPC stream). */
const READ_AHEAD = 64;

/**
 * Iterates a read of the client with the adapter holding its flow control ('data' events, paused
 * while READ_AHEAD events wait), so the read can be ended whatever its consumer does: when the
 * consumer stops early (it returns), and at close for a consumer that left it suspended (a merge
 * that stopped pulling). Ending it stops the call on the server and lets what the server already
 * sent drain: undelivered messages never let a call finish, and the client's dispose() waits for
 * every call to finish (the application's close hung on that).
 */
async function* ownRead<T>(stream: StreamingRead<T>, openReads: Set<() => Promise<void>>): AsyncGenerator<T> {
  const queue: T[] = [];
  let done = false;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const onData = (item: T) => {
    queue.push(item);
    if (queue.length >= READ_AHEAD) stream.pause();
    signal();
  };
  const onEnd = () => {
    done = true;
    signal();
  };
  const onError = (error: unknown) => {
    failure ??= { error };
    onEnd();
  };
  let ending: Promise<void> | undefined;
  const end = () => {
    ending ??= (async () => {
      openReads.delete(end);
      stream.off('data', onData);
      // Errors of a call being ended (a cancellation, a lost connection) are nobody's to handle.
      stream.on('error', () => undefined);
      stream.resume();
      await stream.cancel();
    })();
    return ending;
  };
  stream.on('data', onData).once('end', onEnd).once('close', onEnd).on('error', onError);
  openReads.add(end);
  let finished = false;
  try {
    for (;;) {
      const item = queue.shift();
      if (item !== undefined) {
        if (queue.length < READ_AHEAD / 2) stream.resume();
        yield item;
        continue;
      }
      if (failure) throw failure.error;
      if (done) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    finished = true;
  } finally {
    openReads.delete(end);
    if (!finished) await end();
  }
}

/**
 * Iterates a subscription of the client without letting an early exit merely destroy the
 * client's stream: that leaves the gRPC call open, or with undelivered messages that never let it
 * finish, and the client's dispose() waits for every call to finish. So: stop the call, and let
 * what the server already sent drain.
 */
async function* consume<T>(stream: { resume(): unknown }, stop: () => Promise<void>): AsyncGenerator<T> {
  let finished = false;
  try {
    // The client's stream types redeclare the events of a Readable; the object is a Readable.
    for await (const item of (stream as Readable).iterator({ destroyOnReturn: false })) yield item as T;
    finished = true;
  } finally {
    if (!finished) {
      stream.resume();
      await stop();
    }
  }
}

/**
 * The server-side filter takes one criterion (stream name or event type), so with both the stream
 * prefixes go to the server and the types are checked here; with neither, the server leaves out
 * system events. `matchesFilter` and `isSystemEvent` are applied to every event anyway.
 */
function serverFilter(filter: EventFilter | undefined): Filter {
  if (filter?.streamNamePrefixes) return streamNameFilter({ prefixes: [...filter.streamNamePrefixes] });
  if (filter?.eventTypes) {
    const alternatives = filter.eventTypes.map((type) => type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return eventTypeFilter({ regex: `^(?:${alternatives.join('|')})$` });
  }
  return excludeSystemEvents();
}

function toClientRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

const toClientPosition = (position: bigint): Position => ({ commit: position, prepare: position });

/**
 * KurrentDB (EventStoreDB's current name) documents `kurrentdb://` (and `kurrentdb+discover://`);
 * newer clients also take `kurrent://`. The pinned client parses only `esdb://` and
 * `esdb+discover://`, with the same hosts and options: translate the scheme, keep the rest as is.
 */
export function toClientConnectionString(connectionString: string): string {
  return connectionString.trim().replace(/^(?:kurrentdb|kurrent)(\+discover)?:\/\//i, 'esdb$1://');
}

function toRecordedEvent(event: NonNullable<ResolvedEvent['event']>): RecordedEvent {
  if (!event.position) throw new Error(`event ${event.id} has no position`);
  return {
    id: event.id,
    streamName: event.streamId,
    revision: event.revision,
    position: event.position.commit,
    type: event.type,
    data: event.data,
    metadata: event.metadata as EventMetadata,
  };
}

function mapError(error: unknown, streamName?: string): unknown {
  if (error instanceof EsdbStreamDeletedError) return new StreamDeletedError(streamName ?? error.streamName);
  if (isEsdbUnavailable(error)) {
    return new EventStoreUnavailableError(`EventStoreDB unavailable: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return error;
}

/**
 * A connection lost under a call, reported by grpc-js as 13 INTERNAL (not 14 UNAVAILABLE) when the
 * server's HTTP/2 session goes away mid-call: "Received RST_STREAM with code 2 triggered by internal
 * client error: Session closed with error code 2". Found by the soak run stopping the server under
 * load (a 500 where a 503 was due).
 */
const LOST_CONNECTION = /RST_STREAM|Session closed|Connection dropped|ECONNRESET|socket hang up/i;

/**
 * Errors after which the server may answer again later: the call did nothing, or (a connection
 * lost mid-append) its outcome is unknown, which a retry with the same command id settles without
 * a duplicate (event ids and the idempotency claim are the same on the retry).
 */
export function isEsdbUnavailable(error: unknown): boolean {
  if (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof CancelledError ||
    error instanceof TimeoutError ||
    error instanceof NotLeaderError
  )
    return true;
  // Raw gRPC errors (not converted by the client): 14 UNAVAILABLE, 4 DEADLINE_EXCEEDED, 1 CANCELLED.
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 13 && LOST_CONNECTION.test(String((error as Error).message))) return true;
  return code === 14 || code === 4 || code === 1 || code === 'ECONNREFUSED';
}
