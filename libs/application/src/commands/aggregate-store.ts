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
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<E extends DomainEvent, S>(
    decider: AnyDecider<E, S>,
    streamName: string,
    commandId?: string,
  ): Promise<Loaded<S>> {
    const events: E[] = [];
    const alreadyAppended: RecordedEvent[] = [];
    let revision: bigint | undefined;
    for await (const recorded of this.store.readStream(streamName)) {
      events.push({ type: recorded.type, data: recorded.data } as E);
      revision = recorded.revision;
      if (commandId !== undefined && recorded.metadata.commandId === commandId)
        alreadyAppended.push(recorded);
    }
    return { state: fold(decider, events), revision, alreadyAppended };
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
