/**
 * Child process of the HTTP benchmark, so that the load generator (autocannon, in the parent) and
 * the server do not share one event loop. `api <dataDir>` starts the real API (createApiApp) on a
 * fresh store seeded with the 500 (deliverable, State) pairs; `bare` starts a Nest app on the same
 * express adapter with a single constant GET route. Sends `{ port }` to the parent over IPC.
 */
import * as application from '@ct/application';
import { CommandGateway, ProjectorService, loadConfig } from '@ct/application';
import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { type AddressInfo } from 'node:net';
import { createApiApp } from '../apps/api/src/bootstrap';
import { STATES, reportCommand, seed } from './fixtures';

@Controller()
class PingController {
  @Get('ping')
  ping(): { ok: boolean } {
    return { ok: true };
  }
}

@Module({ controllers: [PingController] })
class BareModule {}

async function start(
  kind: string,
  dataDir: string | undefined,
  logLevel: string,
): Promise<{ app: INestApplication; token?: string }> {
  if (kind === 'bare') {
    const app = await NestFactory.create<NestExpressApplication>(BareModule, { logger: false });
    app.disable('x-powered-by');
    return { app };
  }
  if (!dataDir) throw new Error('usage: http-server.ts api <dataDir> [logLevel]');
  // A throughput benchmark from one address: the per-client rate limit (when the API has one) is off.
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: logLevel, RATE_LIMIT_PER_MINUTE: '0' });
  const app = await createApiApp(config);
  await app.init();
  await seed(app.get(CommandGateway));
  return { app, token: bearerToken(config) };
}

/**
 * When the API authenticates callers with bearer tokens, a token of a coordinator for the five States, signed with the API's
 * own secret; looked up at run time so that the benchmark also runs on an API that only reads X-Actor.
 */
function bearerToken(config: application.AppConfig): string | undefined {
  const tokens = (application as Record<string, unknown>).AccessTokens as
    | {
        fromConfig(config: application.AppConfig): {
          sign(principal: { id: string; roles: string[]; states: string[] }, ttlSeconds: number): string;
        };
      }
    | undefined;
  return tokens
    ?.fromConfig(config)
    .sign({ id: 'bench.runner', roles: ['coordinator'], states: [...STATES] }, 3600);
}

/**
 * The same progress reports as the HTTP benchmark, `inFlight` at a time, straight through
 * the API's own CommandGateway (no HTTP): server CPU (µs) for `count` commands and the projection
 * of their events. The difference from
 * the HTTP route is what the HTTP layer costs (bench/http-cpu.ts).
 */
async function sendDirect(
  app: INestApplication,
  count: number,
  from: number,
  inFlight: number,
): Promise<number> {
  const gateway = app.get(CommandGateway);
  const before = process.cpuUsage();
  let next = 0;
  // As the HTTP route sends it: a coordinator for the five States (CommandContext sets actsForStates).
  const send = (k: number) => {
    const [name, payload, metadata] = reportCommand(k);
    return gateway.send(name, payload, { ...metadata, actsForStates: [...STATES] });
  };
  const worker = async () => {
    for (let i = next++; i < count; i = next++) await send(from + i);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  // The projector applies the events after the commands are answered: its work belongs to these
  // commands, so the count waits until it has applied one more command sent after them all.
  const last = await send(from + count);
  await app.get(ProjectorService).waitFor(BigInt(last.position), 60_000);
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

/**
 * Counts the group commits of the embedded store and the appends they carried (as
 * bench/write-path.ts does for the command phases), so that bench/http-cpu.ts can report the mean
 * batch the HTTP arrival pattern gives.
 */
function countCommits(store: EventStore): () => { flushes: number; appends: number } | undefined {
  // Decorators (e.g. the hash chain) keep the store they wrap in `inner`.
  let target = store as unknown as { inner?: unknown };
  while (target.inner) target = target.inner;
  const internals = target as { pending?: unknown[]; flush?: () => void };
  const original = internals.flush;
  if (typeof original !== 'function' || !Array.isArray(internals.pending)) return () => undefined;
  const counts = { flushes: 0, appends: 0 };
  internals.flush = function (this: typeof internals) {
    const waiting = this.pending?.length ?? 0;
    if (waiting > 0) {
      counts.flushes += 1;
      counts.appends += waiting;
    }
    original.call(this);
  };
  return () => ({ ...counts });
}

async function main(): Promise<void> {
  const [kind = 'bare', dataDir, logLevel = 'info'] = process.argv.slice(2);
  const { app, token } = await start(kind, dataDir, logLevel);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const commits = kind === 'api' ? countCommits(app.get<EventStore>(EVENT_STORE)) : () => undefined;
  process.send?.({ port, token });
  process.on('message', (message) => {
    if (message === 'stop') void app.close().then(() => process.exit(0));
    if (message === 'cpu') {
      const projector = kind === 'api' ? app.get(ProjectorService).status : undefined;
      process.send?.({
        cpu: process.cpuUsage(),
        commits: commits(),
        projected: projector && { events: projector.eventsProcessed, batches: projector.batchesCommitted },
      });
    }
    const direct = (message as { direct?: { count: number; from: number; inFlight: number } }).direct;
    if (direct)
      void sendDirect(app, direct.count, direct.from, direct.inFlight).then(
        (cpu) => process.send?.({ directCpu: cpu }),
        (error: unknown) => process.send?.({ directError: String(error) }),
      );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
