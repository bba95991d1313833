import { type ReportProgress } from '@ct/domain';
import { ApplicationCommand } from '../command-metadata';

export class ReportProgressCommand extends ApplicationCommand<Omit<ReportProgress, 'type' | 'now'>> {}
