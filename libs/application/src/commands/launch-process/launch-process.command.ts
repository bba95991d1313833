import { type LaunchProcess } from '@ct/domain';
import { ApplicationCommand } from '../command-metadata';

export class LaunchProcessCommand extends ApplicationCommand<Omit<LaunchProcess, 'type' | 'now'>> {}
