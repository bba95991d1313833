import { type ProvideAssistance } from '@ct/domain';
import { ApplicationCommand } from '../command-metadata';

export class ProvideAssistanceCommand extends ApplicationCommand<Omit<ProvideAssistance, 'type' | 'now'>> {}
