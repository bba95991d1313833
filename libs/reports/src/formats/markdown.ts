import { SCORECARD_STATUSES } from '@ct/read-models';
import { type Money, type ProgressFigures, type Report } from '../report-model';
import { labelsFor, russianHeadline, russianMoney } from '../labels';
import { type Cell, columnHeading, groupThousands, readableTables } from './tables';

/**
 * Text from events (titles, notes, providers, descriptions) is data, never Markdown: `<` and `>`
 * become entities, so no renderer sees raw HTML (`<script>`, `<img onerror>`, autolinks); the
 * characters that open code spans, emphasis, links and images, and the pipe that would end a table
 * cell, are backslash-escaped (CommonMark lets any ASCII punctuation be escaped); line breaks and
 * other control characters become spaces, so a value can neither end a table row nor start a new
 * block; a leading heading, quote or list marker is escaped for the same reason.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are what this removes
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/[\\`*_~[\]|&!]/g, (c) => `\\${c}`)
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/^(\s*)([#+=-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  );
}

const mdCell = (cell: Cell): string =>
  cell === null ? '' : escapeMarkdown(typeof cell === 'number' ? groupThousands(cell) : cell);

export const moneyText = (totals: readonly Money[]): string =>
  totals.length === 0
    ? 'no amounts recorded'
    : totals.map((t) => `${groupThousands(t.amount)} ${t.currency}`).join(', ');

export const figuresText = (f: ProgressFigures): string =>
  [
    `${f.deliverables} deliverable assignment(s)`,
    SCORECARD_STATUSES.map((s) => `${s} ${f.byStatus[s]}`).join(', '),
    `average ${f.percentComplete ?? '-'}% complete`,
    `${f.overdue} overdue`,
  ].join('; ');

/** Key figures shown above the tables, in words. */
export function headline(report: Report): string[] {
  switch (report.report) {
    case 'state-scorecard':
      return [
        `Totals: ${figuresText(report.totals)}.`,
        `Assistance received: ${report.assistance.count} record(s); ${moneyText(report.assistance.totals)}; providers: ${report.assistance.providers.join(', ') || 'none'}.`,
      ];
    case 'regional-overview':
      return [
        `Five Central Asian States: ${figuresText(report.totals)}.`,
        `Assistance: ${report.totals.assistance.count} record(s); ${moneyText(report.totals.assistance.totals)}.`,
      ];
    case 'framework-progress':
      return report.frameworks.map(
        (f) =>
          `${f.title} (${f.frameworkId}, adopted ${f.adoptedOn}): ${f.totals.deliverablesDefined} deliverable(s) defined; ${figuresText(f.totals)}.`,
      );
    case 'assistance':
      return [`${report.count} record(s); ${moneyText(report.totals)}.`];
  }
}

export function toMarkdown(report: Report): string {
  // The page's own words in the report's language (labels.ts); data text is never translated.
  const L = labelsFor(report.lang);
  const out = [`# ${escapeMarkdown(report.title)}`, ''];
  if (report.label) out.push(`> ${mdCell(report.label)}`, '');
  out.push(
    `${L.asOf} **${report.asOf}** - ${L.basis(report.basis)} - ${L.generated} ${report.generatedAt} - ${L.readModelsAt} ${report.readModelPosition}`,
    '',
  );
  const notes = report.notes;
  for (const note of notes) out.push(`- ${mdCell(note)}`);
  if (notes.length > 0) out.push('');
  const headlines =
    report.lang === 'ru'
      ? russianHeadline(report, groupThousands, russianMoney(groupThousands))
      : headline(report);
  for (const line of headlines) out.push(mdCell(line), '');
  for (const table of readableTables(report)) {
    out.push(`## ${escapeMarkdown(L.tableTitle(report, table.name, table.title))}`, '');
    if (table.rows.length === 0) {
      out.push(report.lang === 'en' ? '_none_' : `_${escapeMarkdown(L.none)}_`, '');
      continue;
    }
    if (table.note) out.push(`_${escapeMarkdown(table.note)}_`, '');
    const headings = table.columns.map((c) => escapeMarkdown(L.column(c, columnHeading(c))));
    out.push(`| ${headings.join(' | ')} |`, `|${table.columns.map(() => ' --- ').join('|')}|`);
    // Statuses are codes in the data (and in CSV); a reader gets them in the report's language.
    const status = table.columns.indexOf('status');
    for (const row of table.rows)
      out.push(
        `| ${row.map((c, i) => mdCell(i === status && typeof c === 'string' ? L.status(c) : c)).join(' | ')} |`,
      );
    out.push('');
  }
  return out.join('\n');
}
