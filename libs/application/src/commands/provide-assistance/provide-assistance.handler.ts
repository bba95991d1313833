import { CATEGORIES, assistanceDecider, deliverableDecider, streamName } from '@ct/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '../aggregate-store';
import { type CommandResult } from '../command-metadata';
import { ProvideAssistanceCommand } from './provide-assistance.command';

@CommandHandler(ProvideAssistanceCommand)
export class ProvideAssistanceHandler implements ICommandHandler<ProvideAssistanceCommand, CommandResult> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ payload, metadata }: ProvideAssistanceCommand): Promise<CommandResult> {
    const command = { type: 'ProvideAssistance' as const, ...payload, now: metadata.now };
    const stream = streamName(CATEGORIES.assistance, payload.assistanceId);
    return this.aggregates.execute(assistanceDecider, stream, command.type, metadata, async (state) => {
      const deliverableId = payload.deliverableId;
      if (deliverableId === undefined) return assistanceDecider.decide(command, state, {});
      const deliverable = await this.aggregates.stateOf(
        deliverableDecider,
        streamName(CATEGORIES.deliverable, deliverableId),
      );
      return assistanceDecider.decide(command, state, {
        deliverable: {
          exists: deliverable.exists,
          cancelled: deliverable.cancelled,
          assignedStates: Object.keys(deliverable.assignments),
        },
      });
    });
  }
}
