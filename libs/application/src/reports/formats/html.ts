import { SCORECARD_STATUSES, type ScorecardStatus } from '@ct/read-models';
import {
  type AssistanceReport,
  type FrameworkProgressReport,
  type ProgressFigures,
  type RegionalOverviewReport,
  type Report,
  type StateScorecardReport,
} from '../report-model';
import { headline } from './markdown';
import { type Cell, reportTables } from './tables';

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

const CHART_WIDTH = 540;
const LABEL_WIDTH = 150;
const BAR_AREA = 230;

interface StatusBar {
  label: string;
  figures: ProgressFigures;
}

/** Stacked horizontal bars of assignments by status, one bar per row, on a scale shared by `scaleMax`. */
export function statusChart(
  title: string,
  bars: readonly StatusBar[],
  scaleMax: number,
  attributes: Record<string, string>,
): string {
  const rowHeight = 26;
  const top = 30;
  const height = top + bars.length * rowHeight + 34;
  const unit = BAR_AREA / Math.max(scaleMax, 1);
  const rows = bars.map((bar, i) => {
    const y = top + i * rowHeight;
    let x = LABEL_WIDTH;
    const segments = SCORECARD_STATUSES.filter((s) => bar.figures.byStatus[s] > 0).map((s) => {
      const n = bar.figures.byStatus[s];
      const w = n * unit;
      const rect = `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${STATUS_COLOURS[s]}"><title>${e(`${bar.label}: ${n} ${s}`)}</title></rect>`;
      x += w;
      return rect;
    });
    const pct = bar.figures.percentComplete === null ? '' : `, ${bar.figures.percentComplete}%`;
    const overdue = bar.figures.overdue > 0 ? `, ${bar.figures.overdue} overdue` : '';
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + rowHeight / 2 + 4}" text-anchor="end">${e(bar.label)}</text>`,
      ...segments,
      `<text x="${(x + 6).toFixed(1)}" y="${y + rowHeight / 2 + 4}" class="${bar.figures.overdue > 0 ? 'overdue' : 'muted'}">${e(`${bar.figures.deliverables}${pct}${overdue}`)}</text>`,
    ].join('');
  });
  const legendY = height - 14;
  const legend = SCORECARD_STATUSES.map((s, i) => {
    const x = 10 + i * 104;
    return `<rect x="${x}" y="${legendY - 9}" width="10" height="10" fill="${STATUS_COLOURS[s]}"></rect><text x="${x + 14}" y="${legendY}" class="small">${e(s)}</text>`;
  }).join('');
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${e(v)}"`)
    .join('');
  return `<svg class="chart"${attrs} viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" role="img" aria-label="${e(title)}"><text x="10" y="18" class="chart-title">${e(title)}</text>${rows.join('')}${legend}</svg>`;
}

/** Monthly lines (cumulative completed assignments); a year label on each January. */
export function lineChart(
  title: string,
  months: readonly string[],
  series: readonly { name: string; values: readonly number[] }[],
  attributes: Record<string, string>,
): string {
  const width = 1100;
  const height = 280;
  const left = 44;
  const right = 120;
  const top = 30;
  const bottom = 34;
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${e(v)}"`)
    .join('');
  const open = `<svg class="chart wide"${attrs} viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${e(title)}"><text x="10" y="18" class="chart-title">${e(title)}</text>`;
  if (months.length === 0)
    return `${open}<text x="${left}" y="${height / 2}" class="muted">No progress reported by the as-of date.</text></svg>`;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const xOf = (i: number) => left + (months.length === 1 ? plotW / 2 : (i * plotW) / (months.length - 1));
  const yOf = (v: number) => top + plotH - (v * plotH) / max;
  const step = Math.max(1, Math.ceil(max / 5));
  const grid: string[] = [];
  for (let v = 0; v <= max; v += step)
    grid.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${yOf(v).toFixed(1)}" y2="${yOf(v).toFixed(1)}" class="grid"></line><text x="${left - 6}" y="${(yOf(v) + 4).toFixed(1)}" text-anchor="end" class="small">${v}</text>`,
    );
  const ticks = months
    .map((m, i) => ({ m, i }))
    .filter(({ m, i }) => m.endsWith('-01') || i === 0)
    .map(
      ({ m, i }) =>
        `<line x1="${xOf(i).toFixed(1)}" x2="${xOf(i).toFixed(1)}" y1="${top + plotH}" y2="${top + plotH + 4}" class="axis"></line><text x="${xOf(i).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle" class="small">${e(m.endsWith('-01') ? m.slice(0, 4) : m)}</text>`,
    );
  const lines = series.map((s, n) => {
    const colour = SERIES_COLOURS[n % SERIES_COLOURS.length]!;
    const points = s.values.map((v, i) => `${xOf(i).toFixed(1)},${yOf(v).toFixed(1)}`).join(' ');
    const last = s.values.at(-1) ?? 0;
    const ly = top + 12 + n * 18;
    return `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2"></polyline><rect x="${left + plotW + 14}" y="${ly - 9}" width="10" height="10" fill="${colour}"></rect><text x="${left + plotW + 28}" y="${ly}" class="small">${e(`${s.name}: ${last}`)}</text>`;
  });
  return `${open}${grid.join('')}<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" class="axis"></line>${ticks.join('')}${lines.join('')}</svg>`;
}

/** Horizontal bars of one amount per label (assistance in one currency: never mixed). */
export function amountChart(
  title: string,
  bars: readonly { label: string; value: number; text: string }[],
  attributes: Record<string, string>,
): string {
  const rowHeight = 24;
  const top = 30;
  const height = top + bars.length * rowHeight + 10;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${e(v)}"`)
    .join('');
  const rows = bars.map((b, i) => {
    const y = top + i * rowHeight;
    const w = (b.value / max) * BAR_AREA;
    return `<text x="${LABEL_WIDTH - 8}" y="${y + 16}" text-anchor="end">${e(b.label)}</text><rect x="${LABEL_WIDTH}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="#1c7ed6"></rect><text x="${(LABEL_WIDTH + w + 6).toFixed(1)}" y="${y + 16}" class="muted">${e(b.text)}</text>`;
  });
  return `<svg class="chart"${attrs} viewBox="0 0 ${CHART_WIDTH} ${height}" width="${CHART_WIDTH}" height="${height}" role="img" aria-label="${e(title)}"><text x="10" y="18" class="chart-title">${e(title)}</text>${rows.join('')}</svg>`;
}

const maxOf = (figures: readonly ProgressFigures[]) => Math.max(1, ...figures.map((f) => f.deliverables));

function stateScorecardCharts(r: StateScorecardReport): string[] {
  const pillars = [...new Set(r.lines.map((l) => l.pillar))];
  const bars = r.lines.map((l) => ({ label: `${l.frameworkId.slice(0, 20)} ${l.pillar}`, figures: l }));
  const byPillar = pillars.map((p) => ({
    label: `Pillar ${p}`,
    figures: sumOf(r.lines.filter((l) => l.pillar === p)),
  }));
  return [
    statusChart(
      `${r.state.name}: assignments by status and pillar`,
      [...byPillar, { label: 'All', figures: r.totals }],
      r.totals.deliverables,
      { 'data-chart': 'status', 'data-state': r.state.code },
    ),
    statusChart(`${r.state.name}: by framework and pillar`, bars, maxOf(r.lines), {
      'data-chart': 'status-detail',
      'data-state': r.state.code,
    }),
    lineChart(
      `${r.state.name}: completed assignments at month end`,
      r.progress.map((p) => p.month),
      [{ name: r.state.code, values: r.progress.map((p) => p.completed) }],
      { 'data-chart': 'progress' },
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
  };
}

function regionalCharts(r: RegionalOverviewReport): string[] {
  // One scale for all five charts, so bar lengths compare across States.
  const scale = maxOf(r.states.flatMap((s) => [s, ...s.byPillar]));
  const states = r.states.map((s) =>
    statusChart(
      `${s.stateName} (${s.stateCode})`,
      [
        ...s.byPillar.map((p) => ({ label: `Pillar ${p.pillar}`, figures: p })),
        { label: 'All pillars', figures: s },
      ],
      scale,
      { 'data-chart': 'status', 'data-state': s.stateCode },
    ),
  );
  return [
    ...states,
    lineChart(
      'Completed assignments at month end, per State',
      r.progress.map((p) => p.month),
      r.states.map((s) => ({
        name: s.stateCode,
        values: r.progress.map((p) => p.byState[s.stateCode] ?? 0),
      })),
      { 'data-chart': 'progress' },
    ),
  ];
}

function frameworkCharts(r: FrameworkProgressReport): string[] {
  const scale = maxOf(r.frameworks.flatMap((f) => f.pillars));
  return r.frameworks.map((f) =>
    statusChart(
      f.title.length > 70 ? `${f.title.slice(0, 67)}...` : f.title,
      f.pillars.map((p) => ({ label: `Pillar ${p.pillar} (${p.deliverablesDefined} def.)`, figures: p })),
      scale,
      { 'data-chart': 'status', 'data-framework': f.frameworkId },
    ),
  );
}

function assistanceCharts(r: AssistanceReport): string[] {
  return r.totals.map((total) =>
    amountChart(
      `Amounts in ${total.currency} by recipient State`,
      r.byRecipient
        .map((g) => ({ label: g.key, amount: g.totals.find((t) => t.currency === total.currency)?.amount }))
        .filter((b): b is { label: string; amount: string } => b.amount !== undefined)
        .map((b) => ({ label: b.label, value: Number(b.amount), text: `${b.amount} ${total.currency}` })),
      { 'data-chart': 'amount', 'data-currency': total.currency },
    ),
  );
}

function charts(report: Report): string[] {
  switch (report.report) {
    case 'state-scorecard':
      return stateScorecardCharts(report);
    case 'regional-overview':
      return regionalCharts(report);
    case 'framework-progress':
      return frameworkCharts(report);
    case 'assistance':
      return assistanceCharts(report);
  }
}

const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:24px;color:#212529;background:#fff;max-width:1140px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #dee2e6;padding-bottom:4px}
.meta{color:#495057;font-size:14px;margin:0 0 12px}.label{display:inline-block;background:#fff3bf;border:1px solid #f08c00;padding:2px 8px;border-radius:4px;font-weight:600;margin:4px 0 8px}
.notes{font-size:13px;color:#495057}.headline{font-size:15px;margin:6px 0}
.charts{display:flex;flex-wrap:wrap;gap:12px}.chart{border:1px solid #e9ecef;border-radius:6px;background:#fcfcfd;font-size:12px;max-width:100%;height:auto}
.chart text{fill:#212529}.chart .chart-title{font-weight:600;font-size:13px}.chart .small{font-size:11px;fill:#495057}.chart .muted{fill:#495057}.chart .overdue{fill:#c92a2a;font-weight:600}
.chart .grid{stroke:#e9ecef}.chart .axis{stroke:#868e96}
table{border-collapse:collapse;font-size:12px;margin:4px 0 8px;width:100%}th,td{border:1px solid #dee2e6;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f1f3f5}td.num{text-align:right;font-variant-numeric:tabular-nums}
footer{margin-top:24px;font-size:12px;color:#868e96}
`;

const isNumber = (cell: Cell) =>
  typeof cell === 'number' || (typeof cell === 'string' && /^-?\d+\.\d{2}$/.test(cell));

export function toHtml(report: Report): string {
  const tables = reportTables(report).map((t) => {
    const body =
      t.rows.length === 0
        ? '<p class="notes">None.</p>'
        : `<table><thead><tr>${t.columns.map((c) => `<th>${e(c)}</th>`).join('')}</tr></thead><tbody>${t.rows
            .map(
              (row) =>
                `<tr>${row.map((c) => `<td${isNumber(c) ? ' class="num"' : ''}>${e(c)}</td>`).join('')}</tr>`,
            )
            .join('')}</tbody></table>`;
    return `<h2>${e(t.title)}</h2>${body}`;
  });
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // Belt and braces: even an injected reference could not be fetched.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${report.title} - as of ${report.asOf}`)}</title>`,
    `<style>${CSS}</style></head><body>`,
    `<h1>${e(report.title)}</h1>`,
    report.label ? `<div class="label">${e(report.label)}</div>` : '',
    `<p class="meta">As of <strong>${e(report.asOf)}</strong> &middot; generated ${e(report.generatedAt)} &middot; read models at log position ${e(report.readModelPosition)}</p>`,
    ...headline(report).map((line) => `<p class="headline">${e(line)}</p>`),
    report.notes.length
      ? `<ul class="notes">${report.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>`
      : '',
    `<div class="charts">${charts(report).join('')}</div>`,
    ...tables,
    `<footer>Counter-terrorism commitments tracker &middot; ${e(report.report)} report &middot; schema version ${report.schemaVersion}. Produced from the read models only.</footer>`,
    '</body></html>',
    '',
  ].join('\n');
}
