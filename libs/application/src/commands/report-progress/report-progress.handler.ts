import { CATEGORIES, deliverableDecider, streamName } from '@ct/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '../aggregate-store';
import { type CommandResult } from '../command-metadata';
import { ReportProgressCommand } from './report-progress.command';

@CommandHandler(ReportProgressCommand)
export class ReportProgressHandler implements ICommandHandler<ReportProgressCommand, CommandResult> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ payload, metadata }: ReportProgressCommand): Promise<CommandResult> {
    const command = { type: 'ReportProgress' as const, ...payload, now: metadata.now };
    const stream = streamName(CATEGORIES.deliverable, payload.deliverableId);
    // Only a definition needs context; every later command is decided on the stream alone.
    return this.aggregates.execute(deliverableDecider, stream, command.type, metadata, (state) =>
      deliverableDecider.decide(command, state, {}),
    );
  }
}
