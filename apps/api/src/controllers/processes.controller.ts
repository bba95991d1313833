import { HoldConferenceDto, LaunchProcessDto } from '../dto/process.dto';
import { ProcessViewSchema } from '../dto/responses.dto';
import { CommandRoutes } from './command-routes';

/** Processes (e.g. the Dushanbe process) and their conferences. */
export class ProcessesController extends CommandRoutes({
  aggregate: 'process',
  collection: 'processes',
  id: { description: 'The process.', example: 'dushanbe-process' },
  commands: {
    launch: {
      command: 'LaunchProcess',
      creates: true,
      body: LaunchProcessDto,
      roles: ['programme-admin'],
      summary: 'Record that a process was launched (ProcessLaunched).',
    },
    holdConference: {
      command: 'HoldConference',
      path: ':id/conferences',
      body: HoldConferenceDto,
      roles: ['programme-admin'],
      summary: 'Record a conference of the process (ConferenceHeld).',
    },
  },
  read: {
    summary: 'Current state of the process, folded from its own stream (always up to date).',
    type: ProcessViewSchema,
  },
}) {}
