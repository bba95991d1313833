/**
 * HTTP benchmarks with autocannon's programmatic API, each server in its own child process.
 */
import autocannon from 'autocannon';

type Options = autocannon.Options;
type Result = autocannon.Result;
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { PAIRS, pair, progressBody } from './fixtures';
import { log, round } from './util';

const ROOT = join(__dirname, '..');

export interface HttpResult {
  route: string;
  connections: number;
  seconds: number;
  reqPerSec: number;
  ok: number;
  non2xx: number;
  errors: number;
  statusCodes: Record<string, number>;
  latencyMs: { p50: number; p99: number; max: number; mean: number };
}

interface Server {
  port: number;
  /** Bearer token for the API, when it authenticates with tokens. */
  token?: string;
  /** CPU time (user + system, µs) the server process has used so far. */
  cpuMicros(): Promise<number>;
  /** Group commits of the API's embedded store so far and the appends they carried. */
  commits(): Promise<
    { flushes: number; appends: number; projectedEvents?: number; projectedBatches?: number } | undefined
  >;
  /** Server CPU (µs) for `count` progress reports sent by the API's own CommandGateway, no HTTP. */
  sendDirect(count: number, from: number, inFlight: number): Promise<number>;
  stop(): Promise<void>;
}

let profileServers = false;

/** Makes the server child processes write CPU profiles (bench/results/*.cpuprofile). */
export function profileHttpServers(on: boolean): void {
  profileServers = on;
}

/** `root`: the checkout whose server runs (bench/http-cpu.ts --compare runs two side by side). */
export async function startServer(args: string[], root = ROOT): Promise<Server> {
  const child: ChildProcess = fork(join(root, 'bench/http-server.ts'), args, {
    cwd: root,
    // --profile-servers: each server writes a CPU profile to bench/results when it stops.
    execArgv: [
      '-r',
      join(root, 'test/support/register-ts.js'),
      ...(profileServers ? ['--cpu-prof', '--cpu-prof-dir', join(__dirname, 'results')] : []),
    ],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const { port, token } = await new Promise<{ port: number; token?: string }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { port: number; token?: string }));
    child.once('exit', (code) => reject(new Error(`http-server ${args[0]} exited with ${code}`)));
  });
  return {
    port,
    token,
    commits: () =>
      new Promise((resolve) => {
        const onMessage = (message: unknown) => {
          const answer = message as {
            cpu?: unknown;
            commits?: { flushes: number; appends: number };
            projected?: { events: number; batches: number };
          };
          if (!answer.cpu) return;
          child.off('message', onMessage);
          resolve(
            answer.commits && {
              ...answer.commits,
              projectedEvents: answer.projected?.events,
              projectedBatches: answer.projected?.batches,
            },
          );
        };
        child.on('message', onMessage);
        child.send('cpu');
      }),
    cpuMicros: () =>
      new Promise<number>((resolve) => {
        const onMessage = (message: unknown) => {
          const cpu = (message as { cpu?: { user: number; system: number } }).cpu;
          if (!cpu) return;
          child.off('message', onMessage);
          resolve(cpu.user + cpu.system);
        };
        child.on('message', onMessage);
        child.send('cpu');
      }),
    sendDirect: (count, from, inFlight) =>
      new Promise<number>((resolve, reject) => {
        const onMessage = (message: unknown) => {
          const answer = message as { directCpu?: number; directError?: string };
          if (answer.directCpu === undefined && answer.directError === undefined) return;
          child.off('message', onMessage);
          if (answer.directError === undefined) resolve(answer.directCpu!);
          else reject(new Error(answer.directError));
        };
        child.on('message', onMessage);
        child.send({ direct: { count, from, inFlight } });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send('stop');
      }),
  };
}

async function fire(route: string, options: Options): Promise<HttpResult> {
  const result: Result = await autocannon(options);
  return {
    route,
    connections: options.connections ?? 10,
    seconds: result.duration,
    reqPerSec: round(result['2xx'] / result.duration, 1),
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, Number(count)]),
    ),
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: round(result.latency.mean, 2),
    },
  };
}

/** Warm-up (not counted) then the timed run. */
async function measure(route: string, options: Options, warmupSeconds: number): Promise<HttpResult> {
  log(`http ${route}: warm-up ${warmupSeconds} s`);
  await fire(route, { ...options, duration: warmupSeconds });
  log(`http ${route}: ${options.duration} s with ${options.connections} connections`);
  const result = await fire(route, options);
  log(`http ${route}: ${result.reqPerSec} req/s, p99 ${result.latencyMs.p99} ms, non-2xx ${result.non2xx}`);
  return result;
}

export async function measureBare(
  connections: number,
  duration: number,
  warmup: number,
): Promise<HttpResult> {
  const server = await startServer(['bare']);
  try {
    const url = `http://127.0.0.1:${server.port}`;
    return await measure(
      'GET /ping (bare Nest express app)',
      { url: `${url}/ping`, connections, duration },
      warmup,
    );
  } finally {
    await server.stop();
  }
}

export interface ApiResult {
  progress: HttpResult;
  health: HttpResult;
}

export async function measureApi(
  dataDir: string,
  connections: number,
  duration: number,
  warmup: number,
  logLevel: string,
): Promise<ApiResult> {
  log('http: starting the API and seeding 601 commands');
  const server = await startServer(['api', dataDir, logLevel]);
  try {
    const url = `http://127.0.0.1:${server.port}`;
    const auth: Record<string, string> = server.token ? { authorization: `Bearer ${server.token}` } : {};
    let k = 0;
    const progress: Options = {
      url,
      connections,
      duration,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-actor': 'bench.runner', ...auth },
          setupRequest: (request) => {
            const i = k++ % PAIRS;
            return {
              ...request,
              path: `/deliverables/${pair(i).deliverableId}/progress-reports`,
              body: JSON.stringify(progressBody(i)),
            };
          },
        },
      ],
    };
    const health = await measure(
      'GET /health/live (API)',
      { url: `${url}/health/live`, connections, duration, headers: auth },
      warmup,
    );
    const result = await measure('POST /deliverables/:id/progress-reports', progress, warmup);
    return { progress: result, health };
  } finally {
    await server.stop();
  }
}
