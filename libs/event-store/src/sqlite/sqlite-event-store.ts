import Database from 'better-sqlite3';
import { EventEmitter } from 'node:events';
import {
  type AppendResult,
  type EventStore,
  type EventStoreHealth,
  EventStoreUnavailableError,
  type EventToAppend,
  type ExpectedRevision,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
  type Subscription,
  type SubscriptionStatus,
  WrongExpectedRevisionError,
  isSystemEvent,
  matchesFilter,
} from '../event-store.port';
import { preparePrivateSqliteFile } from './private-files';

export interface SqliteEventStoreOptions {
  /** Path of the database file, or `:memory:` for tests. */
  filename: string;
  /** How often an idle live subscription looks for events appended by another process. */
  pollIntervalMs?: number;
  /** Rows fetched per page by reads and catch-up; bounds memory whatever the log's size. */
  pageSize?: number;
}

interface EventRow {
  position: number;
  event_id: string;
  stream_name: string;
  revision: number;
  type: string;
  data: string;
  metadata: string;
}

interface PendingAppend {
  streamName: string;
  events: readonly EventToAppend[];
  expected: ExpectedRevision;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    -- AUTOINCREMENT: a global position is never reused, even after a row is removed by hand.
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    TEXT    NOT NULL,
    stream_name TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    UNIQUE (stream_name, revision)
  );
  CREATE INDEX IF NOT EXISTS events_event_id ON events (event_id);
  -- The current revision of each stream: one indexed lookup per append instead of MAX(revision).
  CREATE TABLE IF NOT EXISTS streams (
    stream_name TEXT PRIMARY KEY,
    revision    INTEGER NOT NULL
  ) WITHOUT ROWID;
`;

/**
 * The embedded event store: one SQLite file, with EventStoreDB's semantics.
 *
 * Durability: WAL with `synchronous = FULL`, so every commit fsyncs the WAL before the append is
 * acknowledged and survives a power cut (in WAL mode `NORMAL` may lose the last commits).
 *
 * Group commit: appends that arrive while a batch is being prepared are written in ONE transaction
 * (one fsync), each inside its own savepoint with its own expected-revision check, so a conflict
 * fails only its own append. Nobody is answered before the whole batch is committed.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly notifier = new EventEmitter();
  private readonly pollIntervalMs: number;
  private readonly pageSize: number;
  private pending: PendingAppend[] = [];
  private flushScheduled = false;
  private closed = false;

  private readonly stmt: {
    streamRevision: Database.Statement<[string], { revision: number }>;
    findEvent: Database.Statement<[string, string], { revision: number; position: number }>;
    eventAt: Database.Statement<[string, number], { event_id: string; position: number }>;
    insert: Database.Statement<[string, string, number, string, string, string, string]>;
    upsertStream: Database.Statement<[string, number]>;
    head: Database.Statement<[], { position: number | null }>;
    allForwards: Database.Statement<[number, number], EventRow>;
    allBackwards: Database.Statement<[number, number], EventRow>;
    streamForwards: Database.Statement<[string, number, number], EventRow>;
    streamBackwards: Database.Statement<[string, number, number], EventRow>;
  };
  private readonly appendBatch: (batch: PendingAppend[]) => (AppendResult | Error)[];

  constructor(options: SqliteEventStoreOptions) {
    preparePrivateSqliteFile(options.filename);
    this.db = new Database(options.filename);
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.pageSize = options.pageSize ?? 1000;
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    // Another process (the CLI, the projector) may hold the write lock for a moment.
    this.db.pragma('busy_timeout = 5000');
    this.db.exec(SCHEMA);
    this.notifier.setMaxListeners(0);

    const columns = 'position, event_id, stream_name, revision, type, data, metadata';
    this.stmt = {
      streamRevision: this.db.prepare('SELECT revision FROM streams WHERE stream_name = ?'),
      findEvent: this.db.prepare(
        'SELECT revision, position FROM events WHERE stream_name = ? AND event_id = ?',
      ),
      eventAt: this.db.prepare(
        'SELECT event_id, position FROM events WHERE stream_name = ? AND revision = ?',
      ),
      insert: this.db.prepare(
        'INSERT INTO events (event_id, stream_name, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      upsertStream: this.db.prepare(
        'INSERT INTO streams (stream_name, revision) VALUES (?, ?) ON CONFLICT (stream_name) DO UPDATE SET revision = excluded.revision',
      ),
      head: this.db.prepare('SELECT MAX(position) AS position FROM events'),
      allForwards: this.db.prepare(
        `SELECT ${columns} FROM events WHERE position >= ? ORDER BY position LIMIT ?`,
      ),
      allBackwards: this.db.prepare(
        `SELECT ${columns} FROM events WHERE position < ? ORDER BY position DESC LIMIT ?`,
      ),
      streamForwards: this.db.prepare(
        `SELECT ${columns} FROM events WHERE stream_name = ? AND revision >= ? ORDER BY revision LIMIT ?`,
      ),
      streamBackwards: this.db.prepare(
        `SELECT ${columns} FROM events WHERE stream_name = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      ),
    };

    // better-sqlite3 turns a transaction function called inside another into a SAVEPOINT, rolled
    // back alone when it throws: exactly the isolation each append of a group needs.
    const appendOne = this.db.transaction((request: PendingAppend) => this.appendInTransaction(request));
    this.appendBatch = this.db.transaction((batch: PendingAppend[]) =>
      batch.map((request) => {
        try {
          return appendOne(request);
        } catch (error) {
          if (error instanceof WrongExpectedRevisionError) return error;
          throw error;
        }
      }),
    );
  }

  appendToStream(
    streamName: string,
    events: readonly EventToAppend[],
    options: { expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new EventStoreUnavailableError('event store is closed'));
    if (events.length === 0) return Promise.reject(new Error('nothing to append'));
    return new Promise<AppendResult>((resolve, reject) => {
      this.pending.push({ streamName, events, expected: options.expectedRevision, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        // setImmediate, not a microtask: lets every append already on its way through the
        // event loop join this group.
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let outcomes: (AppendResult | Error)[];
    try {
      outcomes = this.appendBatch(batch);
    } catch (cause) {
      // The whole group was rolled back: nobody was acknowledged, nothing was written.
      const error = new EventStoreUnavailableError(`event store write failed: ${(cause as Error).message}`, {
        cause,
      });
      for (const request of batch) request.reject(error);
      return;
    }
    outcomes.forEach((outcome, i) => {
      const request = batch[i]!;
      if (outcome instanceof Error) request.reject(outcome);
      else request.resolve(outcome);
    });
    this.notifier.emit('appended');
  }

  private appendInTransaction({ streamName, events, expected }: PendingAppend): AppendResult {
    const current = this.stmt.streamRevision.get(streamName)?.revision ?? -1;

    const duplicate = this.idempotentResult(streamName, events, expected, current);
    if (duplicate) return duplicate;

    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && current === -1) ||
      (expected === 'stream_exists' && current >= 0) ||
      (typeof expected === 'bigint' && BigInt(current) === expected);
    if (!ok)
      throw new WrongExpectedRevisionError(
        streamName,
        expected,
        current === -1 ? 'no_stream' : BigInt(current),
      );

    let revision = current;
    let position = 0;
    for (const event of events) {
      revision += 1;
      const info = this.stmt.insert.run(
        event.id,
        streamName,
        revision,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        event.metadata.recordedAt,
      );
      position = Number(info.lastInsertRowid);
    }
    this.stmt.upsertStream.run(streamName, revision);
    return { nextExpectedRevision: BigInt(revision), position: BigInt(position) };
  }

  /**
   * EventStoreDB answers a re-append of events it already has at the same place with the original
   * result instead of writing them twice (idempotent writes). Same here: when the first event id is
   * already in the stream and the whole batch sits there in order, and the expected revision is the
   * one the original append had (or `any`), it is a success that writes nothing.
   */
  private idempotentResult(
    streamName: string,
    events: readonly EventToAppend[],
    expected: ExpectedRevision,
    current: number,
  ): AppendResult | undefined {
    const first = this.stmt.findEvent.get(streamName, events[0]!.id);
    if (!first) return undefined;
    const before = first.revision - 1;
    const expectedMatches =
      expected === 'any' ||
      expected === 'stream_exists' ||
      (expected === 'no_stream' && before === -1) ||
      (typeof expected === 'bigint' && expected === BigInt(before));
    let last = first;
    const inPlace = events.every((event, i) => {
      const row = this.stmt.eventAt.get(streamName, first.revision + i);
      if (row?.event_id !== event.id) return false;
      last = { revision: first.revision + i, position: row.position };
      return true;
    });
    if (!expectedMatches || !inPlace)
      throw new WrongExpectedRevisionError(
        streamName,
        expected,
        current === -1 ? 'no_stream' : BigInt(current),
      );
    return { nextExpectedRevision: BigInt(last.revision), position: BigInt(last.position) };
  }

  readStream(streamName: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    return toAsyncIterable(this.streamPages(streamName, options));
  }

  /** Keyset-paged: memory stays bounded by the page size however long the stream is. */
  private *streamPages(streamName: string, options: ReadStreamOptions): Iterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let next =
      options.fromRevision !== undefined
        ? Number(options.fromRevision)
        : backwards
          ? Number.MAX_SAFE_INTEGER
          : 0;
    while (remaining > 0) {
      const limit = Math.min(this.pageSize, remaining);
      const rows = backwards
        ? this.stmt.streamBackwards.all(streamName, next, limit)
        : this.stmt.streamForwards.all(streamName, next, limit);
      for (const row of rows) yield toRecorded(row);
      remaining -= rows.length;
      if (rows.length < limit) return;
      next = backwards ? rows[rows.length - 1]!.revision - 1 : rows[rows.length - 1]!.revision + 1;
    }
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    return toAsyncIterable(this.allPages(options));
  }

  private *allPages(options: ReadAllOptions): Iterable<RecordedEvent> {
    const backwards = options.direction === 'backwards';
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let next =
      options.fromPosition !== undefined
        ? Number(options.fromPosition)
        : backwards
          ? Number.MAX_SAFE_INTEGER
          : 0;
    for (;;) {
      const rows = backwards
        ? this.stmt.allBackwards.all(next, this.pageSize)
        : this.stmt.allForwards.all(next, this.pageSize);
      for (const row of rows) {
        if (remaining <= 0) return;
        const event = toRecorded(row);
        if (isSystemEvent(event) || !matchesFilter(event, options.filter)) continue;
        remaining -= 1;
        yield event;
      }
      if (rows.length < this.pageSize) return;
      next = backwards ? rows[rows.length - 1]!.position : rows[rows.length - 1]!.position + 1;
    }
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const status: SubscriptionStatus = {
      live: false,
      lastPosition: options.from === 'start' ? undefined : options.from,
      resubscriptions: 0,
    };
    let closed = false;
    let wake: (() => void) | undefined;
    const onAppended = () => wake?.();
    this.notifier.on('appended', onAppended);
    const close = () => {
      closed = true;
      this.notifier.off('appended', onAppended);
      wake?.();
    };
    const isOpen = () => !closed && !this.closed;
    const nextPage = (after: number) => this.stmt.allForwards.all(after, this.pageSize);
    const { pageSize, pollIntervalMs } = this;

    async function* iterate(): AsyncGenerator<RecordedEvent> {
      try {
        while (isOpen()) {
          const after = status.lastPosition === undefined ? 0 : Number(status.lastPosition) + 1;
          const rows = nextPage(after);
          for (const row of rows) {
            if (closed) return;
            const event = toRecorded(row);
            status.lastPosition = event.position;
            if (isSystemEvent(event) || !matchesFilter(event, options.filter)) continue;
            yield event;
          }
          if (rows.length < pageSize) {
            status.live = true;
            // Woken by an append in this process, or by the poll for appends from other processes.
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, pollIntervalMs);
              wake = () => {
                clearTimeout(timer);
                resolve();
              };
            });
            wake = undefined;
          }
        }
      } finally {
        close();
      }
    }

    const iterator = iterate();
    return {
      status,
      [Symbol.asyncIterator]: () => iterator,
      close: async () => {
        close();
        await iterator.return(undefined);
      },
    };
  }

  headPosition(): Promise<bigint | undefined> {
    const { position } = this.stmt.head.get() ?? { position: null };
    return Promise.resolve(position === null ? undefined : BigInt(position));
  }

  health(): Promise<EventStoreHealth> {
    try {
      this.db.prepare('SELECT 1').get();
      return Promise.resolve({ ok: !this.closed, kind: 'sqlite' });
    } catch (error) {
      return Promise.resolve({ ok: false, kind: 'sqlite', detail: (error as Error).message });
    }
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.closed = true;
    this.flush();
    this.notifier.emit('appended');
    this.db.close();
    return Promise.resolve();
  }
}

/** Wraps a synchronous, lazily paged iterable in the port's async shape. */
function toAsyncIterable<T>(iterable: Iterable<T>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const iterator = iterable[Symbol.iterator]();
      return {
        next: () => Promise.resolve(iterator.next()),
        return: (value?: unknown) =>
          Promise.resolve(iterator.return?.(value) ?? { done: true, value: undefined }),
      };
    },
  };
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    streamName: row.stream_name,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    type: row.type,
    data: JSON.parse(row.data) as unknown,
    metadata: JSON.parse(row.metadata) as RecordedEvent['metadata'],
  };
}
