import { type Kysely } from 'kysely';
import { type DomainEvent, assigneeOf } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, positionParam } from '../database';
import { type Projection } from '../projection';
import { PendingByTransaction, insertRows } from '../pending';
import { reportKey } from '../deliverable-tracker/deliverable-tracker.tables';
import { REVIEW_QUEUE_TABLES, createReviewQueueTables } from './review-queue.tables';

/**
 * New reports held back until the flush (most reports of a rebuild are reviewed in later batches,
 * so they are inserted many per statement); a review or withdrawal in the same batch drops the held
 * row instead of deleting a stored one.
 */
const pending = new PendingByTransaction(() => new Map<string, Record<string, unknown>>());

async function flush(trx: Kysely<Database>): Promise<void> {
  const held = pending.peek(trx);
  if (!held || held.size === 0) return;
  const rows = [...held.values()];
  held.clear();
  await insertRows(trx, 'review_queue', rows);
}

async function leaveQueue(trx: Kysely<Database>, reportId: string): Promise<void> {
  if (pending.of(trx).delete(reportId)) return;
  await trx
    .deleteFrom('review_queue')
    .where('report_key', '=', reportKey(reportId))
    .where('report_id', '=', reportId)
    .execute();
}

async function apply(trx: Kysely<Database>, event: DomainEvent, recorded: RecordedEvent): Promise<void> {
  switch (event.type) {
    case 'DeliverableDefined': {
      const d = event.data;
      await trx
        .insertInto('review_deliverables')
        .values({ deliverable_id: d.deliverableId, framework_id: d.frameworkId, title: d.title })
        .onConflict((oc) =>
          oc.column('deliverable_id').doUpdateSet({ framework_id: d.frameworkId, title: d.title }),
        )
        .execute();
      return;
    }
    case 'ProgressReported': {
      const d = event.data;
      // Regional reports only, and few: written at once rather than held back.
      if (d.reportingState !== undefined)
        await trx
          .insertInto('review_reporting_states')
          .values({
            position: positionParam(recorded.position),
            report_id: recorded.id,
            report_key: reportKey(recorded.id),
            reporting_state: d.reportingState,
          })
          .onConflict((oc) => oc.column('position').doUpdateSet({ reporting_state: d.reportingState! }))
          .execute();
      pending.of(trx).set(recorded.id, {
        report_id: recorded.id,
        report_key: reportKey(recorded.id),
        deliverable_id: d.deliverableId,
        state_code: assigneeOf(d),
        reported_on: d.reportedOn,
        status: d.status,
        percent_complete: d.percentComplete ?? null,
        submitted_at: recorded.metadata.recordedAt,
        submitted_position: positionParam(recorded.position),
        submitted_by: recorded.metadata.actor,
      });
      return;
    }
    case 'ProgressReportCorrected': {
      const d = event.data;
      if (d.review !== 'submitted') return leaveQueue(trx, d.reportId);
      const values = {
        reported_on: d.reportedOn,
        status: d.status,
        percent_complete: d.percentComplete ?? null,
      };
      const held = pending.of(trx).get(d.reportId);
      if (held) {
        Object.assign(held, values);
        return;
      }
      // Still waiting: the values change, the wait does not restart. Back from `returned`: it
      // enters the queue again, from this correction (its position is the row's new key).
      const key = reportKey(d.reportId);
      const waiting = await trx
        .updateTable('review_queue')
        .set(values)
        .where('report_key', '=', key)
        .where('report_id', '=', d.reportId)
        .executeTakeFirst();
      if (waiting.numUpdatedRows > 0n) return;
      await trx
        .insertInto('review_queue')
        .values({
          report_id: d.reportId,
          report_key: key,
          deliverable_id: d.deliverableId,
          state_code: assigneeOf(d),
          ...values,
          submitted_at: recorded.metadata.recordedAt,
          submitted_position: positionParam(recorded.position),
          submitted_by: recorded.metadata.actor,
        })
        .execute();
      return;
    }
    case 'ProgressReportValidated':
    case 'ProgressReportReturned':
      return leaveQueue(trx, event.data.reportId);
    case 'ProgressReportWithdrawn':
      // A withdrawn report never comes back to the queue: who sent it is no longer needed here.
      await trx
        .deleteFrom('review_reporting_states')
        .where('report_key', '=', reportKey(event.data.reportId))
        .where('report_id', '=', event.data.reportId)
        .execute();
      return leaveQueue(trx, event.data.reportId);
    // Nothing else enters or leaves the queue.
    case 'DeliverableAssigned':
    case 'AssignmentReopened':
    case 'AssignmentWithdrawn':
    case 'DeliverableCancelled':
    case 'DeliverableRetired':
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

export const reviewQueueProjection: Projection = {
  name: 'review-queue',
  tables: REVIEW_QUEUE_TABLES,
  createTables: createReviewQueueTables,
  apply,
  flush,
};
