import { type DomainEvent } from '@ct/domain';
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
const provided = (id: string, provider: string, value?: number, currency = 'USD') => ({
  stream: `assistance-${id}`,
  event: {
    type: 'AssistanceProvided' as const,
    data: {
      assistanceId: id,
      provider,
      recipientState: 'KZ',
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
