import { listReviewQueue, type ReadStore } from '@ct/read-models';
import { reportKey } from '../../libs/read-models/src/deliverable-tracker/deliverable-tracker.tables';
import { type FixtureEvent } from './support/events';
import { projectInto } from './support/harness';
import { NETWORK, onDeliverable, regionalSetup, reportId, reportOnD1 } from './support/regional-fixture';
import { type DialectName, closePglite, dropTestSchemas, openReadStore } from './support/stores';

const A = reportId(4);
const B = reportId(5);
const C = reportId(6);

/**
 * KZ reports on its own assignment (A); TJ's and KZ's coordinators report for a regional mechanism
 * (B, C). Then, from event 7 on, A is validated, B corrected while waiting, C withdrawn, and B
 * returned and resubmitted by a correction.
 */
function history(): FixtureEvent[] {
  const on = onDeliverable;
  const report = reportOnD1;
  const correct = (n: number, percentComplete: number) =>
    on({
      type: 'ProgressReportCorrected',
      data: {
        deliverableId: 'd1',
        mechanismId: NETWORK,
        reportId: B,
        supersedes: B,
        status: 'in-progress',
        percentComplete,
        reportedOn: '2024-03-31',
        source: 'self-reported',
        reason: `correction ${n}`,
        review: 'submitted',
      },
    });
  const events: FixtureEvent[] = [
    ...regionalSetup(),
    /* 4 */ report({ stateCode: 'KZ' }),
    /* 5 */ report({ mechanismId: NETWORK, reportingState: 'TJ' }),
    /* 6 */ report({ mechanismId: NETWORK, reportingState: 'KZ' }),
    /* 7 */ on({
      type: 'ProgressReportValidated',
      data: { deliverableId: 'd1', stateCode: 'KZ', reportId: A },
    }),
    /* 8 */ correct(8, 55),
    /* 9 */ on({
      type: 'ProgressReportWithdrawn',
      data: { deliverableId: 'd1', mechanismId: NETWORK, reportId: C, reason: 'Duplicate' },
    }),
    /* 10 */ on({
      type: 'ProgressReportReturned',
      data: { deliverableId: 'd1', mechanismId: NETWORK, reportId: B, comment: 'Which agency?' },
    }),
    /* 11 */ correct(11, 60),
  ];
  return events.map((e, n) => ({ ...e, n }));
}

afterAll(() => closePglite());

/**
 * Rows are looked up by report_key, a 53-bit hash of the report id, with the id telling apart
 * reports whose keys are the same. No two ids of a test collide, so the collision is made: after the
 * reports are recorded, a row whose key is B's and one whose key is C's are written beside them (as
 * if reports with other ids had hashed to those keys). Correcting, returning and withdrawing B and C
 * must then leave those rows as they were.
 */
describe.each<DialectName>(['sqlite', 'postgres'])(
  'review queue rows sharing a report key on %s',
  (dialect) => {
    let store: ReadStore;
    const neighbour = (of: string) => ({
      report_id: `same-key-as-${of}`,
      report_key: reportKey(of),
      deliverable_id: 'd1',
      state_code: NETWORK,
      reported_on: '2023-12-31',
      status: 'in-progress',
      percent_complete: 10,
      submitted_at: '2023-12-31T00:00:00.000Z',
      submitted_by: 'focal-point-uz',
    });

    beforeAll(async () => {
      store = await openReadStore(dialect);
      const events = history();
      await projectInto(store, events.slice(0, 7));
      await store.db
        .insertInto('review_queue')
        .values([
          { ...neighbour(B), submitted_position: '1000' },
          { ...neighbour(C), submitted_position: '1001' },
        ])
        .execute();
      await store.db
        .insertInto('review_reporting_states')
        .values(
          [B, C].map((of, i) => ({
            position: String(1000 + i),
            report_id: `same-key-as-${of}`,
            report_key: reportKey(of),
            reporting_state: 'UZ',
          })),
        )
        .execute();
      // The same log again: the projector goes on from event 7.
      await projectInto(store, events);
    }, 30_000);

    afterAll(async () => {
      await store.close();
      await dropTestSchemas();
    });

    test('each review, correction and withdrawal changes its own report only', async () => {
      const { items } = await listReviewQueue(store.db, { asOf: '2024-04-02' });
      const unchanged = { stateCode: NETWORK, reportingState: 'UZ', percentComplete: 10 };
      expect(items).toEqual([
        expect.objectContaining({ reportId: `same-key-as-${B}`, ...unchanged }),
        expect.objectContaining({ reportId: `same-key-as-${C}`, ...unchanged }),
        // A validated and C withdrawn left B, which was returned and came back with the last correction.
        expect.objectContaining({
          reportId: B,
          stateCode: NETWORK,
          reportingState: 'TJ',
          percentComplete: 60,
          submittedAt: new Date(Date.UTC(2024, 0, 1) + 11_000).toISOString(),
        }),
      ]);
      // C's reporting State went with its withdrawal; B's and the neighbours' stay.
      const states = await store.db
        .selectFrom('review_reporting_states')
        .select(['report_id', 'reporting_state'])
        .execute();
      expect(states).toHaveLength(3);
      expect(states).toEqual(
        expect.arrayContaining([
          { report_id: B, reporting_state: 'TJ' },
          { report_id: `same-key-as-${B}`, reporting_state: 'UZ' },
          { report_id: `same-key-as-${C}`, reporting_state: 'UZ' },
        ]),
      );
    });
  },
);
