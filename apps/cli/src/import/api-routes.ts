import { type Principal, type Role } from '@ct/application';
import { type CommandName } from '@ct/domain';
import { AssistanceController } from '../../../api/src/controllers/assistance.controller';
import { DeliverablesController } from '../../../api/src/controllers/deliverables.controller';
import { FrameworksController } from '../../../api/src/controllers/frameworks.controller';
import { OrganisationsController } from '../../../api/src/controllers/organisations.controller';
import { ProcessesController } from '../../../api/src/controllers/processes.controller';
import { ROUTE_ROLES } from '../../../api/src/http/auth/access-policy';

interface ApiRoute {
  controller: { name: string; prototype: object };
  method: string;
}

/** A controller method, checked by the compiler to exist, so a renamed handler breaks the build here. */
const route = <C extends object>(
  controller: { name: string; prototype: C },
  method: keyof C & string,
): ApiRoute => ({ controller, method });

/**
 * The API route that sends each command. The CLI authorizes a command with the roles that route
 * declares (@Roles, read from the controller itself), so the CLI can never grant what the API
 * refuses, and a role change on a route applies to both at once. A command without a row here is
 * refused by the CLI (deny by default, like the API's guard for a route without @Roles).
 */
const ROUTES: Partial<Record<CommandName, ApiRoute>> = {
  AdoptDeclaration: route(FrameworksController, 'adopt'),
  ReviseFramework: route(FrameworksController, 'revise'),
  LaunchProcess: route(ProcessesController, 'launch'),
  HoldConference: route(ProcessesController, 'holdConference'),
  DefineDeliverable: route(DeliverablesController, 'define'),
  AssignDeliverable: route(DeliverablesController, 'assign'),
  ReportProgress: route(DeliverablesController, 'reportProgress'),
  CancelDeliverable: route(DeliverablesController, 'cancel'),
  CorrectProgressReport: route(DeliverablesController, 'correctReport'),
  WithdrawProgressReport: route(DeliverablesController, 'withdrawReport'),
  ValidateProgressReport: route(DeliverablesController, 'validateReport'),
  ReturnProgressReport: route(DeliverablesController, 'returnReport'),
  ReopenAssignment: route(DeliverablesController, 'reopenAssignment'),
  WithdrawAssignment: route(DeliverablesController, 'withdrawAssignment'),
  RetireDeliverable: route(DeliverablesController, 'retire'),
  ProvideAssistance: route(AssistanceController, 'provide'),
  AmendAssistance: route(AssistanceController, 'amend'),
  WithdrawAssistance: route(AssistanceController, 'withdraw'),
  RegisterOrganisation: route(OrganisationsController, 'register'),
  UpdateOrganisation: route(OrganisationsController, 'update'),
};

/**
 * Commands whose State scope the API's controller decides itself rather than the pipeline's
 * command table (assistance: a coordinator must cover every recipient State of the record, read
 * from the body or the recorded record). The CLI does not repeat that logic: it records them for
 * programme staff only; a coordinator records assistance over HTTP.
 */
const SCOPED_BY_CONTROLLER: ReadonlySet<CommandName> = new Set<CommandName>([
  'ProvideAssistance',
  'AmendAssistance',
  'WithdrawAssistance',
]);

/** The controller class and method of the API route that sends `command`; undefined: no route known. */
export function apiRouteOf(command: CommandName): { controller: object; method: string } | undefined {
  const found = ROUTES[command];
  return found && { controller: found.controller, method: found.method };
}

/** The roles of which a caller needs one to send `command` over HTTP; undefined: no route known. */
export function apiRolesFor(command: CommandName): readonly Role[] | undefined {
  const found = ROUTES[command];
  if (!found) return undefined;
  const handler = (found.controller.prototype as Record<string, unknown>)[found.method];
  return typeof handler === 'function'
    ? (Reflect.getMetadata(ROUTE_ROLES, handler) as Role[] | undefined)
    : undefined;
}

/** Why the principal may not send the command as the API would decide it, or undefined when it may. */
export function refusalFor(principal: Principal, command: CommandName): string | undefined {
  const roles = apiRolesFor(command);
  if (!roles) return `${command} has no API route the CLI knows, so it cannot be authorized`;
  if (!roles.some((role) => principal.roles.includes(role)))
    return `${command} needs one of the roles: ${roles.join(', ')} (the token has ${principal.roles.join(', ')})`;
  if (SCOPED_BY_CONTROLLER.has(command) && !principal.roles.includes('programme-admin'))
    return `${command} from the CLI needs the programme-admin role; a coordinator records it over HTTP, which checks every recipient State`;
  return undefined;
}
