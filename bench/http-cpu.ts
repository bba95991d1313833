/**
 * Server CPU time per request, for a fixed number of requests: much less sensitive to a loaded
 * machine than requests per second (other jobs steal wall time, not the server's own CPU time).
 * Each route runs on a fresh server child (bench/http-server.ts); the child reports its
 * process.cpuUsage() before and after each round over IPC.
 *
 *   node -r ./test/support/register-ts.js bench/http-cpu.ts [--requests=4000] [--rounds=3] \
 *     [--only=bare,health,progress] [--compare=<another checkout>] [--profile-servers]
 *
 * Prints one JSON object: µs of server CPU per request per route (median of the rounds), and the
 * bare route's cost over each API route's. `--compare` runs the API of another checkout (e.g. the
 * code before a change, with node_modules linked) beside this one, rounds interleaved.
 * `--profile-servers` makes each server child write a CPU profile to bench/results.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PAIRS, pair, progressBody } from './fixtures';
import { profileHttpServers, startServer } from './http';
import { log, round } from './util';

const CONNECTIONS = 16;
/** Commands in flight on the no-HTTP side (`--direct-in-flight`); 16 like the connections. */
const directInFlight = Number(option('direct-in-flight', '16'));
/** `--direct-in-flight=0` leaves the no-HTTP side out, `--skip-http` the HTTP side (profiling one path). */
const skipHttp = process.argv.includes('--skip-http');

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

type Kind = 'bare' | 'health' | 'progress';

interface Measured {
  usPerRequest: number;
  /**
   * The cheapest round: on a shared machine other jobs only ever add to a round's CPU time (cache
   * and frequency contention), so the minimum is the steadier estimate when rounds are bimodal.
   */
  minUsPerRequest: number;
  /** Appends per group commit of the store in each round (API routes that write). */
  meanBatch?: number[];
  /** Events per committed batch of the projector in each round. */
  eventsPerProjectorBatch?: number[];
  rounds: number[];
  non2xx: number;
}

type Commits = Awaited<ReturnType<Awaited<ReturnType<typeof startServer>>['commits']>>;

/** Appends per group commit and events per projector batch between two counts of the server. */
function recordBatches(measured: Measured, before: Commits, after: Commits): void {
  if (!before || !after) return;
  (measured.meanBatch ??= []).push(
    round((after.appends - before.appends) / (after.flushes - before.flushes), 1),
  );
  if (after.projectedEvents !== undefined && before.projectedEvents !== undefined)
    (measured.eventsPerProjectorBatch ??= []).push(
      round(
        (after.projectedEvents - before.projectedEvents) /
          (after.projectedBatches! - before.projectedBatches!),
        1,
      ),
    );
}

async function startFor(kind: Kind, root: string | undefined) {
  const dataDir = kind === 'bare' ? undefined : mkdtempSync(join(tmpdir(), 'ct-http-cpu-'));
  const server = await startServer(kind === 'bare' ? ['bare'] : ['api', dataDir!, 'info'], root);
  const url = `http://127.0.0.1:${server.port}`;
  const auth: Record<string, string> = server.token ? { authorization: `Bearer ${server.token}` } : {};
  let k = 0;
  const options: autocannon.Options =
    kind === 'progress'
      ? {
          url,
          connections: CONNECTIONS,
          requests: [
            {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...auth },
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
        }
      : {
          url: `${url}${kind === 'bare' ? '/ping' : '/health/live'}`,
          connections: CONNECTIONS,
          headers: auth,
        };
  return {
    server,
    options,
    stop: async () => {
      await server.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One server per checkout (this one, and `--compare=<dir>` when given), warmed up with as many
 * requests as a round, then the rounds interleaved (A, B, A, B…) so that a busy minute of the
 * machine hits both sides.
 */
async function cpuPerRequest(
  kind: Kind,
  roots: Record<string, string | undefined>,
  requests: number,
  rounds: number,
): Promise<Record<string, Measured>> {
  const running = await Promise.all(
    Object.entries(roots).map(async ([label, root]) => ({ label, ...(await startFor(kind, root)) })),
  );
  try {
    const results: Record<string, Measured> = {};
    for (const { label, options } of running) {
      await autocannon({ ...options, amount: requests });
      results[label] = { usPerRequest: 0, minUsPerRequest: 0, rounds: [], non2xx: 0 };
    }
    for (let r = 0; r < rounds; r++)
      for (const { label, server, options } of running) {
        const commitsBefore = await server.commits();
        const before = await server.cpuMicros();
        // --skip-http: only the no-HTTP side is run (e.g. for a CPU profile of that path alone).
        const result = await autocannon({
          ...options,
          amount: skipHttp && kind === 'progress' ? 1 : requests,
        });
        // Until the projector has applied the round's events (one command more, sent after them).
        if (kind === 'progress') await server.sendDirect(0, 2_000_000 * (r + 1), 1);
        const after = await server.cpuMicros();
        const measured = results[label]!;
        const commitsAfter = await server.commits();
        if (kind === 'progress') recordBatches(measured, commitsBefore, commitsAfter);
        measured.non2xx += result.non2xx;
        measured.rounds.push(round((after - before) / requests, 1));
        log(`http-cpu ${kind} ${label}: round ${r + 1}: ${measured.rounds[r]} µs of server CPU per request`);
        if (kind === 'progress' && directInFlight > 0) {
          // The same reports through the API's CommandGateway, no HTTP, on the same server.
          const direct = (results[`${label}Direct`] ??= {
            usPerRequest: 0,
            minUsPerRequest: 0,
            rounds: [],
            non2xx: 0,
          });
          const directBefore = await server.commits();
          direct.rounds.push(
            round((await server.sendDirect(requests, 1_000_000 * (r + 1), directInFlight)) / requests, 1),
          );
          const directAfter = await server.commits();
          recordBatches(direct, directBefore, directAfter);
          log(`http-cpu ${kind} ${label} without HTTP: round ${r + 1}: ${direct.rounds[r]} µs per command`);
        }
      }
    for (const measured of Object.values(results)) {
      measured.usPerRequest = median(measured.rounds);
      measured.minUsPerRequest = Math.min(...measured.rounds);
    }
    return results;
  } finally {
    for (const { stop } of running) await stop();
  }
}

async function main(): Promise<void> {
  const requests = Number(option('requests', '4000'));
  const rounds = Number(option('rounds', '3'));
  const only = new Set(option('only', 'bare,health,progress').split(','));
  const compare = option('compare', '');
  profileHttpServers(process.argv.includes('--profile-servers'));
  const roots: Record<string, string | undefined> = compare
    ? { this: undefined, compare: resolve(compare) }
    : { this: undefined };
  const results: Partial<Record<Kind, Record<string, Measured>>> = {};
  for (const kind of ['bare', 'health', 'progress'] as const)
    if (only.has(kind))
      results[kind] = await cpuPerRequest(
        kind,
        kind === 'bare' ? { this: undefined } : roots,
        requests,
        rounds,
      );
  const bare = results.bare?.this?.usPerRequest;
  const summary: Record<string, Record<string, number>> = {};
  for (const [kind, byRoot] of Object.entries(results))
    for (const [label, measured] of Object.entries(byRoot)) {
      (summary[label] ??= {})[`${kind}UsPerRequest`] = measured.usPerRequest;
      summary[label][`${kind}MinUsPerRequest`] = measured.minUsPerRequest;
      // The CPU-time counterpart of httpRatio: the bare route's cost over this route's cost.
      if (bare !== undefined && kind !== 'bare')
        summary[label][`bareOver${kind[0]!.toUpperCase()}${kind.slice(1)}`] = round(
          bare / measured.usPerRequest,
          3,
        );
    }
  process.stdout.write(
    `${JSON.stringify({ requests, rounds, compare: compare || undefined, summary, details: results }, null, 2)}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
