import { toCsv } from './formats/csv';
import { toHtml } from './formats/html';
import { DEFAULT_IATI_REPORTING_ORG, type IatiReportingOrg, toIatiXml } from './formats/iati';
import { toMarkdown } from './formats/markdown';
import { reportTables } from './formats/tables';
import { type Report } from './report-model';

export const REPORT_FORMATS = ['json', 'csv', 'md', 'html', 'iati'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  iati: 'application/xml; charset=utf-8',
};

export interface RenderedFile {
  /** File name: report, scope and as-of date (`state-scorecard_TJ_2026-11-28.html`). */
  name: string;
  format: ReportFormat;
  contentType: string;
  content: string;
}

/** What the report covers, for the file name: the State, the framework or the assistance filter. */
export function reportScope(report: Report): string | null {
  switch (report.report) {
    case 'state-scorecard':
      return report.state.code;
    case 'regional-overview':
      return null;
    case 'framework-progress':
      return report.frameworkId;
    case 'assistance': {
      const f = report.filters;
      const parts = [f.recipientState, f.pillar, f.kind, f.provider?.replace(/[^A-Za-z0-9]+/g, '-')];
      return parts.filter((p) => p).join('-') || null;
    }
  }
}

export function fileStem(report: Report, table = ''): string {
  const scope = reportScope(report);
  return [`${report.report}${table ? `-${table}` : ''}`, ...(scope ? [scope] : []), report.asOf].join('_');
}

/** The JSON format: the report data as is (schema in ./schemas), with a trailing newline. */
export const toJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;

/**
 * One report in one format: CSV gives one file per table (main table first), the others one file.
 * IATI XML exists for the assistance report only: [] for the others.
 */
export function renderReport(
  report: Report,
  format: ReportFormat,
  options: { reportingOrg?: IatiReportingOrg } = {},
): RenderedFile[] {
  const file = (name: string, content: string): RenderedFile => ({
    name,
    format,
    contentType: CONTENT_TYPES[format],
    content,
  });
  switch (format) {
    case 'json':
      return [file(`${fileStem(report)}.json`, toJson(report))];
    case 'csv':
      return reportTables(report).map((t) => file(`${fileStem(report, t.name)}.csv`, toCsv(t, report.asOf)));
    case 'md':
      return [file(`${fileStem(report)}.md`, toMarkdown(report))];
    case 'html':
      return [file(`${fileStem(report)}.html`, toHtml(report))];
    case 'iati':
      return report.report === 'assistance'
        ? [
            file(
              `${fileStem(report)}.iati.xml`,
              toIatiXml(report, options.reportingOrg ?? DEFAULT_IATI_REPORTING_ORG),
            ),
          ]
        : [];
  }
}
