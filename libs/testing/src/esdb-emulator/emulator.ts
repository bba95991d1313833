/**
 * A small in-memory EventStoreDB for tests: a gRPC server on @grpc/grpc-js that speaks the
 * protocol of @eventstore/db-client 6.2.1 with the client package's own generated service
 * definitions and message classes (its serializers check `instanceof`, so responses must be built
 * with those very classes). Rules cite the server source they follow (EventStore/EventStore,
 * `src/EventStore.Core/...`); see docs/eventstoredb-protocol.md. A test tool: product code never imports it.
 */
import * as grpc from '@grpc/grpc-js';
import { Any } from 'google-protobuf/google/protobuf/any_pb';
import { Empty as GoogleEmpty } from 'google-protobuf/google/protobuf/empty_pb';
import { Code } from '@eventstore/db-client/generated/code_pb';
import { ServerFeaturesService } from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import {
  AllStreamPosition,
  StreamDeleted,
  StreamIdentifier,
  Timeout,
  UUID,
  WrongExpectedVersion,
  Empty,
} from '@eventstore/db-client/generated/shared_pb';
import { Status } from '@eventstore/db-client/generated/status_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import {
  AppendReq,
  AppendResp,
  BatchAppendReq,
  BatchAppendResp,
  type DeleteReq,
  DeleteResp,
  ReadReq,
  ReadResp,
  type TombstoneReq,
  TombstoneResp,
} from '@eventstore/db-client/generated/streams_pb';
import { randomUUID } from 'node:crypto';
import {
  DELETED_STREAM_REVISION,
  EmulatorLog,
  ExpectedVersion,
  type LogRecord,
  type ProposedEvent,
  type WriteOutcome,
} from './log';

export interface EmulatorOptions {
  /** 0 (default) picks a free port; the emulator keeps it for restarts. */
  port?: number;
  /**
   * Serve ServerFeatures/GetSupportedMethods, advertising BatchAppend (a real server does, so the
   * client takes its production path). `false`: the call is UNIMPLEMENTED and the client falls
   * back to Streams/Append.
   */
  serverFeatures?: boolean;
}

export interface Emulator {
  readonly connectionString: string;
  readonly port: number;
  /** Simulates a crash: every call and connection is cut at once; the log is kept. */
  stop(): Promise<void>;
  /** Serves the same log again on the same port. */
  start(): Promise<void>;
  close(): Promise<void>;
  readonly log: EmulatorLog;
}

const uint64Max = '18446744073709551615';

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const log = new EmulatorLog();
  const serverFeatures = options.serverFeatures ?? true;
  let port = options.port ?? 0;
  let server: grpc.Server | undefined;
  /** Cleanups of live subscriptions: a stopped server must not keep writing to dead calls. */
  const liveSubscriptions = new Set<() => void>();

  const listen = async (): Promise<void> => {
    const next = new grpc.Server();
    if (serverFeatures) next.addService(ServerFeaturesService, { getSupportedMethods });
    next.addService(StreamsService, streamsHandlers(log, liveSubscriptions));
    // The port of a force-shut server may take a moment to be released.
    for (let attempt = 0; ; attempt += 1) {
      try {
        port = await new Promise<number>((resolve, reject) =>
          next.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) =>
            error ? reject(error) : resolve(bound),
          ),
        );
        break;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    server = next;
  };

  const stop = (): Promise<void> => {
    for (const cleanup of liveSubscriptions) cleanup();
    liveSubscriptions.clear();
    server?.forceShutdown();
    server = undefined;
    return Promise.resolve();
  };

  await listen();
  return {
    get connectionString() {
      return `esdb://127.0.0.1:${port}?tls=false`;
    },
    get port() {
      return port;
    },
    log,
    stop,
    start: async () => {
      if (!server) await listen();
    },
    close: stop,
  };
}

/** A real server lists its methods; the client looks for streams/batchappend [Services/Transport/Grpc/ServerFeatures]. */
function getSupportedMethods(
  _call: grpc.ServerUnaryCall<Empty, SupportedMethods>,
  callback: grpc.sendUnaryData<SupportedMethods>,
): void {
  const methods = ['read', 'append', 'delete', 'tombstone', 'batchappend'].map((name) =>
    new SupportedMethod().setServiceName('event_store.client.streams.streams').setMethodName(name),
  );
  callback(null, new SupportedMethods().setMethodsList(methods).setEventStoreServerVersion('23.10.0'));
}

function streamsHandlers(
  log: EmulatorLog,
  liveSubscriptions: Set<() => void>,
): grpc.UntypedServiceImplementation {
  return {
    read: (call: grpc.ServerWritableStream<ReadReq, ReadResp>) => read(log, liveSubscriptions, call),
    append: (
      call: grpc.ServerReadableStream<AppendReq, AppendResp>,
      callback: grpc.sendUnaryData<AppendResp>,
    ) => append(log, call, callback),
    batchAppend: (call: grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>) => batchAppend(log, call),
    delete: (call: grpc.ServerUnaryCall<DeleteReq, DeleteResp>, callback: grpc.sendUnaryData<DeleteResp>) =>
      deleteOrTombstone(
        log,
        'delete',
        call.request.getOptions()!,
        callback,
        () => new DeleteResp(),
        DeleteResp.Position,
      ),
    tombstone: (
      call: grpc.ServerUnaryCall<TombstoneReq, TombstoneResp>,
      callback: grpc.sendUnaryData<TombstoneResp>,
    ) =>
      deleteOrTombstone(
        log,
        'tombstone',
        call.request.getOptions()!,
        callback,
        () => new TombstoneResp(),
        TombstoneResp.Position,
      ),
  };
}

// ---------------------------------------------------------------------------------------------
// Appends

const toProposed = (message: AppendReq.ProposedMessage | BatchAppendReq.ProposedMessage): ProposedEvent => {
  const metadata = message.getMetadataMap();
  return {
    id: parseUuid(message.getId()),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
};

/**
 * Streams/Append [Services/Transport/Grpc/Streams.Append]: options, then the proposed events; the
 * write happens only once the client has sent everything (a cut call writes nothing). A wrong
 * expected version is an OK status carrying `wrong_expected_version`.
 */
function append(
  log: EmulatorLog,
  call: grpc.ServerReadableStream<AppendReq, AppendResp>,
  callback: grpc.sendUnaryData<AppendResp>,
): void {
  let options: AppendReq.Options | undefined;
  const events: ProposedEvent[] = [];
  call.on('data', (request: AppendReq) => {
    if (request.hasOptions()) options = request.getOptions();
    const message = request.getProposedMessage();
    if (message) events.push(toProposed(message));
  });
  call.on('end', () => {
    if (!options) return callback({ code: grpc.status.INVALID_ARGUMENT, details: 'options expected first' });
    const streamName = streamNameOf(options.getStreamIdentifier());
    const Case = AppendReq.Options.ExpectedStreamRevisionCase;
    const expected =
      options.getExpectedStreamRevisionCase() === Case.REVISION
        ? BigInt(options.getRevision())
        : options.getExpectedStreamRevisionCase() === Case.NO_STREAM
          ? ExpectedVersion.NoStream
          : options.getExpectedStreamRevisionCase() === Case.STREAM_EXISTS
            ? ExpectedVersion.StreamExists
            : ExpectedVersion.Any;
    const outcome = log.write(streamName, expected, events);
    switch (outcome.kind) {
      case 'ok': {
        const success = new AppendResp.Success()
          .setCurrentRevision(outcome.currentRevision.toString())
          .setPosition(
            new AppendResp.Position()
              .setCommitPosition(outcome.position.toString())
              .setPreparePosition(outcome.position.toString()),
          );
        return callback(null, new AppendResp().setSuccess(success));
      }
      case 'wrong_expected_version': {
        const wrong = new AppendResp.WrongExpectedVersion();
        if (outcome.current < 0n) wrong.setCurrentNoStream(emptyShared());
        else wrong.setCurrentRevision(outcome.current.toString());
        if (outcome.expected === ExpectedVersion.Any) wrong.setExpectedAny(emptyShared());
        else if (outcome.expected === ExpectedVersion.NoStream) wrong.setExpectedNoStream(emptyShared());
        else if (outcome.expected === ExpectedVersion.StreamExists)
          wrong.setExpectedStreamExists(emptyShared());
        else wrong.setExpectedRevision(outcome.expected.toString());
        return callback(null, new AppendResp().setWrongExpectedVersion(wrong));
      }
      case 'stream_deleted':
        return callback(streamDeletedError(streamName));
    }
  });
}

/**
 * Streams/BatchAppend [Services/Transport/Grpc/Streams.BatchAppend]: one long-lived bidi stream;
 * requests are chunks keyed by correlation id, the first carrying the options; the write happens
 * at `is_final`, and errors are `google.rpc.Status` values with a packed detail the client unpacks.
 */
function batchAppend(log: EmulatorLog, call: grpc.ServerDuplexStream<BatchAppendReq, BatchAppendResp>): void {
  const pending = new Map<string, { options?: BatchAppendReq.Options; events: ProposedEvent[] }>();
  call.on('data', (request: BatchAppendReq) => {
    const correlationId = parseUuid(request.getCorrelationId());
    const entry = pending.get(correlationId) ?? { events: [] };
    pending.set(correlationId, entry);
    if (request.hasOptions()) entry.options = request.getOptions();
    entry.events.push(...request.getProposedMessagesList().map(toProposed));
    if (!request.getIsFinal()) return;
    pending.delete(correlationId);

    const options = entry.options!;
    const streamIdentifier = options.getStreamIdentifier()!;
    const streamName = streamNameOf(streamIdentifier);
    const response = new BatchAppendResp()
      .setCorrelationId(request.getCorrelationId())
      .setStreamIdentifier(streamIdentifier);
    const Case = BatchAppendReq.Options.ExpectedStreamPositionCase;
    let expected: bigint;
    switch (options.getExpectedStreamPositionCase()) {
      case Case.STREAM_POSITION:
        expected = BigInt(options.getStreamPosition());
        response.setStreamPosition(options.getStreamPosition());
        break;
      case Case.NO_STREAM:
        expected = ExpectedVersion.NoStream;
        response.setNoStream(options.getNoStream());
        break;
      case Case.STREAM_EXISTS:
        expected = ExpectedVersion.StreamExists;
        response.setStreamExists(options.getStreamExists());
        break;
      case Case.ANY:
      case Case.EXPECTED_STREAM_POSITION_NOT_SET:
        expected = ExpectedVersion.Any;
        response.setAny(options.getAny());
    }

    // A request whose deadline has passed is not written: the client has given up on it.
    const deadline = options.getDeadline()?.toDate();
    if (deadline && deadline.getTime() < Date.now()) {
      call.write(response.setError(rpcStatus(Code.DEADLINE_EXCEEDED, 'Timeout', new Timeout(), 'Timeout')));
      return;
    }

    const outcome = log.write(streamName, expected, entry.events);
    switch (outcome.kind) {
      case 'ok': {
        const position = new AllStreamPosition()
          .setCommitPosition(outcome.position.toString())
          .setPreparePosition(outcome.position.toString());
        response.setSuccess(
          new BatchAppendResp.Success()
            .setCurrentRevision(outcome.currentRevision.toString())
            .setPosition(position),
        );
        break;
      }
      case 'wrong_expected_version': {
        const details = new WrongExpectedVersion();
        if (outcome.current < 0n) details.setCurrentNoStream(emptyGoogle());
        else details.setCurrentStreamRevision(outcome.current.toString());
        if (outcome.expected === ExpectedVersion.Any) details.setExpectedAny(emptyGoogle());
        else if (outcome.expected === ExpectedVersion.NoStream) details.setExpectedNoStream(emptyGoogle());
        else if (outcome.expected === ExpectedVersion.StreamExists)
          details.setExpectedStreamExists(emptyGoogle());
        else details.setExpectedStreamPosition(outcome.expected.toString());
        response.setError(
          rpcStatus(Code.ALREADY_EXISTS, 'WrongExpectedVersion', details, 'Wrong expected version'),
        );
        break;
      }
      case 'stream_deleted':
        response.setError(
          rpcStatus(
            Code.NOT_FOUND,
            'StreamDeleted',
            new StreamDeleted().setStreamIdentifier(streamIdentifier),
            `Event stream '${streamName}' is deleted.`,
          ),
        );
    }
    call.write(response);
  });
  call.on('end', () => call.end());
  call.on('error', () => undefined);
}

function rpcStatus(
  code: Code,
  typeName: string,
  details: WrongExpectedVersion | StreamDeleted | Timeout,
  message: string,
): Status {
  const any = new Any();
  any.pack(details.serializeBinary(), `event_store.client.${typeName}`);
  return new Status().setCode(code).setMessage(message).setDetails(any);
}

// ---------------------------------------------------------------------------------------------
// Delete and tombstone

/**
 * Streams/Delete and Streams/Tombstone [Services/Transport/Grpc/Streams.Delete, .Tombstone]:
 * unary; a wrong expected version is FAILED_PRECONDITION with the `exception` trailers
 * [Services/Transport/Grpc/RpcExceptions.WrongExpectedVersion].
 */
function deleteOrTombstone<R extends DeleteResp | TombstoneResp>(
  log: EmulatorLog,
  kind: 'delete' | 'tombstone',
  options: DeleteReq.Options | TombstoneReq.Options,
  callback: grpc.sendUnaryData<R>,
  makeResponse: () => R,
  PositionClass: typeof DeleteResp.Position | typeof TombstoneResp.Position,
): void {
  const streamName = streamNameOf(options.getStreamIdentifier());
  const expected = options.hasRevision()
    ? BigInt(options.getRevision())
    : options.hasNoStream()
      ? ExpectedVersion.NoStream
      : options.hasStreamExists()
        ? ExpectedVersion.StreamExists
        : ExpectedVersion.Any;
  const outcome: WriteOutcome =
    kind === 'delete' ? log.softDelete(streamName, expected) : log.tombstone(streamName, expected);
  switch (outcome.kind) {
    case 'ok': {
      const position = new PositionClass()
        .setCommitPosition(outcome.position.toString())
        .setPreparePosition(outcome.position.toString());
      const response = makeResponse();
      response.setPosition(position);
      return callback(null, response);
    }
    case 'wrong_expected_version': {
      const metadata = new grpc.Metadata();
      metadata.set('exception', 'wrong-expected-version');
      metadata.set('stream-name', streamName);
      metadata.set('expected-version', expected.toString());
      // Empty actual version = no stream.
      metadata.set('actual-version', outcome.current < 0n ? '' : outcome.current.toString());
      return callback({ code: grpc.status.FAILED_PRECONDITION, details: 'Wrong expected version', metadata });
    }
    case 'stream_deleted':
      return callback(streamDeletedError(streamName));
  }
}

/** [RpcExceptions.StreamDeleted]: FAILED_PRECONDITION with `exception: stream-deleted`. */
function streamDeletedError(streamName: string): Partial<grpc.StatusObject> {
  const metadata = new grpc.Metadata();
  metadata.set('exception', 'stream-deleted');
  metadata.set('stream-name', streamName);
  return {
    code: grpc.status.FAILED_PRECONDITION,
    details: `Event stream '${streamName}' is deleted.`,
    metadata,
  };
}

// ---------------------------------------------------------------------------------------------
// Reads and subscriptions

interface RecordFilter {
  matches(record: LogRecord): boolean;
  /** Checkpoint every N records considered; undefined for unfiltered reads. */
  checkpointInterval?: number;
}

function filterOf(options: ReadReq.Options): RecordFilter {
  if (!options.hasFilter()) return { matches: () => true };
  const filter = options.getFilter()!;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier()! : filter.getEventType()!;
  const prefixes = expression.getPrefixList();
  const regex = expression.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  // [Services/Storage/ReaderIndex/EventFilter]: prefixes, else a regex matched anywhere (not anchored).
  const test = (value: string) =>
    prefixes.length > 0 ? prefixes.some((prefix) => value.startsWith(prefix)) : (regex?.test(value) ?? true);
  // Checkpoint interval = multiplier x window, window = `max` or 32 when the client sent `count`
  // [Services/Transport/Grpc/Streams.Read: checkpointInterval].
  const window = filter.hasMax() ? filter.getMax() : 32;
  return {
    matches: (record) => test(onStream ? record.streamName : record.type),
    checkpointInterval: Math.max(1, filter.getCheckpointintervalmultiplier()) * window,
  };
}

function read(
  log: EmulatorLog,
  liveSubscriptions: Set<() => void>,
  call: grpc.ServerWritableStream<ReadReq, ReadResp>,
): void {
  const options = call.request.getOptions()!;
  const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
  const subscription = options.hasSubscription();
  const count = subscription ? Number.POSITIVE_INFINITY : Number(BigInt(options.getCount() || uint64Max));
  const filter = filterOf(options);
  const send = (record: LogRecord) => call.write(new ReadResp().setEvent(toReadEvent(record)));

  if (options.hasStream()) {
    const streamOptions = options.getStream()!;
    const streamName = streamNameOf(streamOptions.getStreamIdentifier());
    const state = log.stream(streamName);
    if (state?.tombstoned) return void call.emit('error', statusError(streamDeletedError(streamName)));
    const Case = ReadReq.Options.StreamOptions.RevisionOptionCase;
    const revisionCase = streamOptions.getRevisionOptionCase();

    if (subscription) {
      // Stream subscriptions start AFTER the given revision [Services/Transport/Enumerators/StreamSubscription].
      const after =
        revisionCase === Case.REVISION
          ? BigInt(streamOptions.getRevision())
          : revisionCase === Case.END
            ? (state?.last ?? -1n)
            : -1n;
      const from = state ? (log.visibleEvents(state)[0]?.revision ?? 0n) : 0n;
      return subscribe(log, liveSubscriptions, call, {
        startIndex: 0,
        matches: (record) =>
          record.streamName === streamName && record.revision > after && record.revision >= from,
      });
    }

    // A missing (or soft-deleted) stream: `stream_not_found`, then OK [Streams.Read: StreamNotFound].
    const visible = state ? log.visibleEvents(state) : [];
    if (visible.length === 0) {
      call.write(
        new ReadResp().setStreamNotFound(
          new ReadResp.StreamNotFound().setStreamIdentifier(streamOptions.getStreamIdentifier()),
        ),
      );
      call.end();
      return;
    }
    // Stream reads include the start revision in both directions [Services/Storage/ReaderIndex/IndexReader].
    const start =
      revisionCase === Case.REVISION
        ? BigInt(streamOptions.getRevision())
        : revisionCase === Case.END
          ? backwards
            ? DELETED_STREAM_REVISION
            : visible.at(-1)!.revision + 1n
          : backwards
            ? 0n
            : 0n;
    const selected = backwards
      ? visible.filter((record) => record.revision <= start).reverse()
      : visible.filter((record) => record.revision >= start);
    selected.slice(0, count).forEach(send);
    call.end();
    return;
  }

  const allOptions = options.getAll()!;
  const Case = ReadReq.Options.AllOptions.AllOptionCase;
  const allCase = allOptions.getAllOptionCase();
  const position =
    allCase === Case.POSITION ? BigInt(allOptions.getPosition()!.getCommitPosition()) : undefined;

  if (subscription) {
    // $all subscriptions start AFTER the given position [Services/Transport/Enumerators/AllSubscription]:
    // "positions provided to the subscriptions are exclusive".
    const startIndex =
      allCase === Case.END
        ? log.records.length
        : position === undefined
          ? 0
          : indexAfter(log.records, (record) => record.position > position);
    return subscribe(log, liveSubscriptions, call, { startIndex, ...filter });
  }

  // readAll: inclusive forwards, exclusive backwards [Services/Storage/ReaderIndex/AllReader].
  let selected: LogRecord[];
  if (backwards) {
    const before = allCase === Case.POSITION ? position! : allCase === Case.START ? 0n : undefined;
    selected = log.records.filter((record) => before === undefined || record.position < before).reverse();
  } else {
    const from = allCase === Case.POSITION ? position! : allCase === Case.END ? undefined : 0n;
    selected = from === undefined ? [] : log.records.filter((record) => record.position >= from);
  }
  selected.filter(filter.matches).slice(0, count).forEach(send);
  call.end();
}

/**
 * Catch-up subscription [Services/Transport/Enumerators/AllSubscription, AllSubscriptionFiltered,
 * StreamSubscription]: confirmation, catch-up events, a checkpoint (filtered only), `caught_up`
 * (servers >= 23.10), then live events as they are written.
 */
function subscribe(
  log: EmulatorLog,
  liveSubscriptions: Set<() => void>,
  call: grpc.ServerWritableStream<ReadReq, ReadResp>,
  { startIndex, matches, checkpointInterval }: { startIndex: number } & RecordFilter,
): void {
  call.write(
    new ReadResp().setConfirmation(new ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID())),
  );
  let next = startIndex;
  let considered = 0;
  let lastConsidered: LogRecord | undefined;
  const checkpoint = () => {
    if (checkpointInterval === undefined) return;
    // An approximation: the last record the filter looked at. A real server sends the last matching
    // event of a page (or the page's start) during catch-up, and the caught-up position, possibly
    // that of an event it delivers only afterwards, when going live (docs/eventstoredb-protocol.md, "Head
    // and lag"): the adapter does not resume from checkpoints, so nothing may rely on either.
    const position = (lastConsidered?.position ?? 0n).toString();
    call.write(
      new ReadResp().setCheckpoint(
        new ReadResp.Checkpoint().setCommitPosition(position).setPreparePosition(position),
      ),
    );
  };
  const pump = () => {
    while (next < log.records.length) {
      const record = log.records[next]!;
      next += 1;
      lastConsidered = record;
      considered += 1;
      if (matches(record)) call.write(new ReadResp().setEvent(toReadEvent(record)));
      if (checkpointInterval !== undefined && considered % checkpointInterval === 0) checkpoint();
    }
  };
  pump();
  checkpoint();
  call.write(new ReadResp().setCaughtUp(new ReadResp.CaughtUp()));

  const unsubscribe = log.onAppend(pump);
  const cleanup = () => {
    unsubscribe();
    liveSubscriptions.delete(cleanup);
  };
  liveSubscriptions.add(cleanup);
  call.on('cancelled', cleanup);
  call.on('close', cleanup);
  call.on('error', cleanup);
}

function toReadEvent(record: LogRecord): ReadResp.ReadEvent {
  const position = record.position.toString();
  const event = new ReadResp.ReadEvent.RecordedEvent()
    .setId(new UUID().setString(record.id))
    .setStreamIdentifier(new StreamIdentifier().setStreamName(Buffer.from(record.streamName, 'utf8')))
    .setStreamRevision(record.revision.toString())
    .setCommitPosition(position)
    .setPreparePosition(position)
    .setData(record.data)
    .setCustomMetadata(record.customMetadata);
  event
    .getMetadataMap()
    .set('type', record.type)
    .set('content-type', record.contentType)
    .set('created', record.created.toString());
  return new ReadResp.ReadEvent().setEvent(event).setCommitPosition(position);
}

// ---------------------------------------------------------------------------------------------
// Helpers

function indexAfter(records: readonly LogRecord[], predicate: (record: LogRecord) => boolean): number {
  const index = records.findIndex(predicate);
  return index === -1 ? records.length : index;
}

function streamNameOf(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

function parseUuid(uuid: UUID | undefined): string {
  if (!uuid) return '';
  if (uuid.hasString()) return uuid.getString();
  const structured = uuid.getStructured()!;
  const bytes = Buffer.alloc(16);
  bytes.writeBigInt64BE(BigInt(structured.getMostSignificantBits()), 0);
  bytes.writeBigInt64BE(BigInt(structured.getLeastSignificantBits()), 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function statusError(error: Partial<grpc.StatusObject>): Error {
  return Object.assign(new Error(error.details), error);
}

/** The generated modules use two Empty types: event_store.client.Empty and google.protobuf.Empty. */
const emptyShared = () => new Empty();
const emptyGoogle = () => new GoogleEmpty();
