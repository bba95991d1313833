import {
  formatMinorUnits as domainFormatMinorUnits,
  parseMinorUnits,
  toMinorUnits as domainToMinorUnits,
} from '@ct/domain';
import { type ActivityTimelineTables } from './activity-timeline/activity-timeline.tables';
import { type AssistanceLedgerTables } from './assistance-ledger/assistance-ledger.tables';
import { type BookkeepingTables } from './bookkeeping.tables';
import { type CatalogueTables } from './catalogue/catalogue.tables';
import { toBigInt } from './columns';
import { type TrackerTables } from './deliverable-tracker/deliverable-tracker.tables';
import { type OrganisationTables } from './organisations/organisations.tables';
import { type ReviewQueueTables } from './review-queue/review-queue.tables';
import { type CurrencyTotal } from './state-scorecard/state-scorecard.queries';
import { type ScorecardTables } from './state-scorecard/state-scorecard.tables';

export * from './columns';
export type * from './bookkeeping.tables';
export type * from './catalogue/catalogue.tables';
export type * from './state-scorecard/state-scorecard.tables';
export type * from './deliverable-tracker/deliverable-tracker.tables';
export type * from './assistance-ledger/assistance-ledger.tables';
export type * from './activity-timeline/activity-timeline.tables';
export type * from './review-queue/review-queue.tables';
export type * from './organisations/organisations.tables';

/**
 * The read store as Kysely sees it: each read model declares its tables next to their DDL (its
 * folder's `*.tables.ts`), the bookkeeping tables theirs in `bookkeeping.tables.ts`.
 */
export interface Database
  extends
    BookkeepingTables,
    CatalogueTables,
    ScorecardTables,
    TrackerTables,
    AssistanceLedgerTables,
    ActivityTimelineTables,
    ReviewQueueTables,
    OrganisationTables {}

export type TableName = keyof Database;

/** Exact minor units of the currency (ISO 4217: 0 decimals for JPY, 2 for EUR, 3 for KWD). */
export const toMinorUnits = (value: number, currency: string): string =>
  domainToMinorUnits(value, currency).toString();

/** Minor units printed with the currency's own decimals (`1500` JPY, `19.99` EUR, `1.234` KWD). */
export const formatMinorUnits = (minor: string | number | bigint, currency: string): string =>
  domainFormatMinorUnits(toBigInt(minor), currency);

/**
 * Exact totals per currency of printed amounts, summed in minor units and sorted by currency:
 * amounts in different currencies are never converted or added together.
 */
export function totalsByCurrency(amounts: Iterable<CurrencyTotal>): CurrencyTotal[] {
  const sums = new Map<string, bigint>();
  for (const { currency, amount } of amounts)
    sums.set(currency, (sums.get(currency) ?? 0n) + parseMinorUnits(amount, currency));
  return [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => ({ currency, amount: domainFormatMinorUnits(minor, currency) }));
}
