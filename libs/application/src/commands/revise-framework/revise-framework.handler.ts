import { CATEGORIES, frameworkDecider, streamName } from '@ct/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '../aggregate-store';
import { type CommandResult } from '../command-metadata';
import { ReviseFrameworkCommand } from './revise-framework.command';

@CommandHandler(ReviseFrameworkCommand)
export class ReviseFrameworkHandler implements ICommandHandler<ReviseFrameworkCommand, CommandResult> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ payload, metadata }: ReviseFrameworkCommand): Promise<CommandResult> {
    const command = { type: 'ReviseFramework' as const, ...payload, now: metadata.now };
    return this.aggregates.execute(
      frameworkDecider,
      streamName(CATEGORIES.framework, payload.frameworkId),
      command.type,
      metadata,
      (state) => frameworkDecider.decide(command, state, undefined),
    );
  }
}
