import { AS_OF_SOURCES, AsOfService, CommandGateway, parseCommandRecords } from '@ct/application';
import { CENTRAL_ASIAN_STATES } from '@ct/domain';
import {
  getDeliverable,
  listAssistance,
  projectionsMissing,
  projectionsNamed,
  recordingTables,
  stateScorecard,
} from '@ct/read-models';
import { loadCommands } from '../../apps/cli/src/load-commands';
import demoScenario from '../../apps/cli/src/seed/demo-scenario.json';
import { type DialectName, closePglite, dropTestSchemas, openReadStore } from '../read-models/support/stores';
import { type ApiHarness, type EventStoreTarget, startApi } from '../support/api-harness';

/** The last progress report of a State (not of a regional mechanism, which names no stateCode). */
const lastStateReport = (events: readonly { type: string; data: unknown }[]): number =>
  events.findLastIndex(
    (e) => e.type === 'ProgressReported' && typeof (e.data as { stateCode?: unknown }).stateCode === 'string',
  );

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
        const {
          asOf: _asOf,
          basis: _basis,
          ...page
        } = live.body as { asOf: string; basis: string; items: unknown[] };
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
        // The live route answers for today under the default basis, and says so beside the entry.
        const { asOf: day, basis, result } = asOf.body as { asOf: string; basis: string; result: object };
        expect({ asOf: day, basis, ...result }).toEqual(live.body);
      }
    });

    it('shows what was true before a progress report, and after it', async () => {
      const events = await api.allEvents();
      const index = lastStateReport(events);
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

    it('with no record time, the live read models answer for any business day, with no replay', async () => {
      const live = await api
        .http()
        .get(`/scorecards?state=TJ&asOf=2024-06-01&limit=500&minPosition=${head}`)
        .set(reporter)
        .expect(200);
      const now = await api
        .http()
        .get('/audit/as-of/scorecards?state=TJ&asOf=2024-06-01&limit=500')
        .set(auditor)
        .expect(200);
      expect(now.body).toMatchObject({
        asOf: '2024-06-01',
        knownAt: 'now',
        basis: 'reported',
        eventsReplayed: 0,
      });
      expect(now.body).not.toHaveProperty('cutoff');
      const { asOf: _asOf, basis: _basis, ...page } = live.body as { asOf: string; basis: string };
      expect(now.body.result).toEqual(page);
      // The same question replayed up to the head gives the same answer, the long way.
      const replayed = await api
        .http()
        .get(`/audit/as-of/scorecards?state=TJ&asOf=2024-06-01&position=${head}&limit=500`)
        .set(auditor)
        .expect(200);
      expect(replayed.body.eventsReplayed).toBeGreaterThan(0);
      expect(replayed.body.result).toEqual(now.body.result);
    });

    it('knownAt cuts the log by record time: a day (its end, UTC) or an instant, asOf defaulting to its day', async () => {
      const events = await api.allEvents();
      const index = lastStateReport(events);
      const report = events[index]!;
      const { deliverableId } = report.data as { deliverableId: string };
      const recordedAt = report.metadata.recordedAt;
      const justBefore = new Date(Date.parse(recordedAt) - 1).toISOString();
      const [at, before, byDay, byDate] = await Promise.all(
        [
          `knownAt=${encodeURIComponent(recordedAt)}`,
          `knownAt=${encodeURIComponent(justBefore)}`,
          `knownAt=${recordedAt.slice(0, 10)}`,
          `date=${recordedAt.slice(0, 10)}`,
        ].map((q) =>
          api.http().get(`/audit/as-of/deliverables/${deliverableId}?${q}`).set(auditor).expect(200),
        ),
      );
      expect(at!.body).toMatchObject({
        knownAt: recordedAt,
        asOf: recordedAt.slice(0, 10),
        cutoff: { instant: recordedAt },
      });
      expect(before!.body.eventsReplayed).toBe(at!.body.eventsReplayed - 1);
      expect(at!.body.result.reports).toHaveLength(before!.body.result.reports.length + 1);
      expect(byDay!.body).toMatchObject({
        knownAt: recordedAt.slice(0, 10),
        cutoff: { date: recordedAt.slice(0, 10) },
      });
      expect(byDay!.body.result).toEqual(byDate!.body.result);
    });

    it('the ledger as of a business day and a record time, and with neither the live ledger', async () => {
      const live = await api
        .http()
        .get(`/ledger/assistance?limit=500&minPosition=${head}`)
        .set(reporter)
        .expect(200);
      const now = await api.http().get('/audit/as-of/assistance?limit=500').set(auditor).expect(200);
      expect(now.body).toMatchObject({ knownAt: 'now', eventsReplayed: 0 });
      expect(now.body.result).toEqual(live.body);
      const replayed = await api
        .http()
        .get(`/audit/as-of/assistance?limit=500&position=${head}`)
        .set(auditor)
        .expect(200);
      expect(replayed.body.result).toEqual(live.body);
      const events = await api.allEvents();
      const yesterday = new Date(Date.parse(events[0]!.metadata.recordedAt) - 86_400_000)
        .toISOString()
        .slice(0, 10);
      const before = await api
        .http()
        .get(`/audit/as-of/assistance?knownAt=${yesterday}`)
        .set(auditor)
        .expect(200);
      expect(before.body).toMatchObject({ eventsReplayed: 0, result: { items: [], total: 0 } });
    });

    it('the live read routes take knownAt too: the same answer as the audit as-of, for every read role', async () => {
      const events = await api.allEvents();
      const index = lastStateReport(events);
      const report = events[index]!;
      const { deliverableId, stateCode } = report.data as { deliverableId: string; stateCode: string };
      const justBefore = encodeURIComponent(
        new Date(Date.parse(report.metadata.recordedAt) - 1).toISOString(),
      );
      const [audit, live] = await Promise.all([
        api
          .http()
          .get(`/audit/as-of/scorecards?state=${stateCode}&asOf=2030-01-01&knownAt=${justBefore}&limit=500`)
          .set(auditor)
          .expect(200),
        api
          .http()
          .get(`/scorecards?state=${stateCode}&asOf=2030-01-01&knownAt=${justBefore}&limit=500`)
          .set(reporter)
          .expect(200),
      ]);
      expect(live.body).toEqual({
        asOf: '2030-01-01',
        basis: 'reported',
        knownAt: audit.body.knownAt,
        ...audit.body.result,
      });
      const [then, now] = await Promise.all([
        api
          .http()
          .get(`/tracker/deliverables/${deliverableId}?knownAt=${justBefore}`)
          .set(reporter)
          .expect(200),
        api
          .http()
          .get(
            `/tracker/deliverables/${deliverableId}?knownAt=${encodeURIComponent(report.metadata.recordedAt)}`,
          )
          .set(reporter)
          .expect(200),
      ]);
      expect(now.body.reports).toHaveLength(then.body.reports.length + 1);
      expect(then.body).toMatchObject({
        knownAt: decodeURIComponent(justBefore),
        asOf: report.metadata.recordedAt.slice(0, 10),
      });
      const bad = await api.http().get('/scorecards?knownAt=2024-06').set(reporter).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['knownAt']);
    });

    it('replays only the read models each answer reads: its queries read no other table', async () => {
      // Every read model, replayed up to the head: the tables each query reads, recorded.
      const replay = await api.app.get(AsOfService).replayKnownAt({ position: BigInt(head) });
      try {
        const read = async (ask: (db: typeof replay.store.db) => Promise<unknown>) => {
          const recording = recordingTables(replay.store.db);
          await ask(recording.db);
          return recording.tables;
        };
        const asOf = '2030-01-01';
        const deliverables = (await replay.store.db
          .selectFrom('tracker_deliverables')
          .select('deliverable_id')
          .execute()) as { deliverable_id: string }[];
        const asked = {
          scorecard: [
            ...(await Promise.all(
              [...CENTRAL_ASIAN_STATES.map(({ code }) => code), undefined].flatMap((stateCode) =>
                (['reported', 'validated'] as const).map((basis) =>
                  read((db) =>
                    stateScorecard(db, { asOf, basis, limit: 500, ...(stateCode ? { stateCode } : {}) }),
                  ),
                ),
              ),
            )),
          ],
          deliverable: await Promise.all(
            deliverables.map(({ deliverable_id }) =>
              read((db) => getDeliverable(db, { deliverableId: deliverable_id, asOf, basis: 'reported' })),
            ),
          ),
          ledger: [await read((db) => listAssistance(db, { limit: 500 }))],
        };
        expect(deliverables.length).toBeGreaterThan(0);
        for (const [answer, tables] of Object.entries(asked)) {
          const sources = projectionsNamed(AS_OF_SOURCES[answer as keyof typeof AS_OF_SOURCES]);
          const missing = tables.flatMap((t) => projectionsMissing(t, sources));
          expect({ answer, missing: [...new Set(missing)] }).toEqual({ answer, missing: [] });
        }
      } finally {
        await replay.store.close();
      }
    });

    it('takes at most one record time, a well-formed one, and is for auditors', async () => {
      const before = await api.allEvents();
      const both = await api
        .http()
        .get(`/audit/as-of/scorecards?date=2024-01-01&position=${head}`)
        .set(auditor)
        .expect(400);
      expect(both.body.errors.map((e: { field: string }) => e.field)).toEqual(['date', 'position']);
      const three = await api
        .http()
        .get(`/audit/as-of/deliverables/criminalise-tf?knownAt=2024-01-01&date=2024-01-01&position=${head}`)
        .set(auditor)
        .expect(400);
      expect(three.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'knownAt',
        'date',
        'position',
      ]);
      for (const [query, field] of [
        ['knownAt=2024-06', 'knownAt'],
        ['knownAt=2024-06-01T10:00', 'knownAt'],
        ['knownAt=yesterday', 'knownAt'],
        ['asOf=2024-13-01', 'asOf'],
        ['basis=approved', 'basis'],
        ['revision=latest', 'revision'],
      ]) {
        const bad = await api.http().get(`/audit/as-of/scorecards?${query}`).set(auditor).expect(400);
        expect({ query, fields: bad.body.errors.map((e: { field: string }) => e.field) }).toEqual({
          query,
          fields: [field],
        });
      }
      await api.http().get(`/audit/as-of/scorecards?position=${head}`).set(reporter).expect(403);
      await api.http().get('/audit/as-of/assistance').set(reporter).expect(403);
      // Reading writes nothing.
      expect(await api.allEvents()).toEqual(before);
    });
  },
);
