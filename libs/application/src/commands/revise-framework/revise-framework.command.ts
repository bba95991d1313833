import { type ReviseFramework } from '@ct/domain';
import { ApplicationCommand } from '../command-metadata';

export class ReviseFrameworkCommand extends ApplicationCommand<Omit<ReviseFramework, 'type' | 'now'>> {}
