import {
  type AppConfig,
  EventLogModule,
  type EventStore,
  configFromEnvironment,
  createEventStore,
} from '@ct/application';
import { type INestApplicationContext, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type ParseArgsConfig } from 'node:util';
import { CliModule } from './cli.module';

/** One CLI command: its own options, usage text and body. Registered in commands/index.ts. */
export interface CliCommand {
  name: string;
  /** `<command> [arguments]` as shown in the usage. */
  synopsis: string;
  summary: string;
  /** The positional arguments it takes, in commander's notation (`<file>`, `[id]`); none if absent. */
  arguments?: string;
  options?: ParseArgsConfig['options'];
  run(args: { positionals: string[]; values: Record<string, unknown> }): Promise<number>;
}

/**
 * The configuration a CLI command runs with: the environment, as for the API, except that the CLI
 * never runs a projector of its own (the API or apps/projector does; `rebuild` drives one itself).
 */
export const cliConfig = (): AppConfig => configFromEnvironment({ PROJECTOR: 'off' });

/**
 * Warnings and errors of the application core (e.g. a damaged read store moved aside) on stderr:
 * stdout carries the command's result (JSON), which a warning line would break for scripts.
 */
const stderrLogger: LoggerService = {
  log: () => undefined,
  warn: (message: unknown, context?: string) =>
    process.stderr.write(`warning${context ? ` [${context}]` : ''}: ${String(message)}\n`),
  error: (message: unknown, trace?: unknown) => {
    const text = message instanceof Error ? (message.stack ?? message.message) : String(message);
    process.stderr.write(`error: ${text}${typeof trace === 'string' ? `\n${trace}` : ''}\n`);
  },
};

/** Runs `body` with the application core (event store, read store, buses), then closes it. */
export async function withApp<T>(
  body: (app: INestApplicationContext, config: AppConfig) => Promise<T>,
): Promise<T> {
  const config = cliConfig();
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
    logger: stderrLogger,
  });
  try {
    return await body(app, config);
  } finally {
    await app.close();
  }
}

/**
 * Runs `body` with the queries of the log alone (history, verify) on the QueryBus: no read store is
 * opened, so they work whatever state the read models are in, even unreachable.
 */
export async function withEventLog<T>(body: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(EventLogModule.forRoot(cliConfig()), {
    logger: stderrLogger,
  });
  try {
    return await body(app);
  } finally {
    await app.close();
  }
}

/**
 * Runs `body` with the event store alone, for commands that read or write the log only (verify,
 * export, import): they must work whatever state the read models are in, even unreachable.
 */
export async function withEventStore<T>(
  body: (store: EventStore, config: AppConfig) => Promise<T>,
): Promise<T> {
  const config = cliConfig();
  const store = createEventStore(config);
  try {
    return await body(store, config);
  } finally {
    await store.close();
  }
}

/** Progress on stderr, only for a person watching (a terminal); pipes and CI logs stay clean. */
export function progressLine(label: string): (text: string) => void {
  return (text) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${label}: ${text}\u001b[K`);
  };
}

export const endProgress = (): void => {
  if (process.stderr.isTTY) process.stderr.write('\n');
};
