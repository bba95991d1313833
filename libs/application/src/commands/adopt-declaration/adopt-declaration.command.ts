import { type AdoptDeclaration } from '@ct/domain';
import { ApplicationCommand } from '../command-metadata';

export class AdoptDeclarationCommand extends ApplicationCommand<Omit<AdoptDeclaration, 'type' | 'now'>> {}
