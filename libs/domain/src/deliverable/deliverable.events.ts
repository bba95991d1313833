import { type IsoDate } from '../kernel/dates';
import { type Pillar } from '../kernel/pillars';

/**
 * Where an assigned State stands on a deliverable. A lifecycle, kept apart from any judgement of
 * quality (a completed deliverable can still leave a commitment partially met; docs/facts/status-scales.md 6.4).
 */
export const PROGRESS_STATUSES = ['not-started', 'in-progress', 'blocked', 'completed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/**
 * Who stands behind a progress report: the State itself, or an external assessment (a CTED visit,
 * an EAG mutual evaluation). Assessors weigh them differently (docs/facts/status-scales.md 6.4).
 */
export const REPORT_SOURCES = ['self-reported', 'external'] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/** A deliverable defined under a framework, classified by one Strategy pillar. */
export interface DeliverableDefined {
  type: 'DeliverableDefined';
  data: {
    deliverableId: string;
    frameworkId: string;
    pillar: Pillar;
    thematicArea: string;
    title: string;
    description?: string;
    /** Where the commitment is written, e.g. a paragraph of the declaration. */
    reference?: string;
    definedOn: IsoDate;
  };
}

/** Assigned (or re-assigned, with a new lead agency or due date) to one State. */
export interface DeliverableAssigned {
  type: 'DeliverableAssigned';
  data: {
    deliverableId: string;
    stateCode: string;
    leadAgency: string;
    dueOn: IsoDate;
    assignedOn: IsoDate;
  };
}

/** Schema version 2: `source` added. Version 1 events are upcast with `source: 'self-reported'`. */
export interface ProgressReported {
  type: 'ProgressReported';
  data: {
    deliverableId: string;
    stateCode: string;
    status: ProgressStatus;
    percentComplete?: number;
    note?: string;
    /** Document symbols or links that back the report. */
    evidence?: string[];
    reportedOn: IsoDate;
    source: ReportSource;
  };
}

export interface DeliverableCancelled {
  type: 'DeliverableCancelled';
  data: { deliverableId: string; reason: string; cancelledOn: IsoDate };
}

export type DeliverableEvent =
  DeliverableDefined | DeliverableAssigned | ProgressReported | DeliverableCancelled;

export interface Assignment {
  assignedOn: IsoDate;
  dueOn: IsoDate;
  status: ProgressStatus;
  lastReportedOn?: IsoDate;
}

export interface DeliverableState {
  exists: boolean;
  frameworkId?: string;
  pillar?: Pillar;
  definedOn?: IsoDate;
  cancelled: boolean;
  assignments: Readonly<Record<string, Assignment>>;
}

export const initialDeliverableState: DeliverableState = { exists: false, cancelled: false, assignments: {} };

export function evolveDeliverable(state: DeliverableState, event: DeliverableEvent): DeliverableState {
  switch (event.type) {
    case 'DeliverableDefined':
      return {
        ...state,
        exists: true,
        frameworkId: event.data.frameworkId,
        pillar: event.data.pillar,
        definedOn: event.data.definedOn,
      };
    case 'DeliverableAssigned': {
      const previous = state.assignments[event.data.stateCode];
      const assignment: Assignment = {
        assignedOn: previous?.assignedOn ?? event.data.assignedOn,
        dueOn: event.data.dueOn,
        status: previous?.status ?? 'not-started',
        lastReportedOn: previous?.lastReportedOn,
      };
      return { ...state, assignments: { ...state.assignments, [event.data.stateCode]: assignment } };
    }
    case 'ProgressReported': {
      const previous = state.assignments[event.data.stateCode];
      if (!previous) return state;
      const assignment = { ...previous, status: event.data.status, lastReportedOn: event.data.reportedOn };
      return { ...state, assignments: { ...state.assignments, [event.data.stateCode]: assignment } };
    }
    case 'DeliverableCancelled':
      return { ...state, cancelled: true };
  }
}
