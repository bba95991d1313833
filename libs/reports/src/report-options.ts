import { type Basis } from '@ct/read-models';
import { type ReportLanguage } from './labels';

/** What every report is asked with, whichever report it is. */
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
