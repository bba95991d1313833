import { CATEGORIES, processDecider, streamName } from '@ct/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { AggregateStore } from '../aggregate-store';
import { type CommandResult } from '../command-metadata';
import { frameworkAdoptionDates } from '../framework-context';
import { HoldConferenceCommand } from './hold-conference.command';

@CommandHandler(HoldConferenceCommand)
export class HoldConferenceHandler implements ICommandHandler<HoldConferenceCommand, CommandResult> {
  constructor(private readonly aggregates: AggregateStore) {}

  execute({ payload, metadata }: HoldConferenceCommand): Promise<CommandResult> {
    const command = { type: 'HoldConference' as const, ...payload, now: metadata.now };
    return this.aggregates.execute(
      processDecider,
      streamName(CATEGORIES.process, payload.processId),
      command.type,
      metadata,
      async (state) =>
        processDecider.decide(command, state, {
          frameworksAdoptedOn: await frameworkAdoptionDates(this.aggregates, payload.outcomeFrameworkIds),
        }),
    );
  }
}
