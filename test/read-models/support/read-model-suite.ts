import {
  type ReadStore,
  assistanceReceived,
  getDeliverable,
  listActivity,
  listAssistance,
  listDeliverables,
  listFrameworks,
  listProcesses,
  stateScorecard,
  summarizeAssistance,
} from '@ct/read-models';
import { scenario } from './events';
import { projectInto } from './harness';
import { type DialectName, dropTestSchemas, openReadStore } from './stores';

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
          launchedBy: 'USG UNOCT',
          launchedOn: '2019-05-17',
          place: null,
          frameworkIds: ['jpoa'],
          participatingStates: ['TJ', 'KZ'],
          conferences: [
            {
              title: 'Dushanbe conference 2019',
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
            pillar: 'III',
            kind: 'equipment',
            count: 1,
            totals: [{ currency: 'EUR', amount: '50.00' }],
          },
          {
            provider: 'UNOCT',
            recipientState: 'KZ',
            pillar: 'II',
            kind: 'training',
            count: 2,
            totals: [{ currency: 'USD', amount: '1000.30' }],
          },
          { provider: 'UNODC', recipientState: 'TJ', pillar: 'I', kind: 'advisory', count: 1, totals: [] },
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
}
