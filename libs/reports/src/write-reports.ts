import { CENTRAL_ASIAN_STATES } from '@ct/domain';
import { type Basis, type Database } from '@ct/read-models';
import { type Kysely } from 'kysely';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type IatiReportingOrg } from './formats/iati';
import { type ReportRequest, generateReport } from './generate-report';
import { type ReportLanguage } from './labels';
import { REPORT_FORMATS, type ReportFormat, renderReport } from './render';
import { type Report } from './report-model';

/** Which reports a run writes, and what each is asked with. */
export interface ReportSetOptions {
  /** YYYY-MM-DD, written into every file. */
  asOf: string;
  /** Which progress reports count (default `reported`). */
  basis?: Basis;
  /**
   * Only this State's products (its scorecard, the assistance it received). Without it: a scorecard
   * for each of the five Central Asian States, the regional overview, framework progress, assistance.
   */
  stateCode?: string;
  label?: string;
  /** Labels, State names and framework titles in English (default) or Russian. */
  lang?: ReportLanguage;
  generatedAt?: Date;
}

/** How the generated reports are written. */
export interface ReportFileOptions {
  outDir: string;
  /** YYYY-MM-DD: the business date, said in the knownAt note. */
  asOf: string;
  /** Which progress reports count (default `reported`), said in the knownAt note. */
  basis?: Basis;
  /**
   * Record time, when the reports were generated from a scratch store replayed from the log
   * recorded up to it (`npm run report -- --known-at`): written into every file beside `asOf`.
   * Absent: the live read models (now).
   */
  knownAt?: string;
  /** Default: every format. */
  formats?: readonly ReportFormat[];
  reportingOrg?: IatiReportingOrg;
}

export interface WriteReportsOptions extends ReportSetOptions, ReportFileOptions {
  /** Called before each report is generated, e.g. for a progress line. */
  onProgress?: (done: number, total: number, report: string) => void;
}

export interface WrittenFile {
  path: string;
  report: string;
  format: ReportFormat;
  bytes: number;
}

/** One report of a run, with the name its progress line shows. */
export interface ReportJob {
  name: string;
  request: ReportRequest;
}

/** The reports of one run. */
export function reportSet(options: ReportSetOptions): ReportJob[] {
  const common = {
    asOf: options.asOf,
    ...(options.basis !== undefined ? { basis: options.basis } : {}),
    label: options.label,
    generatedAt: options.generatedAt ?? new Date(),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
  };
  const { stateCode } = options;
  return stateCode
    ? [
        {
          name: `state-scorecard ${stateCode}`,
          request: { kind: 'state-scorecard', params: { ...common, stateCode } },
        },
        {
          name: `assistance ${stateCode}`,
          request: { kind: 'assistance', params: { ...common, filters: { recipientState: stateCode } } },
        },
      ]
    : [
        ...CENTRAL_ASIAN_STATES.map(({ code }): ReportJob => ({
          name: `state-scorecard ${code}`,
          request: { kind: 'state-scorecard', params: { ...common, stateCode: code } },
        })),
        { name: 'regional-overview', request: { kind: 'regional-overview', params: common } },
        { name: 'framework-progress', request: { kind: 'framework-progress', params: common } },
        { name: 'assistance', request: { kind: 'assistance', params: common } },
      ];
}

/**
 * A report of the log as known at a past record time says so in its JSON and in its notes, which
 * every format prints under the title, next to the business date it is as of.
 */
function withKnownAt(report: Report, options: ReportFileOptions): Report {
  if (options.knownAt === undefined) return report;
  const note = `As known at ${options.knownAt} (record time): only the events recorded by then, replayed; statuses as of ${options.asOf} (business date), basis ${options.basis ?? 'reported'}.`;
  const stamped = { ...report, knownAt: options.knownAt, notes: [note, ...report.notes] };
  return stamped;
}

/** Writes each report in each format into `outDir`, returns what it wrote. */
export async function writeReportFiles(
  reports: readonly Report[],
  options: ReportFileOptions,
): Promise<WrittenFile[]> {
  const formats = options.formats ?? REPORT_FORMATS;
  await mkdir(options.outDir, { recursive: true });
  const written: WrittenFile[] = [];
  for (const generated of reports) {
    const report = withKnownAt(generated, options);
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
  return written;
}

/**
 * Generates a run's reports from one read store and writes them (`db` is the live read models, or
 * a scratch store replayed up to `knownAt`). The application does the same through the QueryBus.
 */
export async function writeReports(
  db: Kysely<Database>,
  options: WriteReportsOptions,
): Promise<WrittenFile[]> {
  const reports = await generateReports(db, reportSet(options), options.onProgress);
  return writeReportFiles(reports, options);
}

/** Generates the reports of a run one after the other from one read store. */
export async function generateReports(
  db: Kysely<Database>,
  jobs: readonly ReportJob[],
  onProgress?: (done: number, total: number, report: string) => void,
): Promise<Report[]> {
  const reports: Report[] = [];
  for (const [i, job] of jobs.entries()) {
    onProgress?.(i, jobs.length, job.name);
    reports.push(await generateReport(db, job.request));
  }
  onProgress?.(jobs.length, jobs.length, 'done');
  return reports;
}
