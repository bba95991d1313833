import {
  type ApiHarness,
  EVENT_STORE_TARGETS,
  type TokenRequest,
  cftDeliverable,
  dushanbe2019,
  jpoa,
  startApi,
} from '../support/api-harness';
import { commandIdFor } from '@ct/application';

/**
 * One caller allowed every command these scenarios send: programme administration, and progress
 * and assistance for TJ and KZ (KZ so that the domain, not the State scope, refuses the unassigned
 * State below). Who may do what is tested in authorization.e2e-spec.ts.
 */
const coordinatorTj: TokenRequest = {
  sub: 'coordinator.tj',
  roles: ['programme-admin', 'coordinator'],
  states: ['TJ', 'KZ'],
};

describe.each(EVENT_STORE_TARGETS)('Commands over HTTP (%s event store)', (eventStore) => {
  let api: ApiHarness;
  let actor: Record<string, string>;

  beforeEach(async () => {
    api = await startApi({}, {}, { eventStore });
    actor = api.authAs(coordinatorTj);
  });
  afterEach(async () => {
    await api.close();
  });

  async function seedDeliverable() {
    await api.http().post('/frameworks').set(actor).send(dushanbe2019).expect(201);
    await api.http().post('/deliverables').set(actor).send(cftDeliverable).expect(201);
    await api
      .http()
      .post('/deliverables/criminalise-tf/assignments')
      .set(actor)
      .send({
        stateCode: 'TJ',
        leadAgency: 'Financial intelligence unit',
        dueOn: '2021-12-31',
        assignedOn: '2019-06-15',
      })
      .expect(201);
  }

  it('records every command as an event with its metadata and answers with revision and position', async () => {
    const adopted = await api
      .http()
      .post('/frameworks')
      .set({ ...actor, 'Idempotency-Key': 'adopt-jpoa', 'X-Correlation-Id': 'corr-1' })
      .send(jpoa)
      .expect(201);
    expect(adopted.headers['location']).toBe('/frameworks/jpoa-central-asia-2011');
    expect(adopted.body).toMatchObject({
      streamName: 'framework-jpoa-central-asia-2011',
      revision: '0',
      replayed: false,
    });
    // The server's correlation id is its own; the client's is kept beside it.
    const correlationId = adopted.headers['x-correlation-id'];
    expect(correlationId).toMatch(/^[0-9a-f-]{36}$/);

    await api
      .http()
      .post('/frameworks/jpoa-central-asia-2011/revisions')
      .set(actor)
      .send({
        revisedOn: '2022-03-03',
        summary: 'Updated JPoA',
        place: 'Tashkent',
        adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
      })
      .expect(201);
    await api.http().post('/frameworks').set(actor).send(dushanbe2019).expect(201);
    await api
      .http()
      .post('/processes')
      .set(actor)
      .send({
        id: 'dushanbe-process-2019',
        name: 'Counter-Terrorism Dushanbe process',
        launchedBy: 'UN Under-Secretary-General for Counter-Terrorism',
        launchedOn: '2019-05-17',
        place: 'Dushanbe',
        frameworkIds: ['dushanbe-declaration-2019', 'jpoa-central-asia-2011'],
        participatingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
      })
      .expect(201);
    await api
      .http()
      .post('/processes/dushanbe-process-2019/conferences')
      .set(actor)
      .send({
        title: 'High-Level Conference',
        startsOn: '2019-05-16',
        endsOn: '2019-05-17',
        place: 'Dushanbe',
        outcomeFrameworkIds: ['dushanbe-declaration-2019'],
      })
      .expect(201);
    await api.http().post('/deliverables').set(actor).send(cftDeliverable).expect(201);
    await api
      .http()
      .post('/deliverables/criminalise-tf/assignments')
      .set(actor)
      .send({
        stateCode: 'TJ',
        leadAgency: 'Financial intelligence unit',
        dueOn: '2021-12-31',
        assignedOn: '2019-06-15',
      })
      .expect(201);
    const progress = await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(actor)
      .send({
        stateCode: 'TJ',
        status: 'in-progress',
        percentComplete: 40,
        note: 'Draft law',
        evidence: ['EAG follow-up report'],
        reportedOn: '2020-03-01',
      })
      .expect(201);
    expect(progress.body.revision).toBe('2');
    await api
      .http()
      .post('/assistance')
      .set(actor)
      .send({
        id: 'osce-fatf-workshop-2024',
        provider: 'OSCE',
        recipientState: 'TJ',
        pillar: 'III',
        deliverableId: 'criminalise-tf',
        kind: 'training',
        periodStart: '2024-09-24',
        periodEnd: '2024-09-27',
        amount: { value: 12500.5, currency: 'EUR' },
      })
      .expect(201);
    await api
      .http()
      .post('/deliverables/criminalise-tf/cancellation')
      .set(actor)
      .send({ reason: 'Superseded', cancelledOn: '2024-10-01' })
      .expect(201);

    const log = await api.allEvents();
    // The keyed command first claimed its key (a stream of its own), then recorded its event.
    expect(log[0]).toMatchObject({
      type: 'IdempotencyKeyClaimed',
      streamName: `idempotency-${commandIdFor('coordinator.tj', 'adopt-jpoa')}`,
      data: { command: 'AdoptDeclaration', streamName: 'framework-jpoa-central-asia-2011' },
    });
    const events = log.slice(1);
    expect(events.map((e) => e.type)).toEqual([
      'DeclarationAdopted',
      'FrameworkRevised',
      'DeclarationAdopted',
      'ProcessLaunched',
      'ConferenceHeld',
      'DeliverableDefined',
      'DeliverableAssigned',
      'ProgressReported',
      'AssistanceProvided',
      'DeliverableCancelled',
    ]);
    const commandId = commandIdFor('coordinator.tj', 'adopt-jpoa');
    expect(events[0]!.metadata).toMatchObject({
      actor: 'coordinator.tj',
      commandId,
      correlationId,
      clientCorrelationId: 'corr-1',
      causationId: commandId,
      command: 'AdoptDeclaration',
      schemaVersion: 1,
    });
    expect(events[0]!.position.toString()).toBe(adopted.body.position);
    expect(events[8]!.data).toMatchObject({ amount: { value: 12500.5, currency: 'EUR' } });

    const view = await api.http().get('/deliverables/criminalise-tf').set(actor).expect(200);
    expect(view.body).toMatchObject({
      revision: '3',
      state: { cancelled: true, assignments: { TJ: { status: 'in-progress' } } },
    });
  });

  it('rejects invalid input with problem+json naming every bad field, and writes nothing', async () => {
    await seedDeliverable();
    const before = await api.allEvents();
    const response = await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(actor)
      .send({
        stateCode: 'XX',
        status: 'done',
        percentComplete: 101.5,
        reportedOn: '2020-02-30',
        evidence: [''],
        extra: true,
      })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: '/problems/invalid-input',
      status: 400,
      instance: '/deliverables/criminalise-tf/progress-reports',
    });
    const fields = new Set(response.body.errors.map((e: { field: string }) => e.field));
    expect(fields).toEqual(
      new Set(['stateCode', 'status', 'percentComplete', 'reportedOn', 'evidence', 'extra']),
    );
    expect(await api.allEvents()).toEqual(before);
  });

  it('names the nested field of an invalid amount', async () => {
    await seedDeliverable();
    const response = await api
      .http()
      .post('/assistance')
      .set(actor)
      .send({
        id: 'a-1',
        provider: 'UNODC',
        recipientState: 'TJ',
        pillar: 'II',
        kind: 'training',
        periodStart: '2024-01-01',
        amount: { value: -1, currency: 'usd' },
      })
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'amount.currency',
      'amount.value',
    ]);
  });

  it('refuses a command without a token (401), and a malformed idempotency key (400)', async () => {
    const anonymous = await api.http().post('/frameworks').send(jpoa).expect(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    // X-Actor names nobody any more: only a verified token does.
    await api.http().post('/frameworks').set('X-Actor', 'coordinator.tj').send(jpoa).expect(401);
    const response = await api
      .http()
      .post('/frameworks')
      .set(actor)
      .set('Idempotency-Key', 'bad key with spaces')
      .send(jpoa)
      .expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'header:Idempotency-Key',
    ]);
    expect(await api.allEvents()).toHaveLength(0);
  });

  it('answers 404 for unknown aggregates, on reads and on commands', async () => {
    await api.http().get('/frameworks/no-such-framework').set(actor).expect(404);
    const response = await api
      .http()
      .post('/deliverables/no-such-deliverable/assignments')
      .set(actor)
      .send({ stateCode: 'TJ', leadAgency: 'FIU', dueOn: '2021-12-31', assignedOn: '2019-06-15' })
      .expect(404);
    expect(response.body).toMatchObject({ type: '/problems/not-found', status: 404 });
    await api.http().get('/no-such-route').expect(404);
    await api.http().get('/frameworks/NOT_A_SLUG').set(actor).expect(400);
    expect(await api.allEvents()).toHaveLength(0);
  });

  it('answers 422 naming the rule when the domain forbids the command, and writes nothing', async () => {
    await seedDeliverable();
    const before = await api.allEvents();
    const response = await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(actor)
      .send({ stateCode: 'KZ', status: 'in-progress', reportedOn: '2020-01-01' })
      .expect(422);
    expect(response.body).toMatchObject({
      type: '/problems/domain-rule-violated',
      errors: [{ rule: 'state-not-assigned', field: 'stateCode' }],
    });
    const early = await api
      .http()
      .post('/deliverables')
      .set(actor)
      .send({ ...cftDeliverable, id: 'too-early', definedOn: '2019-01-01' })
      .expect(422);
    expect(early.body.errors).toEqual([
      expect.objectContaining({ rule: 'date-before-adoption', field: 'definedOn' }),
    ]);
    expect(await api.allEvents()).toEqual(before);
  });

  it('answers a retried command with its original result and records nothing new', async () => {
    await seedDeliverable();
    const body = { stateCode: 'TJ', status: 'in-progress', percentComplete: 10, reportedOn: '2020-01-01' };
    const headers = { ...actor, 'Idempotency-Key': 'report-tj-2020-01' };
    const first = await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(headers)
      .send(body)
      .expect(201);
    const again = await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(headers)
      .send(body)
      .expect(201);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    const reports = (await api.allEvents()).filter((e) => e.type === 'ProgressReported');
    expect(reports).toHaveLength(1);
  });

  it('lands every one of concurrent writers on one stream: inside one process they queue, never conflict', async () => {
    await seedDeliverable();
    const attempts = 25;
    const responses = await Promise.all(
      Array.from({ length: attempts }, (_, i) =>
        api
          .http()
          .post('/deliverables/criminalise-tf/progress-reports')
          .set({ ...actor, 'Idempotency-Key': `concurrent-${i}` })
          .send({ stateCode: 'TJ', status: 'in-progress', note: `report ${i}`, reportedOn: '2020-01-01' }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    const accepted = responses.filter((r) => r.status === 201);
    const stream = (await api.allEvents()).filter((e) => e.streamName === 'deliverable-criminalise-tf');
    expect(stream.map((e) => Number(e.revision))).toEqual(stream.map((_, i) => i));
    expect(stream.filter((e) => e.type === 'ProgressReported')).toHaveLength(accepted.length);
    expect(new Set(accepted.map((r) => r.body.revision)).size).toBe(accepted.length);
  });
});

describe.each(EVENT_STORE_TARGETS)('Operations endpoints (%s event store)', (eventStore) => {
  let api: ApiHarness;
  let actor: Record<string, string>;
  beforeAll(async () => {
    api = await startApi({}, {}, { eventStore });
    actor = api.authAs(coordinatorTj);
  });
  afterAll(async () => {
    await api.close();
  });

  it('reports health with the event store head position', async () => {
    const adopted = await api.http().post('/frameworks').set(actor).send(jpoa).expect(201);
    const response = await api
      .http()
      .get('/health')
      .set(api.authAs({ sub: 'ops', roles: ['auditor'] }))
      .expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      eventStore: {
        ok: true,
        kind: eventStore === 'esdb' ? 'eventstoredb' : 'sqlite',
        headPosition: adopted.body.position,
      },
    });
  });

  it('exposes Prometheus metrics counting commands by type and outcome', async () => {
    await api.http().post('/frameworks').set(actor).send(jpoa).expect(422);
    const response = await api
      .http()
      .get('/metrics')
      .set(api.authAs({ sub: 'prometheus', roles: ['auditor'] }))
      .expect(200);
    expect(response.text).toMatch(/ct_commands_total\{command="AdoptDeclaration",outcome="ok"\} 1/);
    expect(response.text).toMatch(/ct_commands_total\{command="AdoptDeclaration",outcome="rejected"\} 1/);
    expect(response.text).toMatch(/ct_command_duration_seconds_bucket/);
  });

  it('serves the OpenAPI document', async () => {
    const response = await api.http().get('/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining(['/frameworks', '/deliverables/{id}/progress-reports', '/assistance']),
    );
  });
});
