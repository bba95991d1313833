import { type Kysely, type Updateable } from 'kysely';
import { type DomainEvent, assigneeOf } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, positionParam } from '../database';
import { type Projection } from '../projection';
import { TRACKER_TABLES, createTrackerTables, reportKey } from './deliverable-tracker.tables';
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
 * Held back until the flush: new reports' rows (by report id, so that a correction or review in the
 * same batch changes the held row instead of a stored one), the report trail's rows, and the
 * assignments whose periods must be recomputed.
 */
const pending = new PendingByTransaction(() => ({
  reports: new Map<string, Record<string, unknown>>(),
  events: [] as Record<string, unknown>[],
  dirty: new DirtyAssignments(),
  appended: new AppendedReports(),
}));

async function flush(trx: Kysely<Database>): Promise<void> {
  const held = pending.peek(trx);
  if (!held) return;
  const { reports, events, dirty, appended } = held;
  if (reports.size === 0 && events.length === 0 && dirty.size === 0 && appended.size === 0) return;
  held.reports = new Map();
  held.events = [];
  held.dirty = new DirtyAssignments();
  held.appended = new AppendedReports();
  await insertRows(trx, 'tracker_reports', [...reports.values()]);
  await insertRows(trx, 'tracker_report_events', events);
  // First assignments get their periods first, so that reports of the same batch extend them.
  const assigned = await settleAssigned(trx, dirty);
  await insertRows(trx, 'tracker_periods', periodRows(assigned));
  // Reports after everything before them extend the open period; the rest are recomputed.
  const extended = await appendReports(trx, appended, dirty);
  const recomputed = dirty.size === 0 ? [] : await recomputeAssignments(trx, dirty);
  await executeEach(
    trx,
    [
      ...[...dirty.deliverables].map((d) => ({ deliverableId: d, stateCode: undefined })),
      ...[...dirty.assignments.values()].filter((a) => !dirty.deliverables.has(a.deliverableId)),
    ],
    (a) => (a.stateCode === undefined ? 'deliverable' : 'assignment'),
    (a) =>
      trx
        .deleteFrom('tracker_periods')
        .where('deliverable_id', '=', a.deliverableId)
        .$if(a.stateCode !== undefined, (q) => q.where('state_code', '=', a.stateCode!)),
    (a) => (a.stateCode === undefined ? [a.deliverableId] : [a.deliverableId, a.stateCode]),
  );
  await insertRows(trx, 'tracker_periods', periodRows(recomputed));
  // The assignment row keeps where it stands now (the open period, basis reported) for listings.
  await executeEach(
    trx,
    [
      ...[...assigned, ...recomputed].map((a) => ({
        a,
        now: a.periods.reported[a.periods.reported.length - 1]!,
      })),
      ...extended.map((a) => ({ a, now: a.open })),
    ],
    () => 'one',
    ({ a, now }) =>
      trx
        .updateTable('tracker_assignments')
        .set({
          status: now.status,
          percent_complete: now.percentComplete,
          last_reported_on: now.lastReportedOn,
          report_count: now.reportCount,
          completed_on: now.completedOn,
        })
        .where('deliverable_id', '=', a.deliverableId)
        .where('state_code', '=', a.stateCode),
    ({ a, now }) => [
      now.status,
      now.percentComplete,
      now.lastReportedOn,
      now.reportCount,
      now.completedOn,
      a.deliverableId,
      a.stateCode,
    ],
  );
}

/** A report's trail: one row per event about it, in recording order. */
function trailRow(
  recorded: RecordedEvent,
  reportId: string,
  extra: { supersedes?: string; correctedValues?: unknown; reason?: string },
): Record<string, unknown> {
  return {
    position: positionParam(recorded.position),
    report_id: reportId,
    event_id: recorded.id,
    event_type: recorded.type,
    supersedes: extra.supersedes ?? null,
    corrected_values: extra.correctedValues === undefined ? null : JSON.stringify(extra.correctedValues),
    reason: extra.reason ?? null,
    actor: recorded.metadata.actor,
    recorded_at: recorded.metadata.recordedAt,
  };
}

/** Changes a report's current row: the held one when the report came in this batch, else the stored one. */
async function changeReport(
  trx: Kysely<Database>,
  reportId: string,
  values: Updateable<Database['tracker_reports']>,
): Promise<void> {
  const held = pending.of(trx).reports.get(reportId);
  if (held) {
    Object.assign(held, values);
    return;
  }
  await trx
    .updateTable('tracker_reports')
    .set(values)
    .where('report_key', '=', reportKey(reportId))
    .where('report_id', '=', reportId)
    .execute();
}

async function apply(trx: Kysely<Database>, event: DomainEvent, recorded: RecordedEvent): Promise<void> {
  const held = pending.of(trx);
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
        revision: d.revision ?? null,
      };
      await trx
        .insertInto('tracker_deliverables')
        .values({
          deliverable_id: d.deliverableId,
          ...row,
          cancelled: 0,
          retired_on: null,
          retirement_reason: null,
        })
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
          state_code: assigneeOf(d),
          lead_agency: d.leadAgency,
          assigned_on: d.assignedOn,
          due_on: d.dueOn,
          status: 'not-started',
          percent_complete: null,
          last_reported_on: null,
          report_count: 0,
          completed_on: null,
        })
        // Re-assignment: new lead agency or due date; the first assignment date and the progress stay.
        .onConflict((oc) =>
          oc
            .columns(['deliverable_id', 'state_code'])
            .doUpdateSet({ lead_agency: d.leadAgency, due_on: d.dueOn }),
        )
        .execute();
      held.dirty.markAssigned(d.deliverableId, assigneeOf(d));
      return;
    }
    case 'ProgressReported': {
      const d = event.data;
      held.reports.set(recorded.id, {
        position: positionParam(recorded.position),
        deliverable_id: d.deliverableId,
        state_code: assigneeOf(d),
        reported_on: d.reportedOn,
        status: d.status,
        percent_complete: d.percentComplete ?? null,
        note: d.note ?? null,
        evidence: JSON.stringify(d.evidence ?? []),
        report_id: recorded.id,
        report_key: reportKey(recorded.id),
        source: d.source,
        review: 'submitted',
        withdrawn: 0,
        version_id: recorded.id,
      });
      held.events.push(trailRow(recorded, recorded.id, {}));
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
        note: d.note ?? null,
        evidence: JSON.stringify(d.evidence ?? []),
        source: d.source,
        review: d.review,
        version_id: recorded.id,
      });
      const { deliverableId: _d, stateCode: _s, reportId, supersedes, reason, ...values } = d;
      held.events.push(trailRow(recorded, reportId, { supersedes, reason, correctedValues: values }));
      held.dirty.mark(d.deliverableId, assigneeOf(d));
      return;
    }
    case 'ProgressReportWithdrawn': {
      const d = event.data;
      await changeReport(trx, d.reportId, { withdrawn: 1 });
      held.events.push(trailRow(recorded, d.reportId, { reason: d.reason }));
      held.dirty.mark(d.deliverableId, assigneeOf(d));
      return;
    }
    case 'ProgressReportValidated':
    case 'ProgressReportReturned': {
      const d = event.data;
      await changeReport(trx, d.reportId, {
        review: event.type === 'ProgressReportValidated' ? 'validated' : 'returned',
      });
      held.events.push(trailRow(recorded, d.reportId, { ...(d.comment ? { reason: d.comment } : {}) }));
      held.dirty.mark(d.deliverableId, assigneeOf(d));
      return;
    }
    case 'AssignmentReopened':
    case 'AssignmentWithdrawn': {
      const d = event.data;
      await trx
        .insertInto('tracker_lifecycle')
        .values({
          position: positionParam(recorded.position),
          deliverable_id: d.deliverableId,
          state_code: assigneeOf(d),
          kind: event.type === 'AssignmentReopened' ? 'reopened' : event.data.outcome,
          effective_on: event.type === 'AssignmentReopened' ? event.data.reopenedOn : event.data.withdrawnOn,
          reason: d.reason,
          actor: recorded.metadata.actor,
          recorded_at: recorded.metadata.recordedAt,
        })
        .execute();
      held.dirty.mark(d.deliverableId, assigneeOf(d));
      return;
    }
    case 'DeliverableCancelled': {
      const d = event.data;
      await trx
        .updateTable('tracker_deliverables')
        .set({ cancelled: 1, cancelled_on: d.cancelledOn, cancellation_reason: d.reason })
        .where('deliverable_id', '=', d.deliverableId)
        .execute();
      held.dirty.markDeliverable(d.deliverableId);
      return;
    }
    case 'DeliverableRetired': {
      const d = event.data;
      await trx
        .updateTable('tracker_deliverables')
        .set({ retired_on: d.revision, retirement_reason: d.reason ?? null })
        .where('deliverable_id', '=', d.deliverableId)
        .execute();
      held.dirty.markDeliverable(d.deliverableId);
      return;
    }
    case 'DeclarationAdopted':
    case 'FrameworkRevised':
    case 'ProcessLaunched':
    case 'ConferenceHeld':
    case 'AssistanceProvided':
    case 'AssistanceAmended':
    case 'AssistanceWithdrawn':
    case 'OrganisationRegistered':
    case 'OrganisationUpdated':
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
