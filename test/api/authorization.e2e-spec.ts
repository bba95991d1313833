import { type Role } from '@ct/application';
import {
  type ApiHarness,
  type TokenRequest,
  cftDeliverable,
  dushanbe2019,
  startApi,
} from '../support/api-harness';

/**
 * Every route x every kind of caller, with the status each must get. A forbidden or unauthenticated
 * write must leave the event store exactly as it was; an allowed one records the token's `sub` as
 * the actor. Any route the table does not list must be denied to everyone (deny by default), so a
 * new route with a policy fails here until it gets a row.
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

interface Route {
  method: 'get' | 'post';
  /** As in the OpenAPI document, to check that the table covers every route. */
  route: string;
  path: string;
  /** A valid body (fresh ids), so that an allowed caller's request succeeds. */
  body?: () => object;
  /** Runs as the programme admin before each request: e.g. a deliverable to cancel. */
  prepare?: (api: ApiHarness) => Promise<string>;
  /** The status of each caller; writes that succeed are 201, reads 200. */
  expected: Record<Caller, number>;
  /**
   * Read-model routes answer once their projection has caught up (404 until then, for an id): for
   * these rows an allowed caller is only checked not to be refused (read-model answers are tested
   * in their own suites); refusals are still exact.
   */
  projected?: boolean;
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
    expected: coordinatorOfTheState,
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
    expected: coordinatorOfTheState,
  },
  {
    method: 'get',
    route: '/frameworks/{id}',
    path: '/frameworks/dushanbe-declaration-2019',
    expected: anyRole,
  },
  { method: 'get', route: '/processes/{id}', path: '/processes/dushanbe-process-2019', expected: anyRole },
  { method: 'get', route: '/deliverables/{id}', path: '/deliverables/criminalise-tf', expected: anyRole },
  { method: 'get', route: '/assistance/{id}', path: '/assistance/seed-assistance', expected: anyRole },
  ...[
    ['/audit/events', '/audit/events?format=json'],
    ['/audit/streams/{streamName}', '/audit/streams/deliverable-criminalise-tf'],
    ['/audit/states/{stateCode}/events', '/audit/states/TJ/events'],
    ['/audit/deliverables/{id}/events', '/audit/deliverables/criminalise-tf/events'],
    ['/audit/correlations/{correlationId}', '/audit/correlations/some-correlation'],
    ['/audit/verify', '/audit/verify'],
  ].map(([route, path]): Route => ({
    method: 'get',
    route: route!,
    path: path!,
    expected: { ...denyAll(), auditor: 200 },
  })),
  // Query parameters are required here (a 400 without them is fine: only refusals are checked).
  ...[
    ['/audit/as-of/scorecards', '/audit/as-of/scorecards'],
    ['/audit/as-of/deliverables/{id}', '/audit/as-of/deliverables/criminalise-tf'],
  ].map(([route, path]): Route => ({
    method: 'get',
    route: route!,
    path: path!,
    expected: { ...denyAll(), auditor: 200 },
    projected: true,
  })),
  ...[
    ['/scorecards', '/scorecards'],
    ['/scorecards/assistance-received', '/scorecards/assistance-received'],
    ['/tracker/deliverables', '/tracker/deliverables'],
    ['/tracker/deliverables/{id}', '/tracker/deliverables/criminalise-tf'],
    ['/ledger/assistance', '/ledger/assistance'],
    ['/ledger/assistance/summary', '/ledger/assistance/summary'],
    ['/timeline', '/timeline'],
    ['/catalogue/frameworks', '/catalogue/frameworks'],
    ['/catalogue/processes', '/catalogue/processes'],
  ].map(([route, path]): Route => ({
    method: 'get',
    route: route!,
    path: path!,
    expected: anyRole,
    projected: true,
  })),
  // Reports: the reporter role's job, and the programme admin's; the framework route answers 404
  // until the catalogue projection has the framework, hence `projected` for it.
  ...[
    ['/reports/state-scorecard/{stateCode}', '/reports/state-scorecard/TJ?asOf=2024-01-01'],
    ['/reports/regional-overview', '/reports/regional-overview?format=html'],
    ['/reports/framework-progress', '/reports/framework-progress?format=md'],
    ['/reports/framework-progress/{frameworkId}', '/reports/framework-progress/dushanbe-declaration-2019'],
    ['/reports/assistance', '/reports/assistance?format=csv'],
    ['/reports/assistance.iati.xml', '/reports/assistance.iati.xml'],
  ].map(([route, path]): Route => ({
    method: 'get',
    route: route!,
    path: path!,
    expected: { ...denyAll(), reporter: 200, 'programme-admin': 200 },
    projected: route!.includes('{frameworkId}'),
  })),
  {
    method: 'get',
    route: '/metrics',
    path: '/metrics',
    expected: { ...denyAll(), 'programme-admin': 200, auditor: 200 },
  },
  {
    method: 'get',
    route: '/health',
    path: '/health',
    expected: {
      coordinator: 200,
      'coordinator-other-state': 200,
      'programme-admin': 200,
      auditor: 200,
      reporter: 200,
      anonymous: 200,
    },
  },
];

async function seed(api: ApiHarness) {
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
  await api
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
}

describe('Authorization: every route x every role', () => {
  let api: ApiHarness;
  /** `get /frameworks/{id}`…: the routes this build serves, from its OpenAPI document. */
  let served: Set<string>;
  beforeAll(async () => {
    api = await startApi();
    await seed(api);
    const document = await api.http().get('/docs-json').expect(200);
    served = new Set(
      Object.entries(document.body.paths as Record<string, object>).flatMap(([route, operations]) =>
        Object.keys(operations).map((method) => `${method} ${route}`),
      ),
    );
  });
  afterAll(async () => {
    await api.close();
  });

  const cases = ROUTES.flatMap((route) =>
    ALL_CALLERS.map((caller) => ({ ...route, caller, status: route.expected[caller] })),
  );

  it.each(cases)(
    '$method $route as $caller -> $status',
    async ({ method, route, path, body, prepare, projected, caller, status }) => {
      // A row for a route this build does not serve (yet) has nothing to check.
      if (!served.has(`${method} ${route}`)) return;
      const target = prepare ? path.replace(':prepared', await prepare(api)) : path;
      const before = await api.allEvents();
      let call = api.http()[method](target);
      if (caller !== 'anonymous') call = call.set(api.authAs(CALLERS[caller]));
      const response = await (body ? call.send(body()) : call);

      if (projected && status === 200) {
        expect(response.status).not.toBe(401);
        expect(response.status).not.toBe(403);
        return;
      }
      expect({ status: response.status, body: response.body }).toMatchObject({ status });
      const after = await api.allEvents();
      if (status >= 400) {
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body).toMatchObject({
          status,
          type: status === 401 ? '/problems/unauthenticated' : '/problems/forbidden',
        });
        if (status === 401) expect(response.headers['www-authenticate']).toMatch(/^Bearer realm=/);
        expect(after).toEqual(before);
      } else if (method === 'post') {
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

  it('denies every route the table does not list, to every role (deny by default)', async () => {
    const document = await api.http().get('/docs-json').expect(200);
    const listed = new Set(ROUTES.map((r) => `${r.method} ${r.route}`));
    const unlisted = Object.entries(document.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([route, operations]) =>
        Object.keys(operations)
          .filter((method) => !listed.has(`${method} ${route}`))
          .map((method) => ({ method: method as 'get' | 'post', route })),
    );
    for (const { method, route } of unlisted) {
      const path = route.replace(/\{[^}]+\}/g, 'some-id');
      for (const caller of Object.keys(CALLERS) as (keyof typeof CALLERS)[]) {
        const response = await api.http()[method](path).set(api.authAs(CALLERS[caller])).send({});
        expect({ route: `${method} ${route}`, caller, status: response.status }).toEqual({
          route: `${method} ${route}`,
          caller,
          status: 403, // if this route is meant to be open, declare @Roles and add a row above
        });
      }
      expect((await api.http()[method](path).send({})).status).toBe(401);
    }
  });

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
