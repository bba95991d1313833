import { CommanderError } from 'commander';
import { type CliCommand } from '../../apps/cli/src/cli-command';
import { COMMANDS } from '../../apps/cli/src/commands';
import { buildProgram } from '../../apps/cli/src/program';

/** Parses `argv` with the CLI's program, capturing what commander prints instead of exiting. */
async function parse(commands: readonly CliCommand[], argv: string[]) {
  const exitCode = { value: -1 };
  const program = buildProgram(commands, exitCode);
  let out = '';
  let err = '';
  const capture = { writeOut: (text: string) => (out += text), writeErr: (text: string) => (err += text) };
  program.configureOutput(capture);
  program.commands.forEach((command) => command.configureOutput(capture));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { exitCode: exitCode.value, out, err, error: undefined };
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { exitCode: error.exitCode, out, err, error };
  }
}

describe('CLI command line (commander)', () => {
  it.each(COMMANDS.map((command) => [command.name, command] as const))(
    '`%s --help` prints its usage, summary and every option, and exits 0',
    async (name, command) => {
      const help = await parse(COMMANDS, [name, '--help']);
      expect(help.exitCode).toBe(0);
      expect(help.out).toContain(`Usage: ct-tracker ${name}`);
      expect(help.out).toContain(command.summary.split(' ').slice(0, 3).join(' '));
      for (const option of Object.keys(command.options ?? {})) expect(help.out).toContain(`--${option}`);
    },
  );

  it('lists every command in the top-level help', async () => {
    const help = await parse(COMMANDS, ['--help']);
    expect(help.exitCode).toBe(0);
    for (const command of COMMANDS) expect(help.out).toContain(`  ${command.name}`);
  });

  it('hands a command the values keyed as on the command line, repeated options as arrays, and its arguments', async () => {
    const calls: { positionals: string[]; values: Record<string, unknown> }[] = [];
    const probe: CliCommand = {
      name: 'probe',
      synopsis: 'probe <file> --as-of <YYYY-MM-DD> [--role <role>]... [--dry-run]',
      summary: 'a command that records what it was given',
      arguments: '<file> [more...]',
      options: {
        'as-of': { type: 'string' },
        role: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean' },
        unused: { type: 'string' },
      },
      run: (args) => {
        calls.push(args);
        return Promise.resolve(3);
      },
    };
    const parsed = await parse(
      [probe],
      [
        'probe',
        'in.json',
        'b',
        '--as-of',
        '2024-12-31',
        '--role',
        'auditor',
        '--role',
        'reporter',
        '--dry-run',
      ],
    );
    expect(parsed.exitCode).toBe(3);
    expect(calls).toEqual([
      {
        positionals: ['in.json', 'b'],
        values: { 'as-of': '2024-12-31', role: ['auditor', 'reporter'], 'dry-run': true },
      },
    ]);
    const help = await parse([probe], ['probe', '--help']);
    // The placeholder comes from the synopsis, so help and synopsis name the value alike.
    expect(help.out).toContain('--as-of <YYYY-MM-DD>');
  });

  it('refuses an unknown command, an unknown option and a missing argument without running anything', async () => {
    const ran: string[] = [];
    const command: CliCommand = {
      name: 'load',
      synopsis: 'load <file>',
      summary: 'load a file',
      arguments: '<file>',
      run: () => {
        ran.push('load');
        return Promise.resolve(0);
      },
    };
    for (const argv of [['frobnicate'], ['load', 'x', '--bogus'], ['load']]) {
      const refused = await parse([command], argv);
      expect(refused.error).toBeInstanceOf(CommanderError);
      expect(refused.exitCode).not.toBe(0);
      expect(refused.err).toMatch(/error: /);
    }
    expect(ran).toEqual([]);
  });
});
