import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BuiltApi,
  type Installation,
  buildIfStale,
  newInstallation,
  root,
  runBuiltCli,
  runHelper,
  startBuiltApi,
  waitFor,
} from './support/built-product';

/**
 * The product as it ships, end to end: `npm run build`'s output started with plain `node`, seeded
 * with the demo scenario through the built CLI, and every operation of the OpenAPI document it
 * serves called once by a permitted role with valid parameters taken from the seeded data.
 *
 * The coverage is generated from the document, so a new route is covered the day it is
 * documented; a documented route the app does not serve, or a served route the document does not
 * name, fails. Bodies are checked against the documented response schema.
 */

type Role = 'auditor' | 'reporter' | 'programme-admin' | 'coordinator';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const SMOKE_STATE = 'TJ';
const today = new Date().toISOString().slice(0, 10);

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
}
interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
}
interface OpenApiDocument {
  paths: Record<string, Partial<Record<(typeof METHODS)[number], OpenApiOperation>>>;
  components?: { schemas?: Record<string, object> };
}
interface Operation {
  key: string;
  method: string;
  path: string;
  spec: OpenApiOperation;
}

/**
 * One valid request per command route, in an order in which each succeeds (the framework before
 * its deliverable, the assignment before the progress report...). Every entity is new, so the
 * demo data stays as seeded for the read routes. The roles are those of the routes' @Roles.
 */
const SMOKE_FRAMEWORK = 'smoke-declaration-2024';
const SMOKE_PROCESS = 'smoke-process-2024';
const SMOKE_DELIVERABLE = 'smoke-deliverable-2024';
const SMOKE_ORGANISATION = 'smoke-mechanism-2024';
const STATES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
const COMMANDS: {
  key: string;
  role: Role;
  path: Record<string, string>;
  /** Path parameters that are `eventIds[0]` of an earlier command's answer (by its key): a report's id. */
  pathFromAnswer?: Record<string, string>;
  body: object;
}[] = [
  {
    key: 'POST /frameworks',
    role: 'programme-admin',
    path: {},
    body: {
      id: SMOKE_FRAMEWORK,
      kind: 'declaration',
      title: 'Smoke-test declaration',
      adoptedOn: '2024-01-15',
      place: 'Astana',
      adoptingStates: STATES,
    },
  },
  {
    key: 'POST /frameworks/{id}/revisions',
    role: 'programme-admin',
    path: { id: SMOKE_FRAMEWORK },
    body: { revisedOn: '2024-06-01', summary: 'Revised text', place: 'Tashkent', adoptingStates: STATES },
  },
  {
    key: 'POST /processes',
    role: 'programme-admin',
    path: {},
    body: {
      id: SMOKE_PROCESS,
      name: 'Smoke-test process',
      launchedBy: 'UNOCT',
      launchedOn: '2024-02-01',
      place: 'Dushanbe',
      frameworkIds: [SMOKE_FRAMEWORK],
      participatingStates: STATES,
    },
  },
  {
    key: 'POST /processes/{id}/conferences',
    role: 'programme-admin',
    path: { id: SMOKE_PROCESS },
    body: {
      title: 'Smoke-test conference',
      startsOn: '2024-03-04',
      endsOn: '2024-03-05',
      place: 'Dushanbe',
      outcomeFrameworkIds: [SMOKE_FRAMEWORK],
    },
  },
  {
    key: 'POST /deliverables',
    role: 'programme-admin',
    path: {},
    body: {
      id: SMOKE_DELIVERABLE,
      frameworkId: SMOKE_FRAMEWORK,
      pillar: 'II',
      thematicArea: 'countering the financing of terrorism',
      title: 'Smoke-test deliverable',
      reference: 'UNSCR 2462 (2019)',
      definedOn: '2024-02-01',
    },
  },
  {
    key: 'POST /deliverables/{id}/assignments',
    role: 'programme-admin',
    path: { id: SMOKE_DELIVERABLE },
    body: {
      stateCode: SMOKE_STATE,
      leadAgency: 'Financial intelligence unit',
      dueOn: '2025-12-31',
      assignedOn: '2024-03-01',
    },
  },
  {
    key: 'POST /deliverables/{id}/progress-reports',
    role: 'coordinator',
    path: { id: SMOKE_DELIVERABLE },
    body: {
      stateCode: SMOKE_STATE,
      status: 'in-progress',
      percentComplete: 40,
      note: 'Draft law',
      evidence: ['EAG follow-up report'],
      reportedOn: '2024-05-01',
    },
  },
  {
    key: 'POST /assistance',
    role: 'coordinator',
    path: {},
    body: {
      id: 'smoke-assistance-2024',
      provider: 'OSCE',
      recipientState: SMOKE_STATE,
      pillar: 'III',
      deliverableId: SMOKE_DELIVERABLE,
      kind: 'training',
      periodStart: '2024-09-24',
      periodEnd: '2024-09-27',
      amount: { value: 12500.5, currency: 'EUR' },
    },
  },
  {
    key: 'POST /assistance/{id}/amendments',
    role: 'coordinator',
    path: { id: 'smoke-assistance-2024' },
    body: {
      reason: 'Final figures',
      amount: { value: 13000, currency: 'EUR' },
      disbursements: [{ disbursedOn: '2024-09-30', amount: { value: 13000, currency: 'EUR' } }],
    },
  },
  {
    key: 'POST /assistance/{id}/withdrawal',
    role: 'programme-admin',
    path: { id: 'smoke-assistance-2024' },
    body: { reason: 'Recorded twice' },
  },
  // Records that evolve, on the smoke report: returned, corrected (completed) by its coordinator,
  // validated; the assignment reopened; the report withdrawn; the assignment withdrawn; retired.
  {
    key: 'POST /deliverables/{id}/progress-reports/{reportId}/return',
    role: 'programme-admin',
    path: { id: SMOKE_DELIVERABLE },
    pathFromAnswer: { reportId: 'POST /deliverables/{id}/progress-reports' },
    body: { stateCode: SMOKE_STATE, comment: 'Which draft law?' },
  },
  {
    key: 'POST /deliverables/{id}/progress-reports/{reportId}/corrections',
    role: 'coordinator',
    path: { id: SMOKE_DELIVERABLE },
    pathFromAnswer: { reportId: 'POST /deliverables/{id}/progress-reports' },
    body: {
      stateCode: SMOKE_STATE,
      status: 'completed',
      note: 'Law adopted',
      reportedOn: '2024-05-01',
      reason: 'The law was adopted the same day',
    },
  },
  {
    key: 'POST /deliverables/{id}/progress-reports/{reportId}/validation',
    role: 'programme-admin',
    path: { id: SMOKE_DELIVERABLE },
    pathFromAnswer: { reportId: 'POST /deliverables/{id}/progress-reports' },
    body: { stateCode: SMOKE_STATE, comment: 'Checked against the official gazette' },
  },
  {
    key: 'POST /deliverables/{id}/assignments/{stateCode}/reopening',
    role: 'programme-admin',
    path: { id: SMOKE_DELIVERABLE, stateCode: SMOKE_STATE },
    body: { reason: 'Reassessed', reopenedOn: '2024-06-01' },
  },
  {
    key: 'POST /deliverables/{id}/progress-reports/{reportId}/withdrawal',
    role: 'programme-admin',
    path: { id: SMOKE_DELIVERABLE },
    pathFromAnswer: { reportId: 'POST /deliverables/{id}/progress-reports' },
    body: { stateCode: SMOKE_STATE, reason: 'Recorded on the wrong deliverable' },
  },
  {
    key: 'POST /deliverables/{id}/assignments/{stateCode}/withdrawal',
    role: 'programme-admin',
    path: { id: SMOKE_DELIVERABLE, stateCode: SMOKE_STATE },
    body: { outcome: 'not-applicable', reason: 'Not applicable', withdrawnOn: '2024-07-01' },
  },
  {
    key: 'POST /deliverables/{id}/retirement',
    role: 'programme-admin',
    path: { id: SMOKE_DELIVERABLE },
    body: { revision: '2024-06-01', reason: 'Retired by the revision' },
  },
  {
    key: 'POST /deliverables/{id}/cancellation',
    role: 'programme-admin',
    path: { id: SMOKE_DELIVERABLE },
    body: { reason: 'Superseded', cancelledOn: '2024-10-01' },
  },
  {
    key: 'POST /organisations',
    role: 'programme-admin',
    path: {},
    body: {
      id: SMOKE_ORGANISATION,
      kind: 'regional-mechanism',
      name: { en: 'Smoke-test regional mechanism' },
      aliases: ['Smoke mechanism'],
      memberStates: STATES,
      memberStatesMayReport: false,
    },
  },
  {
    key: 'POST /organisations/{id}/updates',
    role: 'programme-admin',
    path: { id: SMOKE_ORGANISATION },
    body: { aliases: ['Smoke mechanism', 'SMOKE-M'], memberStatesMayReport: true, reason: 'smoke test' },
  },
];

/** Query values a read route needs to answer 2xx (the as-of routes need exactly one cutoff). */
const EXTRA_QUERY: Record<string, Record<string, string>> = {
  'GET /audit/as-of/scorecards': { date: today },
  'GET /audit/as-of/deliverables/{id}': { date: today },
};

/** Who may read: reports are for reporters; every other read route admits auditors. */
const readerOf = (path: string): Role => (path.startsWith('/reports/') ? 'reporter' : 'auditor');

/** The seeded data the read routes are called with, taken from the scenario the CLI recorded. */
interface Seeded {
  frameworkId: string;
  processId: string;
  deliverableId: string;
  assistanceId: string;
  stateCode: string;
  correlationId: string;
}

function pathValue(seeded: Seeded, path: string, name: string): string | undefined {
  switch (name) {
    case 'id':
      if (path.startsWith('/frameworks/')) return seeded.frameworkId;
      if (path.startsWith('/processes/')) return seeded.processId;
      if (path.startsWith('/assistance/')) return seeded.assistanceId;
      // Registered by COMMANDS, which run before the read routes.
      if (path.startsWith('/organisations/')) return SMOKE_ORGANISATION;
      return seeded.deliverableId;
    case 'frameworkId':
      return seeded.frameworkId;
    case 'stateCode':
      return seeded.stateCode;
    case 'streamName':
      return `deliverable-${seeded.deliverableId}`;
    case 'correlationId':
      return seeded.correlationId;
    default:
      return undefined;
  }
}

const isPublic = (operation: OpenApiOperation) =>
  Array.isArray(operation.security) && operation.security.length === 0;
const expressPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');
const fill = (path: string, values: Record<string, string>) =>
  path.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeURIComponent(values[name] ?? `{${name}}`));

/**
 * OpenAPI 3.0 marks null with `nullable`; JSON Schema (ajv) spells it as a type. A nullable
 * reference (`nullable` beside `allOf: [$ref]`, as @nestjs/swagger writes it) means "X or null",
 * as client generators read it.
 */
function toJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (value === null || typeof value !== 'object') return value;
  const schema = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)])) as Record<
    string,
    unknown
  >;
  if (schema.nullable !== true) return schema;
  const { nullable: _nullable, description, ...rest } = schema;
  if (rest.$ref || rest.allOf || rest.oneOf || rest.anyOf)
    return { description, anyOf: [rest, { type: 'null' }] };
  if (typeof rest.type === 'string') return { description, ...rest, type: [rest.type, 'null'] };
  return { description, ...rest };
}

/** Validators for the document's response schemas; `$ref`s resolve into its components. */
function responseValidators(document: OpenApiDocument): (schema: object) => ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi.json', components: toJsonSchema(document.components ?? {}) });
  const cache = new Map<string, ValidateFunction>();
  return (schema) => {
    const text = JSON.stringify(toJsonSchema(schema)).replaceAll(
      '"#/components/',
      '"openapi.json#/components/',
    );
    let validate = cache.get(text);
    if (!validate) cache.set(text, (validate = ajv.compile(JSON.parse(text) as object)));
    return validate;
  };
}

describe('The built product (node dist/…) seeded through the built CLI', () => {
  let dir: string;
  let installation: Installation;
  let api: BuiltApi;
  let tokens: Record<Role, string>;
  let document: OpenApiDocument;
  let operations: Operation[];
  let seeded: Seeded;
  let seedOutput: { total: number; recorded: number; failed: unknown[] };

  const call = async (method: string, url: string, role: Role | undefined, body?: object) => {
    const response = await fetch(`${api.url}${url}`, {
      method,
      headers: {
        ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    const json = (response.headers.get('content-type') ?? '').includes('json') ? safeJson(text) : undefined;
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
  };

  beforeAll(async () => {
    buildIfStale();
    dir = mkdtempSync(join(tmpdir(), 'ct-built-'));
    installation = newInstallation(dir);

    const seed = await runBuiltCli(installation, 'seed-demo');
    if (seed.code !== 0) throw new Error(`seed-demo exited ${seed.code}:\n${seed.stderr}`);
    seedOutput = JSON.parse(seed.stdout) as typeof seedOutput;
    // Read models built from the log before the API starts: the read routes answer from the first call.
    const rebuilt = await runBuiltCli(installation, 'rebuild');
    if (rebuilt.code !== 0) throw new Error(`rebuild exited ${rebuilt.code}:\n${rebuilt.stderr}`);

    const minted = await Promise.all(
      (
        [
          ['auditor', []],
          ['reporter', []],
          ['programme-admin', []],
          ['coordinator', ['--state', SMOKE_STATE]],
        ] as const
      ).map(async ([role, extra]) => {
        const out = await runBuiltCli(
          installation,
          'token',
          '--sub',
          `smoke-${role}`,
          '--role',
          role,
          ...extra,
        );
        if (out.code !== 0) throw new Error(`token --role ${role} exited ${out.code}:\n${out.stderr}`);
        return [role, out.stdout.trim()] as const;
      }),
    );
    tokens = Object.fromEntries(minted) as Record<Role, string>;

    api = await startBuiltApi(installation);
    const docs = await fetch(`${api.url}/docs-json`);
    document = (await docs.json()) as OpenApiDocument;
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method) => {
        const spec = item[method];
        return spec
          ? [{ key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, spec }]
          : [];
      }),
    );
    // Ready means the projector is live at the head of the log; the ceiling allows for a loaded machine.
    if (operations.some((op) => op.key === 'GET /health/ready'))
      await waitFor(
        'the built API to be ready',
        120_000,
        async () => (await call('GET', '/health/ready', undefined)).status === 200,
      );

    const scenario = JSON.parse(
      readFileSync(join(root, 'dist/apps/cli/src/seed/demo-scenario.json'), 'utf8'),
    ) as {
      command: string;
      payload: Record<string, string>;
    }[];
    const first = (command: string, field: string): string => {
      const value = scenario.find((record) => record.command === command)?.payload[field];
      if (!value) throw new Error(`the demo scenario has no ${command} with ${field}`);
      return value;
    };
    const log = await call('GET', '/audit/events?limit=1', 'auditor');
    seeded = {
      frameworkId: first('AdoptDeclaration', 'frameworkId'),
      processId: first('LaunchProcess', 'processId'),
      deliverableId: first('AssignDeliverable', 'deliverableId'),
      assistanceId: first('ProvideAssistance', 'assistanceId'),
      stateCode: first('AssignDeliverable', 'stateCode'),
      correlationId: (log.json as { items: { metadata: { correlationId: string } }[] }).items[0]!.metadata
        .correlationId,
    };
  }, 600_000);

  afterAll(async () => {
    await api?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('the built CLI recorded the whole demo scenario', () => {
    const scenario = JSON.parse(
      readFileSync(join(root, 'apps/cli/src/seed/demo-scenario.json'), 'utf8'),
    ) as unknown[];
    expect(seedOutput).toMatchObject({ total: scenario.length, recorded: scenario.length, failed: [] });
  });

  it('serves exactly the documented routes (Express router vs OpenAPI document)', async () => {
    const listed = await runHelper(installation, 'list-routes.js');
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);
    const served = new Set(
      (JSON.parse(listed.stdout) as { method: string; path: string }[])
        // The documentation's own pages are not operations of the API.
        .filter((route) => !/^\/docs(\/|-json|-yaml|$)/.test(route.path))
        .map((route) => `${route.method} ${route.path}`),
    );
    const documented = new Set(operations.map((op) => `${op.method} ${expressPath(op.path)}`));
    expect({ servedButNotDocumented: [...served].filter((route) => !documented.has(route)) }).toEqual({
      servedButNotDocumented: [],
    });
    expect({ documentedButNotServed: [...documented].filter((route) => !served.has(route)) }).toEqual({
      documentedButNotServed: [],
    });
    expect(documented.size).toBeGreaterThan(30);
  }, 120_000);

  it('answers every documented operation 2xx for a permitted role, with a body matching its schema', async () => {
    const validator = responseValidators(document);
    const failures: string[] = [];
    const check = async (op: Operation, url: string, role: Role | undefined, body?: object) => {
      const answer = await call(op.method, url, role, body);
      if (answer.status < 200 || answer.status >= 300) {
        failures.push(
          `${op.key} (${url} as ${role ?? 'anonymous'}): ${answer.status} ${answer.text.slice(0, 300)}`,
        );
        return undefined;
      }
      const schema = op.spec.responses[String(answer.status)]?.content?.['application/json']?.schema;
      if (schema && answer.contentType.startsWith('application/json')) {
        const validate = validator(schema);
        if (!validate(answer.json))
          failures.push(
            `${op.key}: body does not match the documented schema: ${JSON.stringify(validate.errors?.slice(0, 5))}`,
          );
      }
      return answer.json;
    };

    const commandKeys = new Set(COMMANDS.map((command) => command.key));
    // The tables below name routes: one that is no longer documented (or served) is a failure.
    for (const key of Object.keys(EXTRA_QUERY))
      if (!operations.some((op) => op.key === key))
        failures.push(`${key}: in EXTRA_QUERY but not in the document`);
    for (const op of operations.filter((op) => op.method !== 'GET' && !commandKeys.has(op.key)))
      failures.push(
        `${op.key}: documented, but this test knows no valid request for it (add one to COMMANDS)`,
      );
    const answers = new Map<string, unknown>();
    for (const command of COMMANDS) {
      const op = operations.find((candidate) => candidate.key === command.key);
      if (!op) failures.push(`${command.key}: in COMMANDS but not in the document`);
      else {
        const fromAnswers = Object.entries(command.pathFromAnswer ?? {}).map(([name, key]) => [
          name,
          (answers.get(key) as { eventIds?: string[] } | undefined)?.eventIds?.[0] ?? `{${name}}`,
        ]);
        const path = { ...command.path, ...Object.fromEntries(fromAnswers) } as Record<string, string>;
        answers.set(command.key, await check(op, fill(op.path, path), command.role, command.body));
      }
    }

    for (const op of operations.filter((candidate) => candidate.method === 'GET')) {
      const values: Record<string, string> = {};
      for (const parameter of (op.spec.parameters ?? []).filter((p) => p.in === 'path')) {
        const value = pathValue(seeded, op.path, parameter.name);
        if (value === undefined)
          failures.push(`${op.key}: no seeded value for path parameter ${parameter.name}`);
        else values[parameter.name] = value;
      }
      const required = (op.spec.parameters ?? []).filter((p) => p.in === 'query' && p.required);
      const query = new URLSearchParams(EXTRA_QUERY[op.key] ?? {});
      for (const name of query.keys())
        if (!(op.spec.parameters ?? []).some((p) => p.in === 'query' && p.name === name))
          failures.push(`${op.key}: needs query parameter ${name}, which the document does not declare`);
      for (const parameter of required)
        if (!query.has(parameter.name))
          failures.push(`${op.key}: no value for required query parameter ${parameter.name}`);
      const url = fill(op.path, values) + (query.size > 0 ? `?${query.toString()}` : '');
      await check(op, url, isPublic(op.spec) ? undefined : readerOf(op.path));
    }
    expect(failures).toEqual([]);
    expect(operations.length).toBeGreaterThan(30);
  }, 300_000);

  it('validates the query of every route that takes one: an undeclared parameter is a 400 naming it', async () => {
    // A query DTO whose class is lost at run time (a type-only import: decorator metadata then
    // names Object) switches validation off silently; this refusal is what proves it is on.
    const failures: string[] = [];
    for (const op of operations.filter(
      (candidate) =>
        candidate.method === 'GET' &&
        (candidate.key in EXTRA_QUERY || (candidate.spec.parameters ?? []).some((p) => p.in === 'query')),
    )) {
      const values = Object.fromEntries(
        (op.spec.parameters ?? [])
          .filter((p) => p.in === 'path')
          .map((p) => [p.name, pathValue(seeded, op.path, p.name) ?? 'x']),
      );
      const query = new URLSearchParams({ ...(EXTRA_QUERY[op.key] ?? {}), smokeUndeclared: '1' });
      const answer = await call('GET', `${fill(op.path, values)}?${query.toString()}`, readerOf(op.path));
      const fields = ((answer.json as { errors?: { field: string }[] } | undefined)?.errors ?? []).map(
        (e) => e.field,
      );
      if (answer.status !== 400 || !fields.includes('smokeUndeclared'))
        failures.push(`${op.key}: ${answer.status} ${answer.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
