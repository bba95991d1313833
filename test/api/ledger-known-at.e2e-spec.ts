import { CommandGateway, parseCommandRecords } from '@ct/application';
import { loadCommands } from '../../apps/cli/src/load-commands';
import demoScenario from '../../apps/cli/src/seed/demo-scenario.json';
import { type ApiHarness, type EventStoreTarget, startApi } from '../support/api-harness';

/**
 * GET /ledger/assistance takes `knownAt` like the other live read routes (GET /scorecards,
 * GET /tracker/deliverables/{id}): a day (its end, UTC) or a zoned instant answers from the log
 * recorded by then, replayed, and says so; absent, the live ledger answers as before.
 */
describe.each<{ eventStore: EventStoreTarget }>([{ eventStore: 'sqlite' }, { eventStore: 'esdb' }])(
  'Assistance ledger as known at a record time ($eventStore event store)',
  ({ eventStore }) => {
    let api: ApiHarness;
    let reporter: Record<string, string>;
    let auditor: Record<string, string>;
    let head: string;

    beforeAll(async () => {
      api = await startApi({}, {}, { eventStore });
      reporter = api.authAs({ sub: 'reporting-job', roles: ['reporter'] });
      auditor = api.authAs({ sub: 'auditor.oios', roles: ['auditor'] });
      const report = await loadCommands(
        api.app.get(CommandGateway),
        parseCommandRecords(demoScenario),
        'seed:test',
      );
      expect(report.failed).toEqual([]);
      const events = await api.allEvents();
      head = events[events.length - 1]!.position.toString();
    }, 60_000);
    afterAll(() => api.close(), 60_000);

    /** The last record provided in the demo: known at its recording instant, unknown just before. */
    async function lastProvided() {
      const events = await api.allEvents();
      const provided = events.findLast((e) => e.type === 'AssistanceProvided')!;
      const { assistanceId } = provided.data as { assistanceId: string };
      const recordedAt = provided.metadata.recordedAt;
      return {
        assistanceId,
        position: provided.position,
        recordedAt,
        justBefore: new Date(Date.parse(recordedAt) - 1).toISOString(),
      };
    }

    const ids = (body: { items: { assistanceId: string }[] }) => body.items.map((r) => r.assistanceId);

    it('a record is in the ledger known at its recording instant, and not just before it', async () => {
      const { assistanceId, position, recordedAt, justBefore } = await lastProvided();
      const [at, before] = await Promise.all(
        [recordedAt, justBefore].map((knownAt) =>
          api
            .http()
            .get(`/ledger/assistance?limit=500&knownAt=${encodeURIComponent(knownAt)}`)
            .set(reporter)
            .expect(200),
        ),
      );
      expect(at!.body.knownAt).toBe(recordedAt);
      expect(before!.body.knownAt).toBe(justBefore);
      expect(ids(at!.body)).toContain(assistanceId);
      expect(ids(before!.body)).not.toContain(assistanceId);
      expect(at!.body.total).toBe(before!.body.total + 1);
      // The position header is the last event replayed: at least the record's own event.
      expect(BigInt(at!.headers['x-read-model-position'] as string)).toBeGreaterThanOrEqual(position);
      expect(BigInt(before!.headers['x-read-model-position'] as string)).toBeLessThan(position);
    });

    it('answers what the audit as-of answers for the same record time, with the same filters', async () => {
      const { justBefore } = await lastProvided();
      const knownAt = encodeURIComponent(justBefore);
      const [live, audit] = await Promise.all([
        api
          .http()
          .get(`/ledger/assistance?recipientState=TJ&limit=500&knownAt=${knownAt}`)
          .set(reporter)
          .expect(200),
        api
          .http()
          .get(`/audit/as-of/assistance?recipientState=TJ&limit=500&knownAt=${knownAt}`)
          .set(auditor)
          .expect(200),
      ]);
      const { knownAt: said, ...page } = live.body as { knownAt: string; items: unknown[] };
      expect(said).toBe(audit.body.knownAt);
      expect(page).toEqual(audit.body.result);
      expect(page.items.length).toBeGreaterThan(0);
    });

    it('a day means its end (UTC); a day before the first event knows no record', async () => {
      const events = await api.allEvents();
      const firstDay = events[0]!.metadata.recordedAt.slice(0, 10);
      const dayBefore = new Date(Date.parse(`${firstDay}T00:00:00.000Z`) - 86_400_000)
        .toISOString()
        .slice(0, 10);
      const lastDay = events[events.length - 1]!.metadata.recordedAt.slice(0, 10);
      const [none, all, live] = await Promise.all([
        api.http().get(`/ledger/assistance?knownAt=${dayBefore}`).set(reporter).expect(200),
        api.http().get(`/ledger/assistance?limit=500&knownAt=${lastDay}`).set(reporter).expect(200),
        api.http().get(`/ledger/assistance?limit=500&minPosition=${head}`).set(reporter).expect(200),
      ]);
      expect(none.body).toMatchObject({ knownAt: dayBefore, items: [], total: 0 });
      // By the end of the day of the last event, the whole log is known: the live ledger.
      expect(all.body).toEqual({ knownAt: lastDay, ...live.body });
      expect(live.body).not.toHaveProperty('knownAt');
    });

    it('refuses a malformed knownAt, naming it, and the summary takes none; reading writes nothing', async () => {
      const before = await api.allEvents();
      for (const knownAt of ['2024-06', '2024-06-01T10:00', 'yesterday', '2024-02-30']) {
        const bad = await api.http().get(`/ledger/assistance?knownAt=${knownAt}`).set(reporter).expect(400);
        expect({ knownAt, fields: bad.body.errors.map((e: { field: string }) => e.field) }).toEqual({
          knownAt,
          fields: ['knownAt'],
        });
      }
      const summary = await api
        .http()
        .get('/ledger/assistance/summary?knownAt=2024-06-01')
        .set(reporter)
        .expect(400);
      expect(summary.body.errors.map((e: { field: string }) => e.field)).toEqual(['knownAt']);
      await api.http().get('/ledger/assistance?knownAt=2024-06-01').expect(401);
      expect(await api.allEvents()).toEqual(before);
    });
  },
);
