import { SCORECARD_STATUSES, type ScorecardStatus } from '@ct/read-models';
import {
  type AssistanceReport,
  type FrameworkProgressReport,
  type ProgressFigures,
  type RegionalOverviewReport,
  type Report,
  type ScorecardLine,
  type StateScorecardReport,
} from '../report-model';
import { type ReportLabels, labelsFor, russianHeadline, russianMoney } from '../labels';
import { headline } from './markdown';
import { type Cell, byPillar, columnHeading, groupThousands, pillarRank, readableTables } from './tables';

/**
 * A self-contained page: inline CSS, inline SVG, no script, no external reference of any kind (it
 * must open from disk on a machine without network). Data text is escaped including `/`, so the
 * raw file contains no `//` at all: source URLs recorded with frameworks and assistance appear as
 * plain text, never as links, and a test can check the bytes for `http://`, `https://` and `//`.
 * Inline SVG in HTML needs no xmlns attribute, which keeps the same check meaningful.
 */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"'/]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '/': '&#47;' })[c]!,
  );

const e = (cell: Cell): string => (cell === null ? '' : escapeHtml(String(cell)));

const STATUS_COLOURS: Record<ScorecardStatus, string> = {
  'not-started': '#adb5bd',
  'in-progress': '#4c8ed9',
  blocked: '#e8590c',
  completed: '#2f9e44',
  cancelled: '#dee2e6',
};
const SERIES_COLOURS = ['#1c7ed6', '#e8590c', '#2f9e44', '#ae3ec9', '#f08c00', '#495057'];

const CHART_WIDTH = 560;
/** Labels up to this many characters sit left of their bar; longer ones (framework titles) above it. */
const SHORT_LABEL = 22;
/** Room kept right of the longest bar for its figures ("24 assignments, 67.71% complete, 7 overdue"). */
const TEXT_ROOM = 320;
/** Width of a character at the chart's 12 px, capitals and slashes included (`UNOCT/UNCCT`), to size the label column. */
const CHAR_WIDTH = 7.6;
/** About what fits across a chart at 12 px: long labels and titles wrap, they are never cut. */
const WRAP_AT = 84;
const TITLE_WRAP_AT = 68;
/**
 * Cyrillic letters are wider than Latin ones at the same size (the Russian reports' titles were
 * cut at the chart's right edge at 68): text with Cyrillic wraps at this share of the width.
 */
const CYRILLIC_WIDTH_SHARE = 0.82;
const wrapAt = (text: string, latin: number): number =>
  /[\u0400-\u04FF]/.test(text) ? Math.floor(latin * CYRILLIC_WIDTH_SHARE) : latin;

/** Words onto lines of at most `width` characters (a longer word gets a line of its own). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : [''];
}

const LINE_HEIGHT = 15;

/** One <text> with a <tspan> per line, the first line's baseline at `y`. */
function textLines(x: number, y: number, lines: readonly string[], attrs = ''): string {
  const spans = lines
    .map((l, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : LINE_HEIGHT}">${e(l)}</tspan>`)
    .join('');
  return `<text x="${x}" y="${y}"${attrs}>${spans}</text>`;
}

const attributesOf = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${e(v)}"`)
    .join('');

const svgOpen = (
  title: string[],
  width: number,
  height: number,
  attributes: Record<string, string>,
  wide = false,
) =>
  `<svg class="chart${wide ? ' wide' : ''}"${attributesOf(attributes)} viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${e(title.join(' '))}">${textLines(10, 18, title, ' class="chart-title"')}`;

interface BarRow {
  label: string;
  /** Draws the bar (and its value text) starting at `x`, `y` being the bar's top edge. */
  draw(x: number, y: number, area: number): string;
}

/**
 * Rows of horizontal bars under a wrapped title: short labels left of the bars, long ones wrapped
 * on their own lines above them, so every label is shown in full.
 */
function barChart(
  title: string,
  rows: readonly BarRow[],
  attributes: Record<string, string>,
  footer?: (y: number) => string,
  textRoom = TEXT_ROOM,
): string {
  const titleLines = wrapWords(title, wrapAt(title, TITLE_WRAP_AT));
  const left = rows.every((r) => r.label.length <= SHORT_LABEL);
  const barHeight = 18;
  let y = 18 + (titleLines.length - 1) * LINE_HEIGHT + 14;
  const parts: string[] = [];
  const labelWidth = left
    ? Math.max(40, Math.ceil(Math.max(...rows.map((r) => r.label.length)) * CHAR_WIDTH) + 16)
    : 0;
  for (const row of rows) {
    if (left) {
      parts.push(
        `<text x="${labelWidth - 8}" y="${y + 13}" text-anchor="end">${e(row.label)}</text>`,
        row.draw(labelWidth, y, CHART_WIDTH - labelWidth - textRoom),
      );
      y += barHeight + 8;
    } else {
      const lines = wrapWords(row.label, wrapAt(row.label, WRAP_AT));
      parts.push(textLines(10, y + 12, lines));
      y += lines.length * LINE_HEIGHT + 2;
      parts.push(row.draw(10, y, CHART_WIDTH - 10 - textRoom));
      y += barHeight + 10;
    }
  }
  const legend = footer ? footer(y + 14) : '';
  const height = y + (footer ? 26 : 6);
  return `${svgOpen(titleLines, CHART_WIDTH, height, attributes)}${parts.join('')}${legend}</svg>`;
}

interface StatusBar {
  label: string;
  figures: ProgressFigures;
}

/** A bar's figures in words, with their units, in the report's language (English by default). */
export const statusText = (f: ProgressFigures, labels: ReportLabels = labelsFor('en')): string =>
  [
    labels.assignments(f.deliverables, groupThousands),
    ...(f.percentComplete === null ? [] : [labels.percentComplete(f.percentComplete)]),
    ...(f.overdue > 0 ? [labels.overdue(f.overdue)] : []),
  ].join(', ');

/** Stacked horizontal bars of assignments by status, one bar per row, on a scale shared by `scaleMax`. */
export function statusChart(
  title: string,
  bars: readonly StatusBar[],
  scaleMax: number,
  attributes: Record<string, string>,
  labels: ReportLabels = labelsFor('en'),
): string {
  const rows = bars.map((bar): BarRow => ({
    label: bar.label,
    draw(x0, y, area) {
      const unit = area / Math.max(scaleMax, 1);
      let x = x0;
      const segments = SCORECARD_STATUSES.filter((s) => bar.figures.byStatus[s] > 0).map((s) => {
        const n = bar.figures.byStatus[s];
        const w = n * unit;
        const rect = `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" fill="${STATUS_COLOURS[s]}"><title>${e(`${bar.label}: ${n} ${labels.status(s)}`)}</title></rect>`;
        x += w;
        return rect;
      });
      return `${segments.join('')}<text x="${(x + 6).toFixed(1)}" y="${y + 13}" class="${bar.figures.overdue > 0 ? 'overdue' : 'muted'}">${e(statusText(bar.figures, labels))}</text>`;
    },
  }));
  // Figures in Russian are longer and their letters wider: room for the longest, bold, beside its bar.
  const longest = Math.max(0, ...bars.map((bar) => statusText(bar.figures, labels).length));
  const textRoom = labels.htmlLang === 'en' ? TEXT_ROOM : Math.max(TEXT_ROOM, Math.ceil(longest * 8.4) + 12);
  return barChart(
    title,
    rows,
    attributes,
    (y) =>
      SCORECARD_STATUSES.map((s, i) => {
        const x = 10 + i * 108;
        return `<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${STATUS_COLOURS[s]}"></rect><text x="${x + 14}" y="${y}" class="small">${e(labels.status(s))}</text>`;
      }).join(''),
    textRoom,
  );
}

/** Horizontal bars of one quantity per label: an amount in one currency (never mixed), or a count. */
export function amountChart(
  title: string,
  bars: readonly { label: string; value: number; text: string }[],
  attributes: Record<string, string>,
): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return barChart(
    title,
    bars.map((b) => ({
      label: b.label,
      draw: (x, y, area) => {
        const w = (b.value / max) * area;
        return `<rect x="${x}" y="${y}" width="${w.toFixed(1)}" height="18" fill="#1c7ed6"><title>${e(`${b.label}: ${b.text}`)}</title></rect><text x="${(x + w + 6).toFixed(1)}" y="${y + 13}" class="muted">${e(b.text)}</text>`;
      },
    })),
    attributes,
  );
}

/** Monthly lines (cumulative completed assignments); a year label on each January. */
export function lineChart(
  title: string,
  months: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
  attributes: Record<string, string>,
  labels: ReportLabels = labelsFor('en'),
): string {
  const width = 1100;
  const height = 290;
  const left = 56;
  const right = 150;
  const top = 34;
  const bottom = 34;
  const open = svgOpen([title], width, height, attributes, true);
  if (months.length === 0)
    return `${open}<text x="${left}" y="${height / 2}" class="muted">${e(labels.chart.noProgress)}</text></svg>`;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const xOf = (i: number) => left + (months.length === 1 ? plotW / 2 : (i * plotW) / (months.length - 1));
  const yOf = (v: number) => top + plotH - (v * plotH) / max;
  const step = Math.max(1, Math.ceil(max / 5));
  const grid: string[] = [];
  for (let v = 0; v <= max; v += step)
    grid.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${yOf(v).toFixed(1)}" y2="${yOf(v).toFixed(1)}" class="grid"></line><text x="${left - 6}" y="${(yOf(v) + 4).toFixed(1)}" text-anchor="end" class="small">${groupThousands(v)}</text>`,
    );
  const yUnit = `<text transform="translate(14 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" class="small">${e(labels.chart.completedAxis)}</text>`;
  // Labels closer than a label's width would print over each other ("2020-102021"): the first
  // month's label gives way to a January close after it, then each label keeps its distance.
  const labelGap = 48;
  const candidates = months.map((m, i) => ({ m, i })).filter(({ m, i }) => m.endsWith('-01') || i === 0);
  const firstTooClose =
    candidates.length > 1 && !candidates[0]!.m.endsWith('-01') && xOf(candidates[1]!.i) - xOf(0) < labelGap;
  const kept: { m: string; i: number }[] = [];
  for (const tick of firstTooClose ? candidates.slice(1) : candidates)
    if (kept.length === 0 || xOf(tick.i) - xOf(kept[kept.length - 1]!.i) >= labelGap) kept.push(tick);
  const ticks = kept.map(
    ({ m, i }) =>
      `<line x1="${xOf(i).toFixed(1)}" x2="${xOf(i).toFixed(1)}" y1="${top + plotH}" y2="${top + plotH + 4}" class="axis"></line><text x="${xOf(i).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle" class="small">${e(m.endsWith('-01') ? m.slice(0, 4) : m)}</text>`,
  );
  const lines = series.map((s, n) => {
    const colour = SERIES_COLOURS[n % SERIES_COLOURS.length]!;
    const points = s.values.map((v, i) => `${xOf(i).toFixed(1)},${yOf(v).toFixed(1)}`).join(' ');
    const last = s.values.at(-1) ?? 0;
    const ly = top + 12 + n * 18;
    return `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2"></polyline><rect x="${left + plotW + 14}" y="${ly - 9}" width="10" height="10" fill="${colour}"></rect><text x="${left + plotW + 28}" y="${ly}" class="small">${e(`${s.name}: ${labels.completed(last, groupThousands)}`)}</text>`;
  });
  return `${open}${yUnit}${grid.join('')}<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" class="axis"></line>${ticks.join('')}${lines.join('')}</svg>`;
}

const maxOf = (figures: readonly ProgressFigures[]) => Math.max(1, ...figures.map((f) => f.deliverables));

function stateScorecardCharts(r: StateScorecardReport, L: ReportLabels): string[] {
  const pillars = [...new Set(r.lines.map((l) => l.pillar))].sort(byPillar((p) => p));
  const frameworkOrder = [...new Set(r.lines.map((l) => l.frameworkId))];
  const lines = [...r.lines].sort(
    (a, b) =>
      frameworkOrder.indexOf(a.frameworkId) - frameworkOrder.indexOf(b.frameworkId) ||
      pillarRank(a.pillar) - pillarRank(b.pillar),
  );
  const barOf = (l: ScorecardLine) => ({
    label: `${l.frameworkTitle ?? l.frameworkId}: ${L.pillar(l.pillar)}`,
    figures: l,
  });
  // Frameworks the State did not adopt are drawn apart, so its own commitments read on their own.
  const adopted = lines.filter((l) => l.adopted);
  const notAdopted = lines.filter((l) => !l.adopted);
  const byPillarBars = pillars.map((p) => ({
    label: L.pillar(p),
    figures: sumOf(r.lines.filter((l) => l.pillar === p)),
  }));
  return [
    statusChart(
      L.chart.stateByPillar(r.state.name),
      [...byPillarBars, { label: L.allPillars, figures: r.totals }],
      r.totals.deliverables,
      { 'data-chart': 'status', 'data-state': r.state.code },
      L,
    ),
    statusChart(
      L.chart.stateByFramework(r.state.name),
      adopted.map(barOf),
      maxOf(r.lines),
      { 'data-chart': 'status-detail', 'data-state': r.state.code },
      L,
    ),
    ...(notAdopted.length > 0
      ? [
          statusChart(
            L.chart.stateNotAdopted(r.state.name),
            notAdopted.map(barOf),
            maxOf(r.lines),
            { 'data-chart': 'status-not-adopted', 'data-state': r.state.code },
            L,
          ),
        ]
      : []),
    lineChart(
      L.chart.stateProgress(r.state.name),
      r.progress.map((p) => p.month),
      [{ name: r.state.code, values: r.progress.map((p) => p.completed) }],
      { 'data-chart': 'progress' },
      L,
    ),
  ];
}

function sumOf(lines: readonly ProgressFigures[]): ProgressFigures {
  const byStatus = Object.fromEntries(
    SCORECARD_STATUSES.map((s) => [s, lines.reduce((n, l) => n + l.byStatus[s], 0)]),
  ) as Record<ScorecardStatus, number>;
  let open = 0;
  let weighted = 0;
  for (const l of lines) {
    const o = l.deliverables - l.byStatus.cancelled;
    if (o > 0 && l.percentComplete !== null) {
      open += o;
      weighted += o * l.percentComplete;
    }
  }
  return {
    deliverables: lines.reduce((n, l) => n + l.deliverables, 0),
    byStatus,
    percentComplete: open > 0 ? Math.round((weighted / open) * 100) / 100 : null,
    overdue: lines.reduce((n, l) => n + l.overdue, 0),
    completedLate: lines.reduce((n, l) => n + l.completedLate, 0),
  };
}

function regionalCharts(r: RegionalOverviewReport, L: ReportLabels): string[] {
  // One scale for all five charts, so bar lengths compare across States.
  const scale = maxOf(r.states.flatMap((s) => [s, ...s.byPillar]));
  const states = r.states.map((s) =>
    statusChart(
      L.chart.regionalState(s.stateName, s.stateCode),
      [
        ...[...s.byPillar]
          .sort(byPillar((p) => p.pillar))
          .map((p) => ({ label: L.pillar(p.pillar), figures: p })),
        { label: L.allPillars, figures: s },
      ],
      scale,
      { 'data-chart': 'status', 'data-state': s.stateCode },
      L,
    ),
  );
  return [
    ...states,
    lineChart(
      L.chart.regionalProgress,
      r.progress.map((p) => p.month),
      r.states.map((s) => ({
        name: s.stateCode,
        values: r.progress.map((p) => p.byState[s.stateCode] ?? 0),
      })),
      { 'data-chart': 'progress' },
      L,
    ),
  ];
}

function frameworkCharts(r: FrameworkProgressReport, L: ReportLabels): string[] {
  const scale = maxOf(r.frameworks.flatMap((f) => f.pillars));
  const overview = statusChart(
    L.chart.frameworkOverview,
    r.frameworks.map((f) => ({ label: `${f.title} (${f.frameworkId})`, figures: f.totals })),
    maxOf(r.frameworks.map((f) => f.totals)),
    { 'data-chart': 'framework-overview' },
    L,
  );
  // A framework with nothing defined yet would draw four empty bars: the overview already says 0.
  const perFramework = r.frameworks
    .filter((f) => f.totals.deliverablesDefined > 0 || f.totals.deliverables > 0)
    .map((f) =>
      statusChart(
        L.chart.frameworkByPillar(f.title, f.frameworkId),
        [...f.pillars].sort(byPillar((p) => p.pillar)).map((p) => ({
          label: `${L.pillar(p.pillar)} (${L.deliverablesDefined(p.deliverablesDefined, groupThousands)})`,
          figures: p,
        })),
        scale,
        { 'data-chart': 'status', 'data-framework': f.frameworkId },
        L,
      ),
    );
  return [overview, ...perFramework];
}

function assistanceCharts(r: AssistanceReport, L: ReportLabels): string[] {
  const dimensions = [
    { name: 'provider' as const, groups: r.byProvider, label: (k: string) => k },
    { name: 'recipient' as const, groups: r.byRecipient, label: (k: string) => k },
    {
      name: 'pillar' as const,
      groups: [...r.byPillar].sort(byPillar((g) => g.key)),
      label: (k: string) => L.pillar(k),
    },
  ];
  const counts = dimensions.map((d) =>
    amountChart(
      L.chart.assistanceCount(d.name),
      d.groups.map((g) => ({
        label: d.label(g.key),
        value: g.count,
        text: L.records(g.count, groupThousands),
      })),
      { 'data-chart': 'count', 'data-by': d.name },
    ),
  );
  // Amounts are never converted: one chart per currency, so no bar compares two currencies.
  const amounts = dimensions.flatMap((d) =>
    r.totals.map((total) =>
      amountChart(
        L.chart.amounts(total.currency, d.name, groupThousands(total.amount)),
        d.groups
          .map((g) => ({
            label: d.label(g.key),
            amount: g.totals.find((t) => t.currency === total.currency)?.amount,
          }))
          .filter((b): b is { label: string; amount: string } => b.amount !== undefined)
          .map((b) => ({
            label: b.label,
            value: Number(b.amount),
            text: `${groupThousands(b.amount)} ${total.currency}`,
          })),
        { 'data-chart': 'amount', 'data-by': d.name, 'data-currency': total.currency },
      ),
    ),
  );
  return [...counts, ...amounts];
}

function charts(report: Report, L: ReportLabels): string[] {
  switch (report.report) {
    case 'state-scorecard':
      return stateScorecardCharts(report, L);
    case 'regional-overview':
      return regionalCharts(report, L);
    case 'framework-progress':
      return frameworkCharts(report, L);
    case 'assistance':
      return assistanceCharts(report, L);
  }
}

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:24px;color:#212529;background:#fff;max-width:1140px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #dee2e6;padding-bottom:4px}
.meta{color:#495057;font-size:14px;margin:0 0 12px}.label{display:inline-block;background:#fff3bf;border:1px solid #f08c00;padding:2px 8px;border-radius:4px;font-weight:600;margin:4px 0 8px}
.notes{font-size:13px;color:#495057}.headline{font-size:15px;margin:6px 0}
.charts{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}.chart{border:1px solid #e9ecef;border-radius:6px;background:#fcfcfd;font-size:12px;max-width:100%;height:auto}
.chart text{fill:#212529}.chart .chart-title{font-weight:600;font-size:13px}.chart .small{font-size:11px;fill:#495057}.chart .muted{fill:#495057}.chart .overdue{fill:#c92a2a;font-weight:600}
.chart .grid{stroke:#e9ecef}.chart .axis{stroke:#868e96}
table{border-collapse:collapse;font-size:12px;margin:4px 0 8px;width:100%}th,td{border:1px solid #dee2e6;padding:3px 6px;text-align:left;vertical-align:top}td.text{overflow-wrap:anywhere;min-width:16em}.table{overflow-x:auto}th{background:#f1f3f5}td.num{text-align:right;font-variant-numeric:tabular-nums}
footer{margin-top:24px;font-size:12px;color:#868e96}
`;

const isNumber = (cell: Cell) =>
  typeof cell === 'number' || (typeof cell === 'string' && /^-?\d{1,3}(,\d{3})*(\.\d+)?$/.test(cell));

/** Numbers right-aligned; long text (descriptions, source references) may break anywhere, ids never. */
const cellClass = (cell: Cell) =>
  isNumber(cell) ? ' class="num"' : typeof cell === 'string' && cell.length > 48 ? ' class="text"' : '';

export function toHtml(report: Report): string {
  const L = labelsFor(report.lang);
  const tables = readableTables(report).map((t) => {
    // Statuses are codes in the data (and in CSV); a reader gets them in the report's language.
    const status = t.columns.indexOf('status');
    const cellText = (c: Cell, i: number) =>
      typeof c === 'number' ? groupThousands(c) : i === status && c !== null ? L.status(c) : c;
    const body =
      t.rows.length === 0
        ? `<p class="notes">${e(L.none)}</p>`
        : `${t.note ? `<p class="notes">${e(t.note)}</p>` : ''}<div class="table"><table><thead><tr>${t.columns.map((c) => `<th>${e(L.column(c, columnHeading(c)))}</th>`).join('')}</tr></thead><tbody>${t.rows
            .map(
              (row) =>
                `<tr>${row.map((c, i) => `<td${cellClass(c)}>${e(cellText(c, i))}</td>`).join('')}</tr>`,
            )
            .join('')}</tbody></table></div>`;
    return `<h2>${e(L.tableTitle(report, t.name, t.title))}</h2>${body}`;
  });
  const headlines =
    report.lang === 'ru'
      ? russianHeadline(report, groupThousands, russianMoney(groupThousands))
      : headline(report);
  const notes = report.notes;
  return [
    '<!DOCTYPE html>',
    `<html lang="${L.htmlLang}"><head><meta charset="utf-8">`,
    // Belt and braces: even an injected reference could not be fetched.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${report.title} - ${L.asOf.toLowerCase()} ${report.asOf}`)}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<h1>${e(report.title)}</h1>`,
    report.label ? `<div class="label">${e(report.label)}</div>` : '',
    `<p class="meta">${e(L.asOf)} <strong>${e(report.asOf)}</strong> &middot; ${e(L.basis(report.basis))} &middot; ${e(L.generated)} ${e(report.generatedAt)} &middot; ${e(L.readModelsAt)} ${e(report.readModelPosition)}</p>`,
    ...headlines.map((line) => `<p class="headline">${e(line)}</p>`),
    notes.length ? `<ul class="notes">${notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : '',
    `<div class="charts">${charts(report, L).join('')}</div>`,
    ...tables,
    `<footer>${L.footer(report).map(e).join(' &middot; ')}</footer>`,
    '</body></html>',
    '',
  ].join('\n');
}
