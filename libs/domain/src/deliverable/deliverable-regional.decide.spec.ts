/**
 * Regional assignments (issue #13 item 2): a deliverable assigned to a regional mechanism of the
 * organisations catalogue instead of a State. The mechanism's members and reporting rule are
 * snapshotted into the assignment; a member State's coordinator reports on it only where the
 * mechanism lets its members report, programme staff always. Corrections, withdrawals and review
 * of its reports work as for a State's.
 */
import {
  type ActingAs,
  type DeliverableAssigned,
  type DeliverableContext,
  type DeliverableDefined,
  type Folded,
  type MechanismSnapshot,
  type OrganisationState,
  type ProgressReported,
  type ReportProgress,
  deliverableDecider,
  fold,
  statesNamedBy,
} from '@ct/domain';
import { given } from '@ct/testing';

const NOW = '2024-06-01T09:30:00.000Z';
const ID = 'ewn-quarterly-threat-exchange';
const NETWORK = 'ct-early-warning-network';
const STAFF: ActingAs = 'programme-staff';
const COORDINATOR: ActingAs = 'state-coordinator';

/** The network as the catalogue registers it (docs/facts/organisations.md 8.2). */
const network: OrganisationState = {
  exists: true,
  kind: 'regional-mechanism',
  name: { en: 'Counter-Terrorism Early Warning Network for Central Asia' },
  aliases: ['CT EWN'],
  memberStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  memberStatesMayReport: true,
};
const snapshot: MechanismSnapshot = {
  name: network.name!,
  memberStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  memberStatesMayReport: true,
};
const withNetwork: DeliverableContext = { mechanism: network };

const defined: DeliverableDefined = {
  type: 'DeliverableDefined',
  data: {
    deliverableId: ID,
    frameworkId: 'jpoa',
    pillar: 'I',
    thematicArea: 'Early warning',
    title: 'Exchange threat assessments through the early warning network',
    definedOn: '2022-03-03',
  },
};

const assignedToNetwork = (mechanism: MechanismSnapshot = snapshot): DeliverableAssigned => ({
  type: 'DeliverableAssigned',
  data: {
    deliverableId: ID,
    mechanismId: NETWORK,
    mechanism,
    leadAgency: 'UNOCT/UNCCT and UNRCCA',
    dueOn: '2025-12-31',
    assignedOn: '2022-07-01',
  },
});

const regionalReport = (
  id: string,
  data: Partial<ProgressReported['data']> = {},
): Folded<ProgressReported> => ({
  type: 'ProgressReported',
  id,
  data: {
    deliverableId: ID,
    mechanismId: NETWORK,
    reportingState: 'KZ',
    status: 'in-progress',
    percentComplete: 30,
    reportedOn: '2023-10-13',
    source: 'self-reported',
    ...data,
  },
});

const report = (actingAs: ActingAs, fields: Partial<ReportProgress> = {}): ReportProgress => ({
  type: 'ReportProgress',
  now: NOW,
  actingAs,
  deliverableId: ID,
  mechanismId: NETWORK,
  reportingState: 'KZ',
  status: 'in-progress',
  percentComplete: 30,
  reportedOn: '2023-10-13',
  ...fields,
});

describe('Regional assignments (deliverable decider)', () => {
  describe('assigning', () => {
    const assign = {
      type: 'AssignDeliverable',
      now: NOW,
      actingAs: STAFF,
      deliverableId: ID,
      mechanismId: NETWORK,
      leadAgency: 'UNOCT/UNCCT and UNRCCA',
      dueOn: '2025-12-31',
      assignedOn: '2022-07-01',
    } as const;

    it('assigns to a regional mechanism with a snapshot of its members and reporting rule', () => {
      given(deliverableDecider, [defined], withNetwork).when(assign).then([assignedToNetwork()]);
    });

    it('keeps the snapshot of the latest assignment in the folded state, apart from any State', () => {
      const state = fold(deliverableDecider, [defined, assignedToNetwork(), regionalReport('r1')]);
      expect(Object.keys(state.assignments)).toEqual([NETWORK]);
      expect(state.assignments[NETWORK]).toMatchObject({ mechanism: snapshot, status: 'in-progress' });
      expect(state.reports['r1']).toMatchObject({ mechanismId: NETWORK, reportingState: 'KZ' });
      const closed = { ...snapshot, memberStatesMayReport: false };
      const again = fold(deliverableDecider, [defined, assignedToNetwork(), assignedToNetwork(closed)]);
      expect(again.assignments[NETWORK]?.mechanism).toEqual(closed);
    });

    it("is part of every member State's history; a report, of the reporting State's", () => {
      expect(statesNamedBy(assignedToNetwork())).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ']);
      expect(statesNamedBy(regionalReport('r1'))).toEqual(['KZ']);
      const { reportingState: _kz, ...staffReport } = regionalReport('r1').data;
      expect(statesNamedBy({ type: 'ProgressReported', data: staffReport })).toEqual([]);
    });

    it('needs exactly one of a State and a mechanism', () => {
      given(deliverableDecider, [defined], withNetwork)
        .when({ ...assign, stateCode: 'KZ' })
        .thenViolates([{ rule: 'one-assignee', field: 'mechanismId' }]);
      given(deliverableDecider, [defined], withNetwork)
        .when({ ...assign, mechanismId: undefined })
        .thenViolates([{ rule: 'one-assignee', field: 'stateCode' }]);
    });

    it('refuses a mechanism the catalogue does not have, and an organisation that is no mechanism', () => {
      given(deliverableDecider, [defined], {})
        .when(assign)
        .thenViolates([{ rule: 'unknown-mechanism', field: 'mechanismId' }]);
      given(deliverableDecider, [defined], { mechanism: { ...network, kind: 'un-entity' } })
        .when(assign)
        .thenViolates([{ rule: 'unknown-mechanism', field: 'mechanismId' }]);
    });
  });

  describe('reporting', () => {
    const history = [defined, assignedToNetwork()];
    const closedHistory = [defined, assignedToNetwork({ ...snapshot, memberStatesMayReport: false })];

    it("records a member State coordinator's report with the reporting State, when the mechanism allows it", () => {
      given(deliverableDecider, history, {})
        .when(report(COORDINATOR))
        .then([{ type: 'ProgressReported', data: regionalReport('').data }]);
    });

    it('refuses a coordinator where the mechanism does not let its members report', () => {
      given(deliverableDecider, closedHistory, {})
        .when(report(COORDINATOR))
        .thenViolates([{ rule: 'members-may-not-report', field: 'mechanismId' }]);
    });

    it('refuses a reporting State that is not a member, and a coordinator naming none', () => {
      given(deliverableDecider, history, {})
        .when(report(COORDINATOR, { reportingState: 'AF' }))
        .thenViolates([{ rule: 'not-a-member', field: 'reportingState' }]);
      given(deliverableDecider, history, {})
        .when(report(COORDINATOR, { reportingState: undefined }))
        .thenViolates([{ rule: 'reporting-state-required', field: 'reportingState' }]);
    });

    it('lets programme staff report whatever the mechanism says, with or without a reporting State', () => {
      const { reportingState: _kz, ...staffReport } = regionalReport('').data;
      given(deliverableDecider, closedHistory, {})
        .when(report(STAFF, { reportingState: undefined }))
        .then([{ type: 'ProgressReported', data: staffReport }]);
      given(deliverableDecider, closedHistory, {})
        .when(report(STAFF, { reportingState: 'UZ' }))
        .then([{ type: 'ProgressReported', data: regionalReport('', { reportingState: 'UZ' }).data }]);
    });

    it("never books a regional report to a State's assignment, nor a reporting State to a State's report", () => {
      given(deliverableDecider, history, {})
        .when(report(COORDINATOR, { mechanismId: undefined, stateCode: 'KZ', reportingState: undefined }))
        .thenViolates([{ rule: 'state-not-assigned', field: 'stateCode' }]);
      given(deliverableDecider, [...history, { ...assignedToNetwork(), data: stateAssignment('KZ') }], {})
        .when(report(COORDINATOR, { mechanismId: undefined, stateCode: 'KZ' }))
        .thenViolates([{ rule: 'reporting-state-without-mechanism', field: 'reportingState' }]);
      given(deliverableDecider, history, {})
        .when(report(COORDINATOR, { mechanismId: 'regional-expert-council-returnees' }))
        .thenViolates([{ rule: 'mechanism-not-assigned', field: 'mechanismId' }]);
    });
  });

  describe('corrections, withdrawals and review of a regional report', () => {
    const history = [defined, assignedToNetwork(), regionalReport('r1')];
    const base = { now: NOW, deliverableId: ID, mechanismId: NETWORK, reportId: 'r1' } as const;

    it("lets the reporting State's coordinator correct it, back to review", () => {
      given(deliverableDecider, history, {})
        .when({
          ...base,
          type: 'CorrectProgressReport',
          actingAs: COORDINATOR,
          reportingState: 'KZ',
          status: 'in-progress',
          percentComplete: 50,
          reportedOn: '2023-10-13',
          reason: 'the figure was the previous quarter’s',
        })
        .then([
          {
            type: 'ProgressReportCorrected',
            data: {
              deliverableId: ID,
              mechanismId: NETWORK,
              reportId: 'r1',
              supersedes: 'r1',
              status: 'in-progress',
              percentComplete: 50,
              reportedOn: '2023-10-13',
              source: 'self-reported',
              reason: 'the figure was the previous quarter’s',
              review: 'submitted',
            },
          },
        ]);
    });

    it("refuses another member State's coordinator, who did not report it", () => {
      given(deliverableDecider, history, {})
        .when({
          ...base,
          type: 'WithdrawProgressReport',
          actingAs: COORDINATOR,
          reportingState: 'TJ',
          reason: 'x',
        })
        .thenViolates([{ rule: 'report-of-another-state', field: 'reportingState' }]);
    });

    it('lets the reporting coordinator withdraw it, and programme staff validate or return it', () => {
      given(deliverableDecider, history, {})
        .when({
          ...base,
          type: 'WithdrawProgressReport',
          actingAs: COORDINATOR,
          reportingState: 'KZ',
          reason: 'sent twice',
        })
        .then([
          {
            type: 'ProgressReportWithdrawn',
            data: { deliverableId: ID, mechanismId: NETWORK, reportId: 'r1', reason: 'sent twice' },
          },
        ]);
      given(deliverableDecider, history, {})
        .when({ ...base, type: 'ValidateProgressReport', actingAs: STAFF })
        .then([
          {
            type: 'ProgressReportValidated',
            data: { deliverableId: ID, mechanismId: NETWORK, reportId: 'r1' },
          },
        ]);
      given(deliverableDecider, history, {})
        .when({ ...base, type: 'ReturnProgressReport', actingAs: STAFF, comment: 'source?' })
        .then([
          {
            type: 'ProgressReportReturned',
            data: { deliverableId: ID, mechanismId: NETWORK, reportId: 'r1', comment: 'source?' },
          },
        ]);
    });

    it("refuses a regional report named as a State's, and a validated one to its coordinator", () => {
      given(deliverableDecider, history, {})
        .when({
          ...base,
          mechanismId: undefined,
          stateCode: 'KZ',
          type: 'ValidateProgressReport',
          actingAs: STAFF,
        })
        .thenViolates([{ rule: 'report-of-another-state', field: 'stateCode' }]);
      const validated = {
        type: 'ProgressReportValidated',
        data: { deliverableId: ID, mechanismId: NETWORK, reportId: 'r1' },
      } as const;
      given(deliverableDecider, [...history, validated], {})
        .when({
          ...base,
          type: 'WithdrawProgressReport',
          actingAs: COORDINATOR,
          reportingState: 'KZ',
          reason: 'x',
        })
        .thenViolates([{ rule: 'report-validated', field: 'reportId' }]);
    });
  });

  describe('lifecycle of a regional assignment', () => {
    const completed = regionalReport('r2', {
      status: 'completed',
      percentComplete: 100,
      reportedOn: '2024-03-01',
    });
    const history = [defined, assignedToNetwork(), regionalReport('r1'), completed];

    it('is reopened and withdrawn by programme staff, naming the mechanism', () => {
      given(deliverableDecider, history, {})
        .when({
          type: 'ReopenAssignment',
          now: NOW,
          actingAs: STAFF,
          deliverableId: ID,
          mechanismId: NETWORK,
          reason: 'the network stopped meeting',
          reopenedOn: '2024-05-01',
        })
        .then([
          {
            type: 'AssignmentReopened',
            data: {
              deliverableId: ID,
              mechanismId: NETWORK,
              reason: 'the network stopped meeting',
              reopenedOn: '2024-05-01',
            },
          },
        ]);
      given(deliverableDecider, [defined, assignedToNetwork()], {})
        .when({
          type: 'WithdrawAssignment',
          now: NOW,
          actingAs: STAFF,
          deliverableId: ID,
          mechanismId: NETWORK,
          outcome: 'not-applicable',
          reason: 'national matter',
          withdrawnOn: '2023-01-01',
        })
        .then([
          {
            type: 'AssignmentWithdrawn',
            data: {
              deliverableId: ID,
              mechanismId: NETWORK,
              outcome: 'not-applicable',
              reason: 'national matter',
              withdrawnOn: '2023-01-01',
            },
          },
        ]);
    });
  });
});

function stateAssignment(stateCode: string): DeliverableAssigned['data'] {
  return {
    deliverableId: ID,
    stateCode,
    leadAgency: 'National Security Committee',
    dueOn: '2025-12-31',
    assignedOn: '2022-07-01',
  };
}
