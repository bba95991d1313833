import { type DefineDeliverable } from '@ct/domain';
import { ApplicationCommand } from '../command-metadata';

export class DefineDeliverableCommand extends ApplicationCommand<Omit<DefineDeliverable, 'type' | 'now'>> {}
