/**
 * The rebuild's CPU time, beside its wall time, on a generated log: on a shared machine the wall
 * time swings by 2-3x between identical runs, the process's CPU time much less, so A/B comparisons
 * of the read side's write path are made on it. Then the State scorecard's latency and CPU per call
 * on the rebuilt store (the quick bench's questions: five States, four days). One line of JSON.
 *
 *   node -r ./test/support/register-ts.js -e "require('./bench/event-log').generateEventLog('/tmp/events.sqlite', { events: 100000, deliverables: 200 })"
 *   node -r ./test/support/register-ts.js bench/rebuild-cpu.ts /tmp/events.sqlite /tmp/rm.sqlite
 */
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { upcastEvent } from '@ct/domain';
import { HashChainedEventStore, SqliteEventStore, UpcastingEventStore } from '@ct/event-store';
import { createReadStore, rebuild, stateScorecard } from '@ct/read-models';
import { latencyOf, round } from './util';

const cpuSeconds = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;

async function main(): Promise<void> {
  const [eventsFile, readStoreFile] = process.argv.slice(2);
  if (!eventsFile || !readStoreFile)
    throw new Error('usage: rebuild-cpu.ts <events.sqlite> <read-store.sqlite>');
  for (const suffix of ['', '-wal', '-shm']) rmSync(readStoreFile + suffix, { force: true });
  const eventStore = new UpcastingEventStore(
    new HashChainedEventStore(new SqliteEventStore({ filename: eventsFile })),
    upcastEvent,
  );
  const store = await createReadStore({ kind: 'sqlite', filename: readStoreFile });
  const loadBefore = loadavg()[0]!;
  const cpuStart = process.cpuUsage();
  const started = process.hrtime.bigint();
  const result = await rebuild({ store, eventStore });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rebuildCpu = cpuSeconds(process.cpuUsage(cpuStart));

  const states = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
  const days = ['2020-01-01', '2022-06-30', '2024-12-31', '2026-06-01'];
  for (let i = 0; i < 20; i++)
    await stateScorecard(store.db, { stateCode: states[i % 5]!, asOf: days[i % 4]! });
  const samples: number[] = [];
  const scorecardCpuStart = process.cpuUsage();
  for (let i = 0; i < 200; i++) {
    const t = process.hrtime.bigint();
    await stateScorecard(store.db, { stateCode: states[i % 5]!, asOf: days[Math.floor(i / 5) % 4]! });
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const scorecardCpu = cpuSeconds(process.cpuUsage(scorecardCpuStart));
  const latency = latencyOf(samples);
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      events: result.eventsProcessed,
      wallSeconds: round(wallSeconds, 2),
      eventsPerSec: round(result.eventsProcessed / wallSeconds, 0),
      cpuSeconds: round(rebuildCpu, 2),
      eventsPerCpuSecond: round(result.eventsProcessed / rebuildCpu, 0),
      scorecard: {
        p50Ms: latency.p50,
        p95Ms: round(sorted[Math.floor(0.95 * sorted.length)]!),
        cpuMsPerCall: round((scorecardCpu * 1000) / samples.length),
      },
      loadAverage: [round(loadBefore, 1), round(loadavg()[0]!, 1)],
      peakRssMb: round(process.resourceUsage().maxRSS / 1024, 0),
    }),
  );
  await store.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
