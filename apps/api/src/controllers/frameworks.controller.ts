import { AdoptDeclarationDto, ReviseFrameworkDto } from '../dto/framework.dto';
import { FrameworkViewSchema } from '../dto/responses.dto';
import { CommandRoutes } from './command-routes';

/** Frameworks: declarations, plans of action, resolutions and national strategies, and their revisions. */
export class FrameworksController extends CommandRoutes({
  aggregate: 'framework',
  collection: 'frameworks',
  id: { description: 'The framework.', example: 'jpoa-central-asia-2011' },
  commands: {
    adopt: {
      command: 'AdoptDeclaration',
      creates: true,
      body: AdoptDeclarationDto,
      roles: ['programme-admin'],
      summary: 'Record that a declaration or plan of action was adopted (DeclarationAdopted).',
    },
    // e.g. the JPoA update of 3 March 2022
    revise: {
      command: 'ReviseFramework',
      path: ':id/revisions',
      body: ReviseFrameworkDto,
      roles: ['programme-admin'],
      summary: 'Record a revision of the framework (FrameworkRevised).',
    },
  },
  read: {
    summary: 'Current state of the framework, folded from its own stream (always up to date).',
    type: FrameworkViewSchema,
    idExample: 'dushanbe-declaration-2019',
  },
}) {}
