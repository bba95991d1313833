import {
  AggregateNotFound,
  CENTRAL_ASIAN_STATES,
  DAC_REGIONS,
  type DacRegionCode,
  PILLARS,
  PILLAR_CODES,
  formatMinorUnits,
  describeRecipients,
  isIsoDate,
  parseMinorUnits,
} from '@ct/domain';
import {
  type AssistanceRecordView,
  type Basis,
  type Database,
  type FrameworkView,
  type OffsetPage,
  type Page,
  SCORECARD_STATUSES,
  type ScorecardRow,
  type TrackedDeliverable,
  allOrganisations,
  listAssistance,
  listDeliverables,
  listFrameworks,
  readLowestCheckpoint,
  stateScorecard,
  summarizeAssistance,
} from '@ct/read-models';
import { type Kysely } from 'kysely';
import { TimeSlicer, WorkTooLargeError } from '../as-of/bounded-work';
import { OrganisationIndex } from '../organisations/organisation-resolver';
import {
  type AssistanceFilter,
  type AssistanceGroupLine,
  type AssistanceReport,
  type FrameworkPillarLine,
  type FrameworkProgressReport,
  type Money,
  type PillarLine,
  type ProgressFigures,
  type ProgressPoint,
  type RegionalOverviewReport,
  REPORT_SCHEMA_VERSION,
  type ReportBase,
  type ReportKind,
  type StateScorecardReport,
  type StatusCounts,
} from './report-model';
import { type ReportLanguage } from './labels';
import { inReportLanguage } from './localize';

export interface ReportOptions {
  /** YYYY-MM-DD. Required: a report never reads the wall clock by itself. */
  asOf: string;
  /** Which progress reports count: `reported` (default) or only `validated` ones. */
  basis?: Basis;
  /** Shown in every format (e.g. "Demo data"). */
  label?: string;
  /** Defaults to the current instant; tests pass a fixed one. */
  generatedAt?: Date;
  /**
   * Most read-model rows the report may gather (the HTTP routes pass REPORT_MAX_ROWS); beyond it
   * WorkTooLargeError (`report-too-large`). Unset: no limit (the CLI writes what the data needs).
   */
  maxRows?: number;
  /** Labels, State names and framework titles in English (default) or Russian (English fallback). */
  lang?: ReportLanguage;
}

const PAGE = 500;

/** Statuses of an assignment still open on a day: overdue when due before it. */
const OPEN_STATUSES: ReadonlySet<string> = new Set(['not-started', 'in-progress', 'blocked']);

/**
 * The work one report may do: rows gathered against `maxRows`, and turns of the event loop given
 * back while gathering (the read store answers synchronously on SQLite).
 */
class WorkBudget {
  private rows = 0;
  private readonly slicer = new TimeSlicer();

  constructor(private readonly maxRows: number | undefined) {}

  /** Counts rows about to be (or just) read; refuses once the report would exceed its limit. */
  async take(rows: number): Promise<void> {
    this.rows += rows;
    if (this.maxRows !== undefined && this.rows > this.maxRows)
      throw new WorkTooLargeError(
        'report-too-large',
        'query',
        this.maxRows,
        `this report would gather more than ${this.maxRows} rows (REPORT_MAX_ROWS): narrow it (one State, a filter) or run it from the CLI`,
      );
    await this.slicer.tick();
  }

  tick(): Promise<void> {
    return this.slicer.tick();
  }
}

/** Reads every page of a paged read-model query (reports need all rows, not a screenful). */
async function allPages<T>(budget: WorkBudget, fetch: (page: OffsetPage) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch({ limit: PAGE, offset });
    // The first page says how many there are: refused before the rest is read.
    await budget.take(offset === 0 ? Math.max(page.total, page.items.length) : 0);
    items.push(...page.items);
    if (page.items.length < PAGE || items.length >= page.total) return items;
  }
}

export const stateName = (code: string): string =>
  CENTRAL_ASIAN_STATES.find((s) => s.code === code)?.name ?? code;

export const pillarName = (pillar: string): string =>
  (PILLARS as Record<string, string | undefined>)[pillar] ?? pillar;

// ---- money: exact sums in minor units of each currency (ISO 4217), as the read models keep them ----

class MoneyTotals {
  private readonly sums = new Map<string, bigint>();
  add(totals: readonly Money[]): this {
    for (const t of totals)
      this.sums.set(t.currency, (this.sums.get(t.currency) ?? 0n) + parseMinorUnits(t.amount, t.currency));
    return this;
  }
  list(): Money[] {
    return [...this.sums.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, minor]) => ({ currency, amount: formatMinorUnits(minor, currency) }));
  }
}

// ---- progress figures from scorecard rows ----

const zeroStatuses = (): StatusCounts =>
  Object.fromEntries(SCORECARD_STATUSES.map((s) => [s, 0])) as StatusCounts;

/**
 * Adds up scorecard rows. The percent is the average over open assignments, so groups are weighted
 * by their open count (each row's percent is itself rounded to two decimals: the total can differ
 * from an exact average by less than 0.01).
 */
export function sumFigures(rows: readonly ProgressFigures[]): ProgressFigures {
  const byStatus = zeroStatuses();
  let deliverables = 0;
  let overdue = 0;
  let completedLate = 0;
  let open = 0;
  let weighted = 0;
  for (const row of rows) {
    deliverables += row.deliverables;
    overdue += row.overdue;
    completedLate += row.completedLate;
    for (const s of SCORECARD_STATUSES) byStatus[s] += row.byStatus[s];
    const rowOpen = row.deliverables - row.byStatus.cancelled;
    if (rowOpen > 0 && row.percentComplete !== null) {
      open += rowOpen;
      weighted += row.percentComplete * rowOpen;
    }
  }
  return {
    deliverables,
    byStatus,
    percentComplete: open > 0 ? Math.round((weighted / open) * 100) / 100 : null,
    overdue,
    completedLate,
  };
}

const figuresOf = (row: ScorecardRow): ProgressFigures => ({
  deliverables: row.deliverables,
  byStatus: { ...row.byStatus },
  percentComplete: row.percentComplete,
  overdue: row.overdue,
  completedLate: row.completedLate,
});

// ---- shared reads ----

function assertDate(asOf: string): void {
  if (!isIsoDate(asOf))
    throw new RangeError(`asOf must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(asOf)}`);
}

async function base(
  db: Kysely<Database>,
  report: ReportKind,
  title: string,
  options: ReportOptions,
): Promise<ReportBase> {
  assertDate(options.asOf);
  const readModelPosition = await readLowestCheckpoint(db);
  return {
    report,
    schemaVersion: REPORT_SCHEMA_VERSION,
    title,
    asOf: options.asOf,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    readModelPosition: readModelPosition.toString(),
    basis: options.basis ?? 'reported',
    label: options.label ?? null,
    notes: [],
    lang: options.lang ?? 'en',
  };
}

/** The business day and basis a report answers for: every status is the one valid on asOf. */
const timeOf = (options: ReportOptions): { asOf: string; basis: Basis } => ({
  asOf: options.asOf,
  basis: options.basis ?? 'reported',
});

const scorecardRows = (
  db: Kysely<Database>,
  budget: WorkBudget,
  time: { asOf: string; basis: Basis },
  filter: { stateCode?: string; frameworkId?: string },
) => allPages(budget, (page) => stateScorecard(db, { ...time, ...filter, ...page }));

const frameworks = (db: Kysely<Database>, budget: WorkBudget) =>
  allPages(budget, (page) => listFrameworks(db, page));

const lastDayOfMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return months;
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}

/**
 * Completed assignments at each month end, from the deliverable tracker's status periods: an
 * assignment counts in a month when the status valid on its last day (under the basis) is
 * `completed` (a cancellation, withdrawal or retirement by then is a status of its own). From the
 * month of the first report to `asOf`.
 */
async function completedByMonth(
  db: Kysely<Database>,
  budget: WorkBudget,
  time: { asOf: string; basis: Basis },
  stateCode?: string,
): Promise<{ months: string[]; byState: Map<string, number[]> }> {
  const { asOf, basis } = time;
  const selected = () =>
    db
      .selectFrom('tracker_periods')
      .where('basis', '=', basis)
      .where('status', '=', 'completed')
      .where('from_on', '<=', asOf)
      .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!));
  // Counted first: one query returns them all, so the limit must hold before it runs.
  const { n } = await selected()
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  await budget.take(Number(n));
  const periods = await selected().select(['state_code', 'from_on', 'until_on']).orderBy('from_on').execute();
  // The series starts at the month of the first report (as it always did), completed or not.
  const first = await db
    .selectFrom('tracker_reports')
    .select((eb) => eb.fn.min('reported_on').as('first'))
    .where('reported_on', '<=', asOf)
    .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!))
    .executeTakeFirst();
  await budget.tick();
  const firstDate = first?.first ?? undefined;
  const months = firstDate ? monthsBetween(firstDate.slice(0, 7), asOf.slice(0, 7)) : [];
  const ends = months.map((month) => (month === asOf.slice(0, 7) ? asOf : lastDayOfMonth(month)));
  const byState = new Map<string, number[]>();
  for (const p of periods) {
    const series = byState.get(p.state_code) ?? months.map(() => 0);
    ends.forEach((end, i) => {
      if (p.from_on <= end && end < p.until_on) series[i]! += 1;
    });
    byState.set(p.state_code, series);
  }
  return { months, byState };
}

// ---- the reports ----

/** One State: frameworks x pillars, overdue items, assistance received, completions over time. */
export async function generateStateScorecard(
  db: Kysely<Database>,
  stateCode: string,
  options: ReportOptions,
): Promise<StateScorecardReport> {
  const head = await base(db, 'state-scorecard', `State scorecard: ${stateName(stateCode)}`, options);
  const { asOf } = options;
  const budget = new WorkBudget(options.maxRows);
  const [rows, catalogue, deliverables, summary, progress, providers] = await Promise.all([
    scorecardRows(db, budget, timeOf(options), { stateCode }),
    frameworks(db, budget),
    allPages(budget, (page) => listDeliverables(db, { stateCode, ...timeOf(options), ...page })),
    summarizeAssistance(db, { recipientState: stateCode, periodTo: asOf }),
    completedByMonth(db, budget, timeOf(options), stateCode),
    providerNames(db, options.lang),
  ]);
  const titles = new Map(catalogue.map((f) => [f.frameworkId, f.title]));
  const adopting = new Map(catalogue.map((f) => [f.frameworkId, f.adoptingStates]));
  const lines = rows.map((row) => ({
    frameworkId: row.frameworkId,
    frameworkTitle: titles.get(row.frameworkId) ?? null,
    pillar: row.pillar,
    pillarName: pillarName(row.pillar),
    ...figuresOf(row),
    lastUpdateOn: row.lastUpdateOn,
    adopted: adopting.get(row.frameworkId)?.includes(stateCode) ?? false,
  }));
  const overdueItems = deliverables
    .flatMap((d) => d.assignments.filter((a) => a.stateCode === stateCode).map((a) => ({ d, a })))
    .filter(({ a }) => OPEN_STATUSES.has(a.status) && a.dueOn < asOf)
    .map(({ d, a }) => ({
      deliverableId: d.deliverableId,
      title: d.title,
      frameworkId: d.frameworkId,
      pillar: d.pillar,
      leadAgency: a.leadAgency,
      dueOn: a.dueOn,
      status: a.status,
      percentComplete: a.percentComplete,
      daysOverdue: Math.round((Date.parse(asOf) - Date.parse(a.dueOn)) / 86_400_000),
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.deliverableId.localeCompare(b.deliverableId));
  const series = progress.byState.get(stateCode) ?? progress.months.map(() => 0);
  return inReportLanguage<StateScorecardReport>(
    {
      ...head,
      notes: [],
      report: 'state-scorecard',
      state: { code: stateCode, name: stateName(stateCode) },
      totals: sumFigures(lines),
      lines,
      overdueItems,
      assistance: {
        count: summary.count,
        totals: summary.totals,
        // The providers as the catalogue names them (each once however spelled in the records).
        providers: [...new Set(summary.groups.map((g) => providers(g.provider)))].sort(),
        lines: summary.groups.map((g) => ({
          pillar: g.pillar,
          provider: g.provider,
          kind: g.kind,
          count: g.count,
          totals: g.totals,
        })),
      },
      progress: progress.months.map((month, i): ProgressPoint => ({ month, completed: series[i] ?? 0 })),
    },
    catalogue,
  );
}

const pillarLines = (rows: readonly ScorecardRow[]): PillarLine[] =>
  PILLAR_CODES.map((pillar) => ({
    pillar,
    pillarName: pillarName(pillar),
    ...sumFigures(rows.filter((r) => r.pillar === pillar).map(figuresOf)),
  }));

/** The five Central Asian States side by side, by pillar, with completions over time. */
export async function generateRegionalOverview(
  db: Kysely<Database>,
  options: ReportOptions,
): Promise<RegionalOverviewReport> {
  const head = await base(db, 'regional-overview', 'Regional overview: Central Asia', options);
  const { asOf } = options;
  const codes = CENTRAL_ASIAN_STATES.map((s) => s.code as string);
  const budget = new WorkBudget(options.maxRows);
  const [allRows, summary, progress] = await Promise.all([
    scorecardRows(db, budget, timeOf(options), {}),
    summarizeAssistance(db, { periodTo: asOf }),
    completedByMonth(db, budget, timeOf(options)),
  ]);
  const rows = allRows.filter((r) => codes.includes(r.stateCode));
  // A regional mechanism's assignments are lines of their own, never in a member State's line.
  const mechanismRows = allRows.filter((r) => r.kind === 'regional');
  const regionalMechanisms = [...new Set(mechanismRows.map((r) => r.stateCode))].sort().map((mechanismId) => {
    const own = mechanismRows.filter((r) => r.stateCode === mechanismId);
    const first = own[0]!;
    return {
      mechanismId,
      mechanismName:
        (options.lang === 'ru' ? first.mechanismNameRu : undefined) ?? first.mechanismName ?? mechanismId,
      ...sumFigures(own.map(figuresOf)),
      byPillar: pillarLines(own),
    };
  });
  const states = CENTRAL_ASIAN_STATES.map(({ code, name }) => {
    const groups = summary.groups.filter((g) => g.recipientState === code);
    const own = rows.filter((r) => r.stateCode === code);
    return {
      stateCode: code,
      stateName: name,
      ...sumFigures(own.map(figuresOf)),
      byPillar: pillarLines(own),
      assistance: {
        count: groups.reduce((n, g) => n + g.count, 0),
        totals: new MoneyTotals().add(groups.flatMap((g) => g.totals)).list(),
      },
    };
  });
  const regional = summary.groups.filter(
    (g) => g.recipientState !== null && codes.includes(g.recipientState),
  );
  // Regional records count in their States' lines by share, and here at their full value.
  // 619 "Central Asia, regional" always has its line (zeros when nothing is booked to it).
  const regionCodes = [...new Set(['619', ...summary.groups.flatMap((g) => g.recipientRegion ?? [])])].sort();
  const regionalAssistance = regionCodes.map((regionCode) => {
    const groups = summary.groups.filter((g) => g.recipientRegion === regionCode);
    return {
      regionCode,
      regionName: DAC_REGIONS[regionCode as DacRegionCode] ?? regionCode,
      count: groups.reduce((n, g) => n + g.count, 0),
      totals: new MoneyTotals().add(groups.flatMap((g) => g.totals)).list(),
    };
  });
  const notes = [];
  const others = [
    ...new Set(
      allRows
        .filter((r) => r.kind !== 'regional')
        .map((r) => r.stateCode)
        .filter((c) => !codes.includes(c)),
    ),
  ];
  if (others.length > 0) notes.push(`Assignments of other States are left out: ${others.join(', ')}.`);
  return inReportLanguage<RegionalOverviewReport>(
    {
      ...head,
      notes,
      report: 'regional-overview',
      states,
      totals: {
        ...sumFigures(states),
        assistance: {
          count: regional.reduce((n, g) => n + g.count, 0),
          totals: new MoneyTotals().add(regional.flatMap((g) => g.totals)).list(),
        },
      },
      regionalAssistance,
      regionalMechanisms,
      pillars: pillarLines(rows),
      progress: progress.months.map((month, i) => ({
        month,
        byState: Object.fromEntries(codes.map((c) => [c, progress.byState.get(c)?.[i] ?? 0])),
      })),
    },
    // State names only: this report shows no framework.
    [],
  );
}

/** Every framework in the catalogue (or one), by pillar. */
export async function generateFrameworkProgress(
  db: Kysely<Database>,
  options: ReportOptions & { frameworkId?: string },
): Promise<FrameworkProgressReport> {
  const { frameworkId } = options;
  const head = await base(
    db,
    'framework-progress',
    frameworkId ? `Framework progress: ${frameworkId}` : 'Framework progress',
    options,
  );
  const budget = new WorkBudget(options.maxRows);
  const [catalogue, rows, deliverables] = await Promise.all([
    frameworks(db, budget),
    scorecardRows(db, budget, timeOf(options), frameworkId ? { frameworkId } : {}),
    allPages(budget, (page) =>
      listDeliverables(db, { ...(frameworkId ? { frameworkId } : {}), ...timeOf(options), ...page }),
    ),
  ]);
  const selected = catalogue.filter((f) => !frameworkId || f.frameworkId === frameworkId);
  if (frameworkId && selected.length === 0) throw new AggregateNotFound('framework', frameworkId);
  return inReportLanguage<FrameworkProgressReport>(
    {
      ...head,
      notes: [],
      report: 'framework-progress',
      frameworkId: frameworkId ?? null,
      frameworks: selected.map((f) => frameworkProgress(f, rows, deliverables)),
    },
    catalogue,
  );
}

function frameworkProgress(
  f: FrameworkView,
  allRows: readonly ScorecardRow[],
  allDeliverables: readonly TrackedDeliverable[],
) {
  const rows = allRows.filter((r) => r.frameworkId === f.frameworkId);
  const defined = allDeliverables.filter((d) => d.frameworkId === f.frameworkId);
  const pillars: FrameworkPillarLine[] = PILLAR_CODES.map((pillar) => {
    const pillarRows = rows.filter((r) => r.pillar === pillar);
    return {
      pillar,
      pillarName: pillarName(pillar),
      deliverablesDefined: defined.filter((d) => d.pillar === pillar).length,
      ...sumFigures(pillarRows.map(figuresOf)),
      // States only: a regional mechanism's assignment counts in the figures, not as a State.
      states: [...new Set(pillarRows.filter((r) => r.kind !== 'regional').map((r) => r.stateCode))].sort(),
    };
  });
  return {
    frameworkId: f.frameworkId,
    kind: f.kind,
    title: f.title,
    adoptedOn: f.adoptedOn,
    place: f.place,
    adoptingStates: f.adoptingStates,
    lastRevisedOn: f.lastRevisedOn,
    revisionCount: f.revisionCount,
    sourceReference: f.sourceReference,
    nonAdoptingStates: [...new Set(rows.filter((r) => r.kind !== 'regional').map((r) => r.stateCode))]
      .filter((s) => !f.adoptingStates.includes(s))
      .sort(),
    totals: { ...sumFigures(pillars), deliverablesDefined: defined.length },
    pillars,
  };
}

function groupBy(
  items: readonly { count: number; totals: Money[] }[],
  keyOf: (index: number) => string,
): AssistanceGroupLine[] {
  const groups = new Map<string, { count: number; totals: MoneyTotals }>();
  items.forEach((item, i) => {
    const key = keyOf(i);
    const group = groups.get(key) ?? { count: 0, totals: new MoneyTotals() };
    group.count += item.count;
    group.totals.add(item.totals);
    groups.set(key, group);
  });
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, g]) => ({ key, count: g.count, totals: g.totals.list() }));
}

/**
 * Assistance whose period started on or before `asOf`, by provider, recipient State, pillar, kind
 * and year, with amounts per currency (never converted), and every record.
 */
export async function generateAssistanceReport(
  db: Kysely<Database>,
  options: ReportOptions & { filters?: AssistanceFilter },
): Promise<AssistanceReport> {
  const { asOf } = options;
  const filters = options.filters ?? {};
  const head = await base(db, 'assistance', 'Assistance report', options);
  const ledgerFilters = { ...filters, periodTo: asOf };
  const budget = new WorkBudget(options.maxRows);
  const [summary, records, tracked, catalogue, providers] = await Promise.all([
    summarizeAssistance(db, ledgerFilters),
    allPages(budget, (page) => listAssistance(db, { ...ledgerFilters, ...page })),
    allPages(budget, (page) => listDeliverables(db, { ...timeOf(options), ...page })),
    frameworks(db, budget),
    providerNames(db, options.lang),
  ]);
  const frameworkOf = new Map(tracked.map((d) => [d.deliverableId, d.frameworkId]));
  const titles = new Map(catalogue.map((f) => [f.frameworkId, f.title]));
  const recordLine = (r: AssistanceRecordView) => {
    const frameworkId = r.deliverableId ? (frameworkOf.get(r.deliverableId) ?? null) : null;
    return {
      assistanceId: r.assistanceId,
      provider: r.provider,
      recipientState: describeRecipients({
        states: r.recipients.states,
        ...(r.recipients.region ? { region: r.recipients.region } : {}),
      }),
      recipientRegion: r.recipients.region?.code ?? null,
      shares: r.recipients.states.map((s) => ({
        stateCode: s.stateCode,
        percentage: s.percentage,
        amount: s.amount ? { currency: s.amount.currency, amount: s.amount.value } : null,
      })),
      pillar: r.pillar,
      kind: r.kind,
      deliverableId: r.deliverableId,
      frameworkId,
      frameworkTitle: frameworkId ? (titles.get(frameworkId) ?? null) : null,
      description: r.description,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      status: r.periodEnd !== null && r.periodEnd < asOf ? ('closed' as const) : ('ongoing' as const),
      amount: r.amount ? { currency: r.amount.currency, amount: r.amount.value } : null,
      disbursed: r.disbursed ? { currency: r.disbursed.currency, amount: r.disbursed.value } : null,
    };
  };
  const lines = records.map(recordLine);
  const g = summary.groups;
  // Every grouping but by-recipient counts each record once, at the value the report's totals
  // count: its whole value, or the filtered State's part of it (a State's report totals its parts).
  // Grouping the ledger's provider x recipient groups instead would count a shared record once per
  // State and once more in its region.
  const counted = lines.map((r) => {
    if (!filters.recipientState) return { count: 1, totals: r.amount ? [r.amount] : [] };
    const part = r.shares.find((s) => s.stateCode === filters.recipientState)?.amount;
    return { count: 1, totals: part ? [part] : [] };
  });
  return inReportLanguage<AssistanceReport>(
    {
      ...head,
      report: 'assistance',
      filters,
      notes: [
        `Records whose period started on or before ${asOf}. Amounts are per currency, never converted; records without an amount count but add nothing.`,
        'By recipient, a record shared by several States counts in each State it has a share in, with its share of the value (allocated to the minor unit), and a regional record counts by share in its States and in full in its region, so those groups add up to more than the totals; every other grouping counts each record once. Withdrawn records are left out; amended ones show their current values.',
      ],
      count: summary.count,
      totals: summary.totals,
      // By organisation: 'OSCE' and 'OSCE (Programme Office in Dushanbe)' are one provider when the
      // catalogue says so; a spelling it does not know stays a group of its own.
      byProvider: groupBy(counted, (i) => providers(lines[i]!.provider)),
      // Records with a share in each State (amounts by share), regional records in full in their region.
      byRecipient: groupBy(g, (i) => g[i]!.recipientState ?? `region ${g[i]!.recipientRegion ?? ''}`),
      byPillar: groupBy(counted, (i) => lines[i]!.pillar),
      byKind: groupBy(counted, (i) => lines[i]!.kind),
      byYear: groupBy(counted, (i) => lines[i]!.periodStart.slice(0, 4)),
      groups: g.map((x) => ({ ...x })),
      records: lines,
    },
    catalogue,
  );
}

/**
 * The name a provider's free text is reported under: the organisation it resolves to in the
 * catalogue (by id, name or alias; in the report's language, English as fallback), else the text.
 */
async function providerNames(
  db: Kysely<Database>,
  lang: ReportLanguage = 'en',
): Promise<(text: string) => string> {
  const index = OrganisationIndex.of(await allOrganisations(db));
  return (text) => index.organisationOf(text, lang)?.displayName ?? text;
}
