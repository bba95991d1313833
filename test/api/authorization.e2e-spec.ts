import { type Role } from '@ct/application';
import { Body, Controller, Get, Module, Post } from '@nestjs/common';
import type supertest from 'supertest';
import { Roles } from '../../apps/api/src/http/auth/access-policy';
import {
  type ApiHarness,
  type TokenRequest,
  cftDeliverable,
  dushanbe2019,
  servedRoutes,
  startApi,
} from '../support/api-harness';

/**
 * Every route x every kind of caller, with the status each must get. An allowed caller sends a
 * valid request (against seeded data) and must get the route's 2xx; a refused one gets exactly
 * 401/403 and the event store stays exactly as it was; an allowed write records the token's `sub`
 * as the actor. The table must name every route the application serves, and every row must name a
 * served route, so a new route fails here until it gets a row. Deny by default is proven apart, on
 * routes of a test-only module that no row names.
 */

type Caller =
  'coordinator' | 'coordinator-other-state' | 'programme-admin' | 'auditor' | 'reporter' | 'anonymous';

const CALLERS: Record<Exclude<Caller, 'anonymous'>, TokenRequest> = {
  coordinator: { sub: 'coordinator.tj', roles: ['coordinator'], states: ['TJ'] },
  'coordinator-other-state': { sub: 'coordinator.kz', roles: ['coordinator'], states: ['KZ'] },
  'programme-admin': { sub: 'admin.unoct', roles: ['programme-admin'] },
  auditor: { sub: 'auditor.oios', roles: ['auditor'] },
  reporter: { sub: 'reporter.press', roles: ['reporter'] },
};
const ALL_CALLERS = [...Object.keys(CALLERS), 'anonymous'] as Caller[];

const admin = CALLERS['programme-admin'];

let counter = 0;
const fresh = (prefix: string) => `${prefix}-${++counter}`;

/** What the seed left behind, for paths that need a real value (a correlation id). */
interface Seeded {
  correlationId: string;
  /** The log's last position after the seed: as-of cuts there see the whole seed. */
  position: string;
}

interface Route {
  method: 'get' | 'post';
  /** The route as Express serves it, with `{param}` for `:param` (the OpenAPI spelling). */
  route: string;
  /** A valid request path (query included) against the seeded data. */
  path: string | ((seeded: Seeded) => string);
  /** A valid body (fresh ids), so that an allowed caller's request succeeds. */
  body?: () => object;
  /** Runs as the programme admin before each request: e.g. a deliverable to cancel. */
  prepare?: (api: ApiHarness) => Promise<string>;
  /** The status of each caller: 201 for allowed writes, 200 for allowed reads, else 401/403. */
  expected: Record<Caller, number>;
  /** What an allowed caller's answer must show beyond its status (that it answered the question). */
  answers?: (response: supertest.Response) => void;
}

const onlyAdmin = { ...denyAll(), 'programme-admin': 201 };
const coordinatorOfTheState = { ...denyAll(), coordinator: 201 };
const anyRole = {
  coordinator: 200,
  'coordinator-other-state': 200,
  'programme-admin': 200,
  auditor: 200,
  reporter: 200,
  anonymous: 401,
};
const everyone = { ...anyRole, anonymous: 200 };

function denyAll(): Record<Caller, number> {
  return {
    coordinator: 403,
    'coordinator-other-state': 403,
    'programme-admin': 403,
    auditor: 403,
    reporter: 403,
    anonymous: 401,
  };
}

/** The answer is a JSON page whose `items` hold at least one entry (the seed's). */
const nonEmptyItems = (response: supertest.Response) =>
  expect((response.body as { items?: unknown[] }).items?.length).toBeGreaterThan(0);

/** A TJ progress report on the seeded deliverable, by TJ's coordinator: its id (the event id). */
/** A TJ assistance record for the amend and withdraw rows (its coordinator may change it). */
async function preparedAssistance(api: ApiHarness): Promise<string> {
  const id = fresh('assistance-to-change');
  await api
    .http()
    .post('/assistance')
    .set(api.authAs(admin))
    .send({
      id,
      provider: 'OSCE',
      recipientState: 'TJ',
      pillar: 'III',
      kind: 'training',
      periodStart: '2024-09-24',
    })
    .expect(201);
  return id;
}

async function preparedReport(api: ApiHarness): Promise<string> {
  const answer = await api
    .http()
    .post('/deliverables/criminalise-tf/progress-reports')
    .set(api.authAs(CALLERS.coordinator))
    .send({ stateCode: 'TJ', status: 'in-progress', note: fresh('report'), reportedOn: '2020-03-01' })
    .expect(201);
  return (answer.body as { eventIds: string[] }).eventIds[0]!;
}

/** A fresh deliverable assigned to TJ (completed by TJ's coordinator if asked): its id. */
async function preparedAssignment(api: ApiHarness, status?: 'completed'): Promise<string> {
  const id = fresh('assigned');
  const as = api.authAs(admin);
  await api
    .http()
    .post('/deliverables')
    .set(as)
    .send({ ...cftDeliverable, id })
    .expect(201);
  await api
    .http()
    .post(`/deliverables/${id}/assignments`)
    .set(as)
    .send({
      stateCode: 'TJ',
      leadAgency: 'Financial intelligence unit',
      dueOn: '2021-12-31',
      assignedOn: '2019-06-15',
    })
    .expect(201);
  if (status)
    await api
      .http()
      .post(`/deliverables/${id}/progress-reports`)
      .set(api.authAs(CALLERS.coordinator))
      .send({ stateCode: 'TJ', status, reportedOn: '2020-03-01' })
      .expect(201);
  return id;
}

const ROUTES: Route[] = [
  {
    method: 'post',
    route: '/frameworks',
    path: '/frameworks',
    body: () => ({ ...dushanbe2019, id: fresh('framework') }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/frameworks/{id}/revisions',
    path: '/frameworks/dushanbe-declaration-2019/revisions',
    body: () => ({
      revisedOn: '2022-03-03',
      summary: fresh('revision'),
      place: 'Tashkent',
      adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/processes',
    path: '/processes',
    body: () => ({
      id: fresh('process'),
      name: 'Counter-Terrorism Dushanbe process',
      launchedBy: 'UN Under-Secretary-General for Counter-Terrorism',
      launchedOn: '2019-05-17',
      place: 'Dushanbe',
      frameworkIds: ['dushanbe-declaration-2019'],
      participatingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/processes/{id}/conferences',
    path: '/processes/dushanbe-process-2019/conferences',
    body: () => ({
      title: fresh('conference'),
      startsOn: '2019-05-16',
      endsOn: '2019-05-17',
      place: 'Dushanbe',
      outcomeFrameworkIds: ['dushanbe-declaration-2019'],
    }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/deliverables',
    path: '/deliverables',
    body: () => ({ ...cftDeliverable, id: fresh('deliverable') }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/deliverables/{id}/assignments',
    path: '/deliverables/criminalise-tf/assignments',
    body: () => ({
      stateCode: 'TJ',
      leadAgency: fresh('agency'),
      dueOn: '2021-12-31',
      assignedOn: '2019-06-15',
    }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/deliverables/{id}/cancellation',
    path: '/deliverables/:prepared/cancellation',
    prepare: async (api) => {
      const id = fresh('to-cancel');
      await api
        .http()
        .post('/deliverables')
        .set(api.authAs(admin))
        .send({ ...cftDeliverable, id })
        .expect(201);
      return id;
    },
    body: () => ({ reason: 'Superseded', cancelledOn: '2024-10-01' }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/deliverables/{id}/progress-reports',
    path: '/deliverables/criminalise-tf/progress-reports',
    body: () => ({ stateCode: 'TJ', status: 'in-progress', note: fresh('report'), reportedOn: '2020-03-01' }),
    // Programme staff report too (a regional mechanism's progress, issue #13 item 2).
    expected: { ...coordinatorOfTheState, 'programme-admin': 201 },
  },
  {
    method: 'post',
    route: '/deliverables/{id}/progress-reports/{reportId}/corrections',
    path: '/deliverables/criminalise-tf/progress-reports/:prepared/corrections',
    prepare: preparedReport,
    body: () => ({
      stateCode: 'TJ',
      status: 'in-progress',
      note: fresh('corrected'),
      reportedOn: '2020-03-01',
      reason: 'Note mistyped',
    }),
    // A coordinator of another State is refused by scope: the report's State is TJ.
    expected: { ...coordinatorOfTheState, 'programme-admin': 201 },
  },
  {
    method: 'post',
    route: '/deliverables/{id}/progress-reports/{reportId}/withdrawal',
    path: '/deliverables/criminalise-tf/progress-reports/:prepared/withdrawal',
    prepare: preparedReport,
    body: () => ({ stateCode: 'TJ', reason: 'Entered twice' }),
    expected: { ...coordinatorOfTheState, 'programme-admin': 201 },
  },
  {
    method: 'post',
    route: '/deliverables/{id}/progress-reports/{reportId}/validation',
    path: '/deliverables/criminalise-tf/progress-reports/:prepared/validation',
    prepare: preparedReport,
    body: () => ({ stateCode: 'TJ' }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/deliverables/{id}/progress-reports/{reportId}/return',
    path: '/deliverables/criminalise-tf/progress-reports/:prepared/return',
    prepare: preparedReport,
    body: () => ({ stateCode: 'TJ', comment: 'Which law?' }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/deliverables/{id}/assignments/{stateCode}/reopening',
    path: '/deliverables/:prepared/assignments/TJ/reopening',
    prepare: (api) => preparedAssignment(api, 'completed'),
    body: () => ({ reason: 'Reassessed', reopenedOn: '2020-06-01' }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/deliverables/{id}/assignments/{stateCode}/withdrawal',
    path: '/deliverables/:prepared/assignments/TJ/withdrawal',
    prepare: (api) => preparedAssignment(api),
    body: () => ({ outcome: 'not-applicable', reason: 'Not applicable', withdrawnOn: '2020-01-01' }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/deliverables/{id}/retirement',
    path: '/deliverables/:prepared/retirement',
    prepare: async (api) => {
      // A framework of its own, revised once: the retiring revision must be one of its revisions.
      const frameworkId = fresh('revised-framework');
      const as = api.authAs(admin);
      await api
        .http()
        .post('/frameworks')
        .set(as)
        .send({ ...dushanbe2019, id: frameworkId })
        .expect(201);
      await api
        .http()
        .post(`/frameworks/${frameworkId}/revisions`)
        .set(as)
        .send({ revisedOn: '2022-03-03', summary: 'Updated' })
        .expect(201);
      const id = fresh('to-retire');
      await api
        .http()
        .post('/deliverables')
        .set(as)
        .send({ ...cftDeliverable, id, frameworkId })
        .expect(201);
      return id;
    },
    body: () => ({ revision: '2022-03-03', reason: 'Retired by the 2022 revision' }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/assistance',
    path: '/assistance',
    body: () => ({
      id: fresh('assistance'),
      provider: 'OSCE',
      recipientState: 'TJ',
      pillar: 'III',
      kind: 'training',
      periodStart: '2024-09-24',
    }),
    // Programme staff record the assistance they deliver (issue #13 item 4).
    expected: { ...coordinatorOfTheState, 'programme-admin': 201 },
  },
  {
    method: 'post',
    route: '/assistance/{id}/amendments',
    path: '/assistance/:prepared/amendments',
    prepare: preparedAssistance,
    body: () => ({ reason: fresh('amended'), periodEnd: '2024-12-31' }),
    expected: { ...coordinatorOfTheState, 'programme-admin': 201 },
  },
  {
    method: 'post',
    route: '/assistance/{id}/withdrawal',
    path: '/assistance/:prepared/withdrawal',
    prepare: preparedAssistance,
    body: () => ({ reason: fresh('withdrawn') }),
    expected: { ...coordinatorOfTheState, 'programme-admin': 201 },
  },
  {
    method: 'get',
    route: '/frameworks/{id}',
    path: '/frameworks/dushanbe-declaration-2019',
    expected: anyRole,
    answers: (r) => expect(r.body).toMatchObject({ id: 'dushanbe-declaration-2019' }),
  },
  {
    method: 'get',
    route: '/processes/{id}',
    path: '/processes/dushanbe-process-2019',
    expected: anyRole,
    answers: (r) => expect(r.body).toMatchObject({ id: 'dushanbe-process-2019' }),
  },
  {
    method: 'get',
    route: '/deliverables/{id}',
    path: '/deliverables/criminalise-tf',
    expected: anyRole,
    answers: (r) => expect(r.body).toMatchObject({ id: 'criminalise-tf' }),
  },
  {
    method: 'get',
    route: '/assistance/{id}',
    path: '/assistance/seed-assistance',
    expected: anyRole,
    answers: (r) => expect(r.body).toMatchObject({ id: 'seed-assistance' }),
  },
  ...(
    [
      ['/audit/events', '/audit/events?format=json'],
      ['/audit/streams/{streamName}', '/audit/streams/deliverable-criminalise-tf?format=json'],
      ['/audit/states/{stateCode}/events', '/audit/states/TJ/events?format=json'],
      ['/audit/deliverables/{id}/events', '/audit/deliverables/criminalise-tf/events?format=json'],
      [
        '/audit/correlations/{correlationId}',
        (s: Seeded) => `/audit/correlations/${s.correlationId}?format=json`,
      ],
    ] as const
  ).map(([route, path]): Route => ({
    method: 'get',
    route,
    path,
    expected: { ...denyAll(), auditor: 200 },
    answers: nonEmptyItems,
  })),
  {
    method: 'get',
    route: '/audit/verify',
    path: '/audit/verify',
    expected: { ...denyAll(), auditor: 200 },
    answers: (r) => expect(r.body).toMatchObject({ ok: true }),
  },
  {
    method: 'get',
    route: '/audit/as-of/scorecards',
    path: (s) => `/audit/as-of/scorecards?position=${s.position}&state=TJ`,
    expected: { ...denyAll(), auditor: 200 },
    answers: (r) =>
      expect((r.body as { result: { items: unknown[] } }).result.items.length).toBeGreaterThan(0),
  },
  {
    method: 'get',
    route: '/audit/as-of/deliverables/{id}',
    path: (s) => `/audit/as-of/deliverables/criminalise-tf?position=${s.position}`,
    expected: { ...denyAll(), auditor: 200 },
    answers: (r) => expect(JSON.stringify(r.body)).toContain('"stateCode":"TJ"'),
  },
  {
    method: 'get',
    route: '/audit/as-of/assistance',
    path: (s) => `/audit/as-of/assistance?position=${s.position}&recipientState=TJ`,
    expected: { ...denyAll(), auditor: 200 },
    answers: (r) =>
      expect((r.body as { result: { items: unknown[] } }).result.items.length).toBeGreaterThan(0),
  },
  ...(
    [
      ['/scorecards', '/scorecards?asOf=2024-12-31'],
      ['/scorecards/assistance-received', '/scorecards/assistance-received'],
      ['/tracker/deliverables', '/tracker/deliverables'],
      ['/ledger/assistance', '/ledger/assistance'],
      ['/ledger/assistance/summary', '/ledger/assistance/summary'],
      ['/timeline', '/timeline'],
      ['/catalogue/frameworks', '/catalogue/frameworks'],
      ['/catalogue/processes', '/catalogue/processes'],
    ] as const
  ).map(([route, path]): Route => ({
    method: 'get',
    route,
    path,
    expected: anyRole,
    answers: (r) => {
      expect(r.headers['x-read-model-position']).toMatch(/^\d+$/);
      expect(JSON.stringify(r.body)).toMatch(/TJ|dushanbe/);
    },
  })),
  // What awaits review: programme staff and auditors see every State, a coordinator only theirs.
  {
    method: 'get',
    route: '/review-queue',
    path: '/review-queue?state=TJ',
    expected: { ...anyRole, 'coordinator-other-state': 403, reporter: 403 },
    answers: (r) => {
      expect(r.headers['x-read-model-position']).toMatch(/^\d+$/);
      expect(Array.isArray((r.body as { items: unknown[] }).items)).toBe(true);
    },
  },
  // The organisations catalogue: programme administrators keep it, every role reads it.
  {
    method: 'post',
    route: '/organisations',
    path: '/organisations',
    body: () => ({
      id: fresh('organisation'),
      kind: 'un-entity',
      name: { en: 'United Nations Office on Drugs and Crime' },
      aliases: ['UNODC'],
    }),
    expected: onlyAdmin,
  },
  {
    method: 'post',
    route: '/organisations/{id}/updates',
    path: '/organisations/:prepared/updates',
    prepare: async (api) => {
      const id = fresh('organisation');
      await api
        .http()
        .post('/organisations')
        .set(api.authAs(admin))
        .send({ id, kind: 'donor', name: { en: 'European Union' } })
        .expect(201);
      return id;
    },
    body: () => ({ aliases: ['EU'], reason: 'ledger spelling' }),
    expected: onlyAdmin,
  },
  {
    method: 'get',
    route: '/organisations',
    path: '/organisations?kind=un-entity&lang=ru',
    expected: anyRole,
    answers: (r) => expect(r.headers['x-read-model-position']).toMatch(/^\d+$/),
  },
  {
    method: 'get',
    route: '/organisations/{id}',
    path: '/organisations/:prepared',
    prepare: async (api) => {
      const id = fresh('organisation');
      const registered = await api
        .http()
        .post('/organisations')
        .set(api.authAs(admin))
        .send({ id, kind: 'regional-organisation', name: { en: 'OSCE' } })
        .expect(201);
      return `${id}?minPosition=${(registered.body as { position: string }).position}`;
    },
    expected: anyRole,
    answers: (r) => expect(r.body).toMatchObject({ kind: 'regional-organisation', displayName: 'OSCE' }),
  },
  {
    method: 'get',
    route: '/tracker/deliverables/{id}',
    path: '/tracker/deliverables/criminalise-tf',
    expected: anyRole,
    answers: (r) => expect(JSON.stringify(r.body)).toContain('criminalise-tf'),
  },
  // Reports: the reporter role's job, and the programme admin's.
  ...(
    [
      ['/reports/state-scorecard/{stateCode}', '/reports/state-scorecard/TJ?asOf=2024-01-01'],
      ['/reports/regional-overview', '/reports/regional-overview?format=html'],
      ['/reports/framework-progress', '/reports/framework-progress?format=md'],
      ['/reports/framework-progress/{frameworkId}', '/reports/framework-progress/dushanbe-declaration-2019'],
      ['/reports/assistance', '/reports/assistance?format=csv'],
      ['/reports/assistance.iati.xml', '/reports/assistance.iati.xml'],
    ] as const
  ).map(([route, path]): Route => ({
    method: 'get',
    route,
    path,
    expected: { ...denyAll(), reporter: 200, 'programme-admin': 200 },
    answers: (r) => expect(r.text.length).toBeGreaterThan(0),
  })),
  {
    method: 'get',
    route: '/metrics',
    path: '/metrics',
    expected: { ...denyAll(), 'programme-admin': 200, auditor: 200 },
    answers: (r) => expect(r.text).toContain('ct_commands_total'),
  },
  // The probes are public and minimal; the detail behind them (error texts included) is for operators.
  {
    method: 'get',
    route: '/health',
    path: '/health',
    expected: { ...denyAll(), 'programme-admin': 200, auditor: 200 },
    answers: (r) => expect(r.body).toHaveProperty('readModels.projector.role', 'active'),
  },
  { method: 'get', route: '/health/live', path: '/health/live', expected: everyone },
  {
    method: 'get',
    route: '/health/ready',
    path: '/health/ready',
    expected: everyone,
    answers: (r) => expect(r.body).toEqual({ ready: true, failing: [] }),
  },
  // The OpenAPI document and Swagger UI are public (served by @nestjs/swagger, not by a controller).
  {
    method: 'get',
    route: '/docs-json',
    path: '/docs-json',
    expected: everyone,
    answers: (r) => expect(r.body).toHaveProperty('paths'),
  },
  { method: 'get', route: '/docs-yaml', path: '/docs-yaml', expected: everyone },
  { method: 'get', route: '/docs/swagger-ui-init.js', path: '/docs/swagger-ui-init.js', expected: everyone },
  { method: 'get', route: '/docs', path: '/docs', expected: everyone },
  // Swagger UI's own routes (the init script is registered twice, once under a doubled prefix).
  ...['/docs/', '/docs/index.html', '/docs/docs/swagger-ui-init.js'].map((route): Route => ({
    method: 'get',
    route,
    path: route,
    expected: everyone,
  })),
  // Registered by @nestjs/swagger only to answer 404 (it hides swagger-ui-dist's licence file).
  {
    method: 'get',
    route: '/docs/LICENSE',
    path: '/docs/LICENSE',
    expected: Object.fromEntries(ALL_CALLERS.map((caller) => [caller, 404])) as Record<Caller, number>,
  },
];

async function seed(api: ApiHarness): Promise<Seeded> {
  const as = api.authAs(admin);
  await api.http().post('/frameworks').set(as).send(dushanbe2019).expect(201);
  await api
    .http()
    .post('/processes')
    .set(as)
    .send({
      id: 'dushanbe-process-2019',
      name: 'Counter-Terrorism Dushanbe process',
      launchedBy: 'UN Under-Secretary-General for Counter-Terrorism',
      launchedOn: '2019-05-17',
      place: 'Dushanbe',
      frameworkIds: ['dushanbe-declaration-2019'],
      participatingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    })
    .expect(201);
  await api.http().post('/deliverables').set(as).send(cftDeliverable).expect(201);
  for (const stateCode of ['TJ', 'KZ'])
    await api
      .http()
      .post('/deliverables/criminalise-tf/assignments')
      .set(as)
      .send({
        stateCode,
        leadAgency: 'Financial intelligence unit',
        dueOn: '2021-12-31',
        assignedOn: '2019-06-15',
      })
      .expect(201);
  const last = await api
    .http()
    .post('/assistance')
    .set(api.authAs(CALLERS.coordinator))
    .send({
      id: 'seed-assistance',
      provider: 'UNODC',
      recipientState: 'TJ',
      pillar: 'II',
      kind: 'training',
      periodStart: '2024-01-01',
    })
    .expect(201);
  // Read-model rows then check answers, not the projector's speed: wait until the seed is projected.
  await api
    .http()
    .get(`/timeline?minPosition=${String(last.body.position)}`)
    .set(as)
    .expect(200);
  const events = await api.allEvents();
  return { correlationId: events.at(-1)!.metadata.correlationId, position: String(last.body.position) };
}

describe('Authorization: every route x every role', () => {
  let api: ApiHarness;
  let served: Set<string>;
  let seeded: Seeded;
  beforeAll(async () => {
    api = await startApi();
    seeded = await seed(api);
    served = servedRoutes(api.app);
  });
  afterAll(async () => {
    await api.close();
  });

  it('has a row for every route the application serves, and serves every route it has a row for', () => {
    const listed = new Set(ROUTES.map((r) => `${r.method} ${r.route}`));
    expect([...served].filter((route) => !listed.has(route))).toEqual([]);
    expect([...listed].filter((route) => !served.has(route))).toEqual([]);
  });

  const cases = ROUTES.flatMap((route) =>
    ALL_CALLERS.map((caller) => ({ ...route, caller, status: route.expected[caller] })),
  );

  it.each(cases)(
    '$method $route as $caller -> $status',
    async ({ method, route, path, body, prepare, answers, caller, status }) => {
      expect(served).toContain(`${method} ${route}`);
      const template = typeof path === 'function' ? path(seeded) : path;
      const target = prepare ? template.replace(':prepared', await prepare(api)) : template;
      const before = await api.allEvents();
      let call = api.http()[method](target);
      if (caller !== 'anonymous') call = call.set(api.authAs(CALLERS[caller]));
      const response = await (body ? call.send(body()) : call);

      expect({ status: response.status, body: response.body }).toMatchObject({ status });
      const after = await api.allEvents();
      if (status === 404) {
        expect(after).toEqual(before);
        return;
      }
      if (status >= 400) {
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({
          status,
          type: status === 401 ? '/problems/unauthenticated' : '/problems/forbidden',
        });
        if (status === 401) expect(response.headers['www-authenticate']).toMatch(/^Bearer realm=/);
        expect(after).toEqual(before);
        return;
      }
      answers?.(response);
      if (method === 'post') {
        const written = after.slice(before.length);
        expect(written.length).toBeGreaterThan(0);
        // The actor is the verified token subject, nothing the client can otherwise choose.
        expect(written.map((e) => e.metadata.actor)).toEqual(
          written.map(() => CALLERS[caller as 'coordinator'].sub),
        );
      } else {
        expect(after).toEqual(before);
      }
    },
  );

  it('validates a State-scoped body before comparing its State: invalid is 400, another State is 403', async () => {
    const before = await api.allEvents();
    const coordinator = api.authAs(CALLERS.coordinator);
    const invalid = await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(coordinator)
      .send({ stateCode: 'TJ', status: 'done', reportedOn: '2020-02-30' })
      .expect(400);
    expect(invalid.body.type).toBe('/problems/invalid-input');
    // Invalid and for another State: still the validation answer (nothing about the State is trusted).
    await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(coordinator)
      .send({ stateCode: 'KZ', status: 'done' })
      .expect(400);
    await api
      .http()
      .post('/assistance')
      .set(coordinator)
      .send({
        id: 'a-kz',
        provider: 'OSCE',
        recipientState: 'KZ',
        pillar: 'II',
        kind: 'training',
        periodStart: 'soon',
      })
      .expect(400);
    const otherState = await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(api.authAs(CALLERS['coordinator-other-state']))
      .send({ stateCode: 'TJ', status: 'in-progress', reportedOn: '2020-03-01' })
      .expect(403);
    expect(otherState.body.detail).toMatch(/State 'TJ'/);
    // A principal holding several roles gets the union; the State scope still applies.
    const both = api.authAs({ sub: 'both', roles: ['reporter', 'coordinator'], states: ['KZ'] });
    await api
      .http()
      .post('/assistance')
      .set(both)
      .send({
        id: 'a-tj',
        provider: 'OSCE',
        recipientState: 'TJ',
        pillar: 'II',
        kind: 'training',
        periodStart: '2024-01-01',
      })
      .expect(403);
    expect(await api.allEvents()).toEqual(before);
  });

  it('gives a principal with several roles what each role allows', async () => {
    const multi = api.authAs({ sub: 'multi', roles: ['auditor', 'coordinator'] as Role[], states: ['TJ'] });
    await api.http().get('/metrics').set(multi).expect(200);
    await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(multi)
      .send({ stateCode: 'TJ', status: 'in-progress', reportedOn: '2020-04-01' })
      .expect(201);
    await api
      .http()
      .post('/deliverables')
      .set(multi)
      .send({ ...cftDeliverable, id: 'nope' })
      .expect(403);
  });
});

// ------------------------------------------------------------------------------------------------
// Deny by default, on routes that exist only in this test: a controller whose handlers declare no
// policy, next to one that declares a role (the control: the module's routes are reachable).

const calls = { undeclaredRead: 0, undeclaredWrite: 0, declared: 0 };

@Controller('test-only')
class UndeclaredPolicyController {
  @Get('undeclared')
  read() {
    calls.undeclaredRead += 1;
    return { reached: true };
  }

  @Post('undeclared')
  write(@Body() _body: unknown) {
    calls.undeclaredWrite += 1;
    return { reached: true };
  }

  @Get('declared')
  @Roles('auditor')
  declared() {
    calls.declared += 1;
    return { reached: true };
  }
}

@Module({ controllers: [UndeclaredPolicyController] })
class TestOnlyRoutesModule {}

describe('Authorization: deny by default on a route without a declared policy', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({}, {}, { imports: [TestOnlyRoutesModule] });
  });
  afterAll(async () => {
    await api.close();
  });

  it('serves the test-only routes, and none of them is in the route x role table', () => {
    const served = servedRoutes(api.app);
    const listed = new Set(ROUTES.map((r) => `${r.method} ${r.route}`));
    for (const route of [
      'get /test-only/undeclared',
      'post /test-only/undeclared',
      'get /test-only/declared',
    ]) {
      expect(served).toContain(route);
      expect(listed).not.toContain(route);
    }
  });

  it('refuses every role (403) and anonymous callers (401) without running the handler', async () => {
    const before = await api.allEvents();
    for (const method of ['get', 'post'] as const) {
      for (const [caller, principal] of Object.entries(CALLERS)) {
        const response = await api
          .http()
          [method]('/test-only/undeclared')
          .set(api.authAs(principal))
          .send({});
        expect({ method, caller, status: response.status, type: response.body.type }).toEqual({
          method,
          caller,
          status: 403,
          type: '/problems/forbidden',
        });
      }
      const anonymous = await api.http()[method]('/test-only/undeclared').send({});
      expect(anonymous.status).toBe(401);
    }
    // A principal holding every role is refused too: no role opens a route that names none.
    const everyRole = api.authAs({
      sub: 'all.roles',
      roles: ['coordinator', 'programme-admin', 'auditor', 'reporter'],
      states: ['TJ'],
    });
    await api.http().get('/test-only/undeclared').set(everyRole).expect(403);
    expect(calls).toMatchObject({ undeclaredRead: 0, undeclaredWrite: 0 });
    expect(await api.allEvents()).toEqual(before);
  });

  it('lets the declared role through on the same controller (the routes are reachable)', async () => {
    await api.http().get('/test-only/declared').set(api.authAs(CALLERS.reporter)).expect(403);
    await api
      .http()
      .get('/test-only/declared')
      .set(api.authAs(CALLERS.auditor))
      .expect(200, { reached: true });
    expect(calls.declared).toBe(1);
  });
});
