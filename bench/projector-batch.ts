/**
 * The projector's cost per batch, without HTTP: a log of the bench's seed plus `--reports`
 * progress reports (written once through the API's CommandGateway, projector off), then projected
 * from scratch by a Projector into a fresh SQLite read store, once with small batches (what the
 * projector sees when it keeps up with the API's group commits over HTTP, ≈ 11 events) and once
 * with large ones (catch-up). The difference, divided by the difference in batches, is the fixed
 * CPU cost of one batch.
 *
 *   node -r ./test/support/register-ts.js bench/projector-batch.ts [--reports=4400] [--small=11] \
 *     [--large=500] [--rounds=3] [--only=small|large] [--profile=<file.cpuprofile>]
 *
 * Prints one JSON object: µs of CPU per event and per batch for each batch size (median of rounds),
 * and the fixed cost per batch derived from the two. `--profile` writes a CPU profile of the measured
 * projections only (not of writing the log), for bench/profile-summary.ts.
 */
import { CommandGateway, loadConfig } from '@ct/application';
import { SqliteEventStore } from '@ct/event-store';
import { Projector, createReadStore } from '@ct/read-models';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiApp } from '../apps/api/src/bootstrap';
import { STATES, reportCommand, seed } from './fixtures';
import { log, round } from './util';

function option(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function writeLog(dataDir: string, reports: number): Promise<void> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PROJECTOR: 'off' });
  const app = await createApiApp(config);
  await app.init();
  const gateway = app.get(CommandGateway);
  await seed(gateway);
  let next = 0;
  const worker = async () => {
    for (let k = next++; k < reports; k = next++) {
      const [name, payload, metadata] = reportCommand(k);
      await gateway.send(name, payload, { ...metadata, actsForStates: [...STATES] });
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  await app.close();
}

/** CPU (µs) and batches to project the whole log into a fresh read store, `batchSize` at a time. */
async function project(dataDir: string, batchSize: number, run: number) {
  const eventStore = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
  const readFile = join(dataDir, `read-${batchSize}-${run}.sqlite`);
  const store = await createReadStore({ kind: 'sqlite', filename: readFile });
  try {
    const projector = new Projector({ store, eventStore, batchSize, stopWhenCaughtUp: true });
    const before = process.cpuUsage();
    const started = performance.now();
    projector.start();
    await projector.done();
    const used = process.cpuUsage(before);
    const { eventsProcessed, batchesCommitted, lastError } = projector.status;
    if (lastError) throw new Error(lastError);
    return {
      cpuMicros: used.user + used.system,
      wallMs: performance.now() - started,
      events: eventsProcessed,
      batches: batchesCommitted,
    };
  } finally {
    await store.close();
    await eventStore.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(readFile + suffix, { force: true });
  }
}

async function main(): Promise<void> {
  const reports = Number(option('reports', '4400'));
  const sizes = { small: Number(option('small', '11')), large: Number(option('large', '500')) };
  const rounds = Number(option('rounds', '3'));
  const only = option('only', 'small,large').split(',');
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-projector-batch-'));
  try {
    await writeLog(dataDir, reports);
    const measured: Record<
      string,
      { usPerEvent: number[]; usPerBatch: number[]; batches: number; events: number }
    > = {};
    // A warm-up projection of the whole log, so that both sizes run on loaded modules and JIT.
    await project(dataDir, sizes.large, -1);
    const profileFile = option('profile', '');
    const session = profileFile ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    for (let r = 0; r < rounds; r++)
      for (const [label, size] of Object.entries(sizes)) {
        if (!only.includes(label)) continue;
        const result = await project(dataDir, size, r);
        const m = (measured[label] ??= {
          usPerEvent: [],
          usPerBatch: [],
          batches: result.batches,
          events: result.events,
        });
        m.usPerEvent.push(round(result.cpuMicros / result.events, 1));
        m.usPerBatch.push(round(result.cpuMicros / result.batches, 0));
        log(
          `projector-batch ${label} (${size}): ${result.events} events in ${result.batches} batches, ` +
            `${round(result.cpuMicros / 1000, 0)} ms CPU, ${round(result.wallMs, 0)} ms wall`,
        );
      }
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
      session.disconnect();
    }
    const summary: Record<string, number> = {};
    for (const [label, m] of Object.entries(measured)) {
      summary[`${label}UsPerEvent`] = median(m.usPerEvent);
      summary[`${label}UsPerBatch`] = median(m.usPerBatch);
    }
    const small = measured.small;
    const large = measured.large;
    if (small && large) {
      // total = batches × fixed + events × perEvent, for both sizes: solve for fixed.
      const smallTotal = median(small.usPerEvent) * small.events;
      const largeTotal = median(large.usPerEvent) * large.events;
      summary.fixedUsPerBatch = round((smallTotal - largeTotal) / (small.batches - large.batches), 0);
    }
    process.stdout.write(
      `${JSON.stringify({ reports, sizes, rounds, summary, details: measured }, null, 2)}\n`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
