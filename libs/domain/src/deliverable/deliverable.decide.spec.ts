import {
  AggregateNotFound,
  type AssignDeliverable,
  type CancelDeliverable,
  type DefineDeliverable,
  type DeliverableAssigned,
  type DeliverableCancelled,
  type DeliverableContext,
  type DeliverableDefined,
  DomainRuleViolation,
  type Pillar,
  type ProgressReported,
  type ReportSource,
  type ProgressStatus,
  type ReportProgress,
  deliverableDecider,
} from '@ct/domain';
import { given } from '@ct/testing';

const NOW = '2024-06-01T09:30:00.000Z';
const ID = 'jpoa-ii-cft';

/** The JPoA exists and was adopted in Ashgabat on 30 November 2011. */
const jpoa: DeliverableContext = { frameworkAdoptedOn: '2011-11-30' };

const define = (overrides: Partial<DefineDeliverable> = {}): DefineDeliverable => ({
  type: 'DefineDeliverable',
  now: NOW,
  deliverableId: ID,
  frameworkId: 'jpoa',
  pillar: 'II',
  thematicArea: 'Countering the financing of terrorism',
  title: 'Criminalise the financing of terrorism for any purpose (UNSCR 2462)',
  reference: 'JPoA (2022), Pillar II',
  definedOn: '2022-03-03',
  ...overrides,
});

const defined: DeliverableDefined = {
  type: 'DeliverableDefined',
  data: {
    deliverableId: ID,
    frameworkId: 'jpoa',
    pillar: 'II',
    thematicArea: 'Countering the financing of terrorism',
    title: 'Criminalise the financing of terrorism for any purpose (UNSCR 2462)',
    reference: 'JPoA (2022), Pillar II',
    definedOn: '2022-03-03',
  },
};

const assign = (overrides: Partial<AssignDeliverable> = {}): AssignDeliverable => ({
  type: 'AssignDeliverable',
  now: NOW,
  deliverableId: ID,
  stateCode: 'KZ',
  leadAgency: 'Financial Monitoring Agency',
  dueOn: '2025-12-31',
  assignedOn: '2022-04-01',
  ...overrides,
});

const assignedToKZ: DeliverableAssigned = {
  type: 'DeliverableAssigned',
  data: {
    deliverableId: ID,
    stateCode: 'KZ',
    leadAgency: 'Financial Monitoring Agency',
    dueOn: '2025-12-31',
    assignedOn: '2022-04-01',
  },
};

const report = (overrides: Partial<ReportProgress> = {}): ReportProgress => ({
  type: 'ReportProgress',
  now: NOW,
  deliverableId: ID,
  stateCode: 'KZ',
  status: 'in-progress',
  reportedOn: '2023-03-15',
  ...overrides,
});

const progress = (data: Partial<ProgressReported['data']>): ProgressReported => ({
  type: 'ProgressReported',
  data: {
    deliverableId: ID,
    stateCode: 'KZ',
    status: 'in-progress',
    reportedOn: '2023-03-15',
    source: 'self-reported',
    ...data,
  },
});

const cancel = (overrides: Partial<CancelDeliverable> = {}): CancelDeliverable => ({
  type: 'CancelDeliverable',
  now: NOW,
  deliverableId: ID,
  reason: 'Merged into the regional AML/CFT deliverable',
  cancelledOn: '2023-06-30',
  ...overrides,
});

const cancelled: DeliverableCancelled = {
  type: 'DeliverableCancelled',
  data: {
    deliverableId: ID,
    reason: 'Merged into the regional AML/CFT deliverable',
    cancelledOn: '2023-06-30',
  },
};

const none: DeliverableContext = {};

describe('deliverable decider', () => {
  describe('DefineDeliverable', () => {
    it('records the definition with the command data, without its type or clock', () => {
      given(deliverableDecider, [], jpoa).when(define()).then([defined]);
    });

    it.each(['I', 'II', 'III', 'IV'] as Pillar[])('accepts pillar %s', (pillar) => {
      given(deliverableDecider, [], jpoa)
        .when(define({ pillar }))
        .then([{ type: 'DeliverableDefined', data: { ...defined.data, pillar } }]);
    });

    it('may be defined on the day the framework was adopted', () => {
      given(deliverableDecider, [], jpoa)
        .when(define({ definedOn: '2011-11-30' }))
        .then([{ type: 'DeliverableDefined', data: { ...defined.data, definedOn: '2011-11-30' } }]);
    });

    it('rejects a deliverable that already exists', () => {
      given(deliverableDecider, [defined], jpoa)
        .when(define())
        .thenThrows(DomainRuleViolation, { rule: 'deliverable-exists', field: 'id' });
    });

    it('rejects a framework that does not exist', () => {
      given(deliverableDecider, [], none)
        .when(define({ frameworkId: 'tashkent-declaration-2022' }))
        .thenViolates([{ rule: 'unknown-framework', field: 'frameworkId' }]);
    });

    it.each(['V', 'i', '2', ''])('rejects %p as a pillar', (pillar) => {
      given(deliverableDecider, [], jpoa)
        .when(define({ pillar: pillar as Pillar }))
        .thenViolates([{ rule: 'unknown-pillar', field: 'pillar' }]);
    });

    it('rejects a definition before the framework was adopted', () => {
      given(deliverableDecider, [], jpoa)
        .when(define({ definedOn: '2011-11-29' }))
        .thenViolates([{ rule: 'date-before-adoption', field: 'definedOn' }]);
    });

    it('rejects a definition after the day of the command', () => {
      given(deliverableDecider, [], jpoa)
        .when(define({ definedOn: '2024-06-02' }))
        .thenViolates([{ rule: 'date-in-future', field: 'definedOn' }]);
    });

    it('rejects an invalid calendar date without comparing it to the adoption', () => {
      given(deliverableDecider, [], jpoa)
        .when(define({ definedOn: '2011-02-30' }))
        .thenViolates([{ rule: 'invalid-date', field: 'definedOn' }]);
    });

    it('rejects a blank title or thematic area', () => {
      given(deliverableDecider, [], jpoa)
        .when(define({ title: '  ', thematicArea: '' }))
        .thenViolates([
          { rule: 'empty-text', field: 'title' },
          { rule: 'empty-text', field: 'thematicArea' },
        ]);
    });

    it('reports every broken rule at once', () => {
      given(deliverableDecider, [], none)
        .when(define({ pillar: 'V' as Pillar, title: '', thematicArea: ' ', definedOn: '2030-01-01' }))
        .thenViolates([
          { rule: 'unknown-framework', field: 'frameworkId' },
          { rule: 'unknown-pillar', field: 'pillar' },
          { rule: 'empty-text', field: 'title' },
          { rule: 'empty-text', field: 'thematicArea' },
          { rule: 'date-in-future', field: 'definedOn' },
        ]);
    });
  });

  describe('AssignDeliverable', () => {
    it('records the assignment with the command data, without its type or clock', () => {
      given(deliverableDecider, [defined], none).when(assign()).then([assignedToKZ]);
    });

    it('accepts an assignment on the day of definition, due the same day', () => {
      given(deliverableDecider, [defined], none)
        .when(assign({ stateCode: 'TM', assignedOn: '2022-03-03', dueOn: '2022-03-03' }))
        .then([
          {
            type: 'DeliverableAssigned',
            data: { ...assignedToKZ.data, stateCode: 'TM', assignedOn: '2022-03-03', dueOn: '2022-03-03' },
          },
        ]);
    });

    it('rejects a deliverable that was never defined', () => {
      given(deliverableDecider, [], none)
        .when(assign())
        .thenThrows(AggregateNotFound, { aggregate: 'deliverable', id: ID });
    });

    it('rejects a State code that is not ISO 3166-1 alpha-2', () => {
      given(deliverableDecider, [defined], none)
        .when(assign({ stateCode: 'KAZ' }))
        .thenViolates([{ rule: 'unknown-state', field: 'stateCode' }]);
    });

    it('rejects a blank lead agency', () => {
      given(deliverableDecider, [defined], none)
        .when(assign({ leadAgency: ' ' }))
        .thenViolates([{ rule: 'empty-text', field: 'leadAgency' }]);
    });

    it('rejects an assignment after the day of the command, but not a due date after it', () => {
      given(deliverableDecider, [defined], none)
        .when(assign({ assignedOn: '2024-06-02', dueOn: '2026-12-31' }))
        .thenViolates([{ rule: 'date-in-future', field: 'assignedOn' }]);
    });

    it('rejects invalid calendar dates', () => {
      given(deliverableDecider, [defined], none)
        .when(assign({ assignedOn: '2022-04-31' }))
        .thenViolates([{ rule: 'invalid-date', field: 'assignedOn' }]);
      given(deliverableDecider, [defined], none)
        .when(assign({ dueOn: '2025-02-29' }))
        .thenViolates([{ rule: 'invalid-date', field: 'dueOn' }]);
    });

    it('accepts 29 February as a due date in a leap year', () => {
      given(deliverableDecider, [defined], none)
        .when(assign({ dueOn: '2028-02-29' }))
        .then([{ type: 'DeliverableAssigned', data: { ...assignedToKZ.data, dueOn: '2028-02-29' } }]);
    });

    it('rejects an assignment before the deliverable was defined', () => {
      given(deliverableDecider, [defined], none)
        .when(assign({ assignedOn: '2022-03-02' }))
        .thenViolates([{ rule: 'date-before-definition', field: 'assignedOn' }]);
    });

    it('rejects a due date before the assignment', () => {
      given(deliverableDecider, [defined], none)
        .when(assign({ dueOn: '2022-03-31' }))
        .thenViolates([{ rule: 'due-before-assignment', field: 'dueOn' }]);
    });

    it('allows re-assignment with a new lead agency and due date', () => {
      given(deliverableDecider, [defined, assignedToKZ, progress({ percentComplete: 40 })], none)
        .when(
          assign({
            leadAgency: 'Agency for Financial Monitoring',
            dueOn: '2026-06-30',
            assignedOn: '2024-01-15',
          }),
        )
        .then([
          {
            type: 'DeliverableAssigned',
            data: {
              ...assignedToKZ.data,
              leadAgency: 'Agency for Financial Monitoring',
              dueOn: '2026-06-30',
              assignedOn: '2024-01-15',
            },
          },
        ]);
    });

    it('rejects re-assignment once the State completed the deliverable', () => {
      given(
        deliverableDecider,
        [defined, assignedToKZ, progress({ status: 'completed', percentComplete: 100 })],
        none,
      )
        .when(assign({ assignedOn: '2024-01-15' }))
        .thenViolates([{ rule: 'assignment-completed', field: 'stateCode' }]);
    });

    it('does not let one State completing block another', () => {
      given(
        deliverableDecider,
        [defined, assignedToKZ, progress({ status: 'completed', percentComplete: 100 })],
        none,
      )
        .when(assign({ stateCode: 'UZ' }))
        .then([{ type: 'DeliverableAssigned', data: { ...assignedToKZ.data, stateCode: 'UZ' } }]);
    });

    it('rejects any assignment once the deliverable was cancelled', () => {
      given(deliverableDecider, [defined, cancelled], none)
        .when(assign({ stateCode: 'TJ', assignedOn: '2024-01-15' }))
        .thenThrows(DomainRuleViolation, { rule: 'deliverable-cancelled' });
    });

    it('reports every broken rule at once', () => {
      given(deliverableDecider, [defined], none)
        .when(assign({ stateCode: 'ZZ', leadAgency: '', assignedOn: '2022-01-10', dueOn: '2021-12-31' }))
        .thenViolates([
          { rule: 'unknown-state', field: 'stateCode' },
          { rule: 'empty-text', field: 'leadAgency' },
          { rule: 'date-before-definition', field: 'assignedOn' },
          { rule: 'due-before-assignment', field: 'dueOn' },
        ]);
    });
  });

  describe('ReportProgress', () => {
    const history = [defined, assignedToKZ];

    it('records the report with the command data, without its type or clock', () => {
      given(deliverableDecider, history, none)
        .when(
          report({
            percentComplete: 40,
            note: 'Draft amendments to the AML/CFT law submitted to the Mazhilis',
            evidence: ['S/2020/493'],
          }),
        )
        .then([
          progress({
            percentComplete: 40,
            note: 'Draft amendments to the AML/CFT law submitted to the Mazhilis',
            evidence: ['S/2020/493'],
          }),
        ]);
    });

    it('implies 100 percent for a completed deliverable', () => {
      given(deliverableDecider, history, none)
        .when(report({ status: 'completed' }))
        .then([progress({ status: 'completed', percentComplete: 100 })]);
    });

    it('implies 0 percent for a deliverable not started', () => {
      given(deliverableDecider, history, none)
        .when(report({ status: 'not-started' }))
        .then([progress({ status: 'not-started', percentComplete: 0 })]);
    });

    it.each(['in-progress', 'blocked'] as ProgressStatus[])('implies no percentage when %s', (status) => {
      given(deliverableDecider, history, none)
        .when(report({ status }))
        .then([progress({ status })]);
    });

    it('accepts the stated percentages that agree with the status', () => {
      given(deliverableDecider, history, none)
        .when(report({ status: 'completed', percentComplete: 100 }))
        .then([progress({ status: 'completed', percentComplete: 100 })]);
      given(deliverableDecider, history, none)
        .when(report({ status: 'not-started', percentComplete: 0 }))
        .then([progress({ status: 'not-started', percentComplete: 0 })]);
      given(deliverableDecider, history, none)
        .when(report({ status: 'blocked', percentComplete: 0 }))
        .then([progress({ status: 'blocked', percentComplete: 0 })]);
    });

    it('rejects a report from a State the deliverable is not assigned to', () => {
      given(deliverableDecider, history, none)
        .when(report({ stateCode: 'UZ' }))
        .thenThrows(DomainRuleViolation, { rule: 'state-not-assigned', field: 'stateCode' });
    });

    it('rejects a report on a deliverable that was never defined', () => {
      given(deliverableDecider, [], none)
        .when(report())
        .thenThrows(AggregateNotFound, { aggregate: 'deliverable', id: ID });
    });

    it('rejects a report after the State completed the deliverable', () => {
      given(deliverableDecider, [...history, progress({ status: 'completed', percentComplete: 100 })], none)
        .when(report({ reportedOn: '2024-01-10' }))
        .thenThrows(DomainRuleViolation, { rule: 'assignment-completed' });
    });

    it('records who stands behind the report: the State by default, or an external assessment', () => {
      given(deliverableDecider, history, none)
        .when(report())
        .then([progress({ source: 'self-reported' })]);
      given(deliverableDecider, history, none)
        .when(report({ source: 'external', note: 'EAG mutual evaluation follow-up' }))
        .then([progress({ source: 'external', note: 'EAG mutual evaluation follow-up' })]);
    });

    it('rejects an unknown source', () => {
      given(deliverableDecider, history, none)
        .when(report({ source: 'rumour' as ReportSource }))
        .thenViolates([{ rule: 'unknown-source', field: 'source' }]);
    });

    it('rejects an unknown status', () => {
      given(deliverableDecider, history, none)
        .when(report({ status: 'done' as ProgressStatus }))
        .thenViolates([{ rule: 'unknown-status', field: 'status' }]);
    });

    it('rejects a report dated before the assignment', () => {
      given(deliverableDecider, history, none)
        .when(report({ reportedOn: '2022-03-31' }))
        .thenViolates([{ rule: 'date-before-assignment', field: 'reportedOn' }]);
    });

    it('accepts a report dated before the latest report (a backfill), and one on the same day', () => {
      const reported = [...history, progress({ percentComplete: 40, reportedOn: '2023-03-15' })];
      given(deliverableDecider, reported, none)
        .when(report({ reportedOn: '2023-03-14', percentComplete: 30 }))
        .then([progress({ reportedOn: '2023-03-14', percentComplete: 30 })]);
      given(deliverableDecider, reported, none)
        .when(report({ reportedOn: '2023-03-15', percentComplete: 45 }))
        .then([progress({ reportedOn: '2023-03-15', percentComplete: 45 })]);
    });

    it('keeps ordering against the first assignment after a re-assignment', () => {
      const reassigned: DeliverableAssigned = {
        type: 'DeliverableAssigned',
        data: { ...assignedToKZ.data, assignedOn: '2023-01-10', dueOn: '2026-12-31' },
      };
      given(deliverableDecider, [...history, reassigned], none)
        .when(report({ reportedOn: '2022-06-01' }))
        .then([progress({ reportedOn: '2022-06-01' })]);
    });

    it('rejects a report after the day of the command', () => {
      given(deliverableDecider, history, none)
        .when(report({ reportedOn: '2024-06-02' }))
        .thenViolates([{ rule: 'date-in-future', field: 'reportedOn' }]);
    });

    it('rejects an invalid calendar date', () => {
      given(deliverableDecider, history, none)
        .when(report({ reportedOn: '2023-02-29' }))
        .thenViolates([{ rule: 'invalid-date', field: 'reportedOn' }]);
    });

    it.each([40.5, -1, 101, Number.NaN, Number.POSITIVE_INFINITY])(
      'rejects %p as a percentage',
      (percentComplete) => {
        given(deliverableDecider, history, none)
          .when(report({ percentComplete }))
          .thenViolates([{ rule: 'invalid-percent', field: 'percentComplete' }]);
      },
    );

    it('rejects a completed deliverable that is not 100 percent complete', () => {
      given(deliverableDecider, history, none)
        .when(report({ status: 'completed', percentComplete: 90 }))
        .thenViolates([{ rule: 'percent-mismatch', field: 'percentComplete' }]);
    });

    it('rejects a deliverable not started that is partly complete', () => {
      given(deliverableDecider, history, none)
        .when(report({ status: 'not-started', percentComplete: 10 }))
        .thenViolates([{ rule: 'percent-mismatch', field: 'percentComplete' }]);
    });

    it('rejects any report once the deliverable was cancelled', () => {
      given(deliverableDecider, [...history, cancelled], none)
        .when(report({ reportedOn: '2024-01-10' }))
        .thenThrows(DomainRuleViolation, { rule: 'deliverable-cancelled' });
    });

    it('reports every broken rule at once', () => {
      given(deliverableDecider, [...history, progress({ reportedOn: '2023-03-15' })], none)
        .when(report({ status: 'completed', percentComplete: 99.5, reportedOn: '2023-01-01' }))
        .thenViolates([
          { rule: 'completion-before-later-report', field: 'reportedOn' },
          { rule: 'invalid-percent', field: 'percentComplete' },
          { rule: 'percent-mismatch', field: 'percentComplete' },
        ]);
    });
  });

  describe('CancelDeliverable', () => {
    it('records the cancellation with the command data, without its type or clock', () => {
      given(deliverableDecider, [defined, assignedToKZ], none).when(cancel()).then([cancelled]);
    });

    it('may cancel on the day of definition', () => {
      given(deliverableDecider, [defined], none)
        .when(cancel({ cancelledOn: '2022-03-03' }))
        .then([{ type: 'DeliverableCancelled', data: { ...cancelled.data, cancelledOn: '2022-03-03' } }]);
    });

    it('rejects a deliverable that was never defined', () => {
      given(deliverableDecider, [], none)
        .when(cancel())
        .thenThrows(AggregateNotFound, { aggregate: 'deliverable', id: ID });
    });

    it('rejects a second cancellation', () => {
      given(deliverableDecider, [defined, cancelled], none)
        .when(cancel({ cancelledOn: '2024-01-10' }))
        .thenThrows(DomainRuleViolation, { rule: 'deliverable-cancelled' });
    });

    it('keeps a cancelled deliverable defined: defining it again is rejected as existing', () => {
      given(deliverableDecider, [defined, cancelled], jpoa)
        .when(define())
        .thenThrows(DomainRuleViolation, { rule: 'deliverable-exists', field: 'id' });
    });

    it('rejects a blank reason', () => {
      given(deliverableDecider, [defined], none)
        .when(cancel({ reason: ' ' }))
        .thenViolates([{ rule: 'empty-text', field: 'reason' }]);
    });

    it('rejects a cancellation before the deliverable was defined', () => {
      given(deliverableDecider, [defined], none)
        .when(cancel({ cancelledOn: '2022-03-02' }))
        .thenViolates([{ rule: 'date-before-definition', field: 'cancelledOn' }]);
    });

    it('rejects a cancellation after the day of the command', () => {
      given(deliverableDecider, [defined], none)
        .when(cancel({ cancelledOn: '2024-06-02' }))
        .thenViolates([{ rule: 'date-in-future', field: 'cancelledOn' }]);
    });

    it('rejects an invalid calendar date', () => {
      given(deliverableDecider, [defined], none)
        .when(cancel({ cancelledOn: '2023-06-31' }))
        .thenViolates([{ rule: 'invalid-date', field: 'cancelledOn' }]);
    });

    it('reports every broken rule at once', () => {
      given(deliverableDecider, [defined], none)
        .when(cancel({ reason: '', cancelledOn: '2021-12-31' }))
        .thenViolates([
          { rule: 'empty-text', field: 'reason' },
          { rule: 'date-before-definition', field: 'cancelledOn' },
        ]);
    });
  });
});
