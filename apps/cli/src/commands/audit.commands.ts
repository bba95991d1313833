import { ImportRejectedError, VerifyHashChainsQuery, exportLog, importLog } from '@ct/application';
import { QueryBus } from '@nestjs/cqrs';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { type CliCommand, endProgress, progressLine, withEventLog, withEventStore } from '../cli-command';
import { isTableFile } from '../import/read-table';
import { TOKEN_OPTIONS } from '../token-principal';
import { runCatalogueImport } from './catalogue-import';

export const verifyCommand: CliCommand = {
  name: 'verify',
  synopsis: 'verify [--anchor <hex>]',
  summary:
    'walk every hash chain of the event log; exits 1 and names the first broken link per stream when history was altered. Prints an anchor digest: keep it outside the system and pass it back with --anchor to detect events removed from the end of a stream',
  options: { anchor: { type: 'string' } },
  run: ({ values }) =>
    withEventLog(async (app) => {
      const progress = progressLine('verify');
      const { result: report } = await app
        .get(QueryBus)
        .execute(new VerifyHashChainsQuery((events) => progress(`${events} events`)));
      endProgress();
      const expectedAnchor = values.anchor as string | undefined;
      const anchorMatches = expectedAnchor === undefined ? undefined : expectedAnchor === report.anchor;
      console.log(
        JSON.stringify({ ...report, ...(anchorMatches === undefined ? {} : { anchorMatches }) }, null, 2),
      );
      return report.ok && anchorMatches !== false ? 0 : 1;
    }),
};

export const exportCommand: CliCommand = {
  name: 'export',
  synopsis: 'export [--out <file.jsonl>]',
  summary:
    'write the whole event log as stored (metadata and hash chain included) as JSON Lines, to a file or stdout',
  options: { out: { type: 'string' } },
  run: ({ values }) =>
    withEventStore(async (store) => {
      const file = values.out as string | undefined;
      const out = file ? createWriteStream(file) : process.stdout;
      const progress = progressLine('export');
      const { events } = await exportLog(
        store,
        async (line) => {
          if (!out.write(line)) await once(out, 'drain');
        },
        (n) => progress(`${n} events`),
      );
      endProgress();
      if (file) {
        out.end();
        await once(out, 'finish');
        console.error(`exported ${events} events to ${file}`);
      } else {
        // main() exits the process when the command returns: what a pipe has not taken yet would be
        // lost. Write callbacks run in order, so this one runs once everything before it is out.
        await new Promise<void>((resolve, reject) =>
          process.stdout.write('', (error) => (error ? reject(error) : resolve())),
        );
      }
      return 0;
    }),
};

export const importCommand: CliCommand = {
  name: 'import',
  synopsis:
    'import <file.jsonl> | import <file.csv|file.xlsx> [--dry-run] (--token <jwt> | --token-file <file>)',
  arguments: '<file>',
  summary:
    "by the file: a .jsonl exported log goes into an EMPTY event store (either adapter), after checking every hash chain in the file, then rebuild the read models; a .csv or .xlsx catalogue (frameworks, deliverables, assignments, progress reports; docs/templates) is validated like API requests and recorded as the token's principal, all rows or none; --dry-run lists every bad row and writes nothing; safe to run twice",
  options: { 'dry-run': { type: 'boolean' }, ...TOKEN_OPTIONS },
  run: ({ positionals, values }) => {
    const file = positionals[0];
    if (!file) throw new Error('import needs a file: npm run cli -- import <file.jsonl|file.csv|file.xlsx>');
    if (isTableFile(file)) return runCatalogueImport(file, values);
    if (values['dry-run'] !== undefined || values.token !== undefined || values['token-file'] !== undefined)
      throw new Error(
        '--dry-run and tokens apply to catalogues (.csv, .xlsx); an exported log (.jsonl) is restored as stored',
      );
    return withEventStore(async (store) => {
      const lines = () => createInterface({ input: createReadStream(file), crlfDelay: Infinity });
      const progress = progressLine('import');
      try {
        const result = await importLog(store, lines, (phase, n) => progress(`${phase} ${n} events`));
        endProgress();
        console.log(JSON.stringify({ imported: result.events, streams: result.streams }, null, 2));
        return 0;
      } catch (error) {
        endProgress();
        if (error instanceof ImportRejectedError) {
          console.error(`import refused: ${error.message}`);
          return 1;
        }
        throw error;
      }
    });
  },
};
