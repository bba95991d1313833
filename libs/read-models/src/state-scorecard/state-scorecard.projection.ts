import { type Kysely, type Updateable } from 'kysely';
import { type DomainEvent, assigneeOf } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, positionParam } from '../database';
import { type Projection } from '../projection';
import { SCORECARD_TABLES, createScorecardTables } from './state-scorecard.tables';
import { PendingByTransaction, executeEach, insertRows } from '../pending';
import {
  AppendedReports,
  DirtyAssignments,
  appendReports,
  periodRows,
  recomputeAssignments,
  settleAssigned,
} from '../assignment-rows';

/**
 * Held back until the flush: new reports' rows (by report id: a correction or review in the same
 * batch changes the held row) and the assignments whose periods must be recomputed.
 */
const pending = new PendingByTransaction(() => ({
  reports: new Map<string, Record<string, unknown>>(),
  dirty: new DirtyAssignments(),
  appended: new AppendedReports(),
}));

const TABLES = {
  assignments: 'scorecard_assignments',
  deliverables: 'scorecard_deliverables',
  reports: 'scorecard_reports',
  lifecycle: 'scorecard_lifecycle',
} as const;

async function flush(trx: Kysely<Database>): Promise<void> {
  const held = pending.peek(trx);
  if (!held) return;
  const { reports, dirty, appended } = held;
  if (reports.size === 0 && dirty.size === 0 && appended.size === 0) return;
  held.reports = new Map();
  held.dirty = new DirtyAssignments();
  held.appended = new AppendedReports();
  await insertRows(trx, 'scorecard_reports', [...reports.values()]);
  // First assignments get their periods first, so that reports of the same batch extend them.
  const assigned = await settleAssigned(trx, { ...TABLES, periods: 'scorecard_periods' }, dirty);
  await insertRows(trx, 'scorecard_periods', periodRows(assigned));
  // Reports after everything before them extend the open period; the rest are recomputed.
  await appendReports(trx, 'scorecard_periods', appended, dirty);
  if (dirty.size === 0) return;
  const recomputed = await recomputeAssignments(trx, TABLES, dirty);
  await executeEach(
    trx,
    [
      ...[...dirty.deliverables].map((d) => ({ deliverableId: d, stateCode: undefined })),
      ...[...dirty.assignments.values()].filter((a) => !dirty.deliverables.has(a.deliverableId)),
    ],
    (a) => (a.stateCode === undefined ? 'deliverable' : 'assignment'),
    (a) =>
      trx
        .deleteFrom('scorecard_periods')
        .where('deliverable_id', '=', a.deliverableId)
        .$if(a.stateCode !== undefined, (q) => q.where('state_code', '=', a.stateCode!)),
    (a) => (a.stateCode === undefined ? [a.deliverableId] : [a.deliverableId, a.stateCode]),
  );
  await insertRows(trx, 'scorecard_periods', periodRows(recomputed));
}

/** Changes a report's row: the held one when the report came in this batch, else the stored one. */
async function changeReport(
  trx: Kysely<Database>,
  reportId: string,
  values: Updateable<Database['scorecard_reports']>,
): Promise<void> {
  const held = pending.of(trx).reports.get(reportId);
  if (held) {
    Object.assign(held, values);
    return;
  }
  await trx.updateTable('scorecard_reports').set(values).where('report_id', '=', reportId).execute();
}

async function apply(trx: Kysely<Database>, event: DomainEvent, recorded: RecordedEvent): Promise<void> {
  const held = pending.of(trx);
  switch (event.type) {
    case 'DeliverableDefined': {
      const d = event.data;
      await trx
        .insertInto('scorecard_deliverables')
        .values({
          deliverable_id: d.deliverableId,
          framework_id: d.frameworkId,
          pillar: d.pillar,
          cancelled: 0,
          cancelled_on: null,
          revision: d.revision ?? null,
          retired_on: null,
        })
        .onConflict((oc) =>
          oc
            .column('deliverable_id')
            .doUpdateSet({ framework_id: d.frameworkId, pillar: d.pillar, revision: d.revision ?? null }),
        )
        .execute();
      return;
    }
    case 'DeliverableAssigned': {
      const d = event.data;
      const deliverable = await trx
        .selectFrom('scorecard_deliverables')
        .selectAll()
        .where('deliverable_id', '=', d.deliverableId)
        .executeTakeFirst();
      // The domain refuses to assign an undefined deliverable; a scorecard cell needs its pillar.
      if (!deliverable) return;
      await trx
        .insertInto('scorecard_assignments')
        .values({
          deliverable_id: d.deliverableId,
          state_code: assigneeOf(d),
          framework_id: deliverable.framework_id,
          pillar: deliverable.pillar,
          revision: deliverable.revision,
          assigned_on: d.assignedOn,
          due_on: d.dueOn,
        })
        // A re-assignment moves the due date; the first assignment date and the progress stay.
        .onConflict((oc) => oc.columns(['deliverable_id', 'state_code']).doUpdateSet({ due_on: d.dueOn }))
        .execute();
      held.dirty.markAssigned(d.deliverableId, assigneeOf(d));
      return;
    }
    case 'ProgressReported': {
      const d = event.data;
      held.reports.set(recorded.id, {
        report_id: recorded.id,
        position: positionParam(recorded.position),
        deliverable_id: d.deliverableId,
        state_code: assigneeOf(d),
        reported_on: d.reportedOn,
        status: d.status,
        percent_complete: d.percentComplete ?? null,
        review: 'submitted',
        withdrawn: 0,
      });
      held.appended.add(d.deliverableId, assigneeOf(d), {
        position: recorded.position,
        reportedOn: d.reportedOn,
        status: d.status,
        percentComplete: d.percentComplete ?? null,
      });
      return;
    }
    case 'ProgressReportCorrected': {
      const d = event.data;
      await changeReport(trx, d.reportId, {
        reported_on: d.reportedOn,
        status: d.status,
        percent_complete: d.percentComplete ?? null,
        review: d.review,
      });
      held.dirty.mark(d.deliverableId, assigneeOf(d));
      return;
    }
    case 'ProgressReportWithdrawn':
    case 'ProgressReportValidated':
    case 'ProgressReportReturned': {
      const d = event.data;
      await changeReport(
        trx,
        d.reportId,
        event.type === 'ProgressReportWithdrawn'
          ? { withdrawn: 1 }
          : { review: event.type === 'ProgressReportValidated' ? 'validated' : 'returned' },
      );
      held.dirty.mark(d.deliverableId, assigneeOf(d));
      return;
    }
    case 'AssignmentReopened':
    case 'AssignmentWithdrawn': {
      const d = event.data;
      await trx
        .insertInto('scorecard_lifecycle')
        .values({
          position: positionParam(recorded.position),
          deliverable_id: d.deliverableId,
          state_code: assigneeOf(d),
          kind: event.type === 'AssignmentReopened' ? 'reopened' : event.data.outcome,
          effective_on: event.type === 'AssignmentReopened' ? event.data.reopenedOn : event.data.withdrawnOn,
        })
        .execute();
      held.dirty.mark(d.deliverableId, assigneeOf(d));
      return;
    }
    case 'DeliverableCancelled': {
      const d = event.data;
      await trx
        .updateTable('scorecard_deliverables')
        .set({ cancelled: 1, cancelled_on: d.cancelledOn })
        .where('deliverable_id', '=', d.deliverableId)
        .execute();
      held.dirty.markDeliverable(d.deliverableId);
      return;
    }
    case 'DeliverableRetired': {
      const d = event.data;
      await trx
        .updateTable('scorecard_deliverables')
        .set({ retired_on: d.revision })
        .where('deliverable_id', '=', d.deliverableId)
        .execute();
      held.dirty.markDeliverable(d.deliverableId);
      return;
    }
    // Assistance received is read from the assistance-ledger's per-State shares.
    case 'AssistanceProvided':
    case 'AssistanceAmended':
    case 'AssistanceWithdrawn':
      return;
    case 'DeclarationAdopted':
    case 'FrameworkRevised':
    case 'ProcessLaunched':
    case 'ConferenceHeld':
    case 'OrganisationRegistered':
    case 'OrganisationUpdated':
      return;
  }
}

export const stateScorecardProjection: Projection = {
  name: 'state-scorecard',
  tables: SCORECARD_TABLES,
  createTables: createScorecardTables,
  apply,
  flush,
};
