import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { type AssistanceRecipients } from '@ct/domain';
import { type Database, formatMinorUnits, toBigInt, toNumber } from '../database';
import { type OffsetPage, type Page, pageBounds } from '../paging';
import { type CurrencyTotal } from '../state-scorecard/state-scorecard.queries';

export interface AssistanceFilters {
  provider?: string;
  /** Records with a share for this State; in a summary, only this State's shares count. */
  recipientState?: string;
  /** Records booked to this DAC region (e.g. 619). */
  recipientRegion?: string;
  pillar?: string;
  kind?: string;
  deliverableId?: string;
  /** Records whose period starts on or after this day. */
  periodFrom?: string;
  /** Records whose period starts on or before this day. */
  periodTo?: string;
}

export interface RecipientShareView {
  stateCode: string;
  percentage: number;
  /** This State's part of the value, allocated by share without losing a minor unit. */
  amount: { value: string; currency: string } | null;
}

export interface AssistanceRecordView {
  assistanceId: string;
  position: bigint;
  provider: string;
  recipients: {
    states: RecipientShareView[];
    region: { code: string; vocabulary: string } | null;
  };
  pillar: string;
  kind: string;
  deliverableId: string | null;
  description: string | null;
  periodStart: string;
  periodEnd: string | null;
  /** The current value (after amendments). */
  amount: { value: string; currency: string } | null;
  /** Sum of the disbursements recorded so far. */
  disbursed: { value: string; currency: string } | null;
  /** How many amendments the record has had (the audit history has each, with its reason). */
  amendments: number;
}

export interface AssistanceGroup {
  provider: string;
  /** The State credited with its share of the records, or null for a regional group. */
  recipientState: string | null;
  /** A DAC region (the full value of the regional records), or null for a State group. */
  recipientRegion: string | null;
  pillar: string;
  kind: string;
  count: number;
  /** Per currency, never converted; records without an amount count but add nothing. */
  totals: CurrencyTotal[];
}

export interface AssistanceSummary {
  /** Per State (allocated by share), then per region (full values of regional records). */
  groups: AssistanceGroup[];
  /** Records counted (each once, however many States share it). */
  count: number;
  /** Whole values of the records, or with `recipientState` that State's parts only. */
  totals: CurrencyTotal[];
}

type LedgerQuery<O> = SelectQueryBuilder<Database, 'assistance_ledger', O>;

/** Live records (not withdrawn) matching the filters. */
function filtered<O>(query: LedgerQuery<O>, f: AssistanceFilters): LedgerQuery<O> {
  let q = query.where('assistance_ledger.withdrawn', '=', 0);
  if (f.provider) q = q.where('assistance_ledger.provider', '=', f.provider);
  if (f.recipientState) {
    const state = f.recipientState;
    q = q.where('assistance_ledger.assistance_id', 'in', (eb) =>
      eb.selectFrom('assistance_ledger_shares').select('assistance_id').where('state_code', '=', state),
    );
  }
  if (f.recipientRegion) q = q.where('assistance_ledger.region_code', '=', f.recipientRegion);
  if (f.pillar) q = q.where('assistance_ledger.pillar', '=', f.pillar);
  if (f.kind) q = q.where('assistance_ledger.kind', '=', f.kind);
  if (f.deliverableId) q = q.where('assistance_ledger.deliverable_id', '=', f.deliverableId);
  if (f.periodFrom) q = q.where('assistance_ledger.period_start', '>=', f.periodFrom);
  if (f.periodTo) q = q.where('assistance_ledger.period_start', '<=', f.periodTo);
  return q;
}

const money = (minor: string | number | null, currency: string | null) =>
  minor !== null && currency !== null ? { value: formatMinorUnits(minor, currency), currency } : null;

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
  const ids = rows.map((r) => r.assistance_id);
  const shares =
    ids.length === 0
      ? []
      : await db
          .selectFrom('assistance_ledger_shares')
          .selectAll()
          .where('assistance_id', 'in', ids)
          .execute();
  const partsOf = new Map(shares.map((s) => [`${s.assistance_id}/${s.state_code}`, s]));
  return {
    items: rows.map((r) => {
      const recipients = JSON.parse(r.recipients) as AssistanceRecipients;
      return {
        assistanceId: r.assistance_id,
        position: toBigInt(r.position),
        provider: r.provider,
        recipients: {
          states: recipients.states.map(({ stateCode, percentage }) => {
            const part = partsOf.get(`${r.assistance_id}/${stateCode}`);
            return {
              stateCode,
              percentage,
              amount: money(part?.amount_minor ?? null, part?.currency ?? null),
            };
          }),
          region: recipients.region ?? null,
        },
        pillar: r.pillar,
        kind: r.kind,
        deliverableId: r.deliverable_id,
        description: r.description,
        periodStart: r.period_start,
        periodEnd: r.period_end,
        amount: money(r.amount_minor, r.currency),
        disbursed: money(r.disbursed_minor, r.currency),
        amendments: toNumber(r.amendments),
      };
    }),
    total: toNumber(count.n),
    limit,
    offset,
  };
}

interface GroupRow {
  provider: string;
  recipient: string;
  pillar: string;
  kind: string;
  currency: string | null;
  n: string | number | bigint;
  total: string | null;
}

/**
 * Provider x recipient x pillar x kind, with the number of records and totals per currency: per
 * State the parts allocated by share, per region the full values of its regional records (a
 * regional record shows in its States' groups by share and in its region's group in full).
 */
export async function summarizeAssistance(
  db: Kysely<Database>,
  filters: AssistanceFilters = {},
): Promise<AssistanceSummary> {
  const live = filtered(db.selectFrom('assistance_ledger'), filters).select(
    'assistance_ledger.assistance_id',
  );
  let byState = db
    .selectFrom('assistance_ledger_shares')
    .where('assistance_id', 'in', live)
    .select((eb) => [
      'provider',
      'state_code as recipient',
      'pillar',
      'kind',
      'currency',
      eb.fn.countAll().as('n'),
      sql<string | null>`cast(sum(amount_minor) as text)`.as('total'),
    ])
    .groupBy(['provider', 'state_code', 'pillar', 'kind', 'currency']);
  if (filters.recipientState) byState = byState.where('state_code', '=', filters.recipientState);
  const stateRows: GroupRow[] = await byState.execute();
  const regionRows: GroupRow[] = filters.recipientState
    ? []
    : await filtered(db.selectFrom('assistance_ledger'), filters)
        .where('region_code', 'is not', null)
        .select((eb) => [
          'provider',
          sql<string>`region_code`.as('recipient'),
          'pillar',
          'kind',
          'currency',
          eb.fn.countAll().as('n'),
          sql<string | null>`cast(sum(amount_minor) as text)`.as('total'),
        ])
        .groupBy(['provider', 'region_code', 'pillar', 'kind', 'currency'])
        .execute();
  const groups = new Map<string, AssistanceGroup>();
  const add = (rows: GroupRow[], regional: boolean) => {
    const sorted = [...rows].sort((a, b) =>
      [a.provider, a.recipient, a.pillar, a.kind, a.currency ?? ''].join('\u0000') <
      [b.provider, b.recipient, b.pillar, b.kind, b.currency ?? ''].join('\u0000')
        ? -1
        : 1,
    );
    for (const r of sorted) {
      const key = JSON.stringify([regional, r.provider, r.recipient, r.pillar, r.kind]);
      let group = groups.get(key);
      if (!group) {
        group = {
          provider: r.provider,
          recipientState: regional ? null : r.recipient,
          recipientRegion: regional ? r.recipient : null,
          pillar: r.pillar,
          kind: r.kind,
          count: 0,
          totals: [],
        };
        groups.set(key, group);
      }
      group.count += toNumber(r.n);
      if (r.currency !== null && r.total !== null)
        group.totals.push({ currency: r.currency, amount: formatMinorUnits(r.total, r.currency) });
    }
  };
  add(stateRows, false);
  add(regionRows, true);

  // Grand totals: each record once, at its whole value; for one State, that State's parts.
  const grandRows = filters.recipientState
    ? await byState
        .clearSelect()
        .clearGroupBy()
        .select(['currency', sql<string | null>`cast(sum(amount_minor) as text)`.as('total')])
        .groupBy('currency')
        .execute()
    : await filtered(db.selectFrom('assistance_ledger'), filters)
        .select(['currency', sql<string | null>`cast(sum(amount_minor) as text)`.as('total')])
        .groupBy('currency')
        .execute();
  const count = await filtered(db.selectFrom('assistance_ledger'), filters)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return {
    groups: [...groups.values()],
    count: toNumber(count.n),
    totals: grandRows
      .filter((r): r is { currency: string; total: string } => r.currency !== null && r.total !== null)
      .sort((a, b) => a.currency.localeCompare(b.currency))
      .map((r) => ({ currency: r.currency, amount: formatMinorUnits(r.total, r.currency) })),
  };
}
