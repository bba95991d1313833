import 'reflect-metadata';
import { CommandGateway, type CommandRecord, loadConfig, parseCommandRecords } from '@ct/application';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CliModule } from './cli.module';
import { loadCommands } from './load-commands';
import demoScenario from './seed/demo-scenario.json';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  seed-demo                 record the demo scenario (Dushanbe Declaration 2019, JPoA, Dushanbe process,
                            a demo deliverable catalogue, progress and assistance); safe to run twice
  load <file.json>          record the commands of a file: [{ "commandId", "command", "payload" }, ...]
                            (a deliverable catalogue, a batch of progress reports); safe to run twice

Options:
  --actor <name>            who records the commands (default: cli:<command>)
  -h, --help                this text

Configuration comes from the environment, as for the API (DATA_DIR, EVENTSTORE_CONNECTION_STRING, ...).`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { actor: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }

  let records: CommandRecord[];
  switch (command) {
    case 'seed-demo':
      records = parseCommandRecords(demoScenario);
      break;
    case 'load': {
      const file = rest[0];
      if (!file) throw new Error('load needs a file: npm run cli -- load <file.json>');
      records = parseCommandRecords(JSON.parse(readFileSync(file, 'utf8')));
      break;
    }
    default:
      console.error(`Unknown command '${command}'.\n\n${USAGE}`);
      return 2;
  }

  const config = loadConfig(process.env);
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const gateway = app.get(CommandGateway);
    const actor = values.actor ?? `cli:${command}`;
    const report = await loadCommands(gateway, records, actor, (done, total) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${command}: ${done}/${total} commands`);
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(JSON.stringify({ command, total: records.length, ...report }, null, 2));
    return report.failed.length === 0 ? 0 : 1;
  } finally {
    await app.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
