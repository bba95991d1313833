import { SqliteEventStore } from '@ct/event-store';
import { ALL_PROJECTIONS, Projector, type ProjectorOptions, type ReadStore } from '@ct/read-models';
import { type FixtureEvent, appendAll } from './events';
import { snapshot } from './stores';

export const ALL_TABLES = ALL_PROJECTIONS.flatMap((p) => p.tables);

export async function eventStoreWith(events: readonly FixtureEvent[]): Promise<SqliteEventStore> {
  const store = new SqliteEventStore({ filename: ':memory:', pollIntervalMs: 20 });
  if (events.length) await appendAll(store, events);
  return store;
}

/** Runs a projector until it has reached the head, then stops it. */
export async function catchUp(options: Omit<ProjectorOptions, 'stopWhenCaughtUp'>): Promise<Projector> {
  const projector = new Projector({
    backoff: { initialMs: 5, maxMs: 20 },
    ...options,
    stopWhenCaughtUp: true,
  });
  projector.start();
  await projector.done();
  return projector;
}

export async function projectInto(store: ReadStore, events: readonly FixtureEvent[]): Promise<void> {
  const eventStore = await eventStoreWith(events);
  try {
    await catchUp({ store, eventStore });
  } finally {
    await eventStore.close();
  }
}

export const tablesOf = (store: ReadStore) => snapshot(store, ALL_TABLES);

export async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
