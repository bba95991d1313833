import { AggregateNotFound, type CommandName, type CommandPayload, DomainRuleViolation } from '@ct/domain';
import { EventStoreUnavailableError } from '@ct/event-store';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Metrics } from '../observability/metrics';
import { CommandEnvelope, type CommandMetadata, type CommandResult } from './command-metadata';
import { ConcurrencyConflictError, IdempotencyKeyReusedError, StateNotCoveredError } from './errors';

/** Classifies a command's outcome for metrics: what an operator watches on a dashboard. */
function outcomeOf(error: unknown): string {
  if (error instanceof DomainRuleViolation || error instanceof IdempotencyKeyReusedError) return 'rejected';
  if (error instanceof StateNotCoveredError) return 'forbidden';
  if (error instanceof AggregateNotFound) return 'not_found';
  if (error instanceof ConcurrencyConflictError) return 'conflict';
  if (error instanceof EventStoreUnavailableError) return 'unavailable';
  return 'error';
}

/** The one door to the CommandBus for every edge (HTTP, CLI): measures each command. */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly bus: CommandBus,
    private readonly metrics: Metrics,
  ) {}

  async send<N extends CommandName>(
    name: N,
    payload: CommandPayload<N>,
    metadata: CommandMetadata,
  ): Promise<CommandResult> {
    const stop = this.metrics.commandDuration.startTimer({ command: name });
    try {
      const result = await this.bus.execute<CommandEnvelope, CommandResult>(
        new CommandEnvelope(name, payload, metadata) as CommandEnvelope,
      );
      this.metrics.commands.inc({ command: name, outcome: result.replayed ? 'replayed' : 'ok' });
      return result;
    } catch (error) {
      this.metrics.commands.inc({ command: name, outcome: outcomeOf(error) });
      throw error;
    } finally {
      stop();
    }
  }
}
