import { CommandGateway, EVENT_STORE, type EventStore } from '@ct/application';
import { cliConfig, endProgress, progressLine, withApp } from '../cli-command';
import { importCatalogue } from '../import/import-catalogue';
import { readTable } from '../import/read-table';
import { principalFromToken } from '../token-principal';

/**
 * `import <file.csv|file.xlsx>`: a catalogue of frameworks, deliverables, assignments and progress
 * reports, one command per row (apps/cli/src/import, docs/templates/README.md). Prints the report as
 * JSON; exits 1 when a row has a problem (then nothing was written).
 */
export async function runCatalogueImport(file: string, values: Record<string, unknown>): Promise<number> {
  // The token is checked before the file is read or the store opened: a refused token costs nothing.
  const principal = principalFromToken(values, cliConfig(), 'import');
  const table = await readTable(file);
  const dryRun = values['dry-run'] === true;
  return withApp(async (app) => {
    const progress = progressLine(dryRun ? 'import --dry-run' : 'import');
    const report = await importCatalogue({
      table,
      principal,
      dryRun,
      gateway: app.get(CommandGateway),
      eventStore: app.get<EventStore>(EVENT_STORE),
      onProgress: (phase, done, total, rowsPerSecond) =>
        progress(`${phase} ${done}/${total} rows, ${rowsPerSecond} rows/s`),
    });
    endProgress();
    console.log(JSON.stringify({ command: 'import', file, actor: principal.id, ...report }, null, 2));
    if (report.problems.length > 0 || report.notChecked.length > 0)
      console.error(
        `import: ${report.problems.length} problem(s) in ${new Set(report.problems.map((p) => p.line)).size} row(s)${
          report.notChecked.length ? `, ${report.notChecked.length} row(s) depending on them` : ''
        }; nothing was written`,
      );
    return report.problems.length === 0 && report.notChecked.length === 0 && report.failed.length === 0
      ? 0
      : 1;
  });
}
