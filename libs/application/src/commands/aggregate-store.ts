import { type Decider, type DomainEvent, EVENT_SCHEMA_VERSIONS, fold } from '@ct/domain';
import {
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
  WrongExpectedRevisionError,
  eventIdFor,
} from '@ct/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { type CommandMetadata, type CommandResult } from './command-metadata';
import { ConcurrencyConflictError, IdempotencyKeyReusedError } from './errors';

/** How often a command re-reads and re-decides after losing a race for its stream before a 409. */
export const MAX_ATTEMPTS = 5;

/** Streams whose folded state is kept in memory (least recently used first out). */
export const MAX_CACHED_STREAMS = 10_000;

type AnyDecider<E extends DomainEvent, S> = Pick<Decider<never, E, S, never>, 'evolve' | 'initialState'>;

export interface Loaded<S> {
  state: S;
  /** Revision of the last event, or undefined when the stream does not exist. */
  revision?: bigint;
  /** Events this very command already appended (a retry), if any. */
  alreadyAppended: RecordedEvent[];
}

/**
 * The write path shared by every command handler: read the stream, fold it, decide, append with the
 * expected revision; on a conflict re-read and re-decide (bounded), and answer a retried command
 * with its original result instead of deciding it twice.
 */
@Injectable()
export class AggregateStore {
  /** Folded states of recently used streams, so that a command reads only the events it has not seen. */
  private readonly folded = new FoldedStreams(MAX_CACHED_STREAMS);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<E extends DomainEvent, S>(
    decider: AnyDecider<E, S>,
    streamName: string,
    commandId?: string,
  ): Promise<Loaded<S>> {
    const cached = this.folded.get(decider, streamName);
    // A command id already seen in the stream (a retry) takes the full read, which collects its events.
    if (cached && (commandId === undefined || !cached.commandIds.has(commandId))) {
      const caughtUp = await this.catchUp(decider, streamName, cached, commandId);
      if (caughtUp) return caughtUp;
    }
    const events: E[] = [];
    const alreadyAppended: RecordedEvent[] = [];
    const commandIds = new Set<string>();
    let revision: bigint | undefined;
    let lastEventId: string | undefined;
    for await (const recorded of this.store.readStream(streamName)) {
      events.push({ type: recorded.type, data: recorded.data } as E);
      revision = recorded.revision;
      lastEventId = recorded.id;
      commandIds.add(recorded.metadata.commandId);
      if (commandId !== undefined && recorded.metadata.commandId === commandId)
        alreadyAppended.push(recorded);
    }
    const state = fold(decider, events);
    if (revision !== undefined && lastEventId !== undefined)
      this.folded.set(decider, streamName, { revision, lastEventId, state, commandIds });
    return { state, revision, alreadyAppended };
  }

  /**
   * Folds only the events appended since the cached state (by anyone, in any process: they are read
   * from the store). Streams are append-only; the cached last event is read again and must still be
   * there, otherwise (a stream rewritten under us) the caller falls back to a full read. Undefined
   * when this command's id turns up in the new events (a retry: the full read collects them).
   */
  private async catchUp<E extends DomainEvent, S>(
    decider: AnyDecider<E, S>,
    streamName: string,
    cached: FoldedStream,
    commandId: string | undefined,
  ): Promise<Loaded<S> | undefined> {
    let state = cached.state as S;
    let revision = cached.revision;
    let lastEventId = cached.lastEventId;
    let intact = false;
    for await (const recorded of this.store.readStream(streamName, { fromRevision: cached.revision })) {
      if (!intact) {
        if (recorded.revision !== cached.revision || recorded.id !== cached.lastEventId) break;
        intact = true;
        continue;
      }
      if (commandId !== undefined && recorded.metadata.commandId === commandId) return undefined;
      state = decider.evolve(state, { type: recorded.type, data: recorded.data } as E);
      revision = recorded.revision;
      lastEventId = recorded.id;
      cached.commandIds.add(recorded.metadata.commandId);
    }
    if (!intact) {
      // The cached last event is gone or different: forget this stream and read it whole.
      this.folded.delete(decider, streamName);
      return undefined;
    }
    if (revision > cached.revision)
      this.folded.set(decider, streamName, { revision, lastEventId, state, commandIds: cached.commandIds });
    return { state, revision, alreadyAppended: [] };
  }

  /** Current state of another aggregate, for the context a decision needs (never written to). */
  async stateOf<E extends DomainEvent, S>(decider: AnyDecider<E, S>, streamName: string): Promise<S> {
    return (await this.load(decider, streamName)).state;
  }

  async execute<E extends DomainEvent, S>(
    decider: AnyDecider<E, S>,
    streamName: string,
    commandName: string,
    metadata: CommandMetadata,
    decide: (state: S) => E[] | Promise<E[]>,
  ): Promise<CommandResult> {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const loaded = await this.load(decider, streamName, metadata.commandId);
      if (loaded.alreadyAppended.length > 0)
        return replayedResult(streamName, commandName, metadata, loaded.alreadyAppended);

      const events = await decide(loaded.state);
      const envelopes = events.map((event, index) => ({
        id: eventIdFor(metadata.commandId, index),
        type: event.type,
        data: event.data,
        metadata: {
          actor: metadata.actor,
          commandId: metadata.commandId,
          correlationId: metadata.correlationId,
          causationId: metadata.causationId,
          recordedAt: metadata.now,
          schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
          command: commandName,
        },
      }));
      try {
        const result = await this.store.appendToStream(streamName, envelopes, {
          expectedRevision: loaded.revision ?? 'no_stream',
        });
        return {
          streamName,
          revision: result.nextExpectedRevision.toString(),
          position: result.position.toString(),
          eventIds: envelopes.map((e) => e.id),
          replayed: false,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
      }
    }
    throw new ConcurrencyConflictError(streamName, MAX_ATTEMPTS);
  }
}

function replayedResult(
  streamName: string,
  commandName: string,
  metadata: CommandMetadata,
  appended: RecordedEvent[],
): CommandResult {
  const last = appended[appended.length - 1]!;
  if (last.metadata.command !== undefined && last.metadata.command !== commandName)
    throw new IdempotencyKeyReusedError(metadata.commandId, String(last.metadata.command));
  return {
    streamName,
    revision: last.revision.toString(),
    position: last.position.toString(),
    eventIds: appended.map((e) => e.id),
    replayed: true,
  };
}

/** A stream folded up to `revision`, whose last event is `lastEventId`. States are never mutated. */
interface FoldedStream {
  revision: bigint;
  lastEventId: string;
  state: unknown;
  /** Command ids of the stream's events up to (at least) `revision`: retries take the full read. */
  commandIds: Set<string>;
}

/** LRU of folded streams, per decider (a stream is only ever folded by the decider it was read with). */
class FoldedStreams {
  private readonly entries = new Map<string, { decider: object; folded: FoldedStream }>();

  constructor(private readonly capacity: number) {}

  get(decider: object, streamName: string): FoldedStream | undefined {
    const entry = this.entries.get(streamName);
    if (!entry || entry.decider !== decider) return undefined;
    this.entries.delete(streamName);
    this.entries.set(streamName, entry);
    return entry.folded;
  }

  set(decider: object, streamName: string, folded: FoldedStream): void {
    const current = this.entries.get(streamName);
    // Concurrent loads may finish out of order: never go back to an older revision.
    if (current && current.decider === decider && current.folded.revision > folded.revision) return;
    this.entries.delete(streamName);
    this.entries.set(streamName, { decider, folded });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(decider: object, streamName: string): void {
    if (this.entries.get(streamName)?.decider === decider) this.entries.delete(streamName);
  }
}
