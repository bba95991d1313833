import { CATEGORIES, processDecider, streamName } from '@ct/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '../aggregate-store';
import { type CommandResult } from '../command-metadata';
import { frameworkAdoptionDates } from '../framework-context';
import { LaunchProcessCommand } from './launch-process.command';

@CommandHandler(LaunchProcessCommand)
export class LaunchProcessHandler implements ICommandHandler<LaunchProcessCommand, CommandResult> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ payload, metadata }: LaunchProcessCommand): Promise<CommandResult> {
    const command = { type: 'LaunchProcess' as const, ...payload, now: metadata.now };
    return this.aggregates.execute(
      processDecider,
      streamName(CATEGORIES.process, payload.processId),
      command.type,
      metadata,
      async (state) =>
        processDecider.decide(command, state, {
          frameworksAdoptedOn: await frameworkAdoptionDates(this.aggregates, payload.frameworkIds),
        }),
    );
  }
}
