/**
 * One rebuild in a process of its own (forked by bench/rebuild.ts), so that its peak RSS is the
 * rebuild's alone: rebuild() of every read model from the events file into a fresh SQLite read
 * store, read through the production stack (SqliteEventStore behind the hash chain and the
 * upcaster). Then, on the rebuilt store: the State scorecard query's latency, and the as-of of
 * one State's scorecard with AsOfService itself. Results go back over IPC.
 */
import { upcastEvent } from '@ct/domain';
import { HashChainedEventStore, SqliteEventStore, UpcastingEventStore } from '@ct/event-store';
import { createReadStore, rebuild, stateScorecard, streamsConcerningState } from '@ct/read-models';
import { latencyOf, median, round } from './util';

export interface RebuildChildArgs {
  eventsFile: string;
  readStoreFile: string;
  batchSize?: number;
  scorecardCalls: number;
  asOfRuns: number;
  asOfState: string;
  /** Cutoff of the as-of: a past position. */
  asOfPosition: number;
}

export interface RebuildChildResult {
  rebuild: {
    events: number;
    seconds: number;
    eventsPerSec: number;
    /** process.resourceUsage().maxRSS right after the rebuild (the child's peak so far). */
    peakRssMb: number;
    /** Highest process.memoryUsage().rss seen in the progress callbacks. */
    sampledPeakRssMb: number;
    heapUsedMbAfter: number;
    rssMbBefore: number;
  };
  scorecard: {
    calls: number;
    latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
    rowsPerAnswer: number;
  };
  asOf: {
    state: string;
    cutoffPosition: number;
    /** Each run on a new AsOfService: the cold as-of. */
    runsMs: number[];
    medianMs: number;
    /** The same question asked again of the same service (answered from its kept replay). */
    repeatRunsMs: number[];
    repeatMedianMs: number;
    eventsReplayed: number;
    streamsReplayed: number;
    /** Every event of the log up to the cutoff. */
    eventsUpToCutoff: number;
    /** Events up to the cutoff in the streams replayed that name the State (its own history). */
    stateOwnEvents: number;
    rows: number;
  };
}

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2]!) as RebuildChildArgs;
  const eventStore = new UpcastingEventStore(
    new HashChainedEventStore(new SqliteEventStore({ filename: args.eventsFile })),
    upcastEvent,
  );
  const store = await createReadStore({ kind: 'sqlite', filename: args.readStoreFile });
  const rssMbBefore = process.memoryUsage().rss / MB;
  let sampled = 0;
  const started = process.hrtime.bigint();
  const result = await rebuild({
    store,
    eventStore,
    ...(args.batchSize ? { batchSize: args.batchSize } : {}),
    progressIntervalMs: 1000,
    onProgress: (p) => {
      sampled = Math.max(sampled, process.memoryUsage().rss);
      if (p.phase === 'replaying')
        process.stderr.write(
          `[rebuild] ${p.eventsProcessed} events, ${p.eventsPerSecond.toFixed(0)}/s, rss ${(
            process.memoryUsage().rss / MB
          ).toFixed(0)} MB\n`,
        );
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  sampled = Math.max(sampled, process.memoryUsage().rss);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stderr.write(
    `[rebuild] done: ${result.eventsProcessed} events in ${seconds.toFixed(1)} s, peak RSS ${peakRssMb.toFixed(0)} MB\n`,
  );
  const rebuilt = {
    events: result.eventsProcessed,
    seconds: round(seconds, 2),
    eventsPerSec: round(result.eventsProcessed / seconds, 1),
    peakRssMb: round(peakRssMb, 1),
    sampledPeakRssMb: round(sampled / MB, 1),
    heapUsedMbAfter: round(process.memoryUsage().heapUsed / MB, 1),
    rssMbBefore: round(rssMbBefore, 1),
  };

  // The scorecard query of one State, asked about rotating days, many times.
  const states = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
  const days = ['2020-01-01', '2022-06-30', '2024-12-31', '2026-06-01'];
  let rows = 0;
  for (let i = 0; i < 20; i++)
    await stateScorecard(store.db, { stateCode: states[i % 5]!, asOf: days[i % 4]! });
  const samples: number[] = [];
  for (let i = 0; i < args.scorecardCalls; i++) {
    const t = process.hrtime.bigint();
    const page = await stateScorecard(store.db, {
      stateCode: states[i % 5]!,
      asOf: days[Math.floor(i / 5) % 4]!,
    });
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
    rows += page.items.length;
  }
  if (samples.length === 0) samples.push(0);
  const sorted = [...samples].sort((a, b) => a - b);
  const latency = latencyOf(samples);
  const scorecard = {
    calls: samples.length,
    latencyMs: {
      p50: latency.p50,
      p95: round(sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))]!),
      p99: latency.p99,
      max: latency.max,
      mean: latency.mean,
    },
    rowsPerAnswer: round(rows / samples.length, 1),
  };

  // As-of of one State with AsOfService itself (its live read store is the rebuilt one, whose
  // checkpoint is the head: the service then reads only the streams that concern the State).
  const { AsOfService, loadConfig } = await import('@ct/application');
  const projector = { checkpoint: () => Promise.resolve(result.position) };
  const cutoff = { position: BigInt(args.asOfPosition) };
  const runsMs: number[] = [];
  const repeatMs: number[] = [];
  let answer: Awaited<ReturnType<InstanceType<typeof AsOfService>['scorecard']>> | undefined;
  for (let i = 0; i < args.asOfRuns; i++) {
    // A new service per run: the service keeps its last replays of a State, so asking the same
    // service again measures a continuation, not the cold as-of an auditor's first question costs.
    const service = new AsOfService(eventStore, store, projector as never, loadConfig({}));
    let t = process.hrtime.bigint();
    answer = await service.scorecard(cutoff, { stateCode: args.asOfState });
    runsMs.push(Number(process.hrtime.bigint() - t) / 1e6);
    // The same question again (e.g. the next page) on the same service: the kept replay answers it.
    t = process.hrtime.bigint();
    await service.scorecard(cutoff, { stateCode: args.asOfState });
    repeatMs.push(Number(process.hrtime.bigint() - t) / 1e6);
    await service.onModuleDestroy();
  }
  const streams = await streamsConcerningState(store.db, args.asOfState);
  // What the State's own history is, up to the cutoff: the events that name it.
  const own = await store.db
    .selectFrom('timeline_event_states')
    .where('state_code', '=', args.asOfState)
    .where('position', '<=', String(args.asOfPosition))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const upTo = await store.db
    .selectFrom('timeline_events')
    .where('position', '<=', String(args.asOfPosition))
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  const asOf = {
    state: args.asOfState,
    cutoffPosition: args.asOfPosition,
    runsMs: runsMs.map((x) => round(x, 1)),
    medianMs: round(median(runsMs), 1),
    repeatRunsMs: repeatMs.map((x) => round(x, 1)),
    repeatMedianMs: round(median(repeatMs), 1),
    eventsReplayed: answer?.eventsReplayed ?? 0,
    streamsReplayed: streams.length,
    eventsUpToCutoff: Number(upTo.n),
    stateOwnEvents: Number(own.n),
    rows: answer?.result.items.length ?? 0,
  };
  await store.close();
  await eventStore.close();
  const message: RebuildChildResult = { rebuild: rebuilt, scorecard, asOf };
  // Forked by bench/rebuild.ts: over IPC; run by hand (e.g. under --cpu-prof): to stdout.
  if (process.send) process.send(message);
  else process.stdout.write(`${JSON.stringify(message, null, 2)}\n`);
}

main().then(
  () => process.disconnect?.(),
  (error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  },
);
