import { type CommandName, commandRoute } from '@ct/domain';
import { type PipeTransform } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import { InvalidInputException, validationPipe } from '../../../api/src/http/validation';
import { apiRouteOf } from './api-routes';

/** A field of a command's payload that its API route would refuse. */
export interface FieldProblem {
  /** The payload's field (`amount.currency`, `recipients.states[1].percentage`). */
  field: string;
  message: string;
}

interface RouteArgument {
  index: number;
  data?: string;
  pipes?: (PipeTransform | (new () => PipeTransform))[];
}

/**
 * The path parameters of a command route and the payload fields each one fills, as the controllers
 * build the payload: `:id` is the aggregate's id (`deliverableId`...), an assignee segment
 * (`:stateCode`) is a State code or a regional mechanism's id (deliverables.controller's
 * assigneeFields), any other (`:reportId`) keeps its name.
 */
function fieldsOfParam(name: string, idField: string): string[] {
  if (name === 'id') return [idField];
  if (name === 'stateCode') return ['stateCode', 'mechanismId'];
  return [name];
}

/** Whether the DTO declares an `id` (a creating route: the new aggregate's id is in the body). */
const declaresId = (dto: new () => object): boolean =>
  getMetadataStorage()
    .getTargetValidationMetadatas(dto, '', true, false)
    .some((m) => m.propertyName === 'id');

/**
 * The problems the API would answer 400 for, had this payload been sent to the command's route:
 * the payload is split back into the route's path parameters (checked by the route's own param
 * pipes) and its body (checked by the route's own DTO and the API's ValidationPipe: types, ranges,
 * unknown fields refused). Route, DTO and pipes are read from the controller's decorators, so a
 * change of the API's contract applies to `load` at once. Fields are named as the payload names them.
 */
export async function requestProblems(
  command: CommandName,
  payload: Readonly<Record<string, unknown>>,
): Promise<FieldProblem[]> {
  const route = apiRouteOf(command);
  if (!route) return [{ field: 'command', message: `${command} has no API route the CLI knows` }];
  const { controller, method } = route;
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {}) as Record<
    string,
    RouteArgument
  >;
  const types = (Reflect.getMetadata(
    'design:paramtypes',
    (controller as { prototype: object }).prototype,
    method,
  ) ?? []) as (new () => object)[];
  const idField = `${commandRoute(command).aggregate.category}Id`;
  const of = (type: RouteParamtypes) =>
    Object.entries(args)
      .filter(([key]) => key.startsWith(`${type}:`))
      .map(([, arg]) => arg);

  const problems: FieldProblem[] = [];
  const body: Record<string, unknown> = { ...payload };
  let idInPath = false;
  for (const param of of(RouteParamtypes.PARAM)) {
    const name = param.data ?? '';
    idInPath ||= name === 'id';
    const fields = fieldsOfParam(name, idField);
    const given = fields.find((field) => payload[field] !== undefined) ?? fields[0]!;
    for (const field of fields) delete body[field];
    const value = payload[given];
    if (typeof value !== 'string') {
      problems.push({ field: given, message: `${given} must be a string` });
      continue;
    }
    for (const pipe of param.pipes ?? []) {
      const instance = typeof pipe === 'function' ? new pipe() : pipe;
      try {
        await instance.transform(value, { type: 'param', data: name, metatype: String });
      } catch (error) {
        if (!(error instanceof InvalidInputException)) throw error;
        problems.push(...error.fieldErrors.map(({ message }) => ({ field: given, message })));
      }
    }
  }

  const [bodyArg] = of(RouteParamtypes.BODY);
  const dto = bodyArg && types[bodyArg.index];
  if (!dto) return problems;
  const creates = !idInPath && declaresId(dto);
  if (creates) {
    body.id = payload[idField];
    delete body[idField];
  }
  try {
    await validationPipe.transform(body, { type: 'body', metatype: dto, data: '' });
  } catch (error) {
    if (!(error instanceof InvalidInputException)) throw error;
    for (const { field, message } of error.fieldErrors) {
      // The body's `id` of a creating route is the payload's `<aggregate>Id`.
      const named = creates && /^id(?=$|[.[])/.test(field) ? field.replace(/^id/, idField) : field;
      problems.push({ field: named, message: creates ? message.replace(/^id /, `${idField} `) : message });
    }
  }
  return problems;
}
