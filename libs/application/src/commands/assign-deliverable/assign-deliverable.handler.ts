import { CATEGORIES, deliverableDecider, streamName } from '@ct/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '../aggregate-store';
import { type CommandResult } from '../command-metadata';
import { AssignDeliverableCommand } from './assign-deliverable.command';

@CommandHandler(AssignDeliverableCommand)
export class AssignDeliverableHandler implements ICommandHandler<AssignDeliverableCommand, CommandResult> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ payload, metadata }: AssignDeliverableCommand): Promise<CommandResult> {
    const command = { type: 'AssignDeliverable' as const, ...payload, now: metadata.now };
    const stream = streamName(CATEGORIES.deliverable, payload.deliverableId);
    // Only a definition needs context; every later command is decided on the stream alone.
    return this.aggregates.execute(deliverableDecider, stream, command.type, metadata, (state) =>
      deliverableDecider.decide(command, state, {}),
    );
  }
}
