import { type AssignmentFacts, type ReportFacts, periodOn, statusPeriods } from '@ct/read-models';

let position = 0n;
const report = (reportedOn: string, status: string, extra: Partial<ReportFacts> = {}): ReportFacts => ({
  position: (position += 1n),
  reportedOn,
  status,
  percentComplete: null,
  review: 'submitted',
  withdrawn: false,
  ...extra,
});

const facts = (over: Partial<AssignmentFacts>): AssignmentFacts => ({
  assignedOn: '2024-01-01',
  cancelledOn: null,
  retiredOn: null,
  reports: [],
  lifecycle: [],
  ...over,
});

const statusOn = (f: AssignmentFacts, day: string, basis: 'reported' | 'validated' = 'reported') =>
  periodOn(statusPeriods(f, basis), day)?.status;

describe('status periods of one assignment (business time)', () => {
  test('nothing before the assignment, not-started from it', () => {
    const f = facts({});
    expect(statusOn(f, '2023-12-31')).toBeUndefined();
    expect(statusOn(f, '2024-01-01')).toBe('not-started');
  });

  test('the latest reportedOn wins whatever the recording order (a backfilled quarter)', () => {
    const f = facts({
      reports: [
        report('2024-06-30', 'in-progress', { percentComplete: 50 }),
        // Recorded later, dated earlier: a backfill.
        report('2024-03-31', 'blocked', { percentComplete: 20 }),
      ],
    });
    expect(statusOn(f, '2024-04-15')).toBe('blocked');
    expect(periodOn(statusPeriods(f, 'reported'), '2024-04-15')?.percentComplete).toBe(20);
    expect(statusOn(f, '2024-07-01')).toBe('in-progress');
  });

  test('ties on one day: the later recorded report wins', () => {
    const f = facts({ reports: [report('2024-05-01', 'blocked'), report('2024-05-01', 'in-progress')] });
    expect(statusOn(f, '2024-05-01')).toBe('in-progress');
  });

  test('withdrawn reports do not count; under validated only validated ones do', () => {
    const f = facts({
      reports: [
        report('2024-02-01', 'in-progress', { review: 'validated' }),
        report('2024-03-01', 'completed', { review: 'returned' }),
        report('2024-04-01', 'blocked', { withdrawn: true }),
      ],
    });
    expect(statusOn(f, '2024-05-01', 'reported')).toBe('completed');
    expect(statusOn(f, '2024-05-01', 'validated')).toBe('in-progress');
  });

  test('completedOn is the report that made it completed; reopening regresses it', () => {
    const f = facts({
      reports: [report('2024-03-01', 'completed'), report('2024-04-01', 'completed')],
      lifecycle: [{ position: 100n, kind: 'reopened', effectiveOn: '2024-05-01' }],
    });
    const periods = statusPeriods(f, 'reported');
    expect(periodOn(periods, '2024-04-15')).toMatchObject({ status: 'completed', completedOn: '2024-03-01' });
    expect(periodOn(periods, '2024-05-01')).toMatchObject({ status: 'in-progress', completedOn: null });
  });

  test('withdrawal, retirement and cancellation end counting from their dates; earlier history stays', () => {
    const f = facts({
      reports: [report('2024-02-01', 'in-progress'), report('2024-08-01', 'completed')],
      lifecycle: [{ position: 50n, kind: 'not-applicable', effectiveOn: '2024-06-01' }],
      retiredOn: '2024-09-01',
    });
    expect(statusOn(f, '2024-05-31')).toBe('in-progress');
    expect(statusOn(f, '2024-06-01')).toBe('not-applicable');
    expect(statusOn(f, '2024-08-15')).toBe('not-applicable');
    expect(statusOn(f, '2024-09-01')).toBe('retired');
    expect(statusOn(facts({ cancelledOn: '2024-03-01' }), '2024-03-01')).toBe('cancelled');
  });
});
