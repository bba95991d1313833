import { type HoldConference } from '@ct/domain';
import { ApplicationCommand } from '../command-metadata';

export class HoldConferenceCommand extends ApplicationCommand<Omit<HoldConference, 'type' | 'now'>> {}
