import { type Kysely } from 'kysely';
import { type DomainEvent } from '@ct/domain';
import { type Database } from '../database';
import { type Projection } from '../projection';
import { SCORECARD_TABLES, createScorecardTables } from './state-scorecard.tables';
import { PendingByTransaction, executeEach } from '../pending';

interface AssignmentProgress {
  deliverable_id: string;
  state_code: string;
  status: string;
  /** The last percent reported, when any report of the batch gave one. */
  percent_complete?: number;
  last_update_on: string;
}

/** Per assignment, the net effect of the progress reports held back. */
const pending = new PendingByTransaction(() => new Map<string, AssignmentProgress>());

async function flush(trx: Kysely<Database>): Promise<void> {
  const held = pending.peek(trx);
  if (!held || held.size === 0) return;
  const assignments = [...held.values()];
  held.clear();
  // The same as one UPDATE per report: a cancelled assignment stays cancelled (a cancellation is
  // not a progress report: it flushes first), otherwise the last status, date and percent win.
  await executeEach(
    trx,
    assignments,
    (a) => (a.percent_complete !== undefined ? 'percent' : 'no-percent'),
    (a) =>
      trx
        .updateTable('scorecard_assignments')
        .set((eb) => ({
          status: eb.case().when('status', '=', 'cancelled').then('cancelled').else(a.status).end(),
          ...(a.percent_complete !== undefined ? { percent_complete: a.percent_complete } : {}),
          last_update_on: a.last_update_on,
        }))
        .where('deliverable_id', '=', a.deliverable_id)
        .where('state_code', '=', a.state_code),
    (a) => [
      'cancelled',
      'cancelled',
      a.status,
      ...(a.percent_complete !== undefined ? [a.percent_complete] : []),
      a.last_update_on,
      a.deliverable_id,
      a.state_code,
    ],
  );
}

async function apply(trx: Kysely<Database>, event: DomainEvent): Promise<void> {
  // Held-back reports update scorecard_assignments; of the other events only an assignment and a
  // cancellation write that table, so only they must come after them.
  if (event.type === 'DeliverableAssigned' || event.type === 'DeliverableCancelled') await flush(trx);
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
        })
        .onConflict((oc) =>
          oc.column('deliverable_id').doUpdateSet({ framework_id: d.frameworkId, pillar: d.pillar }),
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
          state_code: d.stateCode,
          framework_id: deliverable.framework_id,
          pillar: deliverable.pillar,
          status: deliverable.cancelled ? 'cancelled' : 'not-started',
          percent_complete: 0,
          due_on: d.dueOn,
          last_update_on: d.assignedOn,
        })
        // A re-assignment moves the due date and keeps where the State stands.
        .onConflict((oc) =>
          oc
            .columns(['deliverable_id', 'state_code'])
            .doUpdateSet({ due_on: d.dueOn, last_update_on: d.assignedOn }),
        )
        .execute();
      return;
    }
    case 'ProgressReported': {
      const d = event.data;
      const held = pending.of(trx);
      const key = `${d.deliverableId}\u0000${d.stateCode}`;
      const progress = held.get(key);
      if (progress) {
        progress.status = d.status;
        if (d.percentComplete !== undefined) progress.percent_complete = d.percentComplete;
        progress.last_update_on = d.reportedOn;
      } else
        held.set(key, {
          deliverable_id: d.deliverableId,
          state_code: d.stateCode,
          status: d.status,
          ...(d.percentComplete !== undefined ? { percent_complete: d.percentComplete } : {}),
          last_update_on: d.reportedOn,
        });
      return;
    }
    case 'DeliverableCancelled': {
      const d = event.data;
      await trx
        .updateTable('scorecard_deliverables')
        .set({ cancelled: 1 })
        .where('deliverable_id', '=', d.deliverableId)
        .execute();
      await trx
        .updateTable('scorecard_assignments')
        .set({ status: 'cancelled', last_update_on: d.cancelledOn })
        .where('deliverable_id', '=', d.deliverableId)
        .execute();
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
