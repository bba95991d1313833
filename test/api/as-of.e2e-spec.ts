import { CommandGateway, parseCommandRecords } from '@ct/application';
import { CENTRAL_ASIAN_STATES } from '@ct/domain';
import { loadCommands } from '../../apps/cli/src/load-commands';
import demoScenario from '../../apps/cli/src/seed/demo-scenario.json';
import { type DialectName, closePglite, dropTestSchemas, openReadStore } from '../read-models/support/stores';
import { type ApiHarness, type EventStoreTarget, startApi } from '../support/api-harness';

const cases: { dialect: DialectName; eventStore: EventStoreTarget }[] = [
  { dialect: 'sqlite', eventStore: 'sqlite' },
  { dialect: 'postgres', eventStore: 'sqlite' },
  { dialect: 'sqlite', eventStore: 'esdb' },
];

/**
 * As-of answers are recomputed from the events with the projector's code: at the current position
 * they equal the live read models, and at a past position they show what was true then.
 */
describe.each(cases)(
  'Read models as of a past moment ($dialect read store, $eventStore event store)',
  ({ dialect, eventStore }) => {
    let api: ApiHarness;
    let auditor: Record<string, string>;
    let reporter: Record<string, string>;
    let head: string;

    beforeAll(async () => {
      api = await startApi({}, dialect === 'postgres' ? { readStore: await openReadStore('postgres') } : {}, {
        eventStore,
      });
      auditor = api.authAs({ sub: 'auditor.oios', roles: ['auditor'] });
      reporter = api.authAs({ sub: 'reporting-job', roles: ['reporter'] });
      const report = await loadCommands(
        api.app.get(CommandGateway),
        parseCommandRecords(demoScenario),
        'seed:test',
      );
      expect(report.failed).toEqual([]);
      const events = await api.allEvents();
      head = events[events.length - 1]!.position.toString();
    }, 60_000);
    afterAll(async () => {
      await api.close();
      if (dialect === 'postgres') {
        await dropTestSchemas();
        await closePglite();
      }
    }, 30_000);

    it("equals the live scorecard of every State at the current position, reading only that State's history", async () => {
      const events = await api.allEvents();
      // The day of the last event (not the wall clock: a run may straddle midnight).
      const today = events[events.length - 1]!.metadata.recordedAt.slice(0, 10);
      for (const { code } of CENTRAL_ASIAN_STATES) {
        // The live read model first, once caught up: the State's stream list comes from it.
        const live = await api
          .http()
          .get(`/scorecards?state=${code}&asOf=${today}&limit=500&minPosition=${head}`)
          .set(reporter)
          .expect(200);
        const asOf = await api
          .http()
          .get(`/audit/as-of/scorecards?state=${code}&position=${head}&limit=500`)
          .set(auditor)
          .expect(200);
        expect(asOf.body.asOf).toBe(today);
        const { asOf: _asOf, ...page } = live.body as { asOf: string; items: unknown[] };
        expect(page.items.length).toBeGreaterThan(0);
        expect(asOf.body.result).toEqual(page);
        expect(asOf.body.eventsReplayed).toBeLessThan(events.length);
      }
    });

    it('equals the live deliverable tracker at the current position', async () => {
      const deliverables = await api
        .http()
        .get(`/tracker/deliverables?limit=500&minPosition=${head}`)
        .set(reporter)
        .expect(200);
      for (const { deliverableId } of deliverables.body.items as { deliverableId: string }[]) {
        const asOf = await api
          .http()
          .get(`/audit/as-of/deliverables/${deliverableId}?position=${head}`)
          .set(auditor)
          .expect(200);
        const live = await api.http().get(`/tracker/deliverables/${deliverableId}`).set(reporter).expect(200);
        expect(asOf.body.result).toEqual(live.body);
      }
    });

    it('shows what was true before a progress report, and after it', async () => {
      const events = await api.allEvents();
      const index = events.map((e) => e.type).lastIndexOf('ProgressReported');
      const report = events[index]!;
      const { deliverableId, stateCode, status } = report.data as {
        deliverableId: string;
        stateCode: string;
        status: string;
      };
      const before = events[index - 1]!.position.toString();
      const [then, now] = await Promise.all(
        [before, report.position.toString()].map((position) =>
          api
            .http()
            .get(`/audit/as-of/deliverables/${deliverableId}?position=${position}`)
            .set(auditor)
            .expect(200),
        ),
      );
      const reportsOf = (body: { result: { reports: { stateCode: string }[] } }) =>
        body.result.reports.filter((r) => r.stateCode === stateCode);
      expect(reportsOf(now!.body)).toHaveLength(reportsOf(then!.body).length + 1);
      expect(
        now!.body.result.assignments.find((a: { stateCode: string }) => a.stateCode === stateCode),
      ).toMatchObject({ status });
    });

    it('cuts by date at the end of the day (UTC)', async () => {
      const events = await api.allEvents();
      const today = events[events.length - 1]!.metadata.recordedAt.slice(0, 10);
      const first = new Date(events[0]!.metadata.recordedAt);
      const yesterday = new Date(first.getTime() - 86_400_000).toISOString().slice(0, 10);
      const empty = await api
        .http()
        .get(`/audit/as-of/scorecards?date=${yesterday}`)
        .set(auditor)
        .expect(200);
      expect(empty.body).toMatchObject({ asOf: yesterday, eventsReplayed: 0, result: { items: [] } });
      const all = await api
        .http()
        .get(`/audit/as-of/scorecards?date=${today}&limit=500`)
        .set(auditor)
        .expect(200);
      expect(all.body.eventsReplayed).toBe(events.length);
    });

    it('asks for exactly one cutoff, and is for auditors', async () => {
      const neither = await api.http().get('/audit/as-of/scorecards').set(auditor).expect(400);
      expect(neither.body.errors.map((e: { field: string }) => e.field)).toEqual(['date', 'position']);
      await api
        .http()
        .get(`/audit/as-of/scorecards?date=2024-01-01&position=${head}`)
        .set(auditor)
        .expect(400);
      await api.http().get(`/audit/as-of/scorecards?position=${head}`).set(reporter).expect(403);
    });
  },
);
