/**
 * As-of of one State's scorecard at a past position, timed on a generated log (bench/README.md,
 * "As-of"). The live read store is rebuilt from the log once (kept in `readStoreFile` for the next
 * runs). Then AsOfService answers `runs` times cold (a new service each time, each answer checked
 * against the first), and, warm, one service answers the next page of that answer and the same
 * question 1 % of the log later (each checked against a cold answer). Wall and CPU milliseconds:
 * the CPU time of the process varies far less than the wall clock on a shared machine.
 *
 *   node -r ./test/support/register-ts.js bench/as-of.ts \
 *     '{"eventsFile":"/tmp/events.sqlite","readStoreFile":"/tmp/rm.sqlite","state":"TM","position":75000,"runs":5}'
 */
import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { upcastEvent } from '@ct/domain';
import { HashChainedEventStore, SqliteEventStore, UpcastingEventStore } from '@ct/event-store';
import { createReadStore, rebuild } from '@ct/read-models';
import { median, round } from './util';

interface AsOfBenchArgs {
  eventsFile: string;
  readStoreFile: string;
  state: string;
  position: number;
  runs: number;
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2]!) as AsOfBenchArgs;
  const eventStore = new UpcastingEventStore(
    new HashChainedEventStore(new SqliteEventStore({ filename: args.eventsFile })),
    upcastEvent,
  );
  const rebuilt = existsSync(args.readStoreFile);
  const store = await createReadStore({ kind: 'sqlite', filename: args.readStoreFile });
  if (!rebuilt) {
    const started = performance.now();
    const result = await rebuild({ store, eventStore });
    process.stderr.write(
      `[as-of] rebuilt ${result.eventsProcessed} events in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  const head = (await eventStore.headPosition()) ?? 0n;
  const { AsOfService, loadConfig } = await import('@ct/application');
  // The live read models are at the head, so the service may use them.
  const projector = { checkpoint: () => Promise.resolve(head) };
  const newService = () => new AsOfService(eventStore, store, projector as never, loadConfig({}));
  type Service = ReturnType<typeof newService>;
  const timed = async (service: Service, position: number, offset = 0) => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const answer = await service.scorecard(
      { position: BigInt(position) },
      { stateCode: args.state, limit: 10, offset },
    );
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, answer };
  };
  // Cold: a new service each run (nothing kept from an earlier as-of).
  const cold: { ms: number; cpuMs: number }[] = [];
  let first: unknown;
  let eventsReplayed = 0;
  for (let i = 0; i < args.runs; i++) {
    const service = newService();
    const run = await timed(service, args.position);
    await service.onModuleDestroy?.();
    cold.push(run);
    if (i === 0) first = run.answer.result;
    else if (!isDeepStrictEqual(first, run.answer.result))
      throw new Error(`run ${i + 1} answered differently`);
    eventsReplayed = run.answer.eventsReplayed;
  }
  // Warm: one service asks the next page of the same answer, then about a moment 1 % of the log
  // later; each answer checked against a cold one.
  const warm: Record<string, { ms: number; cpuMs: number; eventsReplayed: number }> = {};
  let keptRssMb: number | undefined;
  const later = args.position + Math.floor(Number(head) / 100);
  // Only with a service that keeps replays (bench/README.md "As-of": the code before did not).
  if (typeof (newService() as { onModuleDestroy?: unknown }).onModuleDestroy === 'function') {
    const service = newService();
    await timed(service, args.position);
    const rssBefore = process.memoryUsage().rss;
    for (const [name, position, offset] of [
      ['nextPage', args.position, 10],
      ['onePercentLater', later, 0],
    ] as const) {
      const run = await timed(service, position, offset);
      const reference = newService();
      const expected = await timed(reference, position, offset);
      await reference.onModuleDestroy();
      if (!isDeepStrictEqual(run.answer, expected.answer)) throw new Error(`${name}: not the cold answer`);
      warm[name] = {
        ms: round(run.ms, 1),
        cpuMs: round(run.cpuMs, 1),
        eventsReplayed: run.answer.eventsReplayed,
      };
    }
    // What keeping replays costs in memory (roughly: the process's growth while they are kept).
    keptRssMb = round((process.memoryUsage().rss - rssBefore) / 2 ** 20, 1);
    await service.onModuleDestroy();
  }
  await store.close();
  await eventStore.close();
  const result = {
    state: args.state,
    position: args.position,
    head: head.toString(),
    eventsReplayed,
    coldMs: cold.map((run) => round(run.ms, 1)),
    coldMedianMs: round(median(cold.map((run) => run.ms)), 1),
    coldCpuMs: cold.map((run) => round(run.cpuMs, 1)),
    coldMedianCpuMs: round(median(cold.map((run) => run.cpuMs)), 1),
    warm,
    keptRssMb,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exit(1);
});
