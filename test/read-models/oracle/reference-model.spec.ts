import { type AssistanceRecipients, type DomainEvent } from '@ct/domain';
import {
  type RecordedDomainEvent,
  assistanceReceived,
  buildReferenceModel,
  formatMinor,
  getDeliverable,
  listActivity,
  scorecard,
  summarizeAssistance,
  toMinor,
} from './reference-model';

/**
 * The reference model checked by hand against the README's rules, so that the property test
 * compares the read models with something known to be right rather than with a second guess.
 */

const history = (events: { stream: string; event: DomainEvent }[]): RecordedDomainEvent[] =>
  events.map(({ stream, event }, i) => ({
    position: BigInt(i),
    eventId: `e${i}`,
    streamName: stream,
    event,
    actor: 'admin',
    commandId: `c${i}`,
    recordedAt: `2026-01-01T00:00:0${i % 10}.000Z`,
  }));

const defined = (id: string, pillar: 'I' | 'II' = 'I') => ({
  stream: `deliverable-${id}`,
  event: {
    type: 'DeliverableDefined' as const,
    data: {
      deliverableId: id,
      frameworkId: 'jpoa',
      pillar,
      thematicArea: 'borders',
      title: id,
      definedOn: '2020-01-01',
    },
  },
});
const assigned = (id: string, stateCode: string, dueOn: string, assignedOn = '2020-02-01') => ({
  stream: `deliverable-${id}`,
  event: {
    type: 'DeliverableAssigned' as const,
    data: { deliverableId: id, stateCode, leadAgency: 'MFA', dueOn, assignedOn },
  },
});
const reported = (
  id: string,
  stateCode: string,
  status: 'not-started' | 'in-progress' | 'blocked' | 'completed',
  reportedOn: string,
  percentComplete?: number,
) => ({
  stream: `deliverable-${id}`,
  event: {
    type: 'ProgressReported' as const,
    data: {
      deliverableId: id,
      stateCode,
      status,
      reportedOn,
      source: 'self-reported' as const,
      ...(percentComplete === undefined ? {} : { percentComplete }),
    },
  },
});
const cancelled = (id: string, cancelledOn: string) => ({
  stream: `deliverable-${id}`,
  event: {
    type: 'DeliverableCancelled' as const,
    data: { deliverableId: id, reason: 'merged', cancelledOn },
  },
});
const provided = (
  id: string,
  provider: string,
  value?: number,
  currency = 'USD',
  recipients: AssistanceRecipients = { states: [{ stateCode: 'KZ', percentage: 100 }] },
) => ({
  stream: `assistance-${id}`,
  event: {
    type: 'AssistanceProvided' as const,
    data: {
      assistanceId: id,
      provider,
      recipients,
      pillar: 'II' as const,
      kind: 'training' as const,
      periodStart: '2021-01-01',
      ...(value === undefined ? {} : { amount: { value, currency } }),
    },
  },
});

describe('reference model', () => {
  test('scorecard: average percent rounded to hundredths, as in the README table (200/3 = 66.67)', () => {
    const model = buildReferenceModel(
      history([
        defined('a'),
        defined('b'),
        defined('c'),
        assigned('a', 'TJ', '2030-01-01'),
        assigned('b', 'TJ', '2030-01-01'),
        assigned('c', 'TJ', '2030-01-01'),
        reported('a', 'TJ', 'completed', '2021-01-01', 100),
        reported('b', 'TJ', 'completed', '2021-01-02', 100),
      ]),
    );
    expect(scorecard(model, { asOf: '2026-11-28' }).items).toEqual([
      {
        stateCode: 'TJ',
        frameworkId: 'jpoa',
        pillar: 'I',
        deliverables: 3,
        byStatus: { 'not-started': 1, 'in-progress': 0, blocked: 0, completed: 2, cancelled: 0 },
        completedLate: 0,
        notCounted: { withdrawn: 0, 'not-applicable': 0, retired: 0 },
        percentComplete: 66.67,
        overdue: 0,
        lastUpdateOn: '2021-01-02',
      },
    ]);
  });

  test('scorecard: overdue is due strictly before the date and neither completed nor cancelled', () => {
    const model = buildReferenceModel(
      history([
        defined('open'),
        defined('done'),
        defined('gone'),
        assigned('open', 'KZ', '2024-06-01'),
        assigned('done', 'KZ', '2024-06-01'),
        assigned('gone', 'KZ', '2024-06-01'),
        reported('done', 'KZ', 'completed', '2024-01-01', 100),
        cancelled('gone', '2024-02-01'),
      ]),
    );
    expect(scorecard(model, { asOf: '2024-06-01' }).items[0]?.overdue).toBe(0);
    expect(scorecard(model, { asOf: '2024-06-02' }).items[0]?.overdue).toBe(1);
    expect(scorecard(model, { asOf: '2024-06-02' }).items[0]?.byStatus).toEqual({
      'not-started': 1,
      'in-progress': 0,
      blocked: 0,
      completed: 1,
      cancelled: 1,
    });
    // Cancelled assignments leave the average: (0 + 100) / 2.
    expect(scorecard(model, { asOf: '2024-06-02' }).items[0]?.percentComplete).toBe(50);
  });

  test('scorecard: no percent when every assignment is cancelled; a status-only report keeps the percent', () => {
    const model = buildReferenceModel(
      history([
        defined('a'),
        defined('b', 'II'),
        assigned('a', 'UZ', '2030-01-01'),
        assigned('b', 'UZ', '2030-01-01'),
        reported('a', 'UZ', 'in-progress', '2021-01-01', 40),
        reported('a', 'UZ', 'blocked', '2021-02-01'),
        cancelled('b', '2021-03-01'),
      ]),
    );
    const rows = scorecard(model, { asOf: '2026-01-01' }).items;
    expect(rows.map((r) => [r.pillar, r.percentComplete, r.byStatus.blocked])).toEqual([
      ['I', 40, 1],
      ['II', null, 0],
    ]);
    expect(getDeliverable(model, { deliverableId: 'a' })?.assignments[0]).toMatchObject({
      status: 'blocked',
      percentComplete: 40,
      lastReportedOn: '2021-02-01',
      reportCount: 2,
    });
  });

  test('tracker: a re-assignment changes the lead agency and due date, keeps the first assignment day', () => {
    const model = buildReferenceModel(
      history([
        defined('a'),
        assigned('a', 'KG', '2022-01-01', '2020-02-01'),
        reported('a', 'KG', 'in-progress', '2020-03-01', 10),
        assigned('a', 'KG', '2025-01-01', '2021-01-01'),
      ]),
    );
    expect(getDeliverable(model, { deliverableId: 'a' })?.assignments).toEqual([
      {
        stateCode: 'KG',
        leadAgency: 'MFA',
        assignedOn: '2020-02-01',
        dueOn: '2025-01-01',
        status: 'in-progress',
        percentComplete: 10,
        lastReportedOn: '2020-03-01',
        reportCount: 1,
        completedOn: null,
        completedLate: false,
      },
    ]);
  });

  test('assistance: exact sums per currency, never converted; records without an amount count', () => {
    const model = buildReferenceModel(
      history([
        provided('x', 'UNOCT', 0.1),
        provided('y', 'UNOCT', 0.2),
        provided('z', 'OSCE', 9999999999999.99, 'EUR'),
        provided('w', 'OSCE', 9999999999999.99, 'EUR'),
        provided('v', 'OSCE'),
        provided('u', 'OSCE', 1500, 'JPY'),
      ]),
    );
    expect(summarizeAssistance(model)).toEqual({
      count: 6,
      totals: [
        { currency: 'EUR', amount: '19999999999999.98' },
        { currency: 'JPY', amount: '1500' },
        { currency: 'USD', amount: '0.30' },
      ],
      groups: [
        {
          provider: 'OSCE',
          recipientState: 'KZ',
          recipientRegion: null,
          pillar: 'II',
          kind: 'training',
          count: 4,
          totals: [
            { currency: 'EUR', amount: '19999999999999.98' },
            { currency: 'JPY', amount: '1500' },
          ],
        },
        {
          provider: 'UNOCT',
          recipientState: 'KZ',
          recipientRegion: null,
          pillar: 'II',
          kind: 'training',
          count: 2,
          totals: [{ currency: 'USD', amount: '0.30' }],
        },
      ],
    });
    expect(assistanceReceived(model)).toEqual([
      {
        stateCode: 'KZ',
        count: 6,
        totals: [
          { currency: 'EUR', amount: '19999999999999.98' },
          { currency: 'JPY', amount: '1500' },
          { currency: 'USD', amount: '0.30' },
        ],
        providers: ['OSCE', 'UNOCT'],
      },
    ]);
  });

  test('amounts: minor units of the currency (ISO 4217), read from the decimal form', () => {
    expect([0.1, 19.99, 1000.1, 50, 9999999999999.99].map((v) => toMinor(v, 'EUR'))).toEqual([
      10n,
      1999n,
      100010n,
      5000n,
      999999999999999n,
    ]);
    expect(toMinor(1500, 'JPY')).toBe(1500n);
    expect(toMinor(1.234, 'KWD')).toBe(1234n);
    expect([formatMinor(5n, 'USD'), formatMinor(1500n, 'JPY'), formatMinor(1234n, 'KWD')]).toEqual([
      '0.05',
      '1500',
      '1.234',
    ]);
  });

  test('timeline: newest first; a cancellation concerns every assigned State', () => {
    const model = buildReferenceModel(
      history([
        defined('a'),
        assigned('a', 'KZ', '2030-01-01'),
        assigned('a', 'TJ', '2030-01-01'),
        cancelled('a', '2021-01-01'),
      ]),
    );
    expect(listActivity(model).map((e) => [e.type, e.states])).toEqual([
      ['DeliverableCancelled', ['KZ', 'TJ']],
      ['DeliverableAssigned', ['TJ']],
      ['DeliverableAssigned', ['KZ']],
      ['DeliverableDefined', []],
    ]);
    expect(listActivity(model, { stateCode: 'TJ' }).map((e) => e.type)).toEqual([
      'DeliverableCancelled',
      'DeliverableAssigned',
    ]);
  });
});

/** A follow-up event about the report recorded at `reportAt` in the history (its id is `e<index>`). */
const aboutReport = (
  id: string,
  reportAt: number,
  follow:
    | { type: 'ProgressReportValidated' }
    | { type: 'ProgressReportWithdrawn' }
    | { type: 'ProgressReportCorrected'; reportedOn: string; status: 'in-progress' | 'completed' },
) => {
  const base = { deliverableId: id, stateCode: 'KZ', reportId: `e${reportAt}` };
  const event: DomainEvent =
    follow.type === 'ProgressReportValidated'
      ? { type: follow.type, data: base }
      : follow.type === 'ProgressReportWithdrawn'
        ? { type: follow.type, data: { ...base, reason: 'sent twice' } }
        : {
            type: follow.type,
            data: {
              ...base,
              supersedes: `e${reportAt}`,
              status: follow.status,
              reportedOn: follow.reportedOn,
              source: 'self-reported',
              reason: 'typo',
              review: 'submitted',
            },
          };
  return { stream: `deliverable-${id}`, event };
};

describe('reference model, issue #12 and #13 rules', () => {
  test("status by business date: a backfill does not override a later report; same day goes by the original report's recording", () => {
    const model = buildReferenceModel(
      history([
        defined('a'), // e0
        assigned('a', 'KZ', '2022-01-01'), // e1
        reported('a', 'KZ', 'in-progress', '2021-06-01', 50), // e2
        reported('a', 'KZ', 'blocked', '2021-01-01', 10), // e3: a backfill, earlier date
        reported('a', 'KZ', 'completed', '2021-06-01', 100), // e4: same day as e2, recorded later
        aboutReport('a', 2, {
          type: 'ProgressReportCorrected',
          reportedOn: '2021-06-01',
          status: 'in-progress',
        }),
      ]),
    );
    // e2's correction keeps e2's place (before e4): completed, on 2021-06-01, before the due date.
    expect(getDeliverable(model, { deliverableId: 'a' })?.assignments[0]).toMatchObject({
      status: 'completed',
      percentComplete: 100,
      completedOn: '2021-06-01',
      completedLate: false,
      reportCount: 3,
    });
    expect(getDeliverable(model, { deliverableId: 'a', asOf: '2021-03-01' })?.assignments[0]).toMatchObject({
      status: 'blocked',
      percentComplete: 10,
    });
  });

  test('basis: only validated reports count under `validated`; a withdrawn report never counts', () => {
    const model = buildReferenceModel(
      history([
        defined('a'), // e0
        assigned('a', 'KZ', '2020-06-01'), // e1
        reported('a', 'KZ', 'in-progress', '2020-03-01', 40), // e2
        reported('a', 'KZ', 'completed', '2021-01-01', 100), // e3: after the due date
        aboutReport('a', 2, { type: 'ProgressReportValidated' }),
        reported('a', 'KZ', 'blocked', '2021-02-01', 100), // e5
        aboutReport('a', 5, { type: 'ProgressReportWithdrawn' }),
      ]),
    );
    const row = (basis: 'reported' | 'validated') => scorecard(model, { asOf: '2026-01-01', basis }).items[0];
    expect(row('reported')).toMatchObject({ byStatus: { completed: 1 }, completedLate: 1, overdue: 0 });
    expect(row('validated')).toMatchObject({
      byStatus: { 'in-progress': 1 },
      percentComplete: 40,
      overdue: 1,
    });
  });

  test('withdrawn assignments leave the counts from their date; retirement from the revision date', () => {
    const model = buildReferenceModel(
      history([
        defined('a'),
        defined('b'),
        assigned('a', 'KZ', '2020-06-01'),
        assigned('b', 'KZ', '2020-06-01'),
        {
          stream: 'deliverable-a',
          event: {
            type: 'AssignmentWithdrawn',
            data: {
              deliverableId: 'a',
              stateCode: 'KZ',
              outcome: 'not-applicable',
              reason: 'no border',
              withdrawnOn: '2021-01-01',
            },
          },
        },
        {
          stream: 'deliverable-b',
          event: { type: 'DeliverableRetired', data: { deliverableId: 'b', revision: '2022-01-01' } },
        },
      ]),
    );
    expect(scorecard(model, { asOf: '2020-12-31' }).items[0]).toMatchObject({ deliverables: 2, overdue: 2 });
    expect(scorecard(model, { asOf: '2021-06-01' }).items[0]).toMatchObject({
      deliverables: 1,
      overdue: 1,
      notCounted: { 'not-applicable': 1, withdrawn: 0, retired: 0 },
    });
    expect(scorecard(model, { asOf: '2022-01-01' }).items[0]).toMatchObject({
      deliverables: 0,
      overdue: 0,
      percentComplete: null,
      notCounted: { 'not-applicable': 1, withdrawn: 0, retired: 1 },
    });
  });

  test("assistance: States' parts by largest remainder, the region in full, withdrawn records out", () => {
    const model = buildReferenceModel(
      history([
        provided('x', 'EU', 1, 'USD', {
          states: [
            { stateCode: 'KZ', percentage: 33.33 },
            { stateCode: 'TJ', percentage: 33.33 },
            { stateCode: 'UZ', percentage: 33.34 },
          ],
        }),
        provided('y', 'EU', 100, 'JPY', {
          states: [{ stateCode: 'KZ', percentage: 45.5 }],
          region: { code: '619', vocabulary: '1' },
        }),
        provided('z', 'EU', 5, 'USD'),
        {
          stream: 'assistance-z',
          event: { type: 'AssistanceWithdrawn', data: { assistanceId: 'z', reason: 'twice' } },
        },
      ]),
    );
    // 100 cents: 33.33 each and one cent left, to the largest fraction (UZ's .34).
    expect(assistanceReceived(model).map((r) => [r.stateCode, r.totals])).toEqual([
      [
        'KZ',
        [
          { currency: 'JPY', amount: '46' },
          { currency: 'USD', amount: '0.33' },
        ],
      ],
      ['TJ', [{ currency: 'USD', amount: '0.33' }]],
      ['UZ', [{ currency: 'USD', amount: '0.34' }]],
    ]);
    const summary = summarizeAssistance(model);
    expect(summary.count).toBe(2);
    expect(summary.groups.filter((g) => g.recipientRegion !== null)).toEqual([
      {
        provider: 'EU',
        recipientState: null,
        recipientRegion: '619',
        pillar: 'II',
        kind: 'training',
        count: 1,
        totals: [{ currency: 'JPY', amount: '100' }],
      },
    ]);
  });
});
