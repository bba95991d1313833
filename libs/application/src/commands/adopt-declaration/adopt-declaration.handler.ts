import { CATEGORIES, frameworkDecider, streamName } from '@ct/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '../aggregate-store';
import { type CommandResult } from '../command-metadata';
import { AdoptDeclarationCommand } from './adopt-declaration.command';

@CommandHandler(AdoptDeclarationCommand)
export class AdoptDeclarationHandler implements ICommandHandler<AdoptDeclarationCommand, CommandResult> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ payload, metadata }: AdoptDeclarationCommand): Promise<CommandResult> {
    const command = { type: 'AdoptDeclaration' as const, ...payload, now: metadata.now };
    return this.aggregates.execute(
      frameworkDecider,
      streamName(CATEGORIES.framework, payload.frameworkId),
      command.type,
      metadata,
      (state) => frameworkDecider.decide(command, state, undefined),
    );
  }
}
