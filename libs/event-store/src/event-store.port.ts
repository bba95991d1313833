/**
 * The event store port, with EventStoreDB's semantics so that the embedded SQLite store and
 * EventStoreDB are interchangeable: per-stream revisions from 0, a strictly increasing global
 * position, optimistic concurrency by expected revision, idempotent re-append of the same event ids,
 * and catch-up subscriptions to `$all` that start after (exclusive) a position.
 */

/** `any` always passes; `no_stream` needs a new stream; `stream_exists` needs an existing one. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | bigint;

export interface EventMetadata {
  /** Who recorded it: the authenticated principal, never a client-chosen value. */
  actor: string;
  commandId: string;
  correlationId: string;
  causationId: string;
  /** ISO 8601 instant at which the command was handled. */
  recordedAt: string;
  schemaVersion: number;
  /** Name of the command that produced the event, for auditors. */
  command?: string;
  [key: string]: unknown;
}

export interface EventToAppend {
  /** UUID. Derived from the command id, so that a retried command appends nothing new. */
  id: string;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

export interface RecordedEvent {
  id: string;
  streamName: string;
  revision: bigint;
  /** Global position in the log (`$all`); strictly increasing across all streams. */
  position: bigint;
  type: string;
  data: unknown;
  metadata: EventMetadata;
}

export interface AppendResult {
  /** Revision of the last event of the stream after the append. */
  nextExpectedRevision: bigint;
  /** Global position of the last event appended. */
  position: bigint;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  direction?: Direction;
  /** Inclusive; defaults to the start (forwards) or the end (backwards). */
  fromRevision?: bigint;
  maxCount?: number;
}

export interface EventFilter {
  /** Keep events whose stream name starts with one of these (e.g. `deliverable-`). */
  streamNamePrefixes?: readonly string[];
  /** Keep events of these types only. */
  eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  direction?: Direction;
  /** Forwards: inclusive; backwards: exclusive (EventStoreDB AllReader). Defaults to start / end. */
  fromPosition?: bigint;
  maxCount?: number;
  filter?: EventFilter;
}

export interface SubscribeToAllOptions {
  /** Deliver events strictly after this position; `start` delivers from the first event. */
  from: 'start' | bigint;
  filter?: EventFilter;
  /**
   * Told, with the reason, each time the subscription dropped (server gone, connection refused) and
   * is about to be re-established: the iterator hides drops from its consumer, so without this an
   * outage is silent.
   */
  onDrop?: (reason: unknown) => void;
}

export interface SubscriptionStatus {
  /** True once catch-up is done and events are delivered as they are appended. */
  live: boolean;
  /** Position of the last event the consumer received (or that the filter skipped). */
  lastPosition?: bigint;
  /** How many times the subscription was re-established after a drop. */
  resubscriptions: number;
}

export interface Subscription extends AsyncIterable<RecordedEvent> {
  readonly status: SubscriptionStatus;
  close(): Promise<void>;
}

export interface EventStoreHealth {
  ok: boolean;
  kind: 'sqlite' | 'eventstoredb';
  detail?: string;
}

export interface AppendOptions {
  expectedRevision: ExpectedRevision;
  /**
   * The stream's last event as the caller just read it (revision and chain hash), when the caller
   * holds it: the hash-chain decorator then links to it instead of reading the head again. Only
   * used with an exact `expectedRevision` equal to `chainHead.revision`, so a stale hint can only
   * fail the append (wrong expected revision), never fork the chain.
   */
  chainHead?: { revision: bigint; hash: string | null };
}

export interface EventStore {
  appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: AppendOptions,
  ): Promise<AppendResult>;
  /** A stream that does not exist reads as empty. */
  readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /** Only the application's own events: system events (`$`-prefixed) are never returned. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribeToAll(options: SubscribeToAllOptions): Subscription;
  /** Position of the last event in the log, or undefined when it is empty. */
  headPosition(): Promise<bigint | undefined>;
  health(): Promise<EventStoreHealth>;
  close(): Promise<void>;
}

/** Injection token for the port (an interface has no runtime value). */
export const EVENT_STORE = Symbol('EventStore');

export class WrongExpectedRevisionError extends Error {
  override readonly name = 'WrongExpectedRevisionError';
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision, or `no_stream`. */
    readonly actual: bigint | 'no_stream',
  ) {
    super(`stream '${streamName}': expected revision ${String(expected)}, actual ${String(actual)}`);
  }
}

export class StreamDeletedError extends Error {
  override readonly name = 'StreamDeletedError';
  constructor(readonly streamName: string) {
    super(`stream '${streamName}' is deleted`);
  }
}

/** The store cannot be reached or cannot write now; nothing of the failed call was written. */
export class EventStoreUnavailableError extends Error {
  override readonly name = 'EventStoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export const matchesFilter = (
  event: Pick<RecordedEvent, 'streamName' | 'type'>,
  filter?: EventFilter,
): boolean =>
  (!filter?.streamNamePrefixes || filter.streamNamePrefixes.some((p) => event.streamName.startsWith(p))) &&
  (!filter?.eventTypes || filter.eventTypes.includes(event.type));

/** EventStoreDB marks system streams and event types with a leading `$`. */
export const isSystemEvent = (event: Pick<RecordedEvent, 'streamName' | 'type'>): boolean =>
  event.streamName.startsWith('$') || event.type.startsWith('$');
