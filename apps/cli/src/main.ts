import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands';

const usage = (): string =>
  [
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.flatMap((command) => [`  ${command.synopsis}`, `      ${command.summary}`]),
    '',
    'Configuration comes from the environment, as for the API (DATA_DIR, EVENTSTORE_CONNECTION_STRING,',
    'DATABASE_URL, AUTH_SECRET, ...). Progress goes to stderr, results to stdout as JSON.',
  ].join('\n');

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '-h' || name === '--help' || name === 'help') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command '${name}'.\n\n${usage()}`);
    return 2;
  }
  const { positionals, values } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: command.options ?? {},
  });
  return command.run({ positionals, values });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
