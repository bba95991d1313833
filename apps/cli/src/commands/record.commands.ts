import { CommandGateway, type CommandRecord, parseCommandRecords } from '@ct/application';
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
    const records = parseCommandRecords(JSON.parse(readFileSync(file, 'utf8')));
    return record('load', records, { principal });
  },
};
