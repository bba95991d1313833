/**
 * Records that evolve (issue #12): corrections, withdrawals and review of progress reports,
 * backfill, reopening and withdrawal of one State's assignment, retirement by a framework revision.
 * A report is named by its event's id, so the histories below give ids to the events they fold.
 */
import {
  type ActingAs,
  AggregateNotFound,
  type AssignmentReopened,
  type AssignmentWithdrawn,
  type CorrectProgressReport,
  type DeliverableAssigned,
  type DeliverableContext,
  type DeliverableDefined,
  type DeliverableEvent,
  type DeliverableRetired,
  DomainRuleViolation,
  type Folded,
  type ProgressReportCorrected,
  type ProgressReported,
  type ProgressReportReturned,
  type ProgressReportValidated,
  type ProgressReportWithdrawn,
  type ReopenAssignment,
  type ReportProgress,
  type RetireDeliverable,
  type WithdrawAssignment,
  deliverableDecider,
  fold,
} from '@ct/domain';
import { given } from '@ct/testing';

const NOW = '2024-06-01T09:30:00.000Z';
const ID = 'jpoa-ii-cft';
const STAFF: ActingAs = 'programme-staff';
const COORDINATOR: ActingAs = 'state-coordinator';

/** The JPoA, adopted at Ashgabat on 30 November 2011 and updated at Tashkent on 3 March 2022. */
const jpoa: DeliverableContext = { frameworkAdoptedOn: '2011-11-30', frameworkRevisions: ['2022-03-03'] };
const none: DeliverableContext = {};

const defined: DeliverableDefined = {
  type: 'DeliverableDefined',
  data: {
    deliverableId: ID,
    frameworkId: 'jpoa',
    pillar: 'II',
    thematicArea: 'Countering the financing of terrorism',
    title: 'Criminalise the financing of terrorism for any purpose (UNSCR 2462)',
    definedOn: '2022-03-03',
  },
};

const assignedTo = (stateCode: string): DeliverableAssigned => ({
  type: 'DeliverableAssigned',
  data: {
    deliverableId: ID,
    stateCode,
    leadAgency: 'Financial Monitoring Agency',
    dueOn: '2025-12-31',
    assignedOn: '2022-04-01',
  },
});

const reported = (id: string, data: Partial<ProgressReported['data']> = {}): Folded<ProgressReported> => ({
  type: 'ProgressReported',
  id,
  data: {
    deliverableId: ID,
    stateCode: 'KZ',
    status: 'in-progress',
    percentComplete: 40,
    reportedOn: '2023-03-15',
    source: 'self-reported',
    ...data,
  },
});

const corrected = (
  id: string,
  data: Partial<ProgressReportCorrected['data']> = {},
): Folded<ProgressReportCorrected> => ({
  type: 'ProgressReportCorrected',
  id,
  data: {
    deliverableId: ID,
    stateCode: 'KZ',
    reportId: 'r1',
    supersedes: 'r1',
    status: 'in-progress',
    percentComplete: 58,
    reportedOn: '2023-03-15',
    source: 'self-reported',
    reason: 'typed 85 instead of 58',
    review: 'submitted',
    ...data,
  },
});

const validated = (reportId = 'r1'): ProgressReportValidated => ({
  type: 'ProgressReportValidated',
  data: { deliverableId: ID, stateCode: 'KZ', reportId },
});
const returned = (reportId = 'r1'): ProgressReportReturned => ({
  type: 'ProgressReportReturned',
  data: { deliverableId: ID, stateCode: 'KZ', reportId, comment: 'Which law? Give its number.' },
});
const withdrawnReport = (reportId = 'r1'): ProgressReportWithdrawn => ({
  type: 'ProgressReportWithdrawn',
  data: { deliverableId: ID, stateCode: 'KZ', reportId, reason: 'entered on the wrong deliverable' },
});
const reopened = (reopenedOn: string): AssignmentReopened => ({
  type: 'AssignmentReopened',
  data: { deliverableId: ID, stateCode: 'KZ', reason: 'EAG follow-up found gaps', reopenedOn },
});
const assignmentWithdrawn = (withdrawnOn: string): AssignmentWithdrawn => ({
  type: 'AssignmentWithdrawn',
  data: {
    deliverableId: ID,
    stateCode: 'KZ',
    outcome: 'not-applicable',
    reason: 'no such regime',
    withdrawnOn,
  },
});
const retired: DeliverableRetired = {
  type: 'DeliverableRetired',
  data: { deliverableId: ID, revision: '2022-03-03', reason: 'merged' },
};

const report = (overrides: Partial<ReportProgress> = {}): ReportProgress => ({
  type: 'ReportProgress',
  now: NOW,
  actingAs: COORDINATOR,
  deliverableId: ID,
  stateCode: 'KZ',
  status: 'in-progress',
  reportedOn: '2023-03-15',
  ...overrides,
});

const correct = (overrides: Partial<CorrectProgressReport> = {}): CorrectProgressReport => ({
  type: 'CorrectProgressReport',
  now: NOW,
  actingAs: COORDINATOR,
  deliverableId: ID,
  stateCode: 'KZ',
  reportId: 'r1',
  status: 'in-progress',
  percentComplete: 58,
  reportedOn: '2023-03-15',
  reason: 'typed 85 instead of 58',
  ...overrides,
});

const reviewCommand = <
  T extends 'ValidateProgressReport' | 'ReturnProgressReport' | 'WithdrawProgressReport',
>(
  type: T,
  actingAs: ActingAs,
  extra: Record<string, string> = {},
) => ({ type, now: NOW, actingAs, deliverableId: ID, stateCode: 'KZ', reportId: 'r1', ...extra }) as never;

const reopen = (overrides: Partial<ReopenAssignment> = {}): ReopenAssignment => ({
  type: 'ReopenAssignment',
  now: NOW,
  actingAs: STAFF,
  deliverableId: ID,
  stateCode: 'KZ',
  reason: 'EAG follow-up found gaps',
  reopenedOn: '2024-02-01',
  ...overrides,
});

const withdrawAssignment = (overrides: Partial<WithdrawAssignment> = {}): WithdrawAssignment => ({
  type: 'WithdrawAssignment',
  now: NOW,
  actingAs: STAFF,
  deliverableId: ID,
  stateCode: 'KZ',
  outcome: 'not-applicable',
  reason: 'no such regime',
  withdrawnOn: '2024-01-15',
  ...overrides,
});

const retire = (overrides: Partial<RetireDeliverable> = {}): RetireDeliverable => ({
  type: 'RetireDeliverable',
  now: NOW,
  actingAs: STAFF,
  deliverableId: ID,
  revision: '2022-03-03',
  reason: 'merged',
  ...overrides,
});

const base = [defined, assignedTo('KZ'), assignedTo('TJ')];
const completed = reported('r2', { status: 'completed', percentComplete: 100, reportedOn: '2023-06-01' });
const stateAfter = (events: Array<Folded<DeliverableEvent>>) => fold(deliverableDecider, events);

describe('deliverable decider: records that evolve', () => {
  describe('DefineDeliverable with the revision that introduced it', () => {
    const define = {
      type: 'DefineDeliverable' as const,
      now: NOW,
      deliverableId: ID,
      frameworkId: 'jpoa',
      pillar: 'II' as const,
      thematicArea: 'Countering the financing of terrorism',
      title: 'Criminalise the financing of terrorism for any purpose (UNSCR 2462)',
      definedOn: '2022-03-03',
    };

    it('records the revision', () => {
      given(deliverableDecider, [], jpoa)
        .when({ ...define, revision: '2022-03-03' })
        .then([{ type: 'DeliverableDefined', data: { ...defined.data, revision: '2022-03-03' } }]);
    });

    it('rejects a revision the framework never had, and one given as no date', () => {
      given(deliverableDecider, [], jpoa)
        .when({ ...define, revision: '2021-01-01' })
        .thenViolates([{ rule: 'unknown-revision', field: 'revision' }]);
      given(deliverableDecider, [], jpoa)
        .when({ ...define, revision: 'March 2022' })
        .thenViolates([{ rule: 'invalid-date', field: 'revision' }]);
    });

    it('rejects a definition dated before the revision that introduced it', () => {
      given(deliverableDecider, [], jpoa)
        .when({ ...define, definedOn: '2022-01-01', revision: '2022-03-03' })
        .thenViolates([{ rule: 'date-before-revision', field: 'definedOn' }]);
    });
  });

  describe('status folded by business date', () => {
    it('is the effective report with the latest reportedOn, whatever the recording order', () => {
      const state = stateAfter([
        ...base,
        reported('r1', { reportedOn: '2023-06-01', status: 'blocked' }),
        reported('r2', { reportedOn: '2023-01-01' }),
      ]);
      expect(state.assignments.KZ).toMatchObject({ status: 'blocked', lastReportedOn: '2023-06-01' });
    });

    it('breaks ties on the same day by recording order, and drops withdrawn reports', () => {
      const events = [
        ...base,
        reported('r1', { status: 'blocked' }),
        reported('r2', { status: 'in-progress' }),
      ];
      expect(stateAfter(events).assignments.KZ?.status).toBe('in-progress');
      expect(stateAfter([...events, withdrawnReport('r2')]).assignments.KZ?.status).toBe('blocked');
      expect(
        stateAfter([...events, withdrawnReport('r2'), withdrawnReport('r1')]).assignments.KZ,
      ).toMatchObject({
        status: 'not-started',
        lastReportedOn: undefined,
      });
    });

    it('keeps completedOn while completed, and in-progress again from a reopening', () => {
      const done = stateAfter([...base, reported('r1'), completed]);
      expect(done.assignments.KZ).toMatchObject({ status: 'completed', completedOn: '2023-06-01' });
      const again = stateAfter([...base, reported('r1'), completed, reopened('2024-02-01')]);
      expect(again.assignments.KZ).toMatchObject({ status: 'in-progress', completedOn: undefined });
    });

    it('dates the completion by the report that made it completed, not a later completed one', () => {
      // Not something the decider accepts today, but a stored history may hold it.
      const again = reported('r3', { status: 'completed', percentComplete: 100, reportedOn: '2023-09-01' });
      const state = stateAfter([...base, reported('r1'), completed, again]);
      expect(state.assignments.KZ).toMatchObject({ status: 'completed', completedOn: '2023-06-01' });
    });

    it('takes a correction as the report, and remembers the version it replaces', () => {
      const state = stateAfter([...base, reported('r1', { percentComplete: 85 }), corrected('c1')]);
      expect(state.reports.r1).toMatchObject({ percentComplete: 58, versionId: 'c1', review: 'submitted' });
    });
  });

  describe('ReportProgress: backfill and lifecycle', () => {
    it('accepts a report dated before the completion (a backfill)', () => {
      given(deliverableDecider, [...base, completed], none)
        .when(report({ reportedOn: '2023-01-10' }))
        .then([
          {
            type: 'ProgressReported',
            data: {
              deliverableId: ID,
              stateCode: 'KZ',
              status: 'in-progress',
              reportedOn: '2023-01-10',
              source: 'self-reported',
            },
          },
        ]);
    });

    it('refuses a report dated on or after the completion until the assignment is reopened', () => {
      given(deliverableDecider, [...base, completed], none)
        .when(report({ reportedOn: '2023-06-01' }))
        .thenViolates([{ rule: 'assignment-completed', field: 'reportedOn' }]);
      given(deliverableDecider, [...base, completed], none)
        .when(report({ reportedOn: '2024-03-01' }))
        .thenViolates([{ rule: 'assignment-completed', field: 'reportedOn' }]);
      given(deliverableDecider, [...base, completed, reopened('2024-02-01')], none)
        .when(report({ reportedOn: '2024-03-01' }))
        .then([
          {
            type: 'ProgressReported',
            data: {
              deliverableId: ID,
              stateCode: 'KZ',
              status: 'in-progress',
              reportedOn: '2024-03-01',
              source: 'self-reported',
            },
          },
        ]);
    });

    it('refuses a backfilled completion dated before a report already recorded', () => {
      given(deliverableDecider, [...base, reported('r1', { reportedOn: '2023-09-01' })], none)
        .when(report({ status: 'completed', reportedOn: '2023-06-01' }))
        .thenViolates([{ rule: 'completion-before-later-report', field: 'reportedOn' }]);
    });

    it('judges only the report it records: an older history stays as it was recorded', () => {
      // A stored history with a report after a completion (older rules, an imported log).
      const history = [...base, completed, reported('r3', { reportedOn: '2023-09-01' })];
      given(deliverableDecider, history, none)
        .when(report({ reportedOn: '2023-01-10' }))
        .then([
          {
            type: 'ProgressReported',
            data: {
              deliverableId: ID,
              stateCode: 'KZ',
              status: 'in-progress',
              reportedOn: '2023-01-10',
              source: 'self-reported',
            },
          },
        ]);
    });

    it("refuses a report dated from the assignment's withdrawal on, accepts one before it", () => {
      const history = [...base, assignmentWithdrawn('2024-01-15')];
      given(deliverableDecider, history, none)
        .when(report({ reportedOn: '2024-01-15' }))
        .thenViolates([{ rule: 'assignment-withdrawn', field: 'reportedOn' }]);
      given(deliverableDecider, history, none)
        .when(report({ reportedOn: '2023-12-01' }))
        .then([
          {
            type: 'ProgressReported',
            data: {
              deliverableId: ID,
              stateCode: 'KZ',
              status: 'in-progress',
              reportedOn: '2023-12-01',
              source: 'self-reported',
            },
          },
        ]);
    });

    it('refuses a report dated from the retiring revision on', () => {
      given(deliverableDecider, [...base, retired], none)
        .when(report({ reportedOn: '2023-03-15' }))
        .thenViolates([{ rule: 'deliverable-retired', field: 'reportedOn' }]);
    });
  });

  describe('CorrectProgressReport', () => {
    const history = [...base, reported('r1', { percentComplete: 85 })];

    it("records a coordinator's correction as submitted, superseding the original report", () => {
      given(deliverableDecider, history, none)
        .when(correct())
        .then([corrected('ignored', { percentComplete: 58 })].map(({ type, data }) => ({ type, data })));
    });

    it('supersedes the latest correction, not the original', () => {
      given(deliverableDecider, [...history, corrected('c1')], none)
        .when(correct({ percentComplete: 60, reason: 'the ministry confirmed 60' }))
        .then([
          {
            type: 'ProgressReportCorrected',
            data: {
              ...corrected('x').data,
              supersedes: 'c1',
              percentComplete: 60,
              reason: 'the ministry confirmed 60',
            },
          },
        ]);
    });

    it('resubmits a returned report when its coordinator corrects it', () => {
      given(deliverableDecider, [...history, returned()], none)
        .when(correct())
        .then([{ type: 'ProgressReportCorrected', data: corrected('x').data }]);
    });

    it('lets programme staff correct a validated report, which stays validated', () => {
      given(deliverableDecider, [...history, validated()], none)
        .when(correct({ actingAs: STAFF }))
        .then([{ type: 'ProgressReportCorrected', data: { ...corrected('x').data, review: 'validated' } }]);
    });

    it('refuses a coordinator once the report is validated', () => {
      given(deliverableDecider, [...history, validated()], none)
        .when(correct())
        .thenThrows(DomainRuleViolation, { rule: 'report-validated', field: 'reportId' });
    });

    it('treats a command without actingAs as a coordinator', () => {
      const { actingAs: _actingAs, ...unspecified } = correct();
      given(deliverableDecider, [...history, validated()], none)
        .when(unspecified)
        .thenThrows(DomainRuleViolation, { rule: 'report-validated' });
    });

    it('refuses a withdrawn report, an unknown one, and one of another State', () => {
      given(deliverableDecider, [...history, withdrawnReport()], none)
        .when(correct({ actingAs: STAFF }))
        .thenThrows(DomainRuleViolation, { rule: 'report-withdrawn', field: 'reportId' });
      given(deliverableDecider, history, none)
        .when(correct({ reportId: 'r9' }))
        .thenThrows(AggregateNotFound, { aggregate: 'progress report', id: 'r9' });
      given(deliverableDecider, history, none)
        .when(correct({ stateCode: 'TJ' }))
        .thenThrows(DomainRuleViolation, { rule: 'report-of-another-state', field: 'stateCode' });
    });

    it('refuses a correction that changes nothing', () => {
      given(deliverableDecider, history, none)
        .when(correct({ percentComplete: 85 }))
        .thenViolates(['correction-changes-nothing']);
    });

    it('keeps the source of the report unless the correction gives one', () => {
      given(deliverableDecider, [...base, reported('r1', { source: 'external', percentComplete: 85 })], none)
        .when(correct())
        .then([{ type: 'ProgressReportCorrected', data: { ...corrected('x').data, source: 'external' } }]);
    });

    it('checks the new values like a report, and names every bad field', () => {
      given(deliverableDecider, history, none)
        .when(correct({ reason: ' ', reportedOn: '2022-03-01', status: 'completed', percentComplete: 90 }))
        .thenViolates([
          { rule: 'empty-text', field: 'reason' },
          { rule: 'date-before-assignment', field: 'reportedOn' },
          { rule: 'percent-mismatch', field: 'percentComplete' },
        ]);
      given(deliverableDecider, history, none)
        .when(correct({ reportedOn: '2024-06-02' }))
        .thenViolates([{ rule: 'date-in-future', field: 'reportedOn' }]);
    });

    it('refuses to move a report past the completion', () => {
      given(deliverableDecider, [...history, completed], none)
        .when(correct({ reportedOn: '2023-07-01' }))
        .thenViolates([{ rule: 'assignment-completed', field: 'reportedOn' }]);
    });
  });

  describe('WithdrawProgressReport', () => {
    const history = [...base, reported('r1')];
    const withdraw = (actingAs: ActingAs) =>
      reviewCommand('WithdrawProgressReport', actingAs, { reason: 'entered on the wrong deliverable' });

    it("records a coordinator's withdrawal of a submitted report", () => {
      given(deliverableDecider, history, none).when(withdraw(COORDINATOR)).then([withdrawnReport()]);
    });

    it('lets only programme staff withdraw a validated report', () => {
      given(deliverableDecider, [...history, validated()], none)
        .when(withdraw(COORDINATOR))
        .thenThrows(DomainRuleViolation, { rule: 'report-validated' });
      given(deliverableDecider, [...history, validated()], none)
        .when(withdraw(STAFF))
        .then([withdrawnReport()]);
    });

    it('refuses a report already withdrawn, and an empty reason', () => {
      given(deliverableDecider, [...history, withdrawnReport()], none)
        .when(withdraw(STAFF))
        .thenThrows(DomainRuleViolation, { rule: 'report-withdrawn' });
      given(deliverableDecider, history, none)
        .when({ ...(withdraw(STAFF) as object), reason: '' } as never)
        .thenViolates([{ rule: 'empty-text', field: 'reason' }]);
    });
  });

  describe('ValidateProgressReport and ReturnProgressReport', () => {
    const history = [...base, reported('r1')];

    it('records validation (with or without a comment) and return (with one) by programme staff', () => {
      given(deliverableDecider, history, none)
        .when(reviewCommand('ValidateProgressReport', STAFF))
        .then([validated()]);
      given(deliverableDecider, history, none)
        .when(reviewCommand('ValidateProgressReport', STAFF, { comment: 'Law 2023-112 checked' }))
        .then([
          { type: 'ProgressReportValidated', data: { ...validated().data, comment: 'Law 2023-112 checked' } },
        ]);
      given(deliverableDecider, history, none)
        .when(reviewCommand('ReturnProgressReport', STAFF, { comment: 'Which law? Give its number.' }))
        .then([returned()]);
    });

    it('refuses a coordinator', () => {
      given(deliverableDecider, history, none)
        .when(reviewCommand('ValidateProgressReport', COORDINATOR))
        .thenThrows(DomainRuleViolation, { rule: 'programme-staff-only' });
      given(deliverableDecider, history, none)
        .when(reviewCommand('ReturnProgressReport', COORDINATOR, { comment: 'x' }))
        .thenThrows(DomainRuleViolation, { rule: 'programme-staff-only' });
    });

    it('reviews only a submitted report, never a withdrawn one', () => {
      given(deliverableDecider, [...history, validated()], none)
        .when(reviewCommand('ReturnProgressReport', STAFF, { comment: 'x' }))
        .thenThrows(DomainRuleViolation, { rule: 'report-not-submitted', field: 'reportId' });
      given(deliverableDecider, [...history, returned()], none)
        .when(reviewCommand('ValidateProgressReport', STAFF))
        .thenThrows(DomainRuleViolation, { rule: 'report-not-submitted' });
      given(deliverableDecider, [...history, withdrawnReport()], none)
        .when(reviewCommand('ValidateProgressReport', STAFF))
        .thenThrows(DomainRuleViolation, { rule: 'report-withdrawn' });
    });

    it('needs a comment to return a report', () => {
      given(deliverableDecider, history, none)
        .when(reviewCommand('ReturnProgressReport', STAFF, { comment: '  ' }))
        .thenViolates([{ rule: 'empty-text', field: 'comment' }]);
    });

    it('validates a report corrected after it was returned', () => {
      given(deliverableDecider, [...history, returned(), corrected('c1')], none)
        .when(reviewCommand('ValidateProgressReport', STAFF))
        .then([validated()]);
    });
  });

  describe('ReopenAssignment', () => {
    const history = [...base, completed];

    it('records the reopening of a completed assignment', () => {
      given(deliverableDecider, history, none)
        .when(reopen())
        .then([reopened('2024-02-01')]);
    });

    it('accepts a reopening on the day of completion, refuses one before it', () => {
      given(deliverableDecider, history, none)
        .when(reopen({ reopenedOn: '2023-06-01' }))
        .then([reopened('2023-06-01')]);
      given(deliverableDecider, history, none)
        .when(reopen({ reopenedOn: '2023-05-31' }))
        .thenViolates([{ rule: 'reopen-before-completion', field: 'reopenedOn' }]);
    });

    it('refuses an assignment that is not completed, a coordinator, and a bad date or reason', () => {
      given(deliverableDecider, [...base, reported('r1')], none)
        .when(reopen())
        .thenThrows(DomainRuleViolation, { rule: 'assignment-not-completed', field: 'stateCode' });
      given(deliverableDecider, history, none)
        .when(reopen({ actingAs: COORDINATOR }))
        .thenThrows(DomainRuleViolation, { rule: 'programme-staff-only' });
      given(deliverableDecider, history, none)
        .when(reopen({ reason: '', reopenedOn: '2024-06-02' }))
        .thenViolates([
          { rule: 'empty-text', field: 'reason' },
          { rule: 'date-in-future', field: 'reopenedOn' },
        ]);
    });
  });

  describe('WithdrawAssignment', () => {
    it("records one State's withdrawal and leaves the other States as they were", () => {
      given(deliverableDecider, base, none)
        .when(withdrawAssignment())
        .then([assignmentWithdrawn('2024-01-15')]);
      const state = stateAfter([
        ...base,
        reported('t1', { stateCode: 'TJ' }),
        assignmentWithdrawn('2024-01-15'),
      ]);
      expect(state.assignments.KZ?.withdrawal).toEqual({
        outcome: 'not-applicable',
        withdrawnOn: '2024-01-15',
      });
      expect(state.assignments.TJ?.status).toBe('in-progress');
      expect(state.assignments.TJ?.withdrawal).toBeUndefined();
      given(deliverableDecider, [...base, assignmentWithdrawn('2024-01-15')], none)
        .when(report({ stateCode: 'TJ', reportedOn: '2024-03-01' }))
        .then([
          {
            type: 'ProgressReported',
            data: {
              deliverableId: ID,
              stateCode: 'TJ',
              status: 'in-progress',
              reportedOn: '2024-03-01',
              source: 'self-reported',
            },
          },
        ]);
    });

    it('refuses an unknown outcome, a date before the assignment, a coordinator', () => {
      given(deliverableDecider, base, none)
        .when(withdrawAssignment({ outcome: 'paused' as never, withdrawnOn: '2022-01-01', reason: '' }))
        .thenViolates([
          { rule: 'unknown-outcome', field: 'outcome' },
          { rule: 'date-before-assignment', field: 'withdrawnOn' },
          { rule: 'empty-text', field: 'reason' },
        ]);
      given(deliverableDecider, base, none)
        .when(withdrawAssignment({ actingAs: COORDINATOR }))
        .thenThrows(DomainRuleViolation, { rule: 'programme-staff-only' });
    });

    it('refuses a second withdrawal, a re-assignment and a reopening after it', () => {
      const history = [...base, completed, assignmentWithdrawn('2024-01-15')];
      given(deliverableDecider, history, none)
        .when(withdrawAssignment({ outcome: 'withdrawn' }))
        .thenThrows(DomainRuleViolation, { rule: 'assignment-withdrawn' });
      given(deliverableDecider, history, none)
        .when(reopen())
        .thenThrows(DomainRuleViolation, { rule: 'assignment-withdrawn' });
      given(deliverableDecider, [...base, assignmentWithdrawn('2024-01-15')], none)
        .when({
          type: 'AssignDeliverable',
          now: NOW,
          deliverableId: ID,
          stateCode: 'KZ',
          leadAgency: 'Financial Monitoring Agency',
          dueOn: '2026-12-31',
          assignedOn: '2024-02-01',
        })
        .thenViolates([{ rule: 'assignment-withdrawn', field: 'stateCode' }]);
    });
  });

  describe('RetireDeliverable', () => {
    it('records the retiring revision', () => {
      given(deliverableDecider, base, jpoa).when(retire()).then([retired]);
    });

    it('refuses a revision the framework never had, one before the definition, and a second retirement', () => {
      given(deliverableDecider, base, jpoa)
        .when(retire({ revision: '2023-01-01' }))
        .thenViolates([{ rule: 'unknown-revision', field: 'revision' }]);
      given(deliverableDecider, base, { ...jpoa, frameworkRevisions: ['2019-05-17', '2022-03-03'] })
        .when(retire({ revision: '2019-05-17' }))
        .thenViolates([{ rule: 'date-before-definition', field: 'revision' }]);
      given(deliverableDecider, [...base, retired], jpoa)
        .when(retire())
        .thenThrows(DomainRuleViolation, { rule: 'deliverable-retired' });
    });

    it('refuses a coordinator and an unknown deliverable', () => {
      given(deliverableDecider, base, jpoa)
        .when(retire({ actingAs: COORDINATOR }))
        .thenThrows(DomainRuleViolation, { rule: 'programme-staff-only' });
      given(deliverableDecider, [], jpoa)
        .when(retire())
        .thenThrows(AggregateNotFound, { aggregate: 'deliverable' });
    });

    it('keeps the history: a report dated before the retirement may still be corrected', () => {
      const early: DeliverableAssigned = {
        type: 'DeliverableAssigned',
        data: { ...assignedTo('KZ').data, assignedOn: '2022-03-03' },
      };
      const retiredLater: DeliverableRetired = {
        ...retired,
        data: { ...retired.data, revision: '2022-03-04' },
      };
      const history = [
        defined,
        early,
        reported('r1', { reportedOn: '2022-03-03', percentComplete: 85 }),
        retiredLater,
      ];
      expect(stateAfter(history).retiredBy).toBe('2022-03-04');
      given(deliverableDecider, history, none)
        .when(correct({ reportedOn: '2022-03-03' }))
        .then([
          { type: 'ProgressReportCorrected', data: { ...corrected('x').data, reportedOn: '2022-03-03' } },
        ]);
    });
  });
});
