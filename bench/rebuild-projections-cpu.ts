/**
 * The CPU time of rebuilding only the named read models on a generated log: an A/B of one
 * projection's write path, without the others' cost (and noise) around it. One line of JSON.
 *
 *   node -r ./test/support/register-ts.js bench/rebuild-projections-cpu.ts /tmp/events.sqlite /tmp/rm.sqlite review-queue
 */
import { rmSync } from 'node:fs';
import { upcastEvent } from '@ct/domain';
import { HashChainedEventStore, SqliteEventStore, UpcastingEventStore } from '@ct/event-store';
import { createReadStore, rebuild } from '@ct/read-models';
import { round } from './util';

async function main(): Promise<void> {
  const [eventsFile, readStoreFile, ...projections] = process.argv.slice(2);
  if (!eventsFile || !readStoreFile || projections.length === 0)
    throw new Error('usage: rebuild-projections-cpu.ts <events.sqlite> <read-store.sqlite> <projection>...');
  for (const suffix of ['', '-wal', '-shm']) rmSync(readStoreFile + suffix, { force: true });
  const eventStore = new UpcastingEventStore(
    new HashChainedEventStore(new SqliteEventStore({ filename: eventsFile })),
    upcastEvent,
  );
  const store = await createReadStore({ kind: 'sqlite', filename: readStoreFile });
  try {
    const cpuStart = process.cpuUsage();
    const started = process.hrtime.bigint();
    const result = await rebuild({ store, eventStore, projections });
    const cpu = process.cpuUsage(cpuStart);
    console.log(
      JSON.stringify({
        projections: result.projections,
        events: result.eventsProcessed,
        wallSeconds: round(Number(process.hrtime.bigint() - started) / 1e9, 2),
        cpuSeconds: round((cpu.user + cpu.system) / 1e6, 2),
      }),
    );
  } finally {
    await store.close();
    await eventStore.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
