import { listReviewQueue, type ReadStore } from '@ct/read-models';
import { type FixtureEvent } from './support/events';
import { projectInto } from './support/harness';
import { NETWORK, onDeliverable, regionalSetup, reportId, reportOnD1 } from './support/regional-fixture';
import { type DialectName, closePglite, dropTestSchemas, openReadStore } from './support/stores';

/**
 * A deliverable assigned to KZ and to a regional mechanism; KZ reports on its own assignment, KZ's
 * and TJ's coordinators and programme staff report for the mechanism; TJ's report is returned and
 * comes back with a correction (which does not name the reporting State again); staff's is
 * withdrawn.
 */
function regionalHistory(): FixtureEvent[] {
  const on = onDeliverable;
  const report = reportOnD1;
  const events: FixtureEvent[] = [
    ...regionalSetup(),
    /* 4 */ report({ stateCode: 'KZ' }),
    /* 5 */ report({ mechanismId: NETWORK, reportingState: 'KZ' }),
    /* 6 */ report({ mechanismId: NETWORK, reportingState: 'TJ' }),
    /* 7 */ report({ mechanismId: NETWORK }),
    /* 8 */ on({
      type: 'ProgressReportReturned',
      data: { deliverableId: 'd1', mechanismId: NETWORK, reportId: reportId(6), comment: 'Which agency?' },
    }),
    /* 9 */ on({
      type: 'ProgressReportCorrected',
      data: {
        deliverableId: 'd1',
        mechanismId: NETWORK,
        reportId: reportId(6),
        supersedes: reportId(6),
        status: 'in-progress',
        percentComplete: 45,
        reportedOn: '2024-03-31',
        source: 'self-reported',
        reason: 'Agency named',
        review: 'submitted',
      },
    }),
    /* 10 */ report({ mechanismId: NETWORK }),
    /* 11 */ on({
      type: 'ProgressReportWithdrawn',
      data: { deliverableId: 'd1', mechanismId: NETWORK, reportId: reportId(10), reason: 'Duplicate' },
    }),
  ];
  return events.map((e, n) => ({ ...e, n }));
}

afterAll(() => closePglite());

describe.each<DialectName>(['sqlite', 'postgres'])('review queue of regional reports on %s', (dialect) => {
  let store: ReadStore;

  beforeAll(async () => {
    store = await openReadStore(dialect);
    await projectInto(store, regionalHistory());
  }, 30_000);

  afterAll(async () => {
    await store.close();
    await dropTestSchemas();
  });

  test("shows the member State that sent a regional report beside the mechanism, a State's report as before", async () => {
    const { items, total } = await listReviewQueue(store.db, { asOf: '2024-04-02' });
    expect(total).toBe(4);
    const shown = items.map((i) => ({
      reportId: i.reportId,
      stateCode: i.stateCode,
      kind: i.kind,
      mechanismId: i.mechanismId,
      mechanismName: i.mechanismName,
      reportingState: i.reportingState,
    }));
    const regional = { stateCode: NETWORK, kind: 'regional', mechanismId: NETWORK };
    const name = 'Counter-Terrorism Early Warning Network';
    expect(shown).toEqual([
      { reportId: reportId(4), stateCode: 'KZ' },
      { reportId: reportId(5), ...regional, mechanismName: name, reportingState: 'KZ' },
      // Recorded by programme staff: no member State sent it.
      { reportId: reportId(7), ...regional, mechanismName: name },
      // Returned, then resubmitted by the correction: still shown as TJ's.
      { reportId: reportId(6), ...regional, mechanismName: name, reportingState: 'TJ' },
    ]);
    // A State's item carries none of the regional fields.
    expect(items[0]).not.toHaveProperty('kind');
    expect(items[0]).not.toHaveProperty('reportingState');
  });

  test('filters by the assignee as before (programme staff): the mechanism, or a State', async () => {
    const byMechanism = await listReviewQueue(store.db, { asOf: '2024-04-02', stateCode: NETWORK });
    expect(byMechanism.items.map((i) => i.reportingState)).toEqual(['KZ', undefined, 'TJ']);
    const byState = await listReviewQueue(store.db, { asOf: '2024-04-02', stateCode: 'KZ' });
    expect(byState.items.map((i) => i.reportId)).toEqual([reportId(4)]);
  });

  test("a coordinator's States: their assignments' reports and the regional reports they sent, not another member's", async () => {
    const kz = await listReviewQueue(store.db, { asOf: '2024-04-02', stateCodes: ['KZ'] });
    expect(kz.items.map((i) => [i.reportId, i.stateCode, i.reportingState])).toEqual([
      [reportId(4), 'KZ', undefined],
      [reportId(5), NETWORK, 'KZ'],
    ]);
    expect(kz.total).toBe(2);
    // TJ has no assignment of its own: only the report it sent (resubmitted after its return).
    const tj = await listReviewQueue(store.db, { asOf: '2024-04-02', stateCodes: ['TJ'] });
    expect(tj.items.map((i) => [i.reportId, i.reportingState])).toEqual([[reportId(6), 'TJ']]);
    expect(tj.total).toBe(1);
    const both = await listReviewQueue(store.db, { asOf: '2024-04-02', stateCodes: ['KZ', 'TJ'] });
    expect(both.items.map((i) => i.reportId)).toEqual([reportId(4), reportId(5), reportId(6)]);
    // A member that sent nothing sees none of the mechanism's reports; no States, nothing.
    expect((await listReviewQueue(store.db, { asOf: '2024-04-02', stateCodes: ['UZ'] })).total).toBe(0);
    expect((await listReviewQueue(store.db, { asOf: '2024-04-02', stateCodes: [] })).total).toBe(0);
    // Paged, the count is the scoped one.
    const first = await listReviewQueue(store.db, { asOf: '2024-04-02', stateCodes: ['KZ'], limit: 1 });
    expect(first).toMatchObject({ total: 2, items: [{ reportId: reportId(4) }] });
  });
});
