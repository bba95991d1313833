import { CommandGateway, type CommandRecord, type Principal, parseCommandRecords } from '@ct/application';
import { checkCommandFile } from '../import/command-file';
import { readFileSync } from 'node:fs';
import { type CliCommand, cliConfig, endProgress, progressLine, withApp } from '../cli-command';
import { type LoadActor, loadCommands } from '../load-commands';
import { TOKEN_OPTIONS, principalFromToken } from '../token-principal';
import demoScenario from '../seed/demo-scenario.json';

async function record(name: string, records: CommandRecord[], who: LoadActor): Promise<number> {
  return withApp(async (app) => {
    const progress = progressLine(name);
    const report = await loadCommands(app.get(CommandGateway), records, who, (done, total) =>
      progress(`${done}/${total} commands`),
    );
    endProgress();
    console.log(JSON.stringify({ command: name, total: records.length, ...report }, null, 2));
    return report.failed.length === 0 ? 0 : 1;
  });
}

/**
 * Every command of the file is checked as its API route would check the request (DTOs, path
 * parameters) before any is sent: one bad field anywhere, and nothing is recorded; the report names
 * every bad field with its line.
 */
async function loadFile(file: string, principal: Principal): Promise<number> {
  const { records, problems } = await checkCommandFile(readFileSync(file, 'utf8'), principal.id);
  if (problems.length === 0) return record('load', records, { principal });
  console.log(JSON.stringify({ command: 'load', file, problems, written: false }, null, 2));
  console.error(
    `load: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.entry)).size} command(s); nothing was written`,
  );
  return 1;
}

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  synopsis: 'seed-demo',
  summary:
    'record the demo scenario (Dushanbe Declaration 2019, JPoA, Dushanbe process, a demo deliverable catalogue, progress and assistance); safe to run twice',
  options: { actor: { type: 'string' } },
  run: ({ values }) =>
    record(
      'seed-demo',
      parseCommandRecords(demoScenario),
      (values.actor as string | undefined) ?? 'cli:seed-demo',
    ),
};

export const loadCommand: CliCommand = {
  name: 'load',
  synopsis: 'load <file.json> (--token <jwt> | --token-file <file>)',
  arguments: '<file.json>',
  summary:
    'record the commands of a file: [{ "commandId", "command", "payload" }, ...] (a batch of progress reports, a catalogue as commands) as the principal of an access token, each command authorized as its API route would; safe to run twice. For a spreadsheet catalogue use `import <file.csv|file.xlsx>`',
  options: { ...TOKEN_OPTIONS },
  run: ({ positionals, values }) => {
    const file = positionals[0];
    if (!file) throw new Error('load needs a file: npm run cli -- load <file.json> --token-file <file>');
    // The actor comes from a verified token, never from free text (the old --actor option).
    const principal = principalFromToken(values, cliConfig(), 'load');
    return loadFile(file, principal);
  },
};
