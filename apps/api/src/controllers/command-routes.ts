import {
  type AggregateView,
  type CommandMetadata,
  type CommandResult,
  type Role,
  CommandGateway,
  GetAggregateQuery,
} from '@ct/application';
import { type Category, type CommandName, type CommandPayload } from '@ct/domain';
import {
  Body,
  Controller,
  Get,
  Injectable,
  Param,
  type PipeTransform,
  Post,
  Res,
  type Type,
} from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { ApiAggregate, ApiCommand, ApiIdParam } from '../dto/api-operations';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { CommandContext } from '../http/command-context.decorator';
import { IdParamPipe } from '../http/id-param.pipe';

/**
 * The command routes of an aggregate as a table (issue #16: a new command is one row). Every
 * command route does the same thing: validate the path and the body, send the command to the
 * gateway with the request's metadata, answer where its events landed. Written out by hand, that
 * was the same decorators and the same three-line handler ten times over; here a row names what
 * differs (the command, the path, the body DTO, the roles, the documentation) and
 * `CommandRoutes` writes the handler, with the same decorators, parameters and reflected
 * types the hand-written one had, so validation, authorization and the OpenAPI document are
 * unchanged (test/openapi compares the document byte for byte).
 */

/** A path segment after the aggregate's id that names a part of it: a report, an assignment. */
export interface PathPart<Fields extends object> {
  /** Its `:name` in the route's path. */
  name: string;
  /** Refuses a malformed segment with a 400 naming `path:<name>`. */
  pipe: Type<PipeTransform<string, string>>;
  /** Its ApiParam documentation. */
  documented: MethodDecorator;
  /** The command fields it fills, before the body's. */
  fields: (segment: string) => Fields;
}

interface RouteDocumentation {
  summary: string;
  description?: string;
}

/**
 * One command route. Without `creates`: `POST /<collection>/<path>`, the path starting with `:id`
 * (the aggregate's id, sent as `<aggregate>Id`), optionally naming a `part` next. With `creates`:
 * `POST /<collection>`, the new aggregate's id in the body's `id`, answered in `Location`.
 */
export type CommandRow<
  N extends CommandName,
  Body extends object,
  Fields extends object,
> = RouteDocumentation & {
  command: N;
  body: Type<Body>;
  /** Checked by the AuthGuard; declared per route, never per controller (see access-policy). */
  roles: [Role, ...Role[]];
} & (
    | { creates: true; path?: undefined; part?: undefined }
    | { creates?: false; path: `:id${string}`; part?: PathPart<Fields> }
  );

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a row's own types are checked by SendsPayload
type AnyRow = CommandRow<CommandName, any, any>;

/** What a row sends: the aggregate's id field, the path part's fields and the body. */
type Sent<A extends Category, Row> =
  Row extends CommandRow<CommandName, infer Body, infer Fields>
    ? Row extends { creates: true }
      ? Record<`${A}Id`, string> & Omit<Body, 'id'>
      : Record<`${A}Id`, string> & Fields & Body
    : never;

/**
 * A compile-time check of each row: what the route sends must be the command's payload, as it was
 * when each handler spread its DTO into `commands.send` by hand. A row whose body lacks a field of
 * the payload (or names the wrong command) fails to compile here.
 */
type SendsPayload<A extends Category, Rows> = {
  [K in keyof Rows]: Rows[K] extends { command: infer N extends CommandName }
    ? Sent<A, Rows[K]> extends CommandPayload<N>
      ? Rows[K]
      : { error: `${K & string}: the path and body do not make a ${N} payload` }
    : Rows[K];
};

export interface CommandTable<A extends Category, Rows extends Record<string, AnyRow>> {
  /** The stream category; the id travels as `<aggregate>Id` in every command. */
  aggregate: A;
  /** The route prefix and the OpenAPI tag. */
  collection: string;
  /** The `:id` of the paths, documented. */
  id: { description: string; example: string };
  /** Method name (the operationId's second half) → row, in the document's order. */
  commands: Rows & SendsPayload<A, Rows>;
  /** `GET /<collection>/:id`: the aggregate folded from its own stream. */
  read?: { summary: string; type: Type<unknown>; idExample?: string };
}

/** The reflected parameter types TypeScript would write for a hand-written handler. */
function reflect(prototype: object, name: string, parameterTypes: unknown[], returnType: unknown): void {
  Reflect.defineMetadata('design:type', Function, prototype, name);
  Reflect.defineMetadata('design:paramtypes', parameterTypes, prototype, name);
  Reflect.defineMetadata('design:returntype', returnType, prototype, name);
}

/**
 * Defines a method as TypeScript defines a decorated one: the function as a non-enumerable
 * property, its reflected types, then the parameter decorators (last first) and the method
 * decorators (bottom first), the order in which they were applied when written as a class member.
 */
function defineRoute(
  prototype: object,
  name: string,
  handler: (...args: never[]) => Promise<unknown>,
  types: { parameters: unknown[]; returns: unknown },
  parameterDecorators: ParameterDecorator[],
  methodDecorators: MethodDecorator[],
): void {
  Object.defineProperty(handler, 'name', { value: name });
  Object.defineProperty(prototype, name, { value: handler, writable: true, configurable: true });
  reflect(prototype, name, types.parameters, types.returns);
  parameterDecorators.forEach((_, i, all) => {
    const index = all.length - 1 - i;
    all[index]!(prototype, name, index);
  });
  const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
  for (const decorate of [...methodDecorators].reverse()) decorate(prototype, name, descriptor);
}

function defineCommand<A extends Category>(
  prototype: object,
  name: string,
  row: CommandRow<CommandName, object, object>,
  options: CommandTable<A, Record<string, AnyRow>>,
): void {
  const idField = `${options.aggregate}Id`;
  const part = row.creates ? undefined : row.part;
  const declared = row.creates ? '' : [...row.path.matchAll(/:(\w+)/g)].map((match) => match[1]).join();
  const expected = row.creates ? '' : ['id', ...(part ? [part.name] : [])].join();
  if (declared !== expected) throw new Error(`${name}: the path names ${declared}, the row ${expected}`);

  /** What the hand-written handlers did: the path's fields first, then the body's. */
  async function handle(this: CommandRouteHost, ...args: unknown[]): Promise<CommandResult> {
    let payload: object;
    let metadata: CommandMetadata;
    if (row.creates) {
      const [dto, context, response] = args as [{ id: string }, CommandMetadata, Response];
      const { id, ...rest } = dto;
      response.location(`/${options.collection}/${id}`);
      payload = { [idField]: id, ...rest };
      metadata = context;
    } else {
      const [id, ...rest] = args as [string, ...unknown[]];
      const [segment, dto, context] = (part ? rest : ['', ...rest]) as [string, object, CommandMetadata];
      payload = { [idField]: id, ...(part ? part.fields(segment) : {}), ...dto };
      metadata = context;
    }
    // SendsPayload checked at compile time that what this row sends is its command's payload.
    return this.commands.send(row.command, payload, metadata);
  }

  const parameters = row.creates
    ? [Body(), CommandContext(), Res({ passthrough: true })]
    : [Param('id', IdParamPipe), ...(part ? [Param(part.name, part.pipe)] : []), Body(), CommandContext()];
  const parameterTypes = row.creates
    ? [row.body, Object, Object]
    : [String, ...(part ? [String] : []), row.body, Object];
  defineRoute(prototype, name, handle, { parameters: parameterTypes, returns: Promise }, parameters, [
    ApiCommand({
      summary: row.summary,
      ...(row.description === undefined ? {} : { description: row.description }),
      ...(row.creates ? { creates: true } : {}),
    }),
    ...(row.creates ? [] : [ApiIdParam('id', options.id.description, options.id.example)]),
    ...(part ? [part.documented] : []),
    Post(row.creates ? undefined : row.path),
    Roles(...row.roles),
  ]);
}

function defineRead<A extends Category>(
  prototype: object,
  read: { summary: string; type: Type<unknown>; idExample?: string },
  options: CommandTable<A, Record<string, AnyRow>>,
): void {
  defineRoute(
    prototype,
    'get',
    function get(this: CommandRouteHost, id: string): Promise<AggregateView> {
      return this.queries.execute(new GetAggregateQuery(options.aggregate, id));
    },
    { parameters: [String], returns: Promise },
    [Param('id', IdParamPipe)],
    [
      ApiAggregate({ summary: read.summary, type: read.type }),
      ApiIdParam('id', options.id.description, read.idExample ?? options.id.example),
      Get(':id'),
      Roles(...READ_ROLES),
    ],
  );
}

/** A generated route as its callers see it (the CLI reads a route's roles): a method of the controller. */
export type CommandMethods<Rows, WithRead> = Record<
  keyof Rows | (WithRead extends object ? 'get' : never),
  (...args: never[]) => Promise<unknown>
>;

/** What the generated handlers use of the controller: the gateway and the query bus, injected. */
@Injectable()
export class CommandRouteHost {
  constructor(
    readonly commands: CommandGateway,
    readonly queries: QueryBus,
  ) {}
}

/**
 * The base class of a controller whose command routes (and the read of its aggregate) come from a
 * table: `class DeliverablesController extends CommandRoutes({...}) {}`. It is the `@Controller`
 * of `collection` (tagged so in the document) with one method per row, named as the row, in the
 * table's order, then `get` when `read` is given. Routes written by hand go on `base` (a
 * CommandRouteHost): Nest and the document list a class's own methods before its base's, so they
 * follow the table's, as they did when the controller was written out in that order.
 */
export function CommandRoutes<
  A extends Category,
  Rows extends Record<string, AnyRow>,
  Read extends CommandTable<A, Rows>['read'] = undefined,
  Base extends CommandRouteHost = CommandRouteHost,
>(
  options: CommandTable<A, Rows> & { read?: Read },
  base: Type<Base> = CommandRouteHost as Type<Base>,
): Type<Base & CommandMethods<Rows, Read>> {
  class Routes extends (base as Type<CommandRouteHost>) {}
  const generic = options as unknown as CommandTable<A, Record<string, AnyRow>>;
  for (const [name, row] of Object.entries(generic.commands)) {
    if (name in base.prototype) throw new Error(`${name} is both a table row and a method of ${base.name}`);
    defineCommand(Routes.prototype, name, row, generic);
  }
  if (generic.read) defineRead(Routes.prototype, generic.read, generic);
  ApiTags(options.collection)(Routes);
  Controller(options.collection)(Routes);
  return Routes as unknown as Type<Base & CommandMethods<Rows, Read>>;
}
