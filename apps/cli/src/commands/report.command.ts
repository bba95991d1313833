import {
  DEFAULT_IATI_REPORTING_ORG,
  READ_STORE,
  REPORT_FORMATS,
  type ReportFormat,
  utcDay,
  writeReports,
} from '@ct/application';
import { isIsoDate, isStateCode } from '@ct/domain';
import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { NO_POSITION, type ReadStore, readLowestCheckpoint } from '@ct/read-models';
import { type CliCommand, endProgress, progressLine, withApp } from '../cli-command';

function parseFormats(text: string | undefined): ReportFormat[] {
  if (!text) return [...REPORT_FORMATS];
  const formats = text.split(',').map((f) => f.trim());
  const unknown = formats.filter((f) => !(REPORT_FORMATS as readonly string[]).includes(f));
  if (unknown.length > 0)
    throw new Error(`unknown format(s): ${unknown.join(', ')} (known: ${REPORT_FORMATS.join(', ')})`);
  return formats as ReportFormat[];
}

export const reportCommand: CliCommand = {
  name: 'report',
  synopsis:
    'report --out <dir> [--as-of YYYY-MM-DD] [--format json,csv,md,html,iati] [--state TJ] [--label <text>] [--iati-org-ref <ref> --iati-org-name <name> --iati-org-type <code>]',
  summary:
    'write the reports (State scorecards, regional overview, framework progress, assistance; IATI XML) from the read models into a directory; --as-of defaults to today (UTC) and is written into every file',
  options: {
    out: { type: 'string' },
    'as-of': { type: 'string' },
    format: { type: 'string' },
    state: { type: 'string' },
    label: { type: 'string' },
    'iati-org-ref': { type: 'string' },
    'iati-org-name': { type: 'string' },
    'iati-org-type': { type: 'string' },
  },
  run: async ({ values }) => {
    const outDir = values.out as string | undefined;
    if (!outDir) throw new Error('report needs --out <dir>');
    const asOf = (values['as-of'] as string | undefined) ?? utcDay(new Date());
    if (!isIsoDate(asOf))
      throw new Error(`--as-of must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(asOf)}`);
    const stateCode = values.state as string | undefined;
    if (stateCode !== undefined && !isStateCode(stateCode))
      throw new Error(`--state must be an ISO 3166-1 alpha-2 code (e.g. TJ), got '${stateCode}'`);
    const formats = parseFormats(values.format as string | undefined);
    // Said every time, not only when defaulted: the date decides what counts as overdue.
    process.stderr.write(`report: as of ${asOf}${values['as-of'] ? '' : ' (today, UTC)'}\n`);
    return withApp(async (app) => {
      const store = app.get<ReadStore>(READ_STORE);
      const readPosition = await readLowestCheckpoint(store.db);
      const head = (await app.get<EventStore>(EVENT_STORE).headPosition()) ?? NO_POSITION;
      // Reports read the read models only; the log's head is asked just to warn about stale ones.
      if (readPosition < head)
        process.stderr.write(
          `report: warning: read models are at log position ${readPosition}, the event log at ${head}; run the projector (or \`npm run cli -- rebuild\`) for current figures\n`,
        );
      const progress = progressLine('report');
      const files = await writeReports(store.db, {
        outDir,
        asOf,
        formats,
        stateCode,
        label: values.label as string | undefined,
        reportingOrg: {
          ref: (values['iati-org-ref'] as string | undefined) ?? DEFAULT_IATI_REPORTING_ORG.ref,
          name: (values['iati-org-name'] as string | undefined) ?? DEFAULT_IATI_REPORTING_ORG.name,
          type: (values['iati-org-type'] as string | undefined) ?? DEFAULT_IATI_REPORTING_ORG.type,
        },
        onProgress: (done, total, name) => progress(`${done}/${total} ${name}`),
      });
      endProgress();
      console.log(
        JSON.stringify(
          { command: 'report', asOf, outDir, readModelPosition: readPosition.toString(), formats, files },
          null,
          2,
        ),
      );
      return 0;
    });
  },
};
