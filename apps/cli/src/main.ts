#!/usr/bin/env node
import 'reflect-metadata';
import { CommanderError } from 'commander';
import { COMMANDS } from './commands';
import { FOOTER, buildProgram } from './program';

async function main(argv: string[]): Promise<number> {
  const exitCode = { value: 0 };
  const program = buildProgram(COMMANDS, exitCode);
  if (argv.length === 0) {
    // No command is a usage error, not a request for help: scripts see a non-zero exit.
    console.log(program.helpInformation() + FOOTER);
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode.value;
  } catch (error) {
    if (error instanceof CommanderError)
      // --help and --version are "errors" that exit 0; a bad command line is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
