import { type Kysely } from 'kysely';
import { type DomainEvent } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, positionParam, toMinorUnits } from '../database';
import { type Projection } from '../projection';

async function createTables(db: Kysely<unknown>, s: string): Promise<void> {
  await db.schema
    .createTable(`assistance_ledger${s}`)
    .addColumn('assistance_id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('recipient_state', 'text', (c) => c.notNull())
    .addColumn('pillar', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('deliverable_id', 'text')
    .addColumn('description', 'text')
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text')
    .addColumn('amount_minor', 'bigint')
    .addColumn('currency', 'text')
    .execute();
  await db.schema
    .createIndex(`assistance_ledger${s}_by_recipient`)
    .on(`assistance_ledger${s}`)
    .columns(['recipient_state', 'pillar'])
    .execute();
  await db.schema
    .createIndex(`assistance_ledger${s}_by_provider`)
    .on(`assistance_ledger${s}`)
    .columns(['provider', 'recipient_state'])
    .execute();
}

async function apply(trx: Kysely<Database>, event: DomainEvent, recorded: RecordedEvent): Promise<void> {
  switch (event.type) {
    case 'AssistanceProvided': {
      const d = event.data;
      await trx
        .insertInto('assistance_ledger')
        .values({
          assistance_id: d.assistanceId,
          position: positionParam(recorded.position),
          provider: d.provider,
          recipient_state: d.recipientState,
          pillar: d.pillar,
          kind: d.kind,
          deliverable_id: d.deliverableId ?? null,
          description: d.description ?? null,
          period_start: d.periodStart,
          period_end: d.periodEnd ?? null,
          amount_minor: d.amount ? toMinorUnits(d.amount.value, d.amount.currency) : null,
          currency: d.amount?.currency ?? null,
        })
        .onConflict((oc) => oc.column('assistance_id').doNothing())
        .execute();
      return;
    }
    case 'DeclarationAdopted':
    case 'FrameworkRevised':
    case 'ProcessLaunched':
    case 'ConferenceHeld':
    case 'DeliverableDefined':
    case 'DeliverableAssigned':
    case 'ProgressReported':
    case 'DeliverableCancelled':
      return;
  }
}

export const assistanceLedgerProjection: Projection = {
  name: 'assistance-ledger',
  tables: ['assistance_ledger'],
  createTables,
  apply,
};
