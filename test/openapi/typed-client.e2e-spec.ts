import createClient, { type Middleware } from 'openapi-fetch';
import { type AddressInfo } from 'node:net';
import { type paths } from '../../docs/openapi/schema';
import { type ApiHarness, type TokenRequest, startApi } from '../support/api-harness';
import { type OpenApiDocument, ResponseValidator, operationsOf } from './document-validator';

/** An audit answer is a JSON page, or JSON Lines text with `format=jsonl`: the page, typed. */
function jsonPage<Page extends object>(data: Page | string | undefined): Page {
  if (typeof data !== 'object') throw new Error(`expected a JSON page, got ${typeof data}`);
  return data;
}

/**
 * The TypeScript client generated from the OpenAPI document (docs/openapi/schema.d.ts, kept equal
 * to what the app produces by generated.e2e-spec.ts) against the API listening on a port: typed
 * requests (a typo in a field or a filter does not compile) and typed answers. Every answer the
 * client receives is also checked against the document's schema for its route and status.
 */
describe('The generated client against the running API', () => {
  let api: ApiHarness;
  let baseUrl: string;
  let validator: ResponseValidator;
  let document: OpenApiDocument;
  const mismatches: string[] = [];

  const admin: TokenRequest = { sub: 'unoct-admin', roles: ['programme-admin'] };
  const coordinator: TokenRequest = { sub: 'tj-focal-point', roles: ['coordinator'], states: ['TJ'] };
  const reporter: TokenRequest = { sub: 'dashboard', roles: ['reporter'] };
  const auditor: TokenRequest = { sub: 'oios-auditor', roles: ['auditor'] };

  /** Checks every answer against the document before the test sees it. */
  const contract: Middleware = {
    async onResponse({ request, response, schemaPath }) {
      const contentType = response.headers.get('content-type') ?? '';
      const text = await response.clone().text();
      const body: unknown = /json/.test(contentType) && !/ndjson/.test(contentType) ? JSON.parse(text) : text;
      mismatches.push(...validator.check(request.method, schemaPath, response.status, contentType, body));
    },
  };

  const clientAs = (principal?: TokenRequest) => {
    const client = createClient<paths>({
      baseUrl,
      headers: principal ? { Authorization: `Bearer ${api.tokenFor(principal)}` } : {},
    });
    client.use(contract);
    return client;
  };

  beforeAll(async () => {
    api = await startApi();
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    document = (await (await fetch(`${baseUrl}/docs-json`)).json()) as OpenApiDocument;
    validator = new ResponseValidator(document);
  });
  afterAll(async () => {
    await api.close();
  });
  afterEach(() => {
    // Reset before asserting, so one test's mismatch is not reported again by the next.
    const found = mismatches.splice(0);
    expect(found).toEqual([]);
  });

  let lastPosition = '0';

  it('records commands with typed bodies and reads typed answers', async () => {
    const asAdmin = clientAs(admin);
    const adopted = await asAdmin.POST('/frameworks', {
      body: {
        id: 'dushanbe-declaration-2019',
        kind: 'declaration',
        title: 'Dushanbe Declaration',
        adoptedOn: '2019-05-17',
        place: 'Dushanbe',
        adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
      },
      headers: { 'Idempotency-Key': 'adopt-dushanbe-2019' },
    });
    expect(adopted.response.status).toBe(201);
    expect(adopted.response.headers.get('location')).toBe('/frameworks/dushanbe-declaration-2019');
    // `data` is the CommandResult schema: a misspelt field would not compile.
    expect(adopted.data).toMatchObject({
      streamName: 'framework-dushanbe-declaration-2019',
      replayed: false,
    });
    expect(adopted.data?.eventIds).toHaveLength(1);

    await asAdmin.POST('/processes', {
      body: {
        id: 'dushanbe-process',
        name: 'Dushanbe process',
        launchedBy: 'UN Under-Secretary-General for Counter-Terrorism',
        launchedOn: '2019-05-17',
        frameworkIds: ['dushanbe-declaration-2019'],
        participatingStates: ['TJ', 'KZ'],
      },
    });
    await asAdmin.POST('/deliverables', {
      body: {
        id: 'criminalise-tf',
        frameworkId: 'dushanbe-declaration-2019',
        pillar: 'II',
        thematicArea: 'countering the financing of terrorism',
        title: 'Criminalise terrorist financing for any purpose',
        definedOn: '2019-06-01',
      },
    });
    await asAdmin.POST('/deliverables/{id}/assignments', {
      params: { path: { id: 'criminalise-tf' } },
      body: {
        stateCode: 'TJ',
        leadAgency: 'Ministry of Internal Affairs',
        dueOn: '2021-12-31',
        assignedOn: '2019-07-01',
      },
    });
    const reported = await clientAs(coordinator).POST('/deliverables/{id}/progress-reports', {
      params: { path: { id: 'criminalise-tf' } },
      body: {
        stateCode: 'TJ',
        status: 'in-progress',
        percentComplete: 60,
        evidence: ['https://example.org/law-draft.pdf'],
        reportedOn: '2020-06-30',
      },
    });
    expect(reported.response.status).toBe(201);
    const assisted = await clientAs(coordinator).POST('/assistance', {
      body: {
        id: 'unodc-tj-cft-2024',
        provider: 'UNODC',
        recipientState: 'TJ',
        pillar: 'II',
        deliverableId: 'criminalise-tf',
        kind: 'training',
        periodStart: '2024-01-01',
        amount: { value: 250000, currency: 'USD' },
      },
    });
    expect(assisted.response.status).toBe(201);
    lastPosition = assisted.data!.position;

    const deliverable = await clientAs(reporter).GET('/deliverables/{id}', {
      params: { path: { id: 'criminalise-tf' } },
    });
    expect(deliverable.data?.state.assignments.TJ).toMatchObject({
      status: 'in-progress',
      dueOn: '2021-12-31',
    });
  });

  it('reads a read model with typed filters and gets typed rows', async () => {
    const { data, response } = await clientAs(reporter).GET('/scorecards', {
      params: { query: { state: 'TJ', asOf: '2026-11-28', minPosition: lastPosition } },
    });
    expect(response.status).toBe(200);
    expect(BigInt(response.headers.get('x-read-model-position')!)).toBeGreaterThanOrEqual(
      BigInt(lastPosition),
    );
    expect(data?.asOf).toBe('2026-11-28');
    expect(data?.items).toEqual([
      expect.objectContaining({
        stateCode: 'TJ',
        frameworkId: 'dushanbe-declaration-2019',
        pillar: 'II',
        deliverables: 1,
        percentComplete: 60,
        overdue: 1,
      }),
    ]);
    expect(data?.items[0]?.byStatus['in-progress']).toBe(1);

    const ledger = await clientAs(reporter).GET('/ledger/assistance', {
      params: { query: { recipientState: 'TJ', kind: 'training', deliverableId: 'criminalise-tf' } },
    });
    expect(ledger.data?.items.map((r) => [r.assistanceId, r.amount?.value, r.amount?.currency])).toEqual([
      ['unodc-tj-cft-2024', '250000.00', 'USD'],
    ]);
  });

  it('reads the audit log with neither limit nor format: both are optional', async () => {
    const data = jsonPage((await clientAs(auditor).GET('/audit/events')).data);
    expect(data.items.map((e) => e.type)).toEqual([
      'DeclarationAdopted',
      'ProcessLaunched',
      'DeliverableDefined',
      'DeliverableAssigned',
      'ProgressReported',
      'AssistanceProvided',
    ]);
    expect(data.items[0]?.metadata.actor).toBe('unoct-admin');
    expect(data.next).toBeNull();

    const page = jsonPage(
      (
        await clientAs(auditor).GET('/audit/streams/{streamName}', {
          params: { path: { streamName: 'deliverable-criminalise-tf' }, query: { limit: 1 } },
        })
      ).data,
    );
    expect(page.items.map((e) => e.type)).toEqual(['DeliverableDefined']);
    expect(page.next).toMatch(/^\d+$/);

    const lines = await clientAs(auditor).GET('/audit/events', {
      params: { query: { format: 'jsonl', type: ['ProgressReported'] } },
      parseAs: 'text',
    });
    expect(lines.response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(
      lines.data
        ?.trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { type: string }).type),
    ).toEqual(['ProgressReported']);
  });

  it('gets refusals as the documented Problem, and a refusal records nothing', async () => {
    const before = await api.allEvents();
    const refused = await clientAs(admin).POST('/frameworks', {
      body: {
        id: 'dushanbe-declaration-2022',
        kind: 'declaration',
        title: 'Dushanbe Declaration',
        adoptedOn: '2022-02-30',
        place: 'Dushanbe',
        adoptingStates: ['TJ', 'XX'],
      },
    });
    expect(refused.response.status).toBe(400);
    expect(refused.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // `error` is the Problem schema.
    expect(refused.error?.type).toBe('/problems/invalid-input');
    expect(refused.error?.errors?.map((e) => e.field).sort()).toEqual(['adoptedOn', 'adoptingStates']);

    const anonymous = await clientAs().GET('/scorecards', { params: { query: { state: 'TJ' } } });
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.error?.type).toBe('/problems/unauthenticated');

    const live = await clientAs().GET('/health/live');
    expect(live.data?.status).toBe('up');
    expect(await api.allEvents()).toEqual(before);
  });

  it('answers every GET route of the document as its schema says', async () => {
    // One catalogue entry, so GET /organisations/{id} has one to answer with (IATI facts:
    // docs/facts/organisations.md). Registered here, not above, so the audit log read above stays as it is.
    const registered = await clientAs(admin).POST('/organisations', {
      body: {
        id: 'unodc',
        kind: 'un-entity',
        name: { en: 'United Nations Office on Drugs and Crime' },
        iatiOrganisationType: '40',
        iatiRef: 'XM-DAC-41128',
        aliases: ['UNODC'],
      },
    });
    expect(registered.response.status).toBe(201);
    const auditEvent = jsonPage((await clientAs(auditor).GET('/audit/events')).data).items[0]!;
    const pathValues: Record<string, string> = {
      stateCode: 'TJ',
      streamName: 'deliverable-criminalise-tf',
      correlationId: auditEvent.metadata.correlationId,
      frameworkId: 'dushanbe-declaration-2019',
    };
    const idOf = (path: string) =>
      path.startsWith('/frameworks')
        ? 'dushanbe-declaration-2019'
        : path.startsWith('/processes')
          ? 'dushanbe-process'
          : path.startsWith('/assistance')
            ? 'unodc-tj-cft-2024'
            : path.startsWith('/organisations')
              ? 'unodc'
              : 'criminalise-tf';
    // The review queue is for programme staff, auditors and coordinators, not for reporters.
    const callerFor = (path: string): TokenRequest =>
      path.startsWith('/audit')
        ? auditor
        : path === '/metrics' || path === '/health' || path === '/review-queue'
          ? admin
          : reporter;
    // As-of cuts by record time (the events were recorded today): cut at the last command instead.
    // Routes with several media types are asked for each of them.
    const queriesFor = (path: string) =>
      path.startsWith('/audit/as-of')
        ? [`?position=${lastPosition}`]
        : path.startsWith('/reports/') && !path.endsWith('.xml')
          ? ['', '?format=csv', '?format=md', '?format=html']
          : document.paths[path]!.get!.parameters?.some((p) => p.name === 'format')
            ? ['', '?format=jsonl']
            : [''];

    const gets = operationsOf(document).filter((o) => o.method === 'get');
    expect(gets.length).toBeGreaterThan(30);
    const answered: string[] = [];
    const expected: string[] = [];
    for (const { path } of gets) {
      const url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
        name === 'id' ? idOf(path) : pathValues[name]!,
      );
      for (const query of queriesFor(path)) {
        const response = await fetch(`${baseUrl}${url}${query}`, {
          headers: { Authorization: `Bearer ${api.tokenFor(callerFor(path))}` },
        });
        const contentType = response.headers.get('content-type') ?? '';
        const text = await response.text();
        const body: unknown =
          /json/.test(contentType) && !/ndjson/.test(contentType) ? JSON.parse(text) : text;
        answered.push(`${path}${query} ${response.status}`);
        expected.push(`${path}${query} 200`);
        mismatches.push(...validator.check('get', path, response.status, contentType, body));
      }
    }
    expect(answered).toEqual(expected);
    expect(answered.length).toBeGreaterThan(gets.length);
  });
});
