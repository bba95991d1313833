import { randomUUID } from 'node:crypto';

/**
 * The emulator's storage: one in-memory transaction log with EventStoreDB's write rules. It
 * outlives the gRPC server so that a test can stop and restart the server (an outage) and find
 * the data it had. Server source names in brackets are from EventStore/EventStore,
 * `src/EventStore.Core/...` (see docs/eventstoredb-protocol.md).
 */

export interface LogRecord {
  position: bigint;
  streamName: string;
  revision: bigint;
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
  /** .NET ticks (100 ns since the Unix epoch): the unit of the `created` metadata entry. */
  created: bigint;
}

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

/** The server's ExpectedVersion constants [Data/ExpectedVersion.cs]. */
export const ExpectedVersion = { Any: -2n, NoStream: -1n, StreamExists: -4n } as const;

/** A tombstone is written at long.MaxValue [Data/EventNumber.cs: DeletedStream]. */
export const DELETED_STREAM_REVISION = 9223372036854775807n;

export type WriteOutcome =
  | { kind: 'ok'; currentRevision: bigint; position: bigint }
  | { kind: 'wrong_expected_version'; expected: bigint; current: bigint }
  | { kind: 'stream_deleted' };

interface StreamState {
  /** Revision of the last event, -1 while the stream has none [IndexWriter: a new stream is -1]. */
  last: bigint;
  /** Soft delete: `$tb` of the stream's metadata; revisions below it are invisible. */
  truncateBefore?: bigint;
  tombstoned: boolean;
  /** Log indexes of the stream's events, by revision (tombstone excluded). */
  records: LogRecord[];
}

export class EmulatorLog {
  readonly records: LogRecord[] = [];
  private readonly streams = new Map<string, StreamState>();
  private readonly listeners = new Set<() => void>();
  /**
   * Log positions are byte offsets on a real server: they increase by the size of each record and
   * are far from consecutive, so the emulator leaves gaps too (a client that assumes `position + 1`
   * is the next event fails here as it would in production).
   */
  private nextPosition = 1_000n;

  constructor() {
    // A fresh EventStoreDB database already holds system events (users, default settings)
    // [Services/UserManagement, Services/Storage]: `$all` never starts with the application's events.
    const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
    const seed = (streamName: string, type: string) =>
      this.write(streamName, ExpectedVersion.Any, [
        {
          id: randomUUID(),
          type,
          contentType: 'application/json',
          data: json({}),
          customMetadata: new Uint8Array(),
        },
      ]);
    seed('$users', '$User');
    seed('$settings', 'update-default-acl');
  }

  /**
   * What the server writes on its own while the application is idle (statistics, scavenge history,
   * settings): a `$`-prefixed event at the end of `$all`, delivered to subscribers like any other.
   */
  writeSystemEvent(streamName = '$stats-127.0.0.1:2113', type = '$statsCollected'): LogRecord {
    const outcome = this.write(streamName, ExpectedVersion.Any, [
      {
        id: randomUUID(),
        type,
        contentType: 'application/json',
        data: Buffer.from('{}', 'utf8'),
        customMetadata: new Uint8Array(),
      },
    ]);
    if (outcome.kind !== 'ok') throw new Error(`system event not written: ${outcome.kind}`);
    return this.records.at(-1)!;
  }

  onAppend(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stream(streamName: string): StreamState | undefined {
    return this.streams.get(streamName);
  }

  /** Soft-deleted and nothing appended since: reads answer StreamNotFound [StreamDeletedException]. */
  isSoftDeleted(state: StreamState): boolean {
    return state.truncateBefore !== undefined && state.truncateBefore > state.last;
  }

  /** Events a stream read may return: the soft-deleted ones are hidden (truncated). */
  visibleEvents(state: StreamState): LogRecord[] {
    const from = state.truncateBefore ?? 0n;
    return state.records.filter((record) => record.revision >= from);
  }

  /**
   * The commit decision of [Services/Storage/ReaderIndex/IndexWriter.CheckCommit], for expected
   * versions as the server encodes them (-2 any, -1 no stream, -4 stream exists, else a revision).
   */
  write(streamName: string, expectedVersion: bigint, events: readonly ProposedEvent[]): WriteOutcome {
    const state = this.streams.get(streamName);
    const current = state?.last ?? -1n;
    if (state?.tombstoned) return { kind: 'stream_deleted' };

    let expected = expectedVersion;
    if (expected === ExpectedVersion.StreamExists) {
      // StreamExists on a soft-deleted stream is StreamDeleted, on a missing one WrongExpectedVersion;
      // otherwise it behaves like Any, idempotency included.
      if (state && this.isSoftDeleted(state)) return { kind: 'stream_deleted' };
      if (current < 0n) return { kind: 'wrong_expected_version', expected: expectedVersion, current };
      expected = ExpectedVersion.Any;
    }
    // NoStream is accepted on a soft-deleted stream: it "does not exist" for readers, and the next
    // event continues at last + 1 (the revisions are never reused).
    if (expected === ExpectedVersion.NoStream && state && this.isSoftDeleted(state)) expected = current;

    if (expected === ExpectedVersion.Any) {
      // Any: idempotent when the first event id is already in the stream and the whole batch sits
      // there in order; a partial match is CorruptedIdempotency, reported as WrongExpectedVersion.
      const first = state?.records.find((record) => record.id === events[0]?.id);
      if (!first) return this.commit(streamName, events);
      return this.idempotent(state!, first.revision, events, expectedVersion, current);
    }
    if (expected === current) return this.commit(streamName, events);
    if (expected < current) {
      // The events after the expected version are these very events: a retried write.
      return this.idempotent(state!, expected + 1n, events, expectedVersion, current);
    }
    return { kind: 'wrong_expected_version', expected: expectedVersion, current };
  }

  private idempotent(
    state: StreamState,
    fromRevision: bigint,
    events: readonly ProposedEvent[],
    expectedVersion: bigint,
    current: bigint,
  ): WriteOutcome {
    let last: LogRecord | undefined;
    for (const [i, event] of events.entries()) {
      const record = state.records[Number(fromRevision) + i];
      if (record?.id !== event.id)
        return { kind: 'wrong_expected_version', expected: expectedVersion, current };
      last = record;
    }
    // [StorageMessage.AlreadyCommitted] carries the original write's last event number and log position.
    return { kind: 'ok', currentRevision: last!.revision, position: last!.position };
  }

  private commit(streamName: string, events: readonly ProposedEvent[]): WriteOutcome {
    const state = this.streams.get(streamName) ?? { last: -1n, tombstoned: false, records: [] };
    this.streams.set(streamName, state);
    let position = 0n;
    for (const event of events) {
      state.last += 1n;
      const record = this.appendRecord(streamName, state.last, event);
      state.records.push(record);
      position = record.position;
    }
    this.notify();
    // An append answers with the position of its last event [Services/Storage/StorageWriterService].
    return { kind: 'ok', currentRevision: state.last, position };
  }

  /**
   * Soft delete [Services/RequestManagement/Service/DeleteStream, hardDelete = false]: the
   * expected version is checked like a write; the server then writes `$metadata` with
   * `$tb = last + 1` to the metadata stream `$$<stream>` (a system event in `$all`).
   */
  softDelete(streamName: string, expectedVersion: bigint): WriteOutcome {
    const check = this.checkDeleteExpected(streamName, expectedVersion);
    if (check) return check;
    const state = this.streams.get(streamName);
    const truncateBefore = (state?.last ?? -1n) + 1n;
    if (state) state.truncateBefore = truncateBefore;
    const metadata = this.commit(`$$${streamName}`, [
      {
        id: randomUUID(),
        type: '$metadata',
        contentType: 'application/json',
        data: Buffer.from(JSON.stringify({ $tb: Number(truncateBefore) }), 'utf8'),
        customMetadata: new Uint8Array(),
      },
    ]);
    return metadata.kind === 'ok' ? { ...metadata, currentRevision: state?.last ?? -1n } : metadata;
  }

  /**
   * Tombstone [hardDelete = true]: a `$streamDeleted` event at revision long.MaxValue in the stream
   * itself; every later read or write of the stream fails with StreamDeleted.
   */
  tombstone(streamName: string, expectedVersion: bigint): WriteOutcome {
    const check = this.checkDeleteExpected(streamName, expectedVersion);
    if (check) return check;
    const state = this.streams.get(streamName) ?? { last: -1n, tombstoned: false, records: [] };
    this.streams.set(streamName, state);
    state.tombstoned = true;
    const record = this.appendRecord(streamName, DELETED_STREAM_REVISION, {
      id: randomUUID(),
      type: '$streamDeleted',
      contentType: 'application/octet-stream',
      data: new Uint8Array(),
      customMetadata: new Uint8Array(),
    });
    this.notify();
    return { kind: 'ok', currentRevision: state.last, position: record.position };
  }

  private checkDeleteExpected(streamName: string, expectedVersion: bigint): WriteOutcome | undefined {
    const state = this.streams.get(streamName);
    if (state?.tombstoned) return { kind: 'stream_deleted' };
    const current = state?.last ?? -1n;
    const ok =
      expectedVersion === ExpectedVersion.Any ||
      (expectedVersion === ExpectedVersion.StreamExists && current >= 0n) ||
      expectedVersion === current;
    return ok ? undefined : { kind: 'wrong_expected_version', expected: expectedVersion, current };
  }

  private appendRecord(streamName: string, revision: bigint, event: ProposedEvent): LogRecord {
    const record: LogRecord = {
      position: this.nextPosition,
      streamName,
      revision,
      ...event,
      created: BigInt(Date.now()) * 10_000n,
    };
    this.records.push(record);
    // Roughly the size of the prepare record on disk: header + name + payload.
    this.nextPosition +=
      100n + BigInt(streamName.length + event.type.length + event.data.length + event.customMetadata.length);
    return record;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
