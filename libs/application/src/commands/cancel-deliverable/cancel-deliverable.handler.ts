import { CATEGORIES, deliverableDecider, streamName } from '@ct/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '../aggregate-store';
import { type CommandResult } from '../command-metadata';
import { CancelDeliverableCommand } from './cancel-deliverable.command';

@CommandHandler(CancelDeliverableCommand)
export class CancelDeliverableHandler implements ICommandHandler<CancelDeliverableCommand, CommandResult> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ payload, metadata }: CancelDeliverableCommand): Promise<CommandResult> {
    const command = { type: 'CancelDeliverable' as const, ...payload, now: metadata.now };
    const stream = streamName(CATEGORIES.deliverable, payload.deliverableId);
    // Only a definition needs context; every later command is decided on the stream alone.
    return this.aggregates.execute(deliverableDecider, stream, command.type, metadata, (state) =>
      deliverableDecider.decide(command, state, {}),
    );
  }
}
