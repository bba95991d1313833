import { type Kysely } from 'kysely';
import { type Flag, type Int8 } from '../columns';

/** One row per assistance record, with its current (amended) values. */
export interface AssistanceLedgerTable {
  assistance_id: string;
  position: Int8;
  provider: string;
  pillar: string;
  kind: string;
  deliverable_id: string | null;
  description: string | null;
  period_start: string;
  period_end: string | null;
  /** Minor units of the currency (its ISO 4217 decimals, see @ct/domain currencies): sums stay exact. */
  amount_minor: Int8 | null;
  currency: string | null;
  /** Sum of the disbursements recorded by amendments, in minor units; null when none. */
  disbursed_minor: Int8 | null;
  /** The recipients as recorded (AssistanceRecipients, JSON): States with shares, region. */
  recipients: string;
  /** DAC region code of a regional record, else null: the regional totals group by it. */
  region_code: string | null;
  amendments: number;
  /** Withdrawn records stay (the audit has their history) but count in no list or total. */
  withdrawn: Flag;
}

/**
 * One row per (record, recipient State): the State's share and its part of the value and of the
 * disbursements, allocated in minor units by largest remainder (they add up to the record's
 * whole, less a regional remainder). Per-State totals (ledger, scorecards, reports) sum these.
 * Withdrawn records have no rows here.
 */
export interface AssistanceLedgerSharesTable {
  assistance_id: string;
  state_code: string;
  /** Hundredths of a percent: 100 % is 10000. */
  share_hundredths: number;
  provider: string;
  pillar: string;
  kind: string;
  deliverable_id: string | null;
  period_start: string;
  amount_minor: Int8 | null;
  disbursed_minor: Int8 | null;
  currency: string | null;
}

/** The tables of this read model, as the Kysely database type names them. */
export interface AssistanceLedgerTables {
  assistance_ledger: AssistanceLedgerTable;
  assistance_ledger_shares: AssistanceLedgerSharesTable;
}

export const ASSISTANCE_LEDGER_TABLES = [
  'assistance_ledger',
  'assistance_ledger_shares',
] as const satisfies readonly (keyof AssistanceLedgerTables)[];

/** Creates the tables under `<name><s>`: '' for the live ones, a generation suffix for a rebuild. */
export async function createAssistanceLedgerTables(db: Kysely<unknown>, s: string): Promise<void> {
  await db.schema
    .createTable(`assistance_ledger${s}`)
    .addColumn('assistance_id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('pillar', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('deliverable_id', 'text')
    .addColumn('description', 'text')
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text')
    .addColumn('amount_minor', 'bigint')
    .addColumn('currency', 'text')
    .addColumn('disbursed_minor', 'bigint')
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text')
    .addColumn('amendments', 'integer', (c) => c.notNull())
    .addColumn('withdrawn', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex(`assistance_ledger${s}_by_provider`)
    .on(`assistance_ledger${s}`)
    .columns(['provider', 'pillar'])
    .execute();
  await db.schema
    .createTable(`assistance_ledger_shares${s}`)
    .addColumn('assistance_id', 'text', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('share_hundredths', 'integer', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('pillar', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('deliverable_id', 'text')
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint')
    .addColumn('disbursed_minor', 'bigint')
    .addColumn('currency', 'text')
    .addPrimaryKeyConstraint(`assistance_ledger_shares${s}_pk`, ['assistance_id', 'state_code'])
    .execute();
  await db.schema
    .createIndex(`assistance_ledger_shares${s}_by_state`)
    .on(`assistance_ledger_shares${s}`)
    .columns(['state_code', 'pillar'])
    .execute();
}
