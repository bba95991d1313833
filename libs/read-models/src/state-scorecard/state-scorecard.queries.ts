import { type Kysely, sql } from 'kysely';
import { type Database, formatMinorUnits, toNumber } from '../database';
import { type OffsetPage, type Page, pageBounds } from '../paging';

export const SCORECARD_STATUSES = [
  'not-started',
  'in-progress',
  'blocked',
  'completed',
  'cancelled',
] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

export interface ScorecardParams extends OffsetPage {
  /** The day the question is asked about (YYYY-MM-DD): overdue = due before it and still open. */
  asOf: string;
  stateCode?: string;
  frameworkId?: string;
  pillar?: string;
}

export interface ScorecardRow {
  stateCode: string;
  frameworkId: string;
  pillar: string;
  deliverables: number;
  byStatus: Record<ScorecardStatus, number>;
  /** Average of the latest percent of the assignments not cancelled; null when all are cancelled. */
  percentComplete: number | null;
  overdue: number;
  lastUpdateOn: string;
}

export async function stateScorecard(
  db: Kysely<Database>,
  params: ScorecardParams,
): Promise<Page<ScorecardRow>> {
  const { limit, offset } = pageBounds(params, 100);
  let base = db.selectFrom('scorecard_assignments');
  if (params.stateCode) base = base.where('state_code', '=', params.stateCode);
  if (params.frameworkId) base = base.where('framework_id', '=', params.frameworkId);
  if (params.pillar) base = base.where('pillar', '=', params.pillar);
  const countStatus = (status: ScorecardStatus) =>
    sql<number>`sum(case when status = ${status} then 1 else 0 end)`.as(`n_${status.replace('-', '_')}`);
  const [rows, count] = await Promise.all([
    base
      .select((eb) => [
        'state_code',
        'framework_id',
        'pillar',
        eb.fn.countAll().as('n'),
        countStatus('not-started'),
        countStatus('in-progress'),
        countStatus('blocked'),
        countStatus('completed'),
        countStatus('cancelled'),
        sql<number>`sum(case when status <> 'cancelled' then percent_complete else 0 end)`.as('percent_sum'),
        sql<number>`sum(case when due_on < ${params.asOf} and status not in ('completed', 'cancelled') then 1 else 0 end)`.as(
          'overdue',
        ),
        eb.fn.max('last_update_on').as('last_update_on'),
      ])
      .groupBy(['state_code', 'framework_id', 'pillar'])
      .orderBy('state_code')
      .orderBy('framework_id')
      .orderBy('pillar')
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom(
        base
          .select(['state_code', 'framework_id', 'pillar'])
          .groupBy(['state_code', 'framework_id', 'pillar'])
          .as('g'),
      )
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => {
      const byStatus: Record<ScorecardStatus, number> = {
        'not-started': toNumber(r.n_not_started),
        'in-progress': toNumber(r.n_in_progress),
        blocked: toNumber(r.n_blocked),
        completed: toNumber(r.n_completed),
        cancelled: toNumber(r.n_cancelled),
      };
      const open = toNumber(r.n) - byStatus.cancelled;
      return {
        stateCode: r.state_code,
        frameworkId: r.framework_id,
        pillar: r.pillar,
        deliverables: toNumber(r.n),
        byStatus,
        percentComplete: open > 0 ? Math.round((toNumber(r.percent_sum) / open) * 100) / 100 : null,
        overdue: toNumber(r.overdue),
        lastUpdateOn: r.last_update_on,
      };
    }),
    total: toNumber(count.n),
    limit,
    offset,
  };
}

export interface AssistanceReceivedParams {
  stateCode?: string;
  pillar?: string;
}

export interface CurrencyTotal {
  currency: string;
  /** Exact decimal string, two decimals. */
  amount: string;
}

export interface AssistanceReceivedRow {
  stateCode: string;
  count: number;
  totals: CurrencyTotal[];
  providers: string[];
}

export async function assistanceReceived(
  db: Kysely<Database>,
  params: AssistanceReceivedParams = {},
): Promise<AssistanceReceivedRow[]> {
  // The assistance-ledger read model's per-State shares: a record shared by several States (or
  // a regional record split across them) counts in each, with that State's part of its value.
  let base = db.selectFrom('assistance_ledger_shares');
  if (params.stateCode) base = base.where('state_code', '=', params.stateCode);
  if (params.pillar) base = base.where('pillar', '=', params.pillar);
  const [counts, totals, providers] = await Promise.all([
    base
      .select((eb) => ['state_code', eb.fn.countAll().as('n')])
      .groupBy('state_code')
      .orderBy('state_code')
      .execute(),
    base
      .where('currency', 'is not', null)
      .select(['state_code', 'currency', sql<string>`cast(sum(amount_minor) as text)`.as('total')])
      .groupBy(['state_code', 'currency'])
      .orderBy('state_code')
      .orderBy('currency')
      .execute(),
    base.select(['state_code', 'provider']).distinct().orderBy('state_code').orderBy('provider').execute(),
  ]);
  return counts.map((c) => ({
    stateCode: c.state_code,
    count: toNumber(c.n),
    totals: totals
      .filter((t) => t.state_code === c.state_code)
      .map((t) => ({ currency: t.currency ?? '', amount: formatMinorUnits(t.total, t.currency ?? '') })),
    providers: providers.filter((p) => p.state_code === c.state_code).map((p) => p.provider),
  }));
}
