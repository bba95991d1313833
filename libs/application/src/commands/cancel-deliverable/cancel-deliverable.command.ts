import { type CancelDeliverable } from '@ct/domain';
import { ApplicationCommand } from '../command-metadata';

export class CancelDeliverableCommand extends ApplicationCommand<Omit<CancelDeliverable, 'type' | 'now'>> {}
