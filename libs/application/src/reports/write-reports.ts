import { CENTRAL_ASIAN_STATES } from '@ct/domain';
import { type Database } from '@ct/read-models';
import { type Kysely } from 'kysely';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type IatiReportingOrg } from './formats/iati';
import {
  generateAssistanceReport,
  generateFrameworkProgress,
  generateRegionalOverview,
  generateStateScorecard,
} from './generate-reports';
import { REPORT_FORMATS, type ReportFormat, renderReport } from './render';
import { type Report } from './report-model';
import { type ReportLanguage } from './labels';
import { type Basis } from '../as-of/as-of.service';

export interface WriteReportsOptions {
  outDir: string;
  /** YYYY-MM-DD, written into every file. */
  asOf: string;
  /**
   * Record time, when `db` is a scratch store replayed from the log recorded up to it (`npm run
   * report -- --known-at`): written into every file beside `asOf`. Absent: the live read models (now).
   */
  knownAt?: string;
  /** Which progress reports count (default `reported`). */
  basis?: Basis;
  /** Default: every format. */
  formats?: readonly ReportFormat[];
  /**
   * Only this State's products (its scorecard, the assistance it received). Without it: a scorecard
   * for each of the five Central Asian States, the regional overview, framework progress, assistance.
   */
  stateCode?: string;
  label?: string;
  /** Labels, State names and framework titles in English (default) or Russian. */
  lang?: ReportLanguage;
  reportingOrg?: IatiReportingOrg;
  generatedAt?: Date;
  /** Called before each report is generated, e.g. for a progress line. */
  onProgress?: (done: number, total: number, report: string) => void;
}

export interface WrittenFile {
  path: string;
  report: string;
  format: ReportFormat;
  bytes: number;
}

/**
 * A report of the log as known at a past record time says so in its JSON and in its notes, which
 * every format prints under the title, next to the business date it is as of.
 */
function withKnownAt(report: Report, options: WriteReportsOptions): Report {
  if (options.knownAt === undefined) return report;
  const note = `As known at ${options.knownAt} (record time): only the events recorded by then, replayed; statuses as of ${options.asOf} (business date), basis ${options.basis ?? 'reported'}.`;
  const stamped = { ...report, knownAt: options.knownAt, notes: [note, ...report.notes] };
  return stamped;
}

/** Reads the read models, writes each report in each format into `outDir`, returns what it wrote. */
export async function writeReports(
  db: Kysely<Database>,
  options: WriteReportsOptions,
): Promise<WrittenFile[]> {
  const formats = options.formats ?? REPORT_FORMATS;
  const common = {
    asOf: options.asOf,
    ...(options.basis !== undefined ? { basis: options.basis } : {}),
    label: options.label,
    generatedAt: options.generatedAt ?? new Date(),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
  };
  const jobs: { name: string; make: () => Promise<Report> }[] = options.stateCode
    ? [
        {
          name: `state-scorecard ${options.stateCode}`,
          make: () => generateStateScorecard(db, options.stateCode!, common),
        },
        {
          name: `assistance ${options.stateCode}`,
          make: () =>
            generateAssistanceReport(db, { ...common, filters: { recipientState: options.stateCode } }),
        },
      ]
    : [
        ...CENTRAL_ASIAN_STATES.map(({ code }) => ({
          name: `state-scorecard ${code}`,
          make: () => generateStateScorecard(db, code, common),
        })),
        { name: 'regional-overview', make: () => generateRegionalOverview(db, common) },
        { name: 'framework-progress', make: () => generateFrameworkProgress(db, common) },
        { name: 'assistance', make: () => generateAssistanceReport(db, common) },
      ];
  await mkdir(options.outDir, { recursive: true });
  const written: WrittenFile[] = [];
  for (const [i, job] of jobs.entries()) {
    options.onProgress?.(i, jobs.length, job.name);
    const report = withKnownAt(await job.make(), options);
    for (const format of formats)
      for (const file of renderReport(report, format, { reportingOrg: options.reportingOrg })) {
        const path = join(options.outDir, file.name);
        // Write then rename: a reader (or a scheduled run overlapping a copy) never sees half a file.
        const temporary = `${path}.${process.pid}.tmp`;
        await writeFile(temporary, file.content, 'utf8');
        await rename(temporary, path);
        written.push({ path, report: report.report, format, bytes: Buffer.byteLength(file.content) });
      }
  }
  options.onProgress?.(jobs.length, jobs.length, 'done');
  return written;
}
