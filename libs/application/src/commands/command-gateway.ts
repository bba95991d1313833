import { AggregateNotFound, DomainRuleViolation } from '@ct/domain';
import { EventStoreUnavailableError } from '@ct/event-store';
import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Metrics } from '../observability/metrics';
import { type ApplicationCommand, type CommandResult } from './command-metadata';
import { ConcurrencyConflictError } from './errors';

/** Classifies a command's outcome for metrics: what an operator watches on a dashboard. */
function outcomeOf(error: unknown): string {
  if (error instanceof DomainRuleViolation) return 'rejected';
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

  async send(command: ApplicationCommand<unknown>): Promise<CommandResult> {
    const name = command.constructor.name.replace(/Command$/, '');
    const stop = this.metrics.commandDuration.startTimer({ command: name });
    try {
      const result = await this.bus.execute<ApplicationCommand<unknown>, CommandResult>(command);
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
