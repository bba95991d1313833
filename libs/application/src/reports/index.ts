export * from './report-model';
export * from './generate-reports';
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
