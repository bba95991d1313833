import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { type Database, formatMinorUnits, toBigInt, toNumber } from '../database';
import { type OffsetPage, type Page, pageBounds } from '../paging';
import { type CurrencyTotal } from '../state-scorecard/state-scorecard.queries';

export interface AssistanceFilters {
  provider?: string;
  recipientState?: string;
  pillar?: string;
  kind?: string;
  deliverableId?: string;
  /** Records whose period starts on or after this day. */
  periodFrom?: string;
  /** Records whose period starts on or before this day. */
  periodTo?: string;
}

export interface AssistanceRecordView {
  assistanceId: string;
  position: bigint;
  provider: string;
  recipientState: string;
  pillar: string;
  kind: string;
  deliverableId: string | null;
  description: string | null;
  periodStart: string;
  periodEnd: string | null;
  amount: { value: string; currency: string } | null;
}

export interface AssistanceGroup {
  provider: string;
  recipientState: string;
  pillar: string;
  kind: string;
  count: number;
  /** Per currency, never converted; records without an amount count but add nothing. */
  totals: CurrencyTotal[];
}

export interface AssistanceSummary {
  groups: AssistanceGroup[];
  count: number;
  totals: CurrencyTotal[];
}

function filtered<O>(
  query: SelectQueryBuilder<Database, 'assistance_ledger', O>,
  f: AssistanceFilters,
): SelectQueryBuilder<Database, 'assistance_ledger', O> {
  let q = query;
  if (f.provider) q = q.where('provider', '=', f.provider);
  if (f.recipientState) q = q.where('recipient_state', '=', f.recipientState);
  if (f.pillar) q = q.where('pillar', '=', f.pillar);
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.deliverableId) q = q.where('deliverable_id', '=', f.deliverableId);
  if (f.periodFrom) q = q.where('period_start', '>=', f.periodFrom);
  if (f.periodTo) q = q.where('period_start', '<=', f.periodTo);
  return q;
}

export async function listAssistance(
  db: Kysely<Database>,
  params: AssistanceFilters & OffsetPage = {},
): Promise<Page<AssistanceRecordView>> {
  const { limit, offset } = pageBounds(params);
  const base = filtered(db.selectFrom('assistance_ledger'), params);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('period_start').orderBy('position').limit(limit).offset(offset).execute(),
    base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      assistanceId: r.assistance_id,
      position: toBigInt(r.position),
      provider: r.provider,
      recipientState: r.recipient_state,
      pillar: r.pillar,
      kind: r.kind,
      deliverableId: r.deliverable_id,
      description: r.description,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      amount:
        r.amount_minor !== null && r.currency !== null
          ? { value: formatMinorUnits(r.amount_minor, r.currency), currency: r.currency }
          : null,
    })),
    total: toNumber(count.n),
    limit,
    offset,
  };
}

/** Provider x recipient State x pillar x kind, with the number of records and totals per currency. */
export async function summarizeAssistance(
  db: Kysely<Database>,
  filters: AssistanceFilters = {},
): Promise<AssistanceSummary> {
  const rows = await filtered(db.selectFrom('assistance_ledger'), filters)
    .select((eb) => [
      'provider',
      'recipient_state',
      'pillar',
      'kind',
      'currency',
      eb.fn.countAll().as('n'),
      sql<string | null>`cast(sum(amount_minor) as text)`.as('total'),
    ])
    .groupBy(['provider', 'recipient_state', 'pillar', 'kind', 'currency'])
    .orderBy('provider')
    .orderBy('recipient_state')
    .orderBy('pillar')
    .orderBy('kind')
    .orderBy('currency')
    .execute();
  const groups = new Map<string, AssistanceGroup>();
  const grand = new Map<string, bigint>();
  let count = 0;
  for (const r of rows) {
    const key = JSON.stringify([r.provider, r.recipient_state, r.pillar, r.kind]);
    let group = groups.get(key);
    if (!group) {
      group = {
        provider: r.provider,
        recipientState: r.recipient_state,
        pillar: r.pillar,
        kind: r.kind,
        count: 0,
        totals: [],
      };
      groups.set(key, group);
    }
    group.count += toNumber(r.n);
    count += toNumber(r.n);
    if (r.currency !== null && r.total !== null) {
      group.totals.push({ currency: r.currency, amount: formatMinorUnits(r.total, r.currency) });
      grand.set(r.currency, (grand.get(r.currency) ?? 0n) + toBigInt(r.total));
    }
  }
  return {
    groups: [...groups.values()],
    count,
    totals: [...grand.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, minor]) => ({ currency, amount: formatMinorUnits(minor, currency) })),
  };
}
