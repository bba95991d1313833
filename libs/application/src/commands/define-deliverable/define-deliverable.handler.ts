import { CATEGORIES, deliverableDecider, streamName } from '@ct/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '../aggregate-store';
import { type CommandResult } from '../command-metadata';
import { frameworkAdoptionDates } from '../framework-context';
import { DefineDeliverableCommand } from './define-deliverable.command';

@CommandHandler(DefineDeliverableCommand)
export class DefineDeliverableHandler implements ICommandHandler<DefineDeliverableCommand, CommandResult> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ payload, metadata }: DefineDeliverableCommand): Promise<CommandResult> {
    const command = { type: 'DefineDeliverable' as const, ...payload, now: metadata.now };
    const stream = streamName(CATEGORIES.deliverable, payload.deliverableId);
    return this.aggregates.execute(deliverableDecider, stream, command.type, metadata, async (state) => {
      const adopted = await frameworkAdoptionDates(this.aggregates, [payload.frameworkId]);
      return deliverableDecider.decide(command, state, {
        frameworkAdoptedOn: adopted.get(payload.frameworkId),
      });
    });
  }
}
