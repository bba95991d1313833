import { type Decider, type DomainEvent, type Folded, fold } from '@ct/domain';
import { EVENT_STORE, type EventStore, HASH_KEY, type RecordedEvent } from '@ct/event-store';
import { Inject, Injectable } from '@nestjs/common';

/** Streams whose folded state is kept in memory (least recently used first out). */
export const MAX_CACHED_STREAMS = 10_000;

export type StateFolder<E extends DomainEvent, S> = Pick<
  Decider<never, E, S, never>,
  'evolve' | 'initialState'
>;

export interface Loaded<S> {
  state: S;
  /** Revision of the last event, or undefined when the stream does not exist. */
  revision?: bigint;
  /** Hash-chain hash of the last event (null for events stored before the chain): the next append links to it. */
  lastHash?: string | null;
  /** Events this very command already appended (a retry), if any. */
  alreadyAppended: RecordedEvent[];
}

const hashOf = (event: RecordedEvent): string | null =>
  (event.metadata[HASH_KEY] as string | undefined) ?? null;

/**
 * Reads aggregates: one stream read per command, folded with the aggregate's `evolve`, with the
 * folded states of recently used streams kept so that a command reads only the events it has not
 * seen (profiling showed re-reading and re-folding whole streams was half the CPU of a command).
 */
@Injectable()
export class AggregateStore {
  private readonly folded = new FoldedStreams(MAX_CACHED_STREAMS);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** `commandId`: collect the events this command already appended (a retry takes the full read). */
  async load<E extends DomainEvent, S>(
    decider: StateFolder<E, S>,
    streamName: string,
    commandId?: string,
  ): Promise<Loaded<S>> {
    const cached = this.folded.get(decider, streamName);
    if (cached && (commandId === undefined || !cached.commandIds.has(commandId))) {
      const caughtUp = await this.catchUp(decider, streamName, cached, commandId);
      if (caughtUp) return caughtUp;
    }
    const events: Array<Folded<E>> = [];
    const alreadyAppended: RecordedEvent[] = [];
    const commandIds = new Set<string>();
    let last: RecordedEvent | undefined;
    for await (const recorded of this.store.readStream(streamName)) {
      events.push({ type: recorded.type, data: recorded.data, id: recorded.id } as unknown as Folded<E>);
      last = recorded;
      commandIds.add(recorded.metadata.commandId);
      if (commandId !== undefined && recorded.metadata.commandId === commandId)
        alreadyAppended.push(recorded);
    }
    const state = fold(decider, events);
    if (!last) return { state, alreadyAppended };
    const lastHash = hashOf(last);
    this.folded.set(decider, streamName, {
      revision: last.revision,
      lastEventId: last.id,
      lastHash,
      state,
      commandIds,
    });
    return { state, revision: last.revision, lastHash, alreadyAppended };
  }

  /**
   * Folds only the events appended since the cached state (by anyone, in any process: they are read
   * from the store). Streams are append-only; the cached last event is read again and must still be
   * there, otherwise (a stream rewritten under us) the caller falls back to a full read. Undefined
   * when this command's id turns up in the new events (a retry: the full read collects them).
   */
  private async catchUp<E extends DomainEvent, S>(
    decider: StateFolder<E, S>,
    streamName: string,
    cached: FoldedStream,
    commandId: string | undefined,
  ): Promise<Loaded<S> | undefined> {
    let { state, revision, lastEventId, lastHash } = cached as FoldedStream & { state: S };
    let intact = false;
    for await (const recorded of this.store.readStream(streamName, { fromRevision: cached.revision })) {
      if (!intact) {
        if (recorded.revision !== cached.revision || recorded.id !== cached.lastEventId) break;
        intact = true;
        continue;
      }
      if (commandId !== undefined && recorded.metadata.commandId === commandId) return undefined;
      state = decider.evolve(state, {
        type: recorded.type,
        data: recorded.data,
        id: recorded.id,
      } as unknown as Folded<E>);
      revision = recorded.revision;
      lastEventId = recorded.id;
      lastHash = hashOf(recorded);
      cached.commandIds.add(recorded.metadata.commandId);
    }
    if (!intact) {
      this.folded.delete(decider, streamName);
      return undefined;
    }
    if (revision > cached.revision)
      this.folded.set(decider, streamName, {
        revision,
        lastEventId,
        lastHash,
        state,
        commandIds: cached.commandIds,
      });
    return { state, revision, lastHash, alreadyAppended: [] };
  }

  /** Current state of another aggregate, for the context a decision needs (never written to). */
  async stateOf<E extends DomainEvent, S>(decider: StateFolder<E, S>, streamName: string): Promise<S> {
    return (await this.load(decider, streamName)).state;
  }
}

/** A stream folded up to `revision`, whose last event is `lastEventId`. States are never mutated. */
interface FoldedStream {
  revision: bigint;
  lastEventId: string;
  lastHash: string | null;
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
