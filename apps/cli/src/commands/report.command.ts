import {
  BASES,
  type Basis,
  type Cutoff,
  DEFAULT_IATI_REPORTING_ORG,
  REPORT_FORMATS,
  REPORT_LANGUAGES,
  type ReportFormat,
  type ReportLanguage,
  ReportWriter,
  utcDay,
} from '@ct/application';
import { isIsoDate, isStateCode } from '@ct/domain';
import { type CliCommand, endProgress, progressLine, withApp } from '../cli-command';

function parseFormats(text: string | undefined): ReportFormat[] {
  if (!text) return [...REPORT_FORMATS];
  const formats = text.split(',').map((f) => f.trim());
  const unknown = formats.filter((f) => !(REPORT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0)
    throw new Error(`unknown format(s): ${unknown.join(', ')} (known: ${REPORT_FORMATS.join(', ')})`);
  return formats as ReportFormat[];
}

/** Record time: a day (its end, UTC) or an instant with its zone. */
function knownAtOf(text: string | undefined): Exclude<Cutoff, { position: bigint }> | undefined {
  if (text === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isIsoDate(text)) return { date: text };
  if (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(text) &&
    !Number.isNaN(Date.parse(text))
  )
    return { instant: text };
  throw new Error(
    `--known-at must be a day (YYYY-MM-DD, its end in UTC) or an instant with its zone (e.g. 2024-06-01T12:00:00Z), got ${JSON.stringify(text)}`,
  );
}

function langOf(text: string | undefined): ReportLanguage | undefined {
  if (text === undefined) return undefined;
  if (!(REPORT_LANGUAGES as readonly string[]).includes(text))
    throw new Error(`--lang must be one of ${REPORT_LANGUAGES.join(', ')}, got ${JSON.stringify(text)}`);
  return text as ReportLanguage;
}

function basisOf(text: string | undefined): Basis | undefined {
  if (text === undefined) return undefined;
  if (!(BASES as readonly string[]).includes(text))
    throw new Error(`--basis must be one of ${BASES.join(', ')}, got ${JSON.stringify(text)}`);
  return text as Basis;
}

/** What every run of the reports is given, live or replayed. */
function reportOptions(
  values: Record<string, unknown>,
  outDir: string,
  asOf: string,
  formats: ReportFormat[],
  stateCode: string | undefined,
) {
  return {
    outDir,
    asOf,
    formats,
    stateCode,
    label: values.label as string | undefined,
    // Checked before the run starts (langOf in run): a bad value never reaches here.
    lang: langOf(values.lang as string | undefined),
    reportingOrg: {
      ref: (values['iati-org-ref'] as string | undefined) ?? DEFAULT_IATI_REPORTING_ORG.ref,
      name: (values['iati-org-name'] as string | undefined) ?? DEFAULT_IATI_REPORTING_ORG.name,
      type: (values['iati-org-type'] as string | undefined) ?? DEFAULT_IATI_REPORTING_ORG.type,
    },
  };
}

export const reportCommand: CliCommand = {
  name: 'report',
  synopsis:
    'report --out <dir> [--as-of YYYY-MM-DD] [--known-at YYYY-MM-DD|<instant>] [--basis reported|validated] [--format json,csv,md,html,iati] [--state TJ] [--label <text>] [--lang en|ru] [--iati-org-ref <ref> --iati-org-name <name> --iati-org-type <code>]',
  summary:
    'write the reports (State scorecards, regional overview, framework progress, assistance; IATI XML) into a directory. --as-of is the business date (statuses valid then, overdue judged then); --known-at the record time: without it the live read models answer (now), with it the log recorded up to that instant (or the end of that day, UTC) is replayed first, and --as-of defaults to its day. --as-of otherwise defaults to today (UTC). Both, and the basis, are written into every file',
  options: {
    out: { type: 'string' },
    'as-of': { type: 'string' },
    'known-at': { type: 'string' },
    basis: { type: 'string' },
    format: { type: 'string' },
    state: { type: 'string' },
    label: { type: 'string' },
    lang: { type: 'string' },
    'iati-org-ref': { type: 'string' },
    'iati-org-name': { type: 'string' },
    'iati-org-type': { type: 'string' },
  },
  run: async ({ values }) => {
    const outDir = values.out as string | undefined;
    if (!outDir) throw new Error('report needs --out <dir>');
    const knownAt = knownAtOf(values['known-at'] as string | undefined);
    const basis = basisOf(values.basis as string | undefined);
    // The contract's default: the day of knownAt when one is given, else today.
    const asOf =
      (values['as-of'] as string | undefined) ??
      (knownAt === undefined
        ? utcDay(new Date())
        : 'date' in knownAt
          ? knownAt.date
          : utcDay(new Date(knownAt.instant)));
    if (!isIsoDate(asOf))
      throw new Error(`--as-of must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(asOf)}`);
    const stateCode = values.state as string | undefined;
    if (stateCode !== undefined && !isStateCode(stateCode))
      throw new Error(`--state must be an ISO 3166-1 alpha-2 code (e.g. TJ), got '${stateCode}'`);
    const formats = parseFormats(values.format as string | undefined);
    langOf(values.lang as string | undefined);
    // Said every time, not only when defaulted: the dates decide what counts and what is overdue.
    process.stderr.write(
      `report: as of ${asOf}${values['as-of'] ? '' : knownAt ? ' (the day of --known-at)' : ' (today, UTC)'}, known at ${knownAt ? ('date' in knownAt ? `${knownAt.date} (end of day, UTC)` : knownAt.instant) : 'now (the live read models)'}, basis ${basis ?? 'reported'}\n`,
    );
    return withApp(async (app) => {
      // Every report is read through the QueryBus (GenerateReportsQuery): from the live read
      // models, or, for a past record time, from the log recorded by then replayed once for all.
      const replayProgress = progressLine('replay');
      const reportProgress = progressLine('report');
      const { files, run, checkpoint } = await app.get(ReportWriter).write({
        ...reportOptions(values, outDir, asOf, formats, stateCode),
        ...(basis ? { basis } : {}),
        ...(knownAt !== undefined
          ? { knownAt, onReplay: (n: number) => replayProgress(`${n} events`) }
          : {
              onProgress: (done: number, total: number, name: string) =>
                reportProgress(`${done}/${total} ${name}`),
            }),
      });
      endProgress();
      // Reports read the read models only; the log's head is asked just to warn about stale ones.
      if (run.replay === null && BigInt(checkpoint) < BigInt(run.logHead))
        process.stderr.write(
          `report: warning: read models are at log position ${checkpoint}, the event log at ${run.logHead}; run the projector (or \`npm run cli -- rebuild\`) for current figures\n`,
        );
      console.log(
        JSON.stringify(
          run.replay
            ? {
                command: 'report',
                asOf,
                knownAt: run.replay.knownAt,
                basis: basis ?? 'reported',
                eventsReplayed: run.replay.eventsReplayed,
                outDir,
                readModelPosition: run.replay.lastPosition,
                formats,
                files,
              }
            : {
                command: 'report',
                asOf,
                knownAt: 'now',
                basis: basis ?? 'reported',
                outDir,
                readModelPosition: checkpoint,
                formats,
                files,
              },
          null,
          2,
        ),
      );
      return 0;
    });
  },
};
