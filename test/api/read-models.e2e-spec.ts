import {
  type DialectName,
  closePglite,
  dropTestSchemas,
  openReadStore,
  postgresFlavour,
} from '../read-models/support/stores';
import {
  type ApiHarness,
  type EventStoreTarget,
  cftDeliverable,
  dushanbe2019,
  startApi,
} from '../support/api-harness';

/**
 * Commands through HTTP, then the read models over HTTP show the new numbers, read-your-writes
 * included: the same suite on the SQLite read store and on PostgreSQL (the server CI starts, or an
 * in-process PostgreSQL where there is none).
 */
const cases: { dialect: DialectName; eventStore: EventStoreTarget }[] = [
  { dialect: 'sqlite', eventStore: 'sqlite' },
  { dialect: 'postgres', eventStore: 'sqlite' },
  { dialect: 'sqlite', eventStore: 'esdb' },
];

describe.each(cases)(
  'Read models over HTTP ($dialect read store, $eventStore event store)',
  ({ dialect, eventStore }) => {
    let api: ApiHarness;
    let admin: Record<string, string>;
    let tj: Record<string, string>;
    let reporter: Record<string, string>;

    beforeAll(async () => {
      api = await startApi(
        { LOG_LEVEL: 'error', READ_WAIT_TIMEOUT_MS: '500' },
        dialect === 'postgres' ? { readStore: await openReadStore('postgres') } : {},
        { eventStore },
      );
      admin = api.authAs({ sub: 'admin.unoct', roles: ['programme-admin'] });
      tj = api.authAs({ sub: 'coordinator.tj', roles: ['coordinator'], states: ['TJ'] });
      reporter = api.authAs({ sub: 'reporting-job', roles: ['reporter'] });
      await api.http().post('/frameworks').set(admin).send(dushanbe2019).expect(201);
      await api.http().post('/deliverables').set(admin).send(cftDeliverable).expect(201);
      for (const [stateCode, dueOn] of [
        ['TJ', '2021-12-31'],
        ['KZ', '2030-12-31'],
      ] as const)
        await api
          .http()
          .post('/deliverables/criminalise-tf/assignments')
          .set(admin)
          .send({ stateCode, leadAgency: 'Financial intelligence unit', dueOn, assignedOn: '2019-06-15' })
          .expect(201);
    });
    afterAll(async () => {
      await api.close();
      if (dialect === 'postgres') {
        await dropTestSchemas();
        await closePglite();
      }
    }, 30_000);

    it(`answers with the coordinator's own write when given its position (${postgresFlavour} for postgres)`, async () => {
      const command = await api
        .http()
        .post('/deliverables/criminalise-tf/progress-reports')
        .set(tj)
        .send({
          stateCode: 'TJ',
          status: 'in-progress',
          percentComplete: 60,
          note: 'Draft law in parliament',
          evidence: ['EAG follow-up report'],
          reportedOn: '2020-06-01',
        })
        .expect(201);
      const tracked = await api
        .http()
        .get(`/tracker/deliverables/criminalise-tf?minPosition=${command.body.position}`)
        .set(reporter)
        .expect(200);
      expect(BigInt(tracked.headers['x-read-model-position'] as string)).toBeGreaterThanOrEqual(
        BigInt(command.body.position),
      );
      const assignment = tracked.body.assignments.find((a: { stateCode: string }) => a.stateCode === 'TJ');
      expect(assignment).toMatchObject({
        leadAgency: 'Financial intelligence unit',
        dueOn: '2021-12-31',
        status: 'in-progress',
        percentComplete: 60,
      });
      expect(tracked.body.reports).toEqual([
        expect.objectContaining({
          stateCode: 'TJ',
          status: 'in-progress',
          reportedOn: '2020-06-01',
          note: 'Draft law in parliament',
          evidence: ['EAG follow-up report'],
        }),
      ]);
    });

    it('shows the scorecard per State with overdue judged against asOf, not the clock', async () => {
      const last = await api
        .http()
        .get('/health')
        .set(api.authAs({ sub: 'ops', roles: ['auditor'] }))
        .expect(200);
      const head = last.body.eventStore.headPosition as string;
      const before = await api
        .http()
        .get(`/scorecards?state=TJ&asOf=2021-12-31&minPosition=${head}`)
        .set(reporter)
        .expect(200);
      expect(before.body.asOf).toBe('2021-12-31');
      expect(before.body.items).toEqual([
        expect.objectContaining({
          stateCode: 'TJ',
          frameworkId: 'dushanbe-declaration-2019',
          pillar: 'II',
          overdue: 0,
        }),
      ]);
      const after = await api.http().get('/scorecards?state=TJ&asOf=2022-01-01').set(reporter).expect(200);
      expect(after.body.items[0]).toMatchObject({ overdue: 1 });
      const kz = await api.http().get('/scorecards?state=KZ&asOf=2022-01-01').set(reporter).expect(200);
      expect(kz.body.items[0]).toMatchObject({ overdue: 0 });
    });

    it('records assistance in the ledger and the State scorecard', async () => {
      const command = await api
        .http()
        .post('/assistance')
        .set(tj)
        .send({
          id: 'osce-fatf-workshop-2024',
          provider: 'OSCE',
          recipientState: 'TJ',
          pillar: 'III',
          kind: 'training',
          periodStart: '2024-09-24',
          periodEnd: '2024-09-27',
          amount: { value: 12500.5, currency: 'EUR' },
        })
        .expect(201);
      const ledger = await api
        .http()
        .get(`/ledger/assistance?recipientState=TJ&minPosition=${command.body.position}`)
        .set(reporter)
        .expect(200);
      expect(ledger.body.items).toEqual([
        expect.objectContaining({
          assistanceId: 'osce-fatf-workshop-2024',
          provider: 'OSCE',
          kind: 'training',
        }),
      ]);
      const received = await api
        .http()
        .get('/scorecards/assistance-received?state=TJ')
        .set(reporter)
        .expect(200);
      expect(received.body).toEqual([
        expect.objectContaining({
          stateCode: 'TJ',
          count: 1,
          totals: [{ currency: 'EUR', amount: '12500.50' }],
          providers: ['OSCE'],
        }),
      ]);
    });

    it('lists the catalogue and the activity timeline newest first', async () => {
      const frameworks = await api.http().get('/catalogue/frameworks?state=TJ').set(reporter).expect(200);
      expect(frameworks.body.items.map((f: { frameworkId: string }) => f.frameworkId)).toEqual([
        'dushanbe-declaration-2019',
      ]);
      const timeline = await api.http().get('/timeline?state=TJ&limit=2').set(reporter).expect(200);
      expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual([
        'AssistanceProvided',
        'ProgressReported',
      ]);
      expect(timeline.body.items[0]).toMatchObject({ actor: 'coordinator.tj' });
    });

    it('answers 503 with the current checkpoint when asked to wait for a position never reached', async () => {
      const response = await api
        .http()
        .get('/scorecards?minPosition=999999999&asOf=2024-01-01')
        .set(reporter)
        .timeout(20_000);
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBeDefined();
      expect(response.body).toMatchObject({
        type: '/problems/read-model-behind',
        requestedPosition: '999999999',
      });
    }, 20_000);

    it("reports each projection's checkpoint and lag in /health", async () => {
      const health = await api
        .http()
        .get('/health')
        .set(api.authAs({ sub: 'ops', roles: ['auditor'] }))
        .expect(200);
      expect(health.body.readModels).toMatchObject({
        ok: true,
        projector: { mode: 'in-process', role: 'active' },
      });
      expect(health.body.readModels.projections.map((p: { name: string }) => p.name).sort()).toEqual(
        [
          'activity-timeline',
          'assistance-ledger',
          'catalogue',
          'deliverable-tracker',
          'organisations',
          'review-queue',
          'state-scorecard',
        ].sort(),
      );
    });
  },
);
