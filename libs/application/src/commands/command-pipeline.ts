import {
  type ActingAs,
  type Category,
  type CommandRoute,
  type ContextStates,
  type DeliverableState,
  EVENT_SCHEMA_VERSIONS,
  type FrameworkState,
  type PayloadOf,
  commandRoute,
  deliverableAggregate,
  frameworkAggregate,
  type OrganisationState,
  organisationAggregate,
  streamName as streamNameOf,
} from '@ct/domain';
import {
  EVENT_STORE,
  type EventMetadata,
  type EventStore,
  type RecordedEvent,
  WrongExpectedRevisionError,
  eventIdFor,
} from '@ct/event-store';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from './aggregate-store';
import { CommandEnvelope, type CommandMetadata, type CommandResult } from './command-metadata';
import { ConcurrencyConflictError, IdempotencyKeyReusedError, StateNotCoveredError } from './errors';
import {
  IDEMPOTENCY_KEY_CLAIMED,
  type IdempotencyClaim,
  claimStreamFor,
  requestFingerprint,
} from './idempotency';
import { KeyedMutex } from './keyed-mutex';

/**
 * How often a command re-reads and re-decides after losing a race for its stream before a 409.
 * Inside one process commands on a stream queue up, so only writers in other processes race.
 */
export const MAX_ATTEMPTS = 5;

/**
 * The one write path, for every command of the domain's tables (`commandRoute`): check the State
 * scope, read the stream once (folded, with its chain head), load the context the row names,
 * decide, claim the idempotency key, append with the expected revision.
 */
@CommandHandler(CommandEnvelope)
export class CommandPipeline implements ICommandHandler<CommandEnvelope, CommandResult> {
  private readonly streams = new KeyedMutex();
  private readonly keys = new KeyedMutex();

  constructor(
    private readonly aggregates: AggregateStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  execute({ name, payload, metadata }: CommandEnvelope): Promise<CommandResult> {
    const route = commandRoute(name);
    checkStateScope(route, payload, metadata);
    const stream = streamNameOf(route.aggregate.category, route.row.streamId(payload));
    // Key before stream, always in that order, so two locks can never wait on each other.
    const run = () => this.streams.run(stream, () => this.decideAndAppend(route, stream, payload, metadata));
    return metadata.idempotent ? this.keys.run(metadata.commandId, run) : run();
  }

  private async decideAndAppend(
    route: CommandRoute,
    stream: string,
    payload: unknown,
    metadata: CommandMetadata,
  ): Promise<CommandResult> {
    const fingerprint = metadata.idempotent ? requestFingerprint(route.name, stream, payload) : undefined;
    let claimed = fingerprint !== undefined && (await this.checkClaim(metadata.commandId, fingerprint));
    const { decider } = route.aggregate;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const loaded = await this.aggregates.load(decider, stream, metadata.commandId);
      if (loaded.alreadyAppended.length > 0)
        return replayedResult(stream, route.name, loaded.alreadyAppended);

      const context = await this.contextFor(route, payload, loaded.state);
      const command = withCapacity({ ...(payload as object), type: route.name, now: metadata.now }, metadata);
      const events = decider.decide(command, loaded.state, context);
      const envelopes = events.map((event, index) => ({
        id: eventIdFor(metadata.commandId, index),
        type: event.type,
        data: event.data,
        metadata: metadataOf(route.name, metadata, EVENT_SCHEMA_VERSIONS[event.type]),
      }));
      if (fingerprint !== undefined && !claimed) {
        await this.claim(metadata, { fingerprint, command: route.name, streamName: stream });
        claimed = true;
      }
      try {
        const result = await this.store.appendToStream(stream, envelopes, {
          expectedRevision: loaded.revision ?? 'no_stream',
          chainHead:
            loaded.revision === undefined
              ? undefined
              : { revision: loaded.revision, hash: loaded.lastHash ?? null },
        });
        return {
          streamName: stream,
          revision: result.nextExpectedRevision.toString(),
          position: result.position.toString(),
          eventIds: envelopes.map((e) => e.id),
          replayed: false,
        };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
      }
    }
    throw new ConcurrencyConflictError(stream, MAX_ATTEMPTS);
  }

  /** The states of the other aggregates the row reads (absent ones are left out of the maps). */
  private async contextFor(route: CommandRoute, payload: unknown, state: unknown): Promise<unknown> {
    const { row, aggregate } = route;
    if (!row.context) return aggregate.noContext;
    const reads = row.reads?.(payload as PayloadOf<unknown>, state) ?? {};
    const states: ContextStates<FrameworkState, DeliverableState, OrganisationState> = {
      frameworks: await this.statesOf(frameworkAggregate, reads.frameworks),
      deliverables: await this.statesOf(deliverableAggregate, reads.deliverables),
      organisations: await this.statesOf(organisationAggregate, reads.organisations),
    };
    return row.context(payload as PayloadOf<unknown>, states, state);
  }

  private async statesOf<S extends { exists: boolean }>(
    aggregate: { category: Category; decider: Parameters<AggregateStore['stateOf']>[0] },
    ids: readonly string[] = [],
  ): Promise<Map<string, S>> {
    const states = new Map<string, S>();
    for (const id of new Set(ids)) {
      const state = (await this.aggregates.stateOf(
        aggregate.decider,
        streamNameOf(aggregate.category, id),
      )) as S;
      if (state.exists) states.set(id, state);
    }
    return states;
  }

  /**
   * True when the key is already claimed by this very request (a retry: go on and replay or finish
   * it), false when unclaimed; a claim by another request is a 422 before anything is decided.
   */
  private async checkClaim(commandId: string, fingerprint: string): Promise<boolean> {
    for await (const event of this.store.readStream(claimStreamFor(commandId), { maxCount: 1 })) {
      const claim = event.data as IdempotencyClaim;
      if (claim.fingerprint !== fingerprint) throw new IdempotencyKeyReusedError(claim.command);
      return true;
    }
    return false;
  }

  /**
   * Claims the key for this request (a stream written once). Another process may claim it first:
   * the same request then goes on (its events have the same ids, so only one append can win), any
   * other request is refused.
   */
  private async claim(metadata: CommandMetadata, claim: IdempotencyClaim): Promise<void> {
    const stream = claimStreamFor(metadata.commandId);
    try {
      await this.store.appendToStream(
        stream,
        [
          {
            id: eventIdFor(stream, 0),
            type: IDEMPOTENCY_KEY_CLAIMED,
            data: claim,
            metadata: metadataOf(claim.command, metadata, 1),
          },
        ],
        { expectedRevision: 'no_stream' },
      );
    } catch (error) {
      if (!(error instanceof WrongExpectedRevisionError)) throw error;
      await this.checkClaim(metadata.commandId, claim.fingerprint);
    }
  }
}

/**
 * Adds `actingAs` to the command: `state-coordinator` when the principal's token is scoped to
 * States, `programme-staff` otherwise. Not enumerable, so that a decider that spreads the command
 * into an event's data (`{ type, now, ...data }`) never stores the capacity as if it were a fact.
 */
function withCapacity<C extends object>(command: C, metadata: CommandMetadata): C & { actingAs: ActingAs } {
  const actingAs: ActingAs = metadata.actsForStates === undefined ? 'programme-staff' : 'state-coordinator';
  return Object.defineProperty(command, 'actingAs', { value: actingAs, enumerable: false }) as C & {
    actingAs: ActingAs;
  };
}

/**
 * A coordinator's command names at least one State in its scope fields (one of them, or the first
 * when none is filled, is what a refusal names), and every State it names is one of their token's.
 */
function checkStateScope(route: CommandRoute, payload: unknown, metadata: CommandMetadata): void {
  const scope = route.row.actsForState;
  if (scope === undefined || metadata.actsForStates === undefined) return;
  const fields: readonly string[] = typeof scope === 'string' ? [scope] : scope;
  const values = payload as Record<string, unknown>;
  const named = fields.filter((field) => values[field] !== undefined);
  for (const field of named.length === 0 ? fields.slice(0, 1) : named) {
    const state = values[field];
    if (typeof state !== 'string' || !metadata.actsForStates.includes(state))
      throw new StateNotCoveredError(String(state), field, metadata.actsForStates);
  }
}

function metadataOf(command: string, metadata: CommandMetadata, schemaVersion: number): EventMetadata {
  return {
    schemaVersion,
    actor: metadata.actor,
    commandId: metadata.commandId,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    ...(metadata.clientCorrelationId === undefined
      ? {}
      : { clientCorrelationId: metadata.clientCorrelationId }),
    recordedAt: metadata.now,
    command,
  };
}

function replayedResult(streamName: string, commandName: string, appended: RecordedEvent[]): CommandResult {
  const last = appended[appended.length - 1]!;
  if (last.metadata.command !== undefined && last.metadata.command !== commandName)
    throw new IdempotencyKeyReusedError(String(last.metadata.command));
  return {
    streamName,
    revision: last.revision.toString(),
    position: last.position.toString(),
    eventIds: appended.map((e) => e.id),
    replayed: true,
  };
}
