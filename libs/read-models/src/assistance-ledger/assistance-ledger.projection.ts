import { type Kysely } from 'kysely';
import { type AssistanceRecipients, type DomainEvent, allocateByShare, shareHundredths } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, positionParam, toBigInt, toMinorUnits } from '../database';
import { type Projection } from '../projection';
import { ASSISTANCE_LEDGER_TABLES, createAssistanceLedgerTables } from './assistance-ledger.tables';

/** Each State's part of a whole in minor units (null stays null: a record without a value). */
function partsOf(total: string | number | null, recipients: AssistanceRecipients): (string | null)[] {
  if (total === null) return recipients.states.map(() => null);
  return allocateByShare(toBigInt(total), recipients).map((part) => part.toString());
}

/** Re-allocates a record's value and disbursements to its States after an amendment. */
async function reallocate(
  trx: Kysely<Database>,
  assistanceId: string,
  recipients: AssistanceRecipients,
  amountMinor: string | number | null,
  disbursedMinor: string | number | null,
  currency: string | null,
): Promise<void> {
  const amounts = partsOf(amountMinor, recipients);
  const disbursed = partsOf(disbursedMinor, recipients);
  for (const [i, { stateCode }] of recipients.states.entries())
    await trx
      .updateTable('assistance_ledger_shares')
      .set({ amount_minor: amounts[i] ?? null, disbursed_minor: disbursed[i] ?? null, currency })
      .where('assistance_id', '=', assistanceId)
      .where('state_code', '=', stateCode)
      .execute();
}

async function apply(trx: Kysely<Database>, event: DomainEvent, recorded: RecordedEvent): Promise<void> {
  switch (event.type) {
    case 'AssistanceProvided': {
      const d = event.data;
      const amountMinor = d.amount ? toMinorUnits(d.amount.value, d.amount.currency) : null;
      const inserted = await trx
        .insertInto('assistance_ledger')
        .values({
          assistance_id: d.assistanceId,
          position: positionParam(recorded.position),
          provider: d.provider,
          pillar: d.pillar,
          kind: d.kind,
          deliverable_id: d.deliverableId ?? null,
          description: d.description ?? null,
          period_start: d.periodStart,
          period_end: d.periodEnd ?? null,
          amount_minor: amountMinor,
          currency: d.amount?.currency ?? null,
          disbursed_minor: null,
          recipients: JSON.stringify(d.recipients),
          region_code: d.recipients.region?.code ?? null,
          amendments: 0,
          withdrawn: 0,
        })
        .onConflict((oc) => oc.column('assistance_id').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return;
      const amounts = partsOf(amountMinor, d.recipients);
      if (d.recipients.states.length > 0)
        await trx
          .insertInto('assistance_ledger_shares')
          .values(
            d.recipients.states.map(({ stateCode, percentage }, i) => ({
              assistance_id: d.assistanceId,
              state_code: stateCode,
              share_hundredths: shareHundredths(percentage),
              provider: d.provider,
              pillar: d.pillar,
              kind: d.kind,
              deliverable_id: d.deliverableId ?? null,
              period_start: d.periodStart,
              amount_minor: amounts[i] ?? null,
              disbursed_minor: null,
              currency: d.amount?.currency ?? null,
            })),
          )
          .execute();
      return;
    }
    case 'AssistanceAmended': {
      const d = event.data;
      const row = await trx
        .selectFrom('assistance_ledger')
        .select(['amount_minor', 'currency', 'disbursed_minor', 'recipients', 'amendments'])
        .where('assistance_id', '=', d.assistanceId)
        .executeTakeFirst();
      if (!row) return;
      const currency = d.amount?.currency ?? row.currency;
      const amountMinor = d.amount ? toMinorUnits(d.amount.value, d.amount.currency) : row.amount_minor;
      let disbursedMinor = row.disbursed_minor;
      for (const x of d.disbursements ?? [])
        disbursedMinor = (
          toBigInt(disbursedMinor ?? 0) + toBigInt(toMinorUnits(x.amount.value, x.amount.currency))
        ).toString();
      await trx
        .updateTable('assistance_ledger')
        .set({
          ...(d.periodEnd === undefined ? {} : { period_end: d.periodEnd }),
          amount_minor: amountMinor,
          currency,
          disbursed_minor: disbursedMinor,
          amendments: row.amendments + 1,
        })
        .where('assistance_id', '=', d.assistanceId)
        .execute();
      const recipients = JSON.parse(row.recipients) as AssistanceRecipients;
      await reallocate(trx, d.assistanceId, recipients, amountMinor, disbursedMinor, currency);
      return;
    }
    case 'AssistanceWithdrawn': {
      const id = event.data.assistanceId;
      await trx
        .updateTable('assistance_ledger')
        .set({ withdrawn: 1 })
        .where('assistance_id', '=', id)
        .execute();
      await trx.deleteFrom('assistance_ledger_shares').where('assistance_id', '=', id).execute();
      return;
    }
    case 'DeclarationAdopted':
    case 'FrameworkRevised':
    case 'ProcessLaunched':
    case 'ConferenceHeld':
    case 'DeliverableDefined':
    case 'DeliverableAssigned':
    case 'ProgressReported':
    case 'ProgressReportCorrected':
    case 'ProgressReportWithdrawn':
    case 'ProgressReportValidated':
    case 'ProgressReportReturned':
    case 'AssignmentReopened':
    case 'AssignmentWithdrawn':
    case 'DeliverableRetired':
    case 'DeliverableCancelled':
    case 'OrganisationRegistered':
    case 'OrganisationUpdated':
      return;
  }
}

export const assistanceLedgerProjection: Projection = {
  name: 'assistance-ledger',
  tables: ASSISTANCE_LEDGER_TABLES,
  createTables: createAssistanceLedgerTables,
  apply,
};
