import { type Kysely } from 'kysely';
import { type DomainEvent } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, positionParam, toMinorUnits } from '../database';
import { type Projection } from '../projection';
import { ASSISTANCE_LEDGER_TABLES, createAssistanceLedgerTables } from './assistance-ledger.tables';

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
  tables: ASSISTANCE_LEDGER_TABLES,
  createTables: createAssistanceLedgerTables,
  apply,
};
