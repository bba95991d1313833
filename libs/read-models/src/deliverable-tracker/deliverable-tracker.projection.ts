import { type Kysely } from 'kysely';
import { type DomainEvent } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, positionParam } from '../database';
import { type Projection } from '../projection';
import { TRACKER_TABLES, createTrackerTables } from './deliverable-tracker.tables';
import { PendingByTransaction, executeEach, insertRows } from '../pending';

interface AssignmentProgress {
  deliverable_id: string;
  state_code: string;
  status: string;
  /** The last percent reported, when any report of the batch gave one. */
  percent_complete?: number;
  last_reported_on: string;
  reports: number;
}

/** Progress reports held back: their rows, and per assignment the net effect of its reports. */
const pending = new PendingByTransaction(() => ({
  reports: [] as Record<string, unknown>[],
  assignments: new Map<string, AssignmentProgress>(),
}));

async function flush(trx: Kysely<Database>): Promise<void> {
  const held = pending.peek(trx);
  if (!held || held.reports.length === 0) return;
  const { reports, assignments } = held;
  held.reports = [];
  held.assignments = new Map();
  await insertRows(trx, 'tracker_reports', reports);
  // The same as one UPDATE per report: the last status, date and percent given win, counts add up.
  await executeEach(
    trx,
    assignments.values(),
    (a) => (a.percent_complete !== undefined ? 'percent' : 'no-percent'),
    (a) =>
      trx
        .updateTable('tracker_assignments')
        .set((eb) => ({
          status: a.status,
          ...(a.percent_complete !== undefined ? { percent_complete: a.percent_complete } : {}),
          last_reported_on: a.last_reported_on,
          report_count: eb('report_count', '+', a.reports),
        }))
        .where('deliverable_id', '=', a.deliverable_id)
        .where('state_code', '=', a.state_code),
    (a) => [
      a.status,
      ...(a.percent_complete !== undefined ? [a.percent_complete] : []),
      a.last_reported_on,
      a.reports,
      a.deliverable_id,
      a.state_code,
    ],
  );
}

async function apply(trx: Kysely<Database>, event: DomainEvent, recorded: RecordedEvent): Promise<void> {
  // Held-back reports write tracker_reports and tracker_assignments; of the other events only an
  // assignment writes those tables, so only it must come after them.
  if (event.type === 'DeliverableAssigned') await flush(trx);
  switch (event.type) {
    case 'DeliverableDefined': {
      const d = event.data;
      const row = {
        framework_id: d.frameworkId,
        pillar: d.pillar,
        thematic_area: d.thematicArea,
        title: d.title,
        description: d.description ?? null,
        reference: d.reference ?? null,
        defined_on: d.definedOn,
      };
      await trx
        .insertInto('tracker_deliverables')
        .values({ deliverable_id: d.deliverableId, ...row, cancelled: 0 })
        .onConflict((oc) => oc.column('deliverable_id').doUpdateSet(row))
        .execute();
      return;
    }
    case 'DeliverableAssigned': {
      const d = event.data;
      await trx
        .insertInto('tracker_assignments')
        .values({
          deliverable_id: d.deliverableId,
          state_code: d.stateCode,
          lead_agency: d.leadAgency,
          assigned_on: d.assignedOn,
          due_on: d.dueOn,
          status: 'not-started',
          percent_complete: null,
          last_reported_on: null,
          report_count: 0,
        })
        // Re-assignment: new lead agency or due date; the first assignment date and the progress stay.
        .onConflict((oc) =>
          oc
            .columns(['deliverable_id', 'state_code'])
            .doUpdateSet({ lead_agency: d.leadAgency, due_on: d.dueOn }),
        )
        .execute();
      return;
    }
    case 'ProgressReported': {
      const d = event.data;
      const held = pending.of(trx);
      held.reports.push({
        position: positionParam(recorded.position),
        deliverable_id: d.deliverableId,
        state_code: d.stateCode,
        reported_on: d.reportedOn,
        status: d.status,
        percent_complete: d.percentComplete ?? null,
        note: d.note ?? null,
        evidence: JSON.stringify(d.evidence ?? []),
      });
      const key = `${d.deliverableId}\u0000${d.stateCode}`;
      const progress = held.assignments.get(key);
      if (progress) {
        progress.status = d.status;
        if (d.percentComplete !== undefined) progress.percent_complete = d.percentComplete;
        progress.last_reported_on = d.reportedOn;
        progress.reports += 1;
      } else
        held.assignments.set(key, {
          deliverable_id: d.deliverableId,
          state_code: d.stateCode,
          status: d.status,
          ...(d.percentComplete !== undefined ? { percent_complete: d.percentComplete } : {}),
          last_reported_on: d.reportedOn,
          reports: 1,
        });
      return;
    }
    case 'DeliverableCancelled': {
      const d = event.data;
      await trx
        .updateTable('tracker_deliverables')
        .set({ cancelled: 1, cancelled_on: d.cancelledOn, cancellation_reason: d.reason })
        .where('deliverable_id', '=', d.deliverableId)
        .execute();
      return;
    }
    case 'DeclarationAdopted':
    case 'FrameworkRevised':
    case 'ProcessLaunched':
    case 'ConferenceHeld':
    case 'AssistanceProvided':
      return;
  }
}

export const deliverableTrackerProjection: Projection = {
  name: 'deliverable-tracker',
  tables: TRACKER_TABLES,
  createTables: createTrackerTables,
  apply,
  flush,
};
