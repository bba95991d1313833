import { type Kysely } from 'kysely';
import { type Int8 } from '../columns';

export interface AssistanceLedgerTable {
  assistance_id: string;
  position: Int8;
  provider: string;
  recipient_state: string;
  pillar: string;
  kind: string;
  deliverable_id: string | null;
  description: string | null;
  period_start: string;
  period_end: string | null;
  /** Minor units of the currency (its ISO 4217 decimals, see @ct/domain currencies): sums stay exact. */
  amount_minor: Int8 | null;
  currency: string | null;
}

/** The tables of this read model, as the Kysely database type names them. */
export interface AssistanceLedgerTables {
  assistance_ledger: AssistanceLedgerTable;
}

export const ASSISTANCE_LEDGER_TABLES = [
  'assistance_ledger',
] as const satisfies readonly (keyof AssistanceLedgerTables)[];

/** Creates the tables under `<name><s>`: '' for the live ones, a generation suffix for a rebuild. */
export async function createAssistanceLedgerTables(db: Kysely<unknown>, s: string): Promise<void> {
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
