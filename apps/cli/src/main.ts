import 'reflect-metadata';
import {
  AccessTokens,
  CommandGateway,
  type CommandRecord,
  loadConfig,
  parseCommandRecords,
  parseTtl,
} from '@ct/application';
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
  token --sub <id> --role <role> [--role <role>] [--state <XX>]... [--ttl 8h]
                            print an access token (JWT) for the API; roles: coordinator (needs
                            --state for each State it reports for), programme-admin, auditor, reporter

Options:
  --actor <name>            who records the commands (default: cli:<command>)
  -h, --help                this text

Configuration comes from the environment, as for the API (DATA_DIR, EVENTSTORE_CONNECTION_STRING, ...).
The token is signed with AUTH_SECRET when set, else with DATA_DIR/auth-secret, as the API does.
Use \`npm run -s cli -- token ...\` so that npm prints nothing but the token.`;

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      actor: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      sub: { type: 'string' },
      role: { type: 'string', multiple: true },
      state: { type: 'string', multiple: true },
      ttl: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }

  if (command === 'token') {
    if (!values.sub) throw new Error('token needs --sub <principal id>');
    const roles = values.role ?? [];
    const states = (values.state ?? []).map((state) => state.toUpperCase());
    // A coordinator without States could record nothing; States without the role would mislead.
    if (roles.includes('coordinator') && states.length === 0)
      throw new Error('a coordinator token needs at least one --state (e.g. --state TJ)');
    if (!roles.includes('coordinator') && states.length > 0)
      throw new Error('--state only applies to the coordinator role');
    const ttlSeconds = parseTtl(values.ttl ?? '8h');
    const tokens = AccessTokens.fromConfig(loadConfig(process.env));
    console.log(tokens.sign({ id: values.sub, roles, states }, ttlSeconds));
    console.error(
      `token for ${values.sub} (${roles.join(', ')}${states.length ? `; States ${states.join(', ')}` : ''}), expires ${new Date(Date.now() + ttlSeconds * 1000).toISOString()}`,
    );
    return 0;
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
