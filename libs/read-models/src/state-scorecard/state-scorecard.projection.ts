import { type Kysely } from 'kysely';
import { type DomainEvent, assigneeOf } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database } from '../database';
import { type Projection } from '../projection';
import { SCORECARD_TABLES, createScorecardTables } from './state-scorecard.tables';

/**
 * The scorecard's own rows: each deliverable's framework, pillar, revision and endings, and each
 * assignment's cell (State x framework x pillar) with its due date. Where an assignment stood on a
 * day is not kept here: the scorecard query reads the deliverable tracker's effective-dated rows
 * (`tracker_periods`), which the tracker alone writes from the same events. Keeping a copy of
 * them here wrote every report's rows twice (reports, periods) on the rebuild's hot path.
 */
async function apply(trx: Kysely<Database>, event: DomainEvent, _recorded: RecordedEvent): Promise<void> {
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
      return;
    }
    case 'DeliverableCancelled': {
      const d = event.data;
      await trx
        .updateTable('scorecard_deliverables')
        .set({ cancelled: 1, cancelled_on: d.cancelledOn })
        .where('deliverable_id', '=', d.deliverableId)
        .execute();
      return;
    }
    case 'DeliverableRetired': {
      const d = event.data;
      await trx
        .updateTable('scorecard_deliverables')
        .set({ retired_on: d.revision })
        .where('deliverable_id', '=', d.deliverableId)
        .execute();
      return;
    }
    // Reports and the assignments' lifecycle: the tracker's rows (tracker_periods).
    case 'ProgressReported':
    case 'ProgressReportCorrected':
    case 'ProgressReportWithdrawn':
    case 'ProgressReportValidated':
    case 'ProgressReportReturned':
    case 'AssignmentReopened':
    case 'AssignmentWithdrawn':
      return;
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
};
