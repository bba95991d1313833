import { type DialectName, closePglite, dropTestSchemas, openReadStore } from '../read-models/support/stores';
import { type ApiHarness, cftDeliverable, dushanbe2019, startApi } from '../support/api-harness';

/**
 * Records that evolve (issue #12), read side over HTTP, on the SQLite read store and on
 * PostgreSQL: the scorecard changes with each correction and withdrawal, a returned report does
 * not count under basis=validated, a backfilled quarter lands in its place in the tracker, late
 * completion shows, and the review queue lists what awaits review, oldest first, with its age.
 * Every read passes the command's position (read-your-writes), so nothing here waits on timing.
 */
describe.each<DialectName>(['sqlite', 'postgres'])(
  'Read side of records that evolve (%s read store)',
  (dialect) => {
    let api: ApiHarness;
    let admin: Record<string, string>;
    let tj: Record<string, string>;
    let kz: Record<string, string>;
    let auditor: Record<string, string>;
    let reporter: Record<string, string>;
    const DELIVERABLE = `/deliverables/${cftDeliverable.id}`;
    const TRACKED = `/tracker/deliverables/${cftDeliverable.id}`;
    const today = new Date().toISOString().slice(0, 10);
    /** The position of the latest command: every read waits for it. */
    let last = '0';

    const send = async (auth: Record<string, string>, path: string, body: Record<string, unknown>) => {
      const answer = await api.http().post(path).set(auth).send(body).expect(201);
      const result = answer.body as { eventIds: string[]; position: string };
      last = result.position;
      return result.eventIds[0]!;
    };
    const get = async (path: string, query: Record<string, string> = {}, auth = auditor) =>
      (
        await api
          .http()
          .get(path)
          .query({ ...query, minPosition: last })
          .set(auth)
          .expect(200)
      ).body as Record<string, unknown>;
    const scorecardRow = async (stateCode: string, query: Record<string, string>) => {
      const body = await get('/scorecards', { state: stateCode, ...query });
      return (body.items as Record<string, unknown>[])[0];
    };

    beforeAll(async () => {
      api = await startApi(
        { LOG_LEVEL: 'error', READ_WAIT_TIMEOUT_MS: '5000' },
        dialect === 'postgres' ? { readStore: await openReadStore('postgres') } : {},
      );
      admin = api.authAs({ sub: 'admin.unoct', roles: ['programme-admin'] });
      tj = api.authAs({ sub: 'coordinator.tj', roles: ['coordinator'], states: ['TJ'] });
      kz = api.authAs({ sub: 'coordinator.kz', roles: ['coordinator'], states: ['KZ'] });
      auditor = api.authAs({ sub: 'auditor.oios', roles: ['auditor'] });
      reporter = api.authAs({ sub: 'reporting-job', roles: ['reporter'] });
      await send(admin, '/frameworks', dushanbe2019);
      await send(admin, '/deliverables', cftDeliverable);
      for (const [stateCode, dueOn] of [
        ['TJ', '2021-12-31'],
        ['KZ', '2030-12-31'],
      ] as const)
        await send(admin, `${DELIVERABLE}/assignments`, {
          stateCode,
          leadAgency: 'Financial intelligence unit',
          dueOn,
          assignedOn: '2019-06-15',
        });
    });
    afterAll(async () => {
      await api.close();
      if (dialect === 'postgres') {
        await dropTestSchemas();
        await closePglite();
      }
    }, 30_000);

    it('a report corrected and then withdrawn changes the scorecard each time; the tracker shows the chain', async () => {
      const asOf = { asOf: '2020-06-01' };
      const reportId = await send(tj, `${DELIVERABLE}/progress-reports`, {
        stateCode: 'TJ',
        status: 'in-progress',
        percentComplete: 85,
        reportedOn: '2020-03-01',
      });
      expect(await scorecardRow('TJ', asOf)).toMatchObject({
        percentComplete: 85,
        byStatus: { 'in-progress': 1, 'not-started': 0 },
      });

      const correctionId = await send(tj, `${DELIVERABLE}/progress-reports/${reportId}/corrections`, {
        stateCode: 'TJ',
        status: 'in-progress',
        percentComplete: 58,
        reportedOn: '2020-03-01',
        reason: 'Typed 85 instead of 58',
      });
      expect(await scorecardRow('TJ', asOf)).toMatchObject({ percentComplete: 58 });

      await send(admin, `${DELIVERABLE}/progress-reports/${reportId}/withdrawal`, {
        stateCode: 'TJ',
        reason: 'Entered on the wrong deliverable',
      });
      expect(await scorecardRow('TJ', asOf)).toMatchObject({
        percentComplete: 0,
        byStatus: { 'in-progress': 0, 'not-started': 1 },
      });

      const detail = await get(TRACKED, { state: 'TJ', ...asOf });
      expect(detail).toMatchObject({ asOf: '2020-06-01', basis: 'reported' });
      expect(detail.reports).toEqual([
        expect.objectContaining({
          reportId,
          versionId: correctionId,
          percentComplete: 58,
          withdrawn: true,
          counted: false,
          history: [
            expect.objectContaining({ type: 'ProgressReported', actor: 'coordinator.tj', eventId: reportId }),
            expect.objectContaining({
              type: 'ProgressReportCorrected',
              actor: 'coordinator.tj',
              eventId: correctionId,
              supersedes: reportId,
              reason: 'Typed 85 instead of 58',
              values: expect.objectContaining({ percentComplete: 58 }) as unknown,
            }),
            expect.objectContaining({
              type: 'ProgressReportWithdrawn',
              actor: 'admin.unoct',
              reason: 'Entered on the wrong deliverable',
            }),
          ],
        }),
      ]);
      const timeline = await get('/timeline', { state: 'TJ', type: 'ProgressReportCorrected' });
      expect(timeline.items).toEqual([
        expect.objectContaining({
          actor: 'coordinator.tj',
          summary: expect.stringContaining('Typed 85 instead of 58') as unknown,
        }),
      ]);
    });

    it('a returned report does not count under basis=validated; a resubmitted then validated one does', async () => {
      const asOf = { asOf: '2020-06-01' };
      const reportId = await send(kz, `${DELIVERABLE}/progress-reports`, {
        stateCode: 'KZ',
        status: 'completed',
        percentComplete: 100,
        reportedOn: '2020-05-01',
      });
      expect(await scorecardRow('KZ', { ...asOf, basis: 'reported' })).toMatchObject({
        byStatus: { completed: 1 },
      });
      expect(await scorecardRow('KZ', { ...asOf, basis: 'validated' })).toMatchObject({
        byStatus: { completed: 0, 'not-started': 1 },
      });

      await send(admin, `${DELIVERABLE}/progress-reports/${reportId}/return`, {
        stateCode: 'KZ',
        comment: 'Which law? Give its number.',
      });
      expect(await scorecardRow('KZ', { ...asOf, basis: 'validated' })).toMatchObject({
        byStatus: { completed: 0, 'not-started': 1 },
        percentComplete: 0,
      });
      // Returned but not withdrawn: it still counts as reported.
      expect(await scorecardRow('KZ', { ...asOf, basis: 'reported' })).toMatchObject({
        byStatus: { completed: 1 },
      });
      const queue = await get('/review-queue', { state: 'KZ' }, admin);
      expect(queue.items).toEqual([]);

      await send(kz, `${DELIVERABLE}/progress-reports/${reportId}/corrections`, {
        stateCode: 'KZ',
        status: 'completed',
        percentComplete: 100,
        reportedOn: '2020-05-01',
        note: 'Law No. 123 of 2020',
        reason: 'Law number added as asked',
      });
      expect(((await get('/review-queue', { state: 'KZ' }, admin)).items as unknown[]).length).toBe(1);
      await send(admin, `${DELIVERABLE}/progress-reports/${reportId}/validation`, { stateCode: 'KZ' });
      expect(await scorecardRow('KZ', { ...asOf, basis: 'validated' })).toMatchObject({
        byStatus: { completed: 1 },
        percentComplete: 100,
      });
      const detail = await get(TRACKED, { state: 'KZ', ...asOf, basis: 'validated' });
      expect(detail.reports).toEqual([
        expect.objectContaining({ reportId, review: 'validated', counted: true }),
      ]);
    });

    it('a backfilled quarter lands in its place in the tracker; completion after the due date is late', async () => {
      await send(tj, `${DELIVERABLE}/progress-reports`, {
        stateCode: 'TJ',
        status: 'in-progress',
        percentComplete: 50,
        reportedOn: '2021-06-30',
      });
      // Recorded after the June report, dated in March: a backfill.
      await send(tj, `${DELIVERABLE}/progress-reports`, {
        stateCode: 'TJ',
        status: 'blocked',
        percentComplete: 20,
        reportedOn: '2021-03-31',
      });
      const tjOf = (body: Record<string, unknown>) =>
        (body.assignments as Record<string, unknown>[]).find((a) => a.stateCode === 'TJ');
      expect(tjOf(await get(TRACKED, { asOf: '2021-04-30' }))).toMatchObject({
        status: 'blocked',
        percentComplete: 20,
        lastReportedOn: '2021-03-31',
      });
      expect(tjOf(await get(TRACKED, { asOf: '2021-07-01' }))).toMatchObject({
        status: 'in-progress',
        percentComplete: 50,
      });
      const reports = (await get(TRACKED, { state: 'TJ', asOf: '2021-07-01' })).reports as {
        reportedOn: string;
      }[];
      expect(reports.map((r) => r.reportedOn)).toEqual(['2020-03-01', '2021-03-31', '2021-06-30']);
      // Overdue as of a past date uses the status valid then.
      expect(await scorecardRow('TJ', { asOf: '2022-01-15' })).toMatchObject({ overdue: 1 });

      await send(tj, `${DELIVERABLE}/progress-reports`, {
        stateCode: 'TJ',
        status: 'completed',
        percentComplete: 100,
        reportedOn: '2022-02-01',
      });
      expect(tjOf(await get(TRACKED, { asOf: '2022-03-01' }))).toMatchObject({
        status: 'completed',
        completedOn: '2022-02-01',
        completedLate: true,
      });
      expect(await scorecardRow('TJ', { asOf: '2022-03-01' })).toMatchObject({
        byStatus: { completed: 1 },
        completedLate: 1,
        overdue: 0,
      });
      expect(await scorecardRow('TJ', { asOf: '2022-01-15' })).toMatchObject({
        overdue: 1,
        completedLate: 0,
      });
      const listed = await get('/tracker/deliverables', {
        state: 'TJ',
        status: 'blocked',
        asOf: '2021-04-30',
      });
      expect(listed.total).toBe(1);
      expect((await get('/tracker/deliverables', { status: 'blocked', asOf: '2022-03-01' })).total).toBe(0);
    });

    it('one State withdrawn stops counting from its date; the other State is untouched', async () => {
      await send(admin, `${DELIVERABLE}/assignments/KZ/withdrawal`, {
        outcome: 'not-applicable',
        reason: 'Covered by the EAG regional programme',
        withdrawnOn: '2023-01-01',
      });
      expect(await scorecardRow('KZ', { asOf: '2023-06-01' })).toMatchObject({
        deliverables: 0,
        notCounted: { 'not-applicable': 1 },
        percentComplete: null,
      });
      expect(await scorecardRow('KZ', { asOf: '2022-06-01' })).toMatchObject({
        deliverables: 1,
        notCounted: { 'not-applicable': 0 },
      });
      expect(await scorecardRow('TJ', { asOf: '2023-06-01' })).toMatchObject({ deliverables: 1 });
      const detail = await get(TRACKED, { asOf: '2023-06-01' });
      expect(detail.lifecycle).toEqual([
        expect.objectContaining({ stateCode: 'KZ', kind: 'not-applicable', effectiveOn: '2023-01-01' }),
      ]);
    });

    it('the review queue lists submitted reports oldest first with their age; coordinators see their own States', async () => {
      const newest = await send(tj, `${DELIVERABLE}/progress-reports`, {
        stateCode: 'TJ',
        status: 'in-progress',
        percentComplete: 80,
        // Before the completion: a backfill, accepted without reopening.
        reportedOn: '2021-09-30',
      });
      const ageDay = new Date(Date.parse(`${today}T00:00:00Z`) + 5 * 86_400_000).toISOString().slice(0, 10);
      const queue = await get('/review-queue', { asOf: ageDay }, admin);
      expect(queue.asOf).toBe(ageDay);
      const items = queue.items as {
        reportId: string;
        stateCode: string;
        ageDays: number;
        submittedAt: string;
      }[];
      expect(items.length).toBeGreaterThanOrEqual(4);
      expect(items.map((i) => i.submittedAt)).toEqual([...items.map((i) => i.submittedAt)].sort());
      expect(items[items.length - 1]).toMatchObject({
        reportId: newest,
        stateCode: 'TJ',
        ageDays: 5,
        title: cftDeliverable.title,
        frameworkId: dushanbe2019.id,
        submittedBy: 'coordinator.tj',
      });
      const own = (await get('/review-queue', {}, tj)).items as { stateCode: string }[];
      expect(own.length).toBe(items.filter((i) => i.stateCode === 'TJ').length);
      expect(new Set(own.map((i) => i.stateCode))).toEqual(new Set(['TJ']));
      expect(
        ((await get('/review-queue', { framework: 'elsewhere' }, admin)).items as unknown[]).length,
      ).toBe(0);

      const before = (await api.allEvents()).length;
      const foreign = await api.http().get('/review-queue').query({ state: 'KZ' }).set(tj);
      expect(foreign.status).toBe(403);
      expect((await api.http().get('/review-queue').set(reporter)).status).toBe(403);
      expect((await api.allEvents()).length).toBe(before);
    });

    it('names every bad parameter of the business-time reads', async () => {
      const answer = await api
        .http()
        .get('/scorecards')
        .query({ basis: 'approved', revision: '2022-13-45', asOf: 'yesterday' })
        .set(auditor)
        .expect(400);
      const fields = ((answer.body as { errors: { field: string }[] }).errors ?? [])
        .map((e) => e.field)
        .sort();
      expect(fields).toEqual(['asOf', 'basis', 'revision']);
      await api.http().get(TRACKED).query({ basis: 'approved' }).set(auditor).expect(400);
      await api.http().get('/review-queue').query({ asOf: '2024-02-30' }).set(admin).expect(400);
      // revision filter: the deliverable belongs to the original text.
      expect((await get('/scorecards', { revision: '2022-03-03' })).items).toEqual([]);
      expect(((await get('/scorecards', { revision: 'original' })).items as unknown[]).length).toBe(2);
    });
  },
);
