import { type AssignDeliverable } from '@ct/domain';
import { ApplicationCommand } from '../command-metadata';

export class AssignDeliverableCommand extends ApplicationCommand<Omit<AssignDeliverable, 'type' | 'now'>> {}
