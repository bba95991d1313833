/**
 * The reports (issue #16): typed data generated from the read models only, one file per report,
 * rendered as JSON, CSV, Markdown, HTML and IATI XML, and written to files (CLI, schedule). Depends
 * on @ct/read-models and @ct/domain; the application runs them as queries on its QueryBus.
 */
export * from './report-model';
export * from './report-options';
export { sumFigures, stateName, pillarName } from './figures';
export * from './state-scorecard.report';
export * from './regional-overview.report';
export * from './framework-progress.report';
export * from './assistance.report';
export * from './generate-report';
export * from './render';
export * from './write-reports';
export * from './schedule';
export { type Cell, type ReportTable, reportTables, REPORT_TABLE_NAMES } from './formats/tables';
export { toCsv, parseCsv, csvField } from './formats/csv';
export { toMarkdown } from './formats/markdown';
export { toHtml, escapeHtml } from './formats/html';
export {
  REPORT_LANGUAGES,
  type ReportLanguage,
  type ReportLabels,
  LABELS,
  STATE_NAMES_RU,
  labelsFor,
  stateNameIn,
} from './labels';
export { inReportLanguage } from './localize';
export {
  toIatiXml,
  iatiIdentifier,
  type IatiReportingOrg,
  DEFAULT_IATI_REPORTING_ORG,
  PILLAR_VOCABULARY_URI,
} from './formats/iati';
