import { SCORECARD_STATUSES } from '@ct/read-models';
import {
  type AssistanceGroupLine,
  type AssistanceReport,
  type FrameworkProgressReport,
  type Money,
  type ProgressFigures,
  type RegionalOverviewReport,
  type Report,
  type StateScorecardReport,
} from '../report-model';

export type Cell = string | number | null;

/**
 * One flat table of a report: what a CSV file holds (one table per file) and what the Markdown and
 * HTML formats show. `name` is '' for the report's main table; others get it as a file-name suffix.
 */
export interface ReportTable {
  name: string;
  title: string;
  columns: string[];
  rows: Cell[][];
}

const STATUS_COLUMNS = SCORECARD_STATUSES.map((s) => s.replace('-', '_'));
const statusCells = (f: ProgressFigures): Cell[] => SCORECARD_STATUSES.map((s) => f.byStatus[s]);
const figureColumns = ['deliverables', ...STATUS_COLUMNS, 'completed_late', 'percent_complete', 'overdue'];
const figureCells = (f: ProgressFigures): Cell[] => [
  f.deliverables,
  ...statusCells(f),
  f.completedLate,
  f.percentComplete,
  f.overdue,
];

/** The currencies that occur, sorted: one amount column each (wide), so a row's count is never repeated. */
const currenciesOf = (lists: readonly (readonly Money[])[]): string[] =>
  [...new Set(lists.flatMap((l) => l.map((m) => m.currency)))].sort();
const amountCells = (currencies: readonly string[], totals: readonly Money[]): Cell[] =>
  currencies.map((c) => totals.find((t) => t.currency === c)?.amount ?? null);
const amountColumns = (currencies: readonly string[]) => currencies.map((c) => `amount_${c}`);

function groupTable(name: string, title: string, key: string, groups: readonly AssistanceGroupLine[]) {
  const currencies = currenciesOf(groups.map((g) => g.totals));
  return {
    name,
    title,
    columns: [key, 'count', ...amountColumns(currencies)],
    rows: groups.map((g): Cell[] => [g.key, g.count, ...amountCells(currencies, g.totals)]),
  };
}

function stateScorecardTables(r: StateScorecardReport): ReportTable[] {
  const currencies = currenciesOf(r.assistance.lines.map((l) => l.totals));
  return [
    {
      name: '',
      title: 'Frameworks x pillars',
      columns: [
        'state_code',
        'framework_id',
        'framework_title',
        'pillar',
        ...figureColumns,
        'last_update_on',
      ],
      rows: r.lines.map((l) => [
        r.state.code,
        l.frameworkId,
        l.frameworkTitle,
        l.pillar,
        ...figureCells(l),
        l.lastUpdateOn,
      ]),
    },
    {
      name: 'overdue',
      title: `Overdue as of ${r.asOf}`,
      columns: [
        'state_code',
        'deliverable_id',
        'title',
        'framework_id',
        'pillar',
        'lead_agency',
        'due_on',
        'status',
        'percent_complete',
        'days_overdue',
      ],
      rows: r.overdueItems.map((o) => [
        r.state.code,
        o.deliverableId,
        o.title,
        o.frameworkId,
        o.pillar,
        o.leadAgency,
        o.dueOn,
        o.status,
        o.percentComplete,
        o.daysOverdue,
      ]),
    },
    {
      name: 'assistance',
      title: 'Assistance received',
      columns: ['state_code', 'provider', 'pillar', 'kind', 'count', ...amountColumns(currencies)],
      rows: r.assistance.lines.map((l) => [
        r.state.code,
        l.provider,
        l.pillar,
        l.kind,
        l.count,
        ...amountCells(currencies, l.totals),
      ]),
    },
    {
      name: 'progress',
      title: 'Completed assignments at month end',
      columns: ['state_code', 'month', 'completed'],
      rows: r.progress.map((p) => [r.state.code, p.month, p.completed]),
    },
  ];
}

function regionalTables(r: RegionalOverviewReport): ReportTable[] {
  const currencies = currenciesOf(r.states.map((s) => s.assistance.totals));
  const codes = r.states.map((s) => s.stateCode);
  return [
    {
      name: '',
      title: 'States',
      columns: [
        'state_code',
        'state_name',
        ...figureColumns,
        'assistance_count',
        ...amountColumns(currencies),
      ],
      rows: r.states.map((s) => [
        s.stateCode,
        s.stateName,
        ...figureCells(s),
        s.assistance.count,
        ...amountCells(currencies, s.assistance.totals),
      ]),
    },
    {
      name: 'pillars',
      title: 'States x pillars',
      columns: ['state_code', 'pillar', 'pillar_name', ...figureColumns],
      rows: r.states.flatMap((s) =>
        s.byPillar.map((p) => [s.stateCode, p.pillar, p.pillarName, ...figureCells(p)]),
      ),
    },
    {
      name: 'progress',
      title: 'Completed assignments at month end, per State',
      columns: ['month', ...codes],
      rows: r.progress.map((p) => [p.month, ...codes.map((c) => p.byState[c] ?? 0)]),
    },
    regionsTable(r),
    // Only when a deliverable is assigned to a regional mechanism: most catalogues have none.
    ...(r.regionalMechanisms.length === 0 ? [] : [mechanismsTable(r)]),
  ];
}

/** Deliverables assigned to regional mechanisms: rows of their own, in no State's line. */
function mechanismsTable(r: RegionalOverviewReport): ReportTable {
  return {
    name: 'mechanisms',
    title: 'Regional mechanisms (their own assignments)',
    columns: ['mechanism_id', 'mechanism_name', ...figureColumns],
    rows: r.regionalMechanisms.map((m) => [m.mechanismId, m.mechanismName, ...figureCells(m)]),
  };
}

/** Records booked to a DAC region at their full value (the States above count their shares). */
function regionsTable(r: RegionalOverviewReport): ReportTable {
  const currencies = currenciesOf(r.regionalAssistance.map((g) => g.totals));
  return {
    name: 'regions',
    title: 'Regional assistance (DAC regions), full values',
    columns: ['region_code', 'region_name', 'assistance_count', ...amountColumns(currencies)],
    rows: r.regionalAssistance.map((g) => [
      g.regionCode,
      g.regionName,
      g.count,
      ...amountCells(currencies, g.totals),
    ]),
  };
}

function frameworkTables(r: FrameworkProgressReport): ReportTable[] {
  return [
    {
      name: '',
      title: 'Frameworks x pillars',
      columns: [
        'framework_id',
        'pillar',
        'pillar_name',
        'deliverables_defined',
        'assignments',
        ...STATUS_COLUMNS,
        'completed_late',
        'percent_complete',
        'overdue',
        'states',
      ],
      rows: r.frameworks.flatMap((f) =>
        f.pillars.map((p) => [
          f.frameworkId,
          p.pillar,
          p.pillarName,
          p.deliverablesDefined,
          ...figureCells(p),
          p.states.join(' '),
        ]),
      ),
    },
    {
      name: 'frameworks',
      title: 'Frameworks',
      columns: [
        'framework_id',
        'kind',
        'title',
        'adopted_on',
        'place',
        'adopting_states',
        'last_revised_on',
        'revision_count',
        'deliverables_defined',
        'assignments',
        ...STATUS_COLUMNS,
        // figureCells gives completed_late after the statuses: without it every later column shifted.
        'completed_late',
        'percent_complete',
        'overdue',
        'source_reference',
      ],
      rows: r.frameworks.map((f) => [
        f.frameworkId,
        f.kind,
        f.title,
        f.adoptedOn,
        f.place,
        f.adoptingStates.join(' '),
        f.lastRevisedOn,
        f.revisionCount,
        f.totals.deliverablesDefined,
        ...figureCells(f.totals),
        f.sourceReference,
      ]),
    },
  ];
}

function assistanceTables(r: AssistanceReport): ReportTable[] {
  const currencies = currenciesOf(r.groups.map((g) => g.totals));
  return [
    {
      name: '',
      title: 'Assistance records',
      columns: [
        'assistance_id',
        'provider',
        'recipient_state',
        'pillar',
        'kind',
        'deliverable_id',
        'framework_id',
        'period_start',
        'period_end',
        'status',
        'currency',
        'amount',
        'description',
        'recipient_region',
        'disbursed',
      ],
      rows: r.records.map((x) => [
        x.assistanceId,
        x.provider,
        x.recipientState,
        x.pillar,
        x.kind,
        x.deliverableId,
        x.frameworkId,
        x.periodStart,
        x.periodEnd,
        x.status,
        x.amount?.currency ?? null,
        x.amount?.amount ?? null,
        x.description,
        x.recipientRegion,
        x.disbursed?.amount ?? null,
      ]),
    },
    {
      name: 'groups',
      title: 'Provider x recipient x pillar x kind',
      columns: [
        'provider',
        'recipient_state',
        'recipient_region',
        'pillar',
        'kind',
        'count',
        ...amountColumns(currencies),
      ],
      rows: r.groups.map((g) => [
        g.provider,
        g.recipientState,
        g.recipientRegion,
        g.pillar,
        g.kind,
        g.count,
        ...amountCells(currencies, g.totals),
      ]),
    },
    groupTable('by-provider', 'By provider', 'provider', r.byProvider),
    groupTable(
      'by-recipient',
      'By recipient: records with a share in the State (amounts by share) or regional records (in full)',
      'recipient_state',
      r.byRecipient,
    ),
    groupTable('by-pillar', 'By pillar', 'pillar', r.byPillar),
    groupTable('by-kind', 'By kind', 'kind', r.byKind),
    groupTable('by-year', 'By year of the period start', 'year', r.byYear),
  ];
}

/** Every table of a report, main table first. */
export function reportTables(report: Report): ReportTable[] {
  switch (report.report) {
    case 'state-scorecard':
      return stateScorecardTables(report);
    case 'regional-overview':
      return regionalTables(report);
    case 'framework-progress':
      return frameworkTables(report);
    case 'assistance':
      return assistanceTables(report);
  }
}

/** The table names each report has (for validating `table=` over HTTP). */
export const REPORT_TABLE_NAMES = {
  'state-scorecard': ['', 'overdue', 'assistance', 'progress'],
  'regional-overview': ['', 'pillars', 'progress', 'regions'],
  'framework-progress': ['', 'frameworks'],
  assistance: ['', 'groups', 'by-provider', 'by-recipient', 'by-pillar', 'by-kind', 'by-year'],
} as const;

/**
 * One fixed locale, so a report is the same bytes wherever it is produced (a server's locale must
 * not decide between "250,000.00" and "250 000,00").
 */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: true });

/**
 * Thousands grouped, decimals kept exactly as recorded: amounts are decimal strings with the
 * currency's own minor units (JPY 0, EUR 2, KWD 3), never parsed into a float.
 */
export function groupThousands(value: number | string): string {
  if (typeof value === 'number') return GROUPED.format(value);
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!match) return value;
  return `${match[1]}${GROUPED.format(BigInt(match[2]!))}${match[3] ?? ''}`;
}

/** Roman pillar codes in the Strategy's order; anything else after them, as text. */
const PILLAR_ORDER = ['I', 'II', 'III', 'IV'];
export const pillarRank = (pillar: string): number => {
  const i = PILLAR_ORDER.indexOf(pillar);
  return i === -1 ? PILLAR_ORDER.length : i;
};
export const byPillar =
  <T>(pillarOf: (t: T) => string) =>
  (a: T, b: T) =>
    pillarRank(pillarOf(a)) - pillarRank(pillarOf(b)) || pillarOf(a).localeCompare(pillarOf(b));

/** A column header as a reader sees it, with its unit. */
export function columnHeading(column: string): string {
  const amount = /^amount_([A-Z]{3})$/.exec(column);
  if (amount) return `amount (${amount[1]})`;
  if (column === 'percent_complete') return 'complete (%)';
  if (column === 'days_overdue') return 'overdue (days)';
  if (column === 'count') return 'records';
  return column.replace(/_/g, ' ');
}

const isZeroOrEmpty = (cell: Cell) => cell === null || cell === 0 || cell === '';

/**
 * The tables as Markdown and HTML show them to people (CSV keeps every row, for machines):
 * amounts with grouped thousands; the month-end series only for months whose count changed (the
 * full series is the chart and the CSV file); the framework x pillar rows where nothing is defined
 * or assigned left out. Each shortened table says what it left out in `note`.
 */
export function readableTables(report: Report): (ReportTable & { note?: string })[] {
  return reportTables(report).map((table) => {
    let rows = table.rows;
    let note: string | undefined;
    if (table.name === 'progress') {
      const first = table.columns.indexOf('month');
      const counts = (row: Cell[]) => row.filter((_, j) => j > first);
      const last = table.rows.length - 1;
      rows = table.rows.filter(
        (row, i) =>
          i === last ||
          (i === 0
            ? counts(row).some((c) => !isZeroOrEmpty(c))
            : counts(row).some((c, j) => c !== counts(table.rows[i - 1]!)[j])),
      );
      if (rows.length < table.rows.length)
        note = `Only the months in which a count changed (${rows.length} of ${table.rows.length} months); the chart and the CSV file have every month.`;
    } else if (report.report === 'framework-progress' && table.name === '') {
      const defined = table.columns.indexOf('deliverables_defined');
      const assigned = table.columns.indexOf('assignments');
      rows = rows.filter((row) => !isZeroOrEmpty(row[defined]!) || !isZeroOrEmpty(row[assigned]!));
      if (rows.length < table.rows.length)
        note = `${table.rows.length - rows.length} framework x pillar rows with no deliverable defined or assigned are left out.`;
    }
    // Money a person reads: the value, per-currency totals and what was disbursed, thousands grouped.
    const amountColumns = new Set(
      table.columns.flatMap((c, i) =>
        c === 'amount' || c === 'disbursed' || c.startsWith('amount_') ? [i] : [],
      ),
    );
    return {
      ...table,
      rows: rows.map((row) =>
        row.map((cell, i) => (cell !== null && amountColumns.has(i) ? groupThousands(cell) : cell)),
      ),
      ...(note ? { note } : {}),
    };
  });
}
