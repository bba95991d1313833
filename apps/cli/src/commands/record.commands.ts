import { CommandGateway, type CommandRecord, parseCommandRecords } from '@ct/application';
import { readFileSync } from 'node:fs';
import { type CliCommand, endProgress, progressLine, withApp } from '../cli-command';
import { loadCommands } from '../load-commands';
import demoScenario from '../seed/demo-scenario.json';

async function record(name: string, records: CommandRecord[], actor: string): Promise<number> {
  return withApp(async (app) => {
    const progress = progressLine(name);
    const report = await loadCommands(app.get(CommandGateway), records, actor, (done, total) =>
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
    record('seed-demo', parseCommandRecords(demoScenario), (values.actor as string) ?? 'cli:seed-demo'),
};

export const loadCommand: CliCommand = {
  name: 'load',
  synopsis: 'load <file.json> [--actor <name>]',
  arguments: '<file.json>',
  summary:
    'record the commands of a file: [{ "commandId", "command", "payload" }, ...] (a deliverable catalogue, a batch of progress reports); safe to run twice',
  options: { actor: { type: 'string' } },
  run: ({ positionals, values }) => {
    const file = positionals[0];
    if (!file) throw new Error('load needs a file: npm run cli -- load <file.json>');
    const records = parseCommandRecords(JSON.parse(readFileSync(file, 'utf8')));
    return record('load', records, (values.actor as string) ?? 'cli:load');
  },
};
