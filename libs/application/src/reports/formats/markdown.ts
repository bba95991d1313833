import { SCORECARD_STATUSES } from '@ct/read-models';
import { type Money, type ProgressFigures, type Report } from '../report-model';
import { type Cell, reportTables } from './tables';

/** Pipes would end a cell and newlines a row: both are escaped, the rest of the text stays as given. */
const mdCell = (cell: Cell): string =>
  cell === null ? '' : String(cell).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export const moneyText = (totals: readonly Money[]): string =>
  totals.length === 0 ? 'no amounts recorded' : totals.map((t) => `${t.amount} ${t.currency}`).join(', ');

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
  const out = [`# ${report.title}`, ''];
  if (report.label) out.push(`> ${mdCell(report.label)}`, '');
  out.push(
    `As of **${report.asOf}** - generated ${report.generatedAt} - read models at log position ${report.readModelPosition}`,
    '',
  );
  for (const note of report.notes) out.push(`- ${mdCell(note)}`);
  if (report.notes.length > 0) out.push('');
  for (const line of headline(report)) out.push(mdCell(line), '');
  for (const table of reportTables(report)) {
    out.push(`## ${table.title}`, '');
    if (table.rows.length === 0) {
      out.push('_none_', '');
      continue;
    }
    out.push(`| ${table.columns.join(' | ')} |`, `|${table.columns.map(() => ' --- ').join('|')}|`);
    for (const row of table.rows) out.push(`| ${row.map(mdCell).join(' | ')} |`);
    out.push('');
  }
  return out.join('\n');
}
