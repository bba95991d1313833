/**
 * A projector (or a rebuild) as a real process, for the kill test:
 * node -r test/support/register-ts.js projector-child.ts <events.db> <read.db> <catch-up|rebuild>
 */
import { SqliteEventStore } from '@ct/event-store';
import { Projector, createReadStore, rebuild } from '@ct/read-models';

async function main(): Promise<void> {
  const [eventsFile, readFile, mode] = process.argv.slice(2);
  if (!eventsFile || !readFile)
    throw new Error('usage: projector-child <events.db> <read.db> <catch-up|rebuild>');
  const eventStore = new SqliteEventStore({ filename: eventsFile });
  const store = await createReadStore({ kind: 'sqlite', filename: readFile });
  process.stdout.write('started\n');
  // Progress lines let the kill test pick its moment by what was done, not by a delay. (Catch-up
  // reads the log without yielding to timers, so its progress is read from its checkpoints.)
  const progress = (events: number) => process.stdout.write(`processed ${events}\n`);
  if (mode === 'rebuild') {
    await rebuild({
      store,
      eventStore,
      batchSize: 100,
      progressIntervalMs: 0,
      onProgress: (p) => progress(p.eventsProcessed),
    });
  } else {
    // A stable owner: a killed predecessor's lease is ours to take over at once.
    const projector = new Projector({
      store,
      eventStore,
      batchSize: 50,
      ownerId: 'kill-test',
      stopWhenCaughtUp: true,
    });
    projector.start();
    await projector.done();
    if (projector.status.lastError) throw new Error(projector.status.lastError);
  }
  await store.close();
  await eventStore.close();
  process.stdout.write('done\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
