import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '../reports/tiny-json-schema';
import { type DialectName, closePglite, dropTestSchemas, openReadStore } from '../read-models/support/stores';
import { type ApiHarness, type EventStoreTarget, dushanbe2019, startApi } from '../support/api-harness';

/**
 * Regional assignments over HTTP (issue #13 item 2), on the SQLite event store and on EventStoreDB
 * (emulator): a deliverable assigned to a regional mechanism of the organisations catalogue, a
 * member State's coordinator reporting on it where the mechanism allows it (refused, with nothing
 * written, where it does not, for another State than their own, and for a non-member), its reports
 * corrected, withdrawn and reviewed as a State's, and the scorecard and tracker showing it as a
 * regional row of its own, never in a member State's row.
 */

/** The Counter-Terrorism Early Warning Network for Central Asia (docs/facts/organisations.md 8.2). */
const network = {
  id: 'ct-early-warning-network',
  kind: 'regional-mechanism',
  name: { en: 'Counter-Terrorism Early Warning Network for Central Asia' },
  memberStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  memberStatesMayReport: true,
};

/**
 * The Regional Expert Council on returnees (docs/facts/organisations.md 8.2), registered here as
 * NOT letting its member States report: the case where only programme staff record its progress.
 */
const council = {
  id: 'regional-expert-council-returnees',
  kind: 'regional-mechanism',
  name: {
    en: 'Central Asia Regional Expert Council on Rehabilitation and Reintegration of Returnees',
  },
  memberStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  memberStatesMayReport: false,
};

const deliverable = {
  id: 'ewn-threat-exchange',
  frameworkId: dushanbe2019.id,
  pillar: 'I',
  thematicArea: 'early warning',
  title: 'Exchange threat assessments through the regional early warning network',
  definedOn: '2019-06-01',
};
const DELIVERABLE = `/deliverables/${deliverable.id}`;
const assignment = { leadAgency: 'UNOCT/UNCCT and UNRCCA', dueOn: '2030-12-31', assignedOn: '2022-07-01' };
const report = { status: 'in-progress', percentComplete: 30, reportedOn: '2023-10-13' };

/** The embedded stores; EventStoreDB (emulator) events; PostgreSQL (pglite) read models. */
const TARGETS: Array<[EventStoreTarget, DialectName]> = [
  ['sqlite', 'sqlite'],
  ['esdb', 'sqlite'],
  ['sqlite', 'postgres'],
];

describe.each(TARGETS)(
  'Regional assignments over HTTP (%s event store, %s read store)',
  (eventStore, dialect) => {
    let api: ApiHarness;
    let admin: Record<string, string>;
    let kz: Record<string, string>;
    let tj: Record<string, string>;
    let af: Record<string, string>;
    let auditor: Record<string, string>;
    let last = '0';

    const send = async (auth: Record<string, string>, path: string, body: Record<string, unknown>) => {
      const answer = await api.http().post(path).set(auth).send(body).expect(201);
      last = (answer.body as { position: string }).position;
      return (answer.body as { eventIds: string[] }).eventIds[0]!;
    };
    /** The refusal's status and body, and proof that the log did not grow. */
    const refused = async (
      auth: Record<string, string>,
      path: string,
      body: Record<string, unknown>,
      status: number,
    ) => {
      const before = (await api.allEvents()).length;
      const answer = await api.http().post(path).set(auth).send(body).expect(status);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(await api.allEvents()).toHaveLength(before);
      return answer.body as { errors?: Array<{ field: string; rule?: string }> };
    };
    /** The broken rules of a 422, with the field each names. */
    const rulesOf = (body: { errors?: Array<{ field: string; rule?: string }> }) =>
      (body.errors ?? []).map(({ field, rule }) => ({ field, rule }));
    const get = async (path: string, query: Record<string, string> = {}) =>
      (
        await api
          .http()
          .get(path)
          .query({ ...query, minPosition: last })
          .set(auditor)
          .expect(200)
      ).body as Record<string, unknown>;

    beforeAll(async () => {
      api = await startApi(
        { LOG_LEVEL: 'error', READ_WAIT_TIMEOUT_MS: '5000' },
        dialect === 'postgres' ? { readStore: await openReadStore('postgres') } : {},
        { eventStore },
      );
      admin = api.authAs({ sub: 'admin.unoct', roles: ['programme-admin'] });
      kz = api.authAs({ sub: 'coordinator.kz', roles: ['coordinator'], states: ['KZ'] });
      tj = api.authAs({ sub: 'coordinator.tj', roles: ['coordinator'], states: ['TJ'] });
      af = api.authAs({ sub: 'coordinator.af', roles: ['coordinator'], states: ['AF'] });
      auditor = api.authAs({ sub: 'auditor.oios', roles: ['auditor'] });
      await send(admin, '/frameworks', dushanbe2019);
      await send(admin, '/deliverables', deliverable);
      await send(admin, '/organisations', network);
      await send(admin, '/organisations', council);
      await send(admin, `${DELIVERABLE}/assignments`, { stateCode: 'TJ', ...assignment });
    });
    afterAll(async () => {
      await api.close();
      if (dialect === 'postgres') {
        await dropTestSchemas();
        await closePglite();
      }
    }, 30_000);

    it('assigns to a regional mechanism, snapshotting its members and reporting rule into the event', async () => {
      const eventId = await send(admin, `${DELIVERABLE}/assignments`, {
        mechanismId: network.id,
        ...assignment,
      });
      const event = (await api.allEvents()).find((e) => e.id === eventId);
      expect(event).toMatchObject({
        type: 'DeliverableAssigned',
        data: {
          deliverableId: deliverable.id,
          mechanismId: network.id,
          mechanism: {
            name: network.name,
            memberStates: network.memberStates,
            memberStatesMayReport: true,
          },
        },
        metadata: { schemaVersion: 1 },
      });
      expect(event?.data).not.toHaveProperty('stateCode');
      const state = await api.http().get(DELIVERABLE).set(auditor).expect(200);
      expect(state.body.state.assignments[network.id]).toMatchObject({
        status: 'not-started',
        mechanism: { memberStates: network.memberStates, memberStatesMayReport: true },
      });
    });

    it('refuses an assignment naming both a State and a mechanism, neither, or no mechanism of the catalogue', async () => {
      const both = await refused(
        admin,
        `${DELIVERABLE}/assignments`,
        { stateCode: 'KZ', mechanismId: network.id, ...assignment },
        422,
      );
      expect(rulesOf(both)).toEqual([{ field: 'mechanismId', rule: 'one-assignee' }]);
      const neither = await refused(admin, `${DELIVERABLE}/assignments`, assignment, 400);
      expect(neither.errors?.map((e) => e.field).sort()).toEqual(['mechanismId', 'stateCode']);
      const unknown = await refused(
        admin,
        `${DELIVERABLE}/assignments`,
        { mechanismId: 'unodc', ...assignment },
        422,
      );
      expect(rulesOf(unknown)).toEqual([{ field: 'mechanismId', rule: 'unknown-mechanism' }]);
    });

    it("records a member State coordinator's report on it, naming the reporting State", async () => {
      const reportId = await send(kz, `${DELIVERABLE}/progress-reports`, {
        mechanismId: network.id,
        reportingState: 'KZ',
        ...report,
      });
      const event = (await api.allEvents()).find((e) => e.id === reportId);
      expect(event).toMatchObject({
        type: 'ProgressReported',
        data: { mechanismId: network.id, reportingState: 'KZ', status: 'in-progress' },
        metadata: { actor: 'coordinator.kz', schemaVersion: 2 },
      });
      expect(event?.data).not.toHaveProperty('stateCode');
    });

    it('refuses, writing nothing, a coordinator reporting for another State, for none, or for a non-member', async () => {
      const path = `${DELIVERABLE}/progress-reports`;
      const otherState = await refused(
        kz,
        path,
        { mechanismId: network.id, reportingState: 'TJ', ...report },
        403,
      );
      expect(JSON.stringify(otherState)).toContain('reportingState');
      await refused(kz, path, { mechanismId: network.id, ...report }, 403);
      const nonMember = await refused(
        af,
        path,
        { mechanismId: network.id, reportingState: 'AF', ...report },
        422,
      );
      expect(rulesOf(nonMember)).toEqual([{ field: 'reportingState', rule: 'not-a-member' }]);
      // A regional report never lands in a member State's own assignment, nor the reverse.
      const kzNotAssigned = await refused(kz, path, { stateCode: 'KZ', ...report }, 422);
      expect(rulesOf(kzNotAssigned)).toEqual([{ field: 'stateCode', rule: 'state-not-assigned' }]);
      const reporterOnStateReport = await refused(
        tj,
        path,
        { stateCode: 'TJ', reportingState: 'TJ', ...report },
        422,
      );
      expect(rulesOf(reporterOnStateReport)).toEqual([
        { field: 'reportingState', rule: 'reporting-state-without-mechanism' },
      ]);
    });

    it('refuses a member coordinator where the mechanism does not let members report; programme staff record it', async () => {
      await send(admin, `${DELIVERABLE}/assignments`, { mechanismId: council.id, ...assignment });
      const path = `${DELIVERABLE}/progress-reports`;
      const closed = await refused(
        kz,
        path,
        { mechanismId: council.id, reportingState: 'KZ', ...report },
        422,
      );
      expect(rulesOf(closed)).toEqual([{ field: 'mechanismId', rule: 'members-may-not-report' }]);
      await send(admin, path, { mechanismId: council.id, ...report, percentComplete: 10 });
    });

    it("lets the reporting coordinator correct their regional report, programme staff validate it, and refuses another member's coordinator", async () => {
      const reportId = await send(kz, `${DELIVERABLE}/progress-reports`, {
        mechanismId: network.id,
        reportingState: 'KZ',
        ...report,
        reportedOn: '2024-01-15',
      });
      const path = `${DELIVERABLE}/progress-reports/${reportId}`;
      await send(kz, `${path}/corrections`, {
        mechanismId: network.id,
        reportingState: 'KZ',
        ...report,
        reportedOn: '2024-01-15',
        percentComplete: 45,
        reason: 'the third regional conference was counted twice',
      });
      const otherMember = await refused(
        tj,
        `${path}/withdrawal`,
        { mechanismId: network.id, reportingState: 'TJ', reason: 'not ours' },
        422,
      );
      expect(rulesOf(otherMember)).toEqual([{ field: 'reportingState', rule: 'report-of-another-state' }]);
      await send(admin, `${path}/validation`, {
        mechanismId: network.id,
        comment: 'conference report checked',
      });
      const validated = await refused(
        kz,
        `${path}/withdrawal`,
        { mechanismId: network.id, reportingState: 'KZ', reason: 'sent twice' },
        422,
      );
      expect(rulesOf(validated)).toEqual([{ field: 'reportId', rule: 'report-validated' }]);
    });

    it("shows the regional assignment as a row of its own in the scorecard and tracker, never in a member State's", async () => {
      const asOf = { asOf: '2024-06-01' };
      const all = (await get('/scorecards', asOf)).items as Array<Record<string, unknown>>;
      const regional = all.filter((row) => row['kind'] === 'regional');
      expect(regional).toEqual([
        expect.objectContaining({
          stateCode: network.id,
          mechanismId: network.id,
          mechanismName: network.name.en,
          deliverables: 1,
          percentComplete: 45,
        }),
        expect.objectContaining({
          stateCode: council.id,
          mechanismId: council.id,
          mechanismName: council.name.en,
          percentComplete: 10,
        }),
      ]);
      const tjRow = all.find((row) => row['stateCode'] === 'TJ');
      expect(tjRow).toMatchObject({ deliverables: 1, percentComplete: 0 });
      expect(tjRow).not.toHaveProperty('kind');
      // A member State's scorecard holds only its own assignments: KZ has none.
      expect((await get('/scorecards', { ...asOf, state: 'KZ' })).items).toEqual([]);

      const tracked = await get(`/tracker/deliverables/${deliverable.id}`, asOf);
      const assignments = tracked['assignments'] as Array<Record<string, unknown>>;
      // In the key order of the read store's collation, which SQLite and PostgreSQL may not share.
      expect(assignments.map((a) => [a['stateCode'], a['kind'] ?? 'state'])).toEqual(
        expect.arrayContaining([
          ['TJ', 'state'],
          [network.id, 'regional'],
          [council.id, 'regional'],
        ]),
      );
      expect(assignments).toHaveLength(3);
      expect(assignments.find((a) => a['stateCode'] === network.id)).toMatchObject({
        mechanismName: network.name.en,
        status: 'in-progress',
        percentComplete: 45,
      });
    });

    it("shows a regional mechanisms' line in the regional overview (JSON valid against its schema, HTML in English and Russian)", async () => {
      const reporter = api.authAs({ sub: 'reporter.press', roles: ['reporter'] });
      const json = await api
        .http()
        .get('/reports/regional-overview')
        // The scorecard read above waited for the last write: the read models have it.
        .query({ asOf: '2024-06-01' })
        .set(reporter)
        .expect(200);
      const schema = JSON.parse(
        readFileSync(join(__dirname, '../../libs/reports/src/schemas/regional-overview.schema.json'), 'utf8'),
      ) as Record<string, unknown>;
      expect(validate(schema, json.body)).toEqual([]);
      const report = json.body as {
        states: Array<{ stateCode: string; deliverables: number }>;
        regionalMechanisms: Array<Record<string, unknown>>;
        notes: string[];
      };
      expect(
        report.regionalMechanisms.map((m) => [m['mechanismId'], m['mechanismName'], m['deliverables']]),
      ).toEqual([
        [network.id, network.name.en, 1],
        [council.id, council.name.en, 1],
      ]);
      expect(report.regionalMechanisms[0]).toMatchObject({ percentComplete: 45 });
      // Never in a member State's line: KZ reported on the network's assignment but has none of its own.
      expect(report.states.find((st) => st.stateCode === 'KZ')).toMatchObject({ deliverables: 0 });
      expect(report.notes.join(' ')).not.toContain(network.id);

      const html = await api
        .http()
        .get('/reports/regional-overview?asOf=2024-06-01&format=html')
        .set(reporter)
        .expect(200);
      expect(html.text).toContain('Regional mechanisms (their own assignments)');
      expect(html.text).toContain(network.name.en);
      const ru = await api
        .http()
        .get('/reports/regional-overview?asOf=2024-06-01&format=html&lang=ru')
        .set(reporter)
        .expect(200);
      expect(ru.text).toContain('Региональные механизмы (их собственные задания)');
    });

    it('withdraws a regional assignment by its mechanism id in the path (programme staff)', async () => {
      await send(admin, `${DELIVERABLE}/assignments/${council.id}/withdrawal`, {
        outcome: 'not-applicable',
        reason: 'returnees are followed by the national programmes',
        withdrawnOn: '2024-05-01',
      });
      const tracked = await get(`/tracker/deliverables/${deliverable.id}`, { asOf: '2024-06-01' });
      expect(
        (tracked['assignments'] as Array<Record<string, unknown>>).find((a) => a['stateCode'] === council.id),
      ).toMatchObject({ kind: 'regional', status: 'not-applicable' });
    });

    it("shows a coordinator the regional reports their State sent in the review queue, never another member's", async () => {
      const fromTj = await send(tj, `${DELIVERABLE}/progress-reports`, {
        mechanismId: network.id,
        reportingState: 'TJ',
        ...report,
        reportedOn: '2024-02-01',
        percentComplete: 50,
      });
      type Item = { reportId: string; stateCode: string; reportingState?: string };
      const queue = async (auth: Record<string, string>, query: Record<string, string> = {}) =>
        (
          await api
            .http()
            .get('/review-queue')
            .query({ ...query, minPosition: last })
            .set(auth)
            .expect(200)
        ).body as { items: Item[]; total: number };
      const senders = (items: Item[]) => items.map((i) => [i.stateCode, i.reportingState]);

      // KZ's coordinator: the report KZ sent on the network (recorded above, still submitted).
      const ofKz = await queue(kz);
      expect(ofKz.total).toBeGreaterThan(0);
      expect(senders(ofKz.items)).toEqual(ofKz.items.map(() => [network.id, 'KZ']));
      expect(ofKz.items.map((i) => i.reportId)).not.toContain(fromTj);
      // `state` narrows to one of their States: the same reports.
      expect(await queue(kz, { state: 'KZ' })).toEqual(ofKz);

      const ofTj = await queue(tj);
      expect(ofTj.items.map((i) => i.reportId)).toEqual([fromTj]);
      expect(ofTj.items[0]).toMatchObject({ stateCode: network.id, reportingState: 'TJ' });
      await api.http().get('/review-queue').query({ state: 'KZ' }).set(tj).expect(403);

      // Programme staff see every State's and mechanism's: both.
      const staffView = (
        await api.http().get('/review-queue').query({ minPosition: last }).set(admin).expect(200)
      ).body as { items: Item[] };
      expect(staffView.items.map((i) => i.reportId)).toEqual(
        expect.arrayContaining([fromTj, ...ofKz.items.map((i) => i.reportId)]),
      );
    });
  },
);
