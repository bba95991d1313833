import { commandIdFor } from '@ct/application';
import {
  type ApiHarness,
  EVENT_STORE_TARGETS,
  cftDeliverable,
  dushanbe2019,
  jpoa,
  startApi,
} from '../support/api-harness';

describe.each(EVENT_STORE_TARGETS)('Audit history over HTTP (%s event store)', (eventStore) => {
  let api: ApiHarness;
  let as: (actor: string, extra?: Record<string, string>) => Record<string, string>;
  let auditor: Record<string, string>;
  /** The server's correlation id of the first request. */
  let firstCorrelationId: string;
  /** Every event but idempotency-key claims: what the audit histories show. */
  const histories = async () => (await api.allEvents()).filter((e) => e.type !== 'IdempotencyKeyClaimed');

  beforeAll(async () => {
    api = await startApi({}, {}, { eventStore });
    const roles = {
      'admin.unoct': { roles: ['programme-admin' as const] },
      'coordinator.tj': { roles: ['coordinator' as const], states: ['TJ'] },
      'coordinator.kz': { roles: ['coordinator' as const], states: ['KZ'] },
    };
    as = (actor, extra = {}) => ({
      ...api.authAs({ sub: actor, ...roles[actor as keyof typeof roles] }),
      ...extra,
    });
    auditor = api.authAs({ sub: 'auditor.oios', roles: ['auditor'] });
    const first = await api
      .http()
      .post('/frameworks')
      .set(as('admin.unoct', { 'X-Correlation-Id': 'batch-1' }))
      .send(jpoa)
      .expect(201);
    firstCorrelationId = first.headers['x-correlation-id'] as string;
    await api
      .http()
      .post('/frameworks')
      .set(as('admin.unoct', { 'X-Correlation-Id': 'batch-1' }))
      .send(dushanbe2019)
      .expect(201);
    await api.http().post('/deliverables').set(as('admin.unoct')).send(cftDeliverable).expect(201);
    for (const stateCode of ['TJ', 'KZ'])
      await api
        .http()
        .post('/deliverables/criminalise-tf/assignments')
        .set(as('admin.unoct'))
        .send({
          stateCode,
          leadAgency: 'Financial intelligence unit',
          dueOn: '2021-12-31',
          assignedOn: '2019-06-15',
        })
        .expect(201);
    await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(as('coordinator.tj', { 'Idempotency-Key': 'tj-report-1' }))
      .send({ stateCode: 'TJ', status: 'in-progress', reportedOn: '2020-01-01' })
      .expect(201);
    await api
      .http()
      .post('/assistance')
      .set(as('coordinator.kz'))
      .send({
        id: 'unodc-kz-1',
        provider: 'UNODC',
        recipientState: 'KZ',
        pillar: 'III',
        kind: 'training',
        periodStart: '2021-03-01',
        deliverableId: 'criminalise-tf',
      })
      .expect(201);
  });
  afterAll(async () => {
    await api.close();
  });

  it("pages the global log by position with every event's metadata", async () => {
    // Positions are the store's own (EventStoreDB's are log offsets): compare with the whole log.
    const all = await histories();
    const positions = all.map((e) => e.position.toString());
    expect(positions).toHaveLength(7);
    const first = await api.http().get('/audit/events?limit=4').set(auditor).expect(200);
    expect(first.body.items.map((e: { position: string }) => e.position)).toEqual(positions.slice(0, 4));
    expect(first.body.next).toBe(positions[3]);
    expect(first.body.items[0]).toMatchObject({
      type: 'DeclarationAdopted',
      schemaVersion: 1,
      streamName: 'framework-jpoa-central-asia-2011',
      revision: '0',
      metadata: {
        actor: 'admin.unoct',
        correlationId: firstCorrelationId,
        clientCorrelationId: 'batch-1',
        command: 'AdoptDeclaration',
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        previousHash: null,
      },
    });
    const second = await api
      .http()
      .get(`/audit/events?limit=4&after=${first.body.next}`)
      .set(auditor)
      .expect(200);
    expect(second.body.items.map((e: { position: string }) => e.position)).toEqual(positions.slice(4));
    expect(second.body.next).toBeNull();
  });

  it('filters the log by type, actor and correlation id', async () => {
    const byType = await api
      .http()
      .get('/audit/events?type=DeliverableAssigned&type=AssistanceProvided')
      .set(auditor)
      .expect(200);
    expect(byType.body.items.map((e: { type: string }) => e.type)).toEqual([
      'DeliverableAssigned',
      'DeliverableAssigned',
      'AssistanceProvided',
    ]);
    const byActor = await api.http().get('/audit/events?actor=coordinator.tj').set(auditor).expect(200);
    expect(byActor.body.items).toHaveLength(1);
    expect(byActor.body.items[0].metadata.commandId).toBe(commandIdFor('coordinator.tj', 'tj-report-1'));
    const correlated = await api
      .http()
      .get(`/audit/correlations/${firstCorrelationId}`)
      .set(auditor)
      .expect(200);
    expect(correlated.body.items.map((e: { streamName: string }) => e.streamName)).toEqual([
      'framework-jpoa-central-asia-2011',
    ]);
    expect(correlated.body.items[0].metadata.clientCorrelationId).toBe('batch-1');
    // A correlation id chosen by clients groups nothing: two requests sent it, neither is joined by it.
    const chosen = await api.http().get('/audit/correlations/batch-1').set(auditor).expect(200);
    expect(chosen.body.items).toEqual([]);
    const none = await api.http().get('/audit/events?until=2000-01-01').set(auditor).expect(200);
    expect(none.body.items).toEqual([]);
  });

  it("gives a State's history: every stream that concerns it, and nothing else", async () => {
    const tj = await api.http().get('/audit/states/TJ/events').set(auditor).expect(200);
    const streams = new Set(tj.body.items.map((e: { streamName: string }) => e.streamName));
    expect(streams).toEqual(
      new Set([
        'framework-jpoa-central-asia-2011',
        'framework-dushanbe-declaration-2019',
        'deliverable-criminalise-tf',
      ]),
    );
    const uz = await api.http().get('/audit/states/UZ/events').set(auditor).expect(200);
    expect(uz.body.items.map((e: { streamName: string }) => e.streamName)).toEqual([
      'framework-dushanbe-declaration-2019',
    ]);
    await api.http().get('/audit/states/XX/events').set(auditor).expect(400);
  });

  it("gives a deliverable's history including assistance recorded against it", async () => {
    const history = await api
      .http()
      .get('/audit/deliverables/criminalise-tf/events')
      .set(auditor)
      .expect(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual([
      'DeliverableDefined',
      'DeliverableAssigned',
      'DeliverableAssigned',
      'ProgressReported',
      'AssistanceProvided',
    ]);
    const stream = await api.http().get('/audit/streams/deliverable-criminalise-tf').set(auditor).expect(200);
    expect(stream.body.items.map((e: { revision: string }) => e.revision)).toEqual(['0', '1', '2', '3']);
  });

  it('exports any history as JSON Lines', async () => {
    const response = await api.http().get('/audit/events?format=jsonl').set(auditor).expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = response.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((e) => e.position)).toEqual((await histories()).map((e) => e.position.toString()));
  });

  it('verifies the hash chains of the whole log', async () => {
    const report = await api.http().get('/audit/verify').set(auditor).expect(200);
    // Verify covers every stored event: the seven recorded facts and the one idempotency-key claim.
    expect(report.body).toMatchObject({ ok: true, eventsChecked: 8, streamsChecked: 5, brokenLinks: [] });
  });

  it('is for auditors only', async () => {
    await api.http().get('/audit/events').set(as('coordinator.tj')).expect(403);
    await api.http().get('/audit/verify').expect(401);
  });

  it('rejects malformed query parameters naming each', async () => {
    const response = await api
      .http()
      .get('/audit/events?limit=0&after=abc&since=yesterday&format=xml')
      .set(auditor)
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'after',
      'format',
      'limit',
      'since',
    ]);
  });
});
