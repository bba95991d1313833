import { Command, Option } from 'commander';
import { type CliCommand } from './cli-command';

export const FOOTER = [
  '',
  'Configuration comes from the environment, as for the API (DATA_DIR, EVENTSTORE_CONNECTION_STRING,',
  'DATABASE_URL, AUTH_SECRET, ...). Progress goes to stderr, results to stdout as JSON.',
  'Run `ct-tracker <command> --help` (or `npm run cli -- <command> --help`) for its options.',
].join('\n');

/** The placeholder the synopsis shows for `--name <placeholder>`, so help and synopsis agree. */
const placeholder = (command: CliCommand, name: string): string =>
  new RegExp(`--${name} <([^>]+)>`).exec(command.synopsis)?.[1] ?? 'value';

/** The summary up to its first `; ` outside parentheses: one line in the command list. */
function firstClause(summary: string): string {
  let depth = 0;
  for (let i = 0; i < summary.length; i++) {
    const c = summary[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && summary.startsWith('; ', i)) return summary.slice(0, i);
  }
  return summary;
}

/** Repeated options collect into an array, as `--role a --role b` always did. */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * The commander program for the commands of commands/index.ts. Each keeps its option names and
 * the `values` record it reads (keys as written on the command line, e.g. `as-of`), so the
 * commands do not depend on the argument parser.
 */
export function buildProgram(commands: readonly CliCommand[], exitCode: { value: number }): Command {
  const program = new Command('ct-tracker')
    .description('Central Asia counter-terrorism commitments tracker: operator and auditor commands.')
    .addHelpText('after', FOOTER)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  for (const definition of commands) {
    const command = program
      .command(definition.name)
      .summary(firstClause(definition.summary))
      .description(definition.summary)
      .addHelpText('after', `\nSynopsis: ${definition.synopsis}`)
      .exitOverride();
    if (definition.arguments) command.arguments(definition.arguments);
    const attributes = new Map<string, string>();
    for (const [name, spec] of Object.entries(definition.options ?? {})) {
      const flags = spec.type === 'boolean' ? `--${name}` : `--${name} <${placeholder(definition, name)}>`;
      const option = new Option(flags, spec.multiple ? 'repeat for several' : '');
      if (spec.multiple && spec.type === 'string') option.argParser(collect);
      command.addOption(option);
      attributes.set(name, option.attributeName());
    }
    command.action(async (...args: unknown[]) => {
      const self = args[args.length - 1] as Command;
      const options = self.opts<Record<string, unknown>>();
      const values = Object.fromEntries(
        [...attributes].flatMap(([name, attribute]) =>
          options[attribute] === undefined ? [] : [[name, options[attribute]]],
        ),
      );
      exitCode.value = await definition.run({ positionals: self.args, values });
    });
  }
  return program;
}
