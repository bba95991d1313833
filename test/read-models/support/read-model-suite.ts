import {
  type ReadStore,
  assistanceReceived,
  getDeliverable,
  listActivity,
  listAssistance,
  listDeliverables,
  listFrameworks,
  listProcesses,
  listReviewQueue,
  PROJECTIONS,
  stateScorecard,
  summarizeAssistance,
} from '@ct/read-models';
import { eventIdFor } from '@ct/event-store';
import { type FixtureEvent, scenario } from './events';
import { catchUp, eventStoreWith, projectInto } from './harness';
import { type DialectName, dropTestSchemas, openReadStore, snapshot } from './stores';

/** Given the scenario's events, then these rows: the same expectations on every dialect. */
export function readModelSuite(dialect: DialectName): void {
  describe(`read models on ${dialect}`, () => {
    let store: ReadStore;

    beforeAll(async () => {
      store = await openReadStore(dialect);
      await projectInto(store, scenario());
    }, 30_000);

    afterAll(async () => {
      await store.close();
      await dropTestSchemas();
    });

    test('catalogue: DeclarationAdopted, FrameworkRevised, ProcessLaunched, ConferenceHeld', async () => {
      const frameworks = await listFrameworks(store.db);
      expect(frameworks.total).toBe(1);
      expect(frameworks.items[0]).toEqual({
        frameworkId: 'jpoa',
        kind: 'plan-of-action',
        title: 'Joint Plan of Action',
        titles: { en: 'Joint Plan of Action', ru: null },
        adoptedOn: '2011-11-30',
        place: 'Ashgabat',
        adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
        sourceReference: null,
        lastRevisedOn: '2022-03-03',
        lastRevisionSummary: 'Updated JPoA',
        revisionCount: 1,
      });
      expect((await listFrameworks(store.db, { stateCode: 'KZ' })).total).toBe(1);
      expect((await listFrameworks(store.db, { stateCode: 'RU' })).total).toBe(0);
      const processes = await listProcesses(store.db, { stateCode: 'TJ' });
      expect(processes.items).toEqual([
        {
          processId: 'dushanbe',
          name: 'Dushanbe process',
          names: { en: 'Dushanbe process', ru: null },
          launchedBy: 'USG UNOCT',
          launchedOn: '2019-05-17',
          place: null,
          frameworkIds: ['jpoa'],
          participatingStates: ['TJ', 'KZ'],
          conferences: [
            {
              title: 'Dushanbe conference 2019',
              titles: { en: 'Dushanbe conference 2019', ru: null },
              heldBeforeLaunch: false,
              startsOn: '2019-05-16',
              endsOn: '2019-05-17',
              place: 'Dushanbe',
              outcomeFrameworkIds: ['jpoa'],
            },
          ],
        },
      ]);
    });

    test('state scorecard: statuses, percent, overdue as of a date, last update', async () => {
      const page = await stateScorecard(store.db, { asOf: '2024-01-01' });
      expect(page.total).toBe(2);
      expect(page.items).toEqual([
        {
          stateCode: 'KZ',
          frameworkId: 'jpoa',
          pillar: 'II',
          deliverables: 2,
          byStatus: { 'not-started': 0, 'in-progress': 1, blocked: 0, completed: 0, cancelled: 1 },
          completedLate: 0,
          notCounted: { withdrawn: 0, 'not-applicable': 0, retired: 0 },
          percentComplete: 40,
          overdue: 1,
          lastUpdateOn: '2022-06-01',
        },
        {
          stateCode: 'TJ',
          frameworkId: 'jpoa',
          pillar: 'II',
          deliverables: 1,
          byStatus: { 'not-started': 0, 'in-progress': 0, blocked: 0, completed: 1, cancelled: 0 },
          completedLate: 0,
          notCounted: { withdrawn: 0, 'not-applicable': 0, retired: 0 },
          percentComplete: 100,
          overdue: 0,
          lastUpdateOn: '2022-07-01',
        },
      ]);
      const earlier = await stateScorecard(store.db, { asOf: '2022-12-31', stateCode: 'KZ' });
      expect(earlier.items.map((r) => r.overdue)).toEqual([0]);
      expect((await stateScorecard(store.db, { asOf: '2024-01-01', pillar: 'I' })).items).toEqual([]);
      expect(
        (await stateScorecard(store.db, { asOf: '2024-01-01', limit: 1, offset: 1 })).items[0]?.stateCode,
      ).toBe('TJ');
      // The total counts the groups, not the page: on a first page, a later one, past the last
      // group (no row to carry it), and for a question with no group at all.
      const totalsOf = async (params: { limit: number; offset: number; pillar?: string }) => {
        const answer = await stateScorecard(store.db, { asOf: '2024-01-01', ...params });
        return [answer.items.length, answer.total];
      };
      expect(await totalsOf({ limit: 1, offset: 0 })).toEqual([1, 2]);
      expect(await totalsOf({ limit: 1, offset: 1 })).toEqual([1, 2]);
      expect(await totalsOf({ limit: 5, offset: 2 })).toEqual([0, 2]);
      expect(await totalsOf({ limit: 5, offset: 7 })).toEqual([0, 2]);
      expect(await totalsOf({ limit: 5, offset: 0, pillar: 'I' })).toEqual([0, 0]);
      expect(await totalsOf({ limit: 5, offset: 3, pillar: 'I' })).toEqual([0, 0]);
      // The statement is compiled once per shape of question: each call binds its own values.
      for (const stateCode of ['TJ', 'KZ', 'TJ'])
        expect(
          (await stateScorecard(store.db, { asOf: '2024-01-01', stateCode })).items.map((r) => r.stateCode),
        ).toEqual([stateCode]);
      expect(
        (await stateScorecard(store.db, { asOf: '2022-12-31', stateCode: 'KZ' })).items.map((r) => r.overdue),
      ).toEqual([0]);
    });

    test('state scorecard: assistance received per State, exact sums per currency', async () => {
      expect(await assistanceReceived(store.db)).toEqual([
        {
          stateCode: 'KZ',
          count: 3,
          totals: [
            { currency: 'EUR', amount: '50.00' },
            { currency: 'USD', amount: '1000.30' },
          ],
          providers: ['OSCE', 'UNOCT'],
        },
        { stateCode: 'TJ', count: 1, totals: [], providers: ['UNODC'] },
      ]);
    });

    test('deliverable tracker: assignments, status, percent and dated reports', async () => {
      const d1 = await getDeliverable(store.db, { deliverableId: 'd1' });
      expect(d1).toMatchObject({
        deliverableId: 'd1',
        frameworkId: 'jpoa',
        pillar: 'II',
        thematicArea: 'border security',
        title: 'National CT strategy',
        reference: 'JPoA II.3',
        cancelled: false,
        assignments: [
          {
            stateCode: 'KZ',
            leadAgency: 'MFA',
            dueOn: '2023-01-01',
            status: 'in-progress',
            percentComplete: 40,
            reportCount: 1,
          },
          {
            stateCode: 'TJ',
            leadAgency: 'MoI',
            dueOn: '2025-01-01',
            status: 'completed',
            percentComplete: 100,
          },
        ],
      });
      const reportFields = {
        reportId: expect.any(String),
        position: expect.any(BigInt),
        versionId: expect.any(String),
        source: 'self-reported',
        review: 'submitted',
        withdrawn: false,
        counted: true,
        history: [expect.objectContaining({ type: 'ProgressReported', supersedes: null })],
      };
      expect(d1?.reports).toEqual([
        {
          ...reportFields,
          stateCode: 'KZ',
          reportedOn: '2022-06-01',
          status: 'in-progress',
          percentComplete: 40,
          note: 'draft',
          evidence: ['S/2022/1'],
        },
        {
          ...reportFields,
          source: 'external',
          stateCode: 'TJ',
          reportedOn: '2022-07-01',
          status: 'completed',
          percentComplete: 100,
          note: null,
          evidence: [],
        },
      ]);
      expect(d1?.assignments[1]).toMatchObject({ completedOn: '2022-07-01', completedLate: false });
      const d2 = await getDeliverable(store.db, { deliverableId: 'd2' });
      expect(d2).toMatchObject({ cancelled: true, cancelledOn: '2022-04-01', cancellationReason: 'merged' });
      expect(await getDeliverable(store.db, { deliverableId: 'nope' })).toBeUndefined();
      expect((await listDeliverables(store.db)).total).toBe(2);
      expect(
        (await listDeliverables(store.db, { stateCode: 'TJ' })).items.map((d) => d.deliverableId),
      ).toEqual(['d1']);
      expect((await listDeliverables(store.db, { includeCancelled: false })).total).toBe(1);
      expect(
        (await listDeliverables(store.db, { status: 'completed' })).items.map((d) => d.deliverableId),
      ).toEqual(['d1']);
      expect(
        (await listDeliverables(store.db, { limit: 1, offset: 1 })).items.map((d) => d.deliverableId),
      ).toEqual(['d2']);
    });

    test('assistance ledger: one row per record, totals by provider x recipient x pillar x kind', async () => {
      const page = await listAssistance(store.db, { recipientState: 'KZ' });
      expect(page.total).toBe(3);
      expect(page.items[0]).toMatchObject({
        assistanceId: 'a1',
        provider: 'UNOCT',
        deliverableId: 'd1',
        amount: { value: '1000.10', currency: 'USD' },
      });
      expect((await listAssistance(store.db, { periodFrom: '2022-06-15' })).total).toBe(2);
      expect(await summarizeAssistance(store.db)).toEqual({
        count: 4,
        totals: [
          { currency: 'EUR', amount: '50.00' },
          { currency: 'USD', amount: '1000.30' },
        ],
        groups: [
          {
            provider: 'OSCE',
            recipientState: 'KZ',
            recipientRegion: null,
            pillar: 'III',
            kind: 'equipment',
            count: 1,
            totals: [{ currency: 'EUR', amount: '50.00' }],
          },
          {
            provider: 'UNOCT',
            recipientState: 'KZ',
            recipientRegion: null,
            pillar: 'II',
            kind: 'training',
            count: 2,
            totals: [{ currency: 'USD', amount: '1000.30' }],
          },
          {
            provider: 'UNODC',
            recipientState: 'TJ',
            recipientRegion: null,
            pillar: 'I',
            kind: 'advisory',
            count: 1,
            totals: [],
          },
        ],
      });
    });

    test('activity timeline: one entry per event, newest first, filters and keyset pages', async () => {
      const all = await listActivity(store.db, { limit: 100 });
      expect(all.items).toHaveLength(16);
      expect(all.nextCursor).toBeUndefined();
      expect(all.items[0]).toMatchObject({
        type: 'AssistanceProvided',
        streamName: 'assistance-a4',
        states: ['TJ'],
      });
      expect(all.items.map((e) => e.position)).toEqual(
        [...all.items.map((e) => e.position)].sort((a, b) => (a > b ? -1 : 1)),
      );
      const cancelled = all.items.find((e) => e.type === 'DeliverableCancelled');
      expect(cancelled).toMatchObject({
        states: ['KZ'],
        frameworkId: 'jpoa',
        summary: 'FIU training cancelled on 2022-04-01: merged',
      });
      const tj = await listActivity(store.db, { stateCode: 'TJ' });
      expect(tj.items.map((e) => e.type)).toEqual([
        'AssistanceProvided',
        'ProgressReported',
        'DeliverableAssigned',
        'ProcessLaunched',
        'DeclarationAdopted',
      ]);
      expect((await listActivity(store.db, { actor: 'unoct-staff' })).items.map((e) => e.type)).toEqual([
        'FrameworkRevised',
      ]);
      expect((await listActivity(store.db, { type: ['ProgressReported'] })).items).toHaveLength(2);
      expect((await listActivity(store.db, { frameworkId: 'jpoa', limit: 100 })).items).toHaveLength(13);
      const pages: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await listActivity(store.db, { limit: 5, ...(cursor ? { cursor } : {}) });
        pages.push(page.items.length);
        cursor = page.nextCursor;
      } while (cursor);
      expect(pages).toEqual([5, 5, 5, 1]);
      // The command id comes from a client's Idempotency-Key: never shown to other readers.
      expect(all.items.every((entry) => !('commandId' in entry))).toBe(true);
      expect(
        JSON.stringify(all.items, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)),
      ).not.toMatch(/cmd-/);
    });
  });

  describe(`records that evolve on ${dialect}: the same rows whatever the batches`, () => {
    const stores: ReadStore[] = [];
    const events = evolvingHistory();
    const reportId = (n: number) => eventIdFor(`cmd-${n}`, 0);

    beforeAll(async () => {
      for (const batchSize of [1, 500]) {
        const store = await openReadStore(dialect);
        const eventStore = await eventStoreWith(events);
        try {
          await catchUp({ store, eventStore, batchSize });
        } finally {
          await eventStore.close();
        }
        stores.push(store);
      }
    }, 30_000);

    afterAll(async () => {
      for (const store of stores) await store.close();
      await dropTestSchemas();
    });

    test('one event per batch and all in one batch write the same rows', async () => {
      const tables = ['deliverable-tracker', 'state-scorecard', 'review-queue'].flatMap(
        (name) => PROJECTIONS[name as 'review-queue'].tables,
      );
      expect(await snapshot(stores[0]!, tables)).toEqual(await snapshot(stores[1]!, tables));
    });

    test('status as of a business day, under each basis, with completion, reopening and withdrawal', async () => {
      const db = stores[1]!.db;
      const row = async (asOf: string, basis: 'reported' | 'validated' = 'reported', stateCode = 'KZ') =>
        (await stateScorecard(db, { asOf, basis, stateCode })).items[0];
      // The backfilled March report (recorded last) holds in April; June's after it.
      expect(await row('2023-04-15')).toMatchObject({ byStatus: { blocked: 1 } });
      // The 85 corrected to 58.
      expect(await row('2023-07-01')).toMatchObject({ byStatus: { 'in-progress': 1 }, percentComplete: 58 });
      // Completed late (due 2023-06-30), then reopened from 2023-10-01.
      expect(await row('2023-09-01')).toMatchObject({ byStatus: { completed: 1 }, completedLate: 1 });
      expect(await row('2023-10-01')).toMatchObject({ byStatus: { 'in-progress': 1 }, completedLate: 0 });
      // Only the validated March report counts under basis validated.
      expect(await row('2023-09-01', 'validated')).toMatchObject({ byStatus: { blocked: 1 } });
      // TJ not applicable from 2023-05-01; the withdrawn report never counted.
      expect(await row('2023-04-30', 'reported', 'TJ')).toMatchObject({ byStatus: { 'not-started': 1 } });
      expect(await row('2023-05-01', 'reported', 'TJ')).toMatchObject({
        deliverables: 0,
        notCounted: { 'not-applicable': 1 },
        overdue: 0,
      });
      const detail = await getDeliverable(db, { deliverableId: 'e1', stateCode: 'KZ', asOf: '2023-12-31' });
      expect(detail?.reports.map((r) => [r.reportedOn, r.review, r.withdrawn])).toEqual([
        ['2023-03-31', 'validated', false],
        ['2023-06-15', 'returned', false],
        ['2023-08-01', 'submitted', false],
      ]);
      expect(detail?.reports[1]?.history.map((h) => h.type)).toEqual([
        'ProgressReported',
        'ProgressReportCorrected',
        'ProgressReportReturned',
      ]);
      expect(detail?.reports[1]?.reportId).toBe(reportId(3));
      expect((await listReviewQueue(db, { asOf: '2024-01-05' })).items.map((i) => i.reportId)).toEqual([
        reportId(7),
      ]);
    });
  });
}

/**
 * One deliverable, two States, every issue #12 event: corrections and reviews of reports recorded
 * in the same batch and in later ones, a backfill, a late completion, a reopening, one State not
 * applicable with a withdrawn report.
 */
function evolvingHistory(): FixtureEvent[] {
  const id = (n: number) => eventIdFor(`cmd-${n}`, 0);
  const on = (event: FixtureEvent['event']): Omit<FixtureEvent, 'n'> => ({ stream: 'deliverable-e1', event });
  const report = (
    stateCode: string,
    reportedOn: string,
    status: 'in-progress' | 'blocked' | 'completed',
    percentComplete: number,
  ) =>
    on({
      type: 'ProgressReported',
      data: { deliverableId: 'e1', stateCode, status, percentComplete, reportedOn, source: 'self-reported' },
    });
  const assign = (stateCode: string) =>
    on({
      type: 'DeliverableAssigned',
      data: {
        deliverableId: 'e1',
        stateCode,
        leadAgency: 'Border service',
        dueOn: '2023-06-30',
        assignedOn: '2023-01-15',
      },
    });
  // The index of each event is its n: its report id is id(n).
  const events: Omit<FixtureEvent, 'n'>[] = [
    /* 0 */ on({
      type: 'DeliverableDefined',
      data: {
        deliverableId: 'e1',
        frameworkId: 'jpoa',
        pillar: 'II',
        thematicArea: 'border security',
        title: 'Border risk analysis',
        definedOn: '2023-01-01',
      },
    }),
    /* 1 */ assign('KZ'),
    /* 2 */ assign('TJ'),
    /* 3 */ report('KZ', '2023-06-15', 'in-progress', 85),
    /* 4 */ report('TJ', '2023-02-01', 'in-progress', 10),
    /* 5 */ on({
      type: 'ProgressReportCorrected',
      data: {
        deliverableId: 'e1',
        stateCode: 'KZ',
        reportId: id(3),
        supersedes: id(3),
        status: 'in-progress',
        percentComplete: 58,
        reportedOn: '2023-06-15',
        source: 'self-reported',
        reason: 'Typed 85 instead of 58',
        review: 'submitted',
      },
    }),
    /* 6 */ on({
      type: 'ProgressReportWithdrawn',
      data: { deliverableId: 'e1', stateCode: 'TJ', reportId: id(4), reason: 'Wrong deliverable' },
    }),
    // Completed after the due date (2023-06-30).
    /* 7 */ report('KZ', '2023-08-01', 'completed', 100),
    // Recorded after the others, dated before them: a backfill.
    /* 8 */ report('KZ', '2023-03-31', 'blocked', 20),
    /* 9 */ on({
      type: 'ProgressReportValidated',
      data: { deliverableId: 'e1', stateCode: 'KZ', reportId: id(8) },
    }),
    /* 10 */ on({
      type: 'ProgressReportReturned',
      data: { deliverableId: 'e1', stateCode: 'KZ', reportId: id(3), comment: 'Evidence?' },
    }),
    /* 11 */ on({
      type: 'AssignmentReopened',
      data: { deliverableId: 'e1', stateCode: 'KZ', reason: 'EAG follow-up', reopenedOn: '2023-10-01' },
    }),
    /* 12 */ on({
      type: 'AssignmentWithdrawn',
      data: {
        deliverableId: 'e1',
        stateCode: 'TJ',
        outcome: 'not-applicable',
        reason: 'Landlocked',
        withdrawnOn: '2023-05-01',
      },
    }),
  ];
  return events.map((e, n) => ({ ...e, n }));
}
