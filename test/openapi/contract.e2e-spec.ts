import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as assistanceController from '../../apps/api/src/controllers/assistance.controller';
import * as auditController from '../../apps/api/src/controllers/audit.controller';
import * as deliverablesController from '../../apps/api/src/controllers/deliverables.controller';
import * as frameworksController from '../../apps/api/src/controllers/frameworks.controller';
import * as operationsController from '../../apps/api/src/controllers/operations.controller';
import * as organisationsController from '../../apps/api/src/controllers/organisations.controller';
import * as processesController from '../../apps/api/src/controllers/processes.controller';
import * as readModelsController from '../../apps/api/src/controllers/read-models.controller';
import * as reportsController from '../../apps/api/src/controllers/reports.controller';
import * as assistanceDtos from '../../apps/api/src/dto/assistance.dto';
import * as auditDtos from '../../apps/api/src/dto/audit.dto';
import * as commonDtos from '../../apps/api/src/dto/common';
import * as deliverableDtos from '../../apps/api/src/dto/deliverable.dto';
import * as frameworkDtos from '../../apps/api/src/dto/framework.dto';
import * as organisationDtos from '../../apps/api/src/dto/organisation.dto';
import * as processDtos from '../../apps/api/src/dto/process.dto';
import * as readModelDtos from '../../apps/api/src/dto/read-model.dto';
import * as reportDtos from '../../apps/api/src/dto/report.dto';
import { type ApiHarness, servedRoutes, startApi } from '../support/api-harness';
import { type OpenApiDocument, type Schema, operationsOf, resolveResponse } from './document-validator';

const CONTROLLER_MODULES: Record<string, unknown>[] = [
  assistanceController,
  auditController,
  deliverablesController,
  frameworksController,
  operationsController,
  organisationsController,
  processesController,
  readModelsController,
  reportsController,
];
const BODY = RouteParamtypes.BODY as number;
const QUERY = RouteParamtypes.QUERY as number;

/**
 * The document at /docs-json is the API's contract (clients are generated from it): every route,
 * parameter and field documented, every answer with a schema, every problem a route can give.
 */
describe('The OpenAPI document as a contract', () => {
  let api: ApiHarness;
  let document: OpenApiDocument;
  beforeAll(async () => {
    api = await startApi();
    document = (await api.http().get('/docs-json').expect(200)).body as OpenApiDocument;
  });
  afterAll(async () => {
    await api.close();
  });

  const isPublic = (operation: { security?: unknown[] }) =>
    Array.isArray(operation.security) && operation.security.length === 0;

  it('documents exactly the routes the application serves', () => {
    const served = [...servedRoutes(api.app)].filter((route) => !/ \/docs/.test(route)).sort();
    const documented = operationsOf(document)
      .map(({ method, path }) => `${method} ${path}`)
      .sort();
    expect(documented).toEqual(served);
  });

  it('gives every operation an id, a summary and a 2xx answer with a schema', () => {
    const incomplete = operationsOf(document).flatMap(({ method, path, operation }) => {
      const problems: string[] = [];
      if (!operation.operationId) problems.push('no operationId');
      if (!operation.summary) problems.push('no summary');
      const success = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (success.length === 0) problems.push('no 2xx answer');
      for (const [status, declared] of success) {
        const content = resolveResponse(document, declared).content ?? {};
        if (Object.keys(content).length === 0) problems.push(`${status} has no content`);
        for (const [mediaType, { schema }] of Object.entries(content))
          if (!schema || (!schema.$ref && !schema.type))
            problems.push(`${status} ${mediaType} has no schema`);
      }
      return problems.map((problem) => `${method} ${path}: ${problem}`);
    });
    expect(incomplete).toEqual([]);
  });

  it('declares the problem+json answers each kind of route can give', () => {
    const missing = operationsOf(document).flatMap(({ method, path, operation }) => {
      const expected = new Set<number>([429]);
      if (!isPublic(operation)) [401, 403].forEach((s) => expected.add(s));
      if ((operation.parameters ?? []).some((p) => p.in !== 'header') || operation.requestBody)
        expected.add(400);
      if (method === 'post') [404, 409, 413, 422, 503].forEach((s) => expected.add(s));
      // A route about one record answers 404 for an unknown id; a history filtered by id is empty instead.
      if (/\{(id|frameworkId)\}/.test(path) && !path.endsWith('/events')) expected.add(404);
      const ok = operation.responses['200'];
      if (
        ok &&
        resolveResponse(document, ok).headers?.['X-Read-Model-Position'] &&
        !path.startsWith('/reports')
      )
        expected.add(503);
      return [...expected]
        .filter((status) => {
          const declared = operation.responses[String(status)];
          if (!declared) return true;
          const schema = resolveResponse(document, declared).content?.['application/problem+json']?.schema;
          return schema?.$ref !== '#/components/schemas/Problem';
        })
        .map((status) => `${method} ${path}: ${status}`);
    });
    expect(missing).toEqual([]);
  });

  it('describes a Problem as RFC 9457 with every bad field and the broken rule', () => {
    const problem = document.components.schemas.Problem!;
    expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status']));
    expect(Object.keys(problem.properties as object)).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'errors', 'rule']),
    );
    const errors = (problem.properties as Record<string, Schema>).errors!;
    expect(errors.type).toBe('array');
    const item =
      document.components.schemas[
        String((errors.items as Schema).$ref)
          .split('/')
          .pop()!
      ]!;
    expect(Object.keys(item.properties as object)).toEqual(['field', 'message', 'rule']);
    expect(item.required).toEqual(['field', 'message']);
  });

  it('marks only the health probes public: they answer without a token, every other route asks for one', async () => {
    expect(document.security).toEqual([{ bearer: [] }]);
    const open = operationsOf(document).filter(({ operation }) => isPublic(operation));
    expect(open.map(({ path }) => path).sort()).toEqual(['/health/live', '/health/ready']);
    for (const { method, path, operation } of operationsOf(document)) {
      const url = path.replace('{stateCode}', 'TJ').replace(/\{\w+\}/g, 'some-id-1');
      const response = await api.http()[method as 'get' | 'post'](url).send({});
      expect({ route: `${method} ${path}`, status: response.status === 401 ? 401 : 'answered' }).toEqual({
        route: `${method} ${path}`,
        status: isPublic(operation) ? 'answered' : 401,
      });
    }
  });

  it("documents every query parameter as optional and typed; the audit routes' limit and format included", () => {
    const queries = operationsOf(document).flatMap(({ method, path, operation }) =>
      (operation.parameters ?? [])
        .filter((p) => p.in === 'query')
        .map((p) => ({ route: `${method} ${path}`, ...p })),
    );
    expect(queries.filter((q) => q.required !== false || !(q.schema?.type || q.schema?.$ref))).toEqual([]);

    const audit = operationsOf(document).filter(
      ({ path }) =>
        path.startsWith('/audit/') && !path.startsWith('/audit/as-of') && path !== '/audit/verify',
    );
    expect(audit.length).toBeGreaterThanOrEqual(5);
    for (const { operation } of audit) {
      const limit = operation.parameters?.find((p) => p.name === 'limit' && p.in === 'query');
      const format = operation.parameters?.find((p) => p.name === 'format' && p.in === 'query');
      expect(limit).toMatchObject({
        required: false,
        schema: { type: 'integer', default: 100, maximum: 1000 },
      });
      expect(format).toMatchObject({ required: false });
      expect(format?.schema?.$ref ?? format?.schema?.enum).toBeDefined();
    }
    // The filters the plugin used to miss (they live in dto/common.ts).
    const named = (path: string) =>
      document.paths[path]!.get!.parameters!.filter((p) => p.in === 'query').map((p) => p.name);
    expect(named('/scorecards')).toEqual(
      expect.arrayContaining(['state', 'framework', 'pillar', 'limit', 'offset']),
    );
    expect(named('/ledger/assistance')).toEqual(
      expect.arrayContaining(['provider', 'recipientState', 'pillar', 'kind', 'deliverableId']),
    );
    expect(named('/tracker/deliverables')).toEqual(
      expect.arrayContaining(['includeCancelled', 'thematicArea']),
    );
  });

  it('documents every validated field of every request DTO', () => {
    const modules = [
      assistanceDtos,
      auditDtos,
      commonDtos,
      deliverableDtos,
      frameworkDtos,
      organisationDtos,
      processDtos,
      readModelDtos,
      reportDtos,
    ];
    const classes = modules
      .flatMap((m) => Object.values(m))
      .filter(
        (value): value is new () => object => typeof value === 'function' && /^[A-Z]\w*Dto$/.test(value.name),
      );
    expect(classes.length).toBeGreaterThan(20);
    const storage = getMetadataStorage();
    const undocumented = classes.flatMap((dto) => {
      const validated = new Set(
        storage.getTargetValidationMetadatas(dto, '', true, false).map((m) => m.propertyName),
      );
      const documented = new Set(
        (
          (Reflect.getMetadata('swagger/apiModelPropertiesArray', dto.prototype) as string[] | undefined) ??
          []
        ).map((key) => key.replace(/^:/, '')),
      );
      return [...validated].filter((name) => !documented.has(name)).map((name) => `${dto.name}.${name}`);
    });
    expect(undocumented).toEqual([]);
  });

  it('reflects every @Body() and @Query() DTO of every route as its class, so it is validated and documented', () => {
    // A DTO imported with `import { type X }` erases to Object in the decorator metadata: the pipe
    // then validates nothing and the document loses every parameter, silently.
    const controllers = CONTROLLER_MODULES.flatMap((m) => Object.values(m)).filter(
      (value): value is new (...args: never[]) => object =>
        typeof value === 'function' && value.name.endsWith('Controller'),
    );
    // Every controller file is listed above: a new one must be added there.
    expect(controllers.length).toBe(
      readdirSync(join(__dirname, '../../apps/api/src/controllers')).filter((f) =>
        f.endsWith('.controller.ts'),
      ).length,
    );
    // A controller's routes may be inherited (CommandRoutes writes a table's routes on a base class).
    const methodsOf = (prototype: object | null): string[] =>
      prototype === null || prototype === Object.prototype
        ? []
        : [
            ...Object.getOwnPropertyNames(prototype),
            ...methodsOf(Object.getPrototypeOf(prototype) as object | null),
          ];
    const erased: string[] = [];
    let reflected = 0;
    for (const controller of controllers) {
      for (const method of new Set(methodsOf(controller.prototype))) {
        const args = Reflect.getMetadata('__routeArguments__', controller, method) as
          Record<string, { index: number; data?: unknown }> | undefined;
        const types = Reflect.getMetadata('design:paramtypes', controller.prototype, method) as
          unknown[] | undefined;
        for (const [key, { index, data }] of Object.entries(args ?? {})) {
          const kind = Number(key.split(':')[0]);
          if (data !== undefined || (kind !== BODY && kind !== QUERY)) continue;
          reflected += 1;
          const type = types?.[index];
          if (type === Object || typeof type !== 'function' || !/Dto$/.test(type.name))
            erased.push(
              `${controller.name}.${method} argument ${index}: ${String((type as { name?: string })?.name)}`,
            );
        }
      }
    }
    expect(reflected).toBeGreaterThan(20);
    expect(erased).toEqual([]);
  });

  it('documents every body field with a type and a description, and required fields as required', () => {
    const bodies = operationsOf(document)
      .filter(({ operation }) => operation.requestBody)
      .map(({ method, path, operation }) => ({
        route: `${method} ${path}`,
        required: operation.requestBody!.required,
        ref: operation.requestBody!.content['application/json']?.schema?.$ref as string | undefined,
      }));
    expect(bodies.length).toBe(operationsOf(document).filter(({ method }) => method === 'post').length);
    const gaps: string[] = [];
    for (const { route, required, ref } of bodies) {
      if (!required || !ref) gaps.push(`${route}: body not required or not a schema`);
      const schema = document.components.schemas[String(ref).split('/').pop()!]!;
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>))
        if (!property.$ref && !property.type && !property.allOf) gaps.push(`${route}: ${name} has no type`);
        else if (!property.$ref && !property.description) gaps.push(`${route}: ${name} has no description`);
    }
    expect(gaps).toEqual([]);
    expect(document.components.schemas.AdoptDeclarationDto?.required).toEqual([
      'id',
      'kind',
      'title',
      'adoptedOn',
      'place',
      'adoptingStates',
    ]);
  });

  it('names the servers and the bearer scheme', () => {
    expect(document.servers?.length).toBeGreaterThan(0);
    expect(document.components.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
