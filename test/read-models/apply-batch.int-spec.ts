import { type RecordedEvent, type SqliteEventStore } from '@ct/event-store';
import {
  ALL_PROJECTIONS,
  CheckpointMovedError,
  NO_POSITION,
  type ReadStore,
  applyBatch,
  readCheckpoints,
  readLowestCheckpoint,
} from '@ct/read-models';
import { generated } from './support/events';
import { eventStoreWith, projectInto, tablesOf } from './support/harness';
import { type DialectName, closePglite, dropTestSchemas, openReadStore } from './support/stores';

afterAll(() => closePglite());

const names = ALL_PROJECTIONS.map((p) => p.name);

/** The read models' rows and their checkpoint rows, without the times the checkpoints were moved. */
async function stateOf(store: ReadStore): Promise<Record<string, unknown[]>> {
  const tables = await tablesOf(store);
  const checkpoints = await readCheckpoints(store.db, names);
  return { ...tables, checkpoints: [...checkpoints].map(([n, p]) => `${n}=${p}`) };
}

describe.each<DialectName>(['sqlite', 'postgres'])('applyBatch on %s', (dialect) => {
  const fixture = generated(300, 11);
  const opened: (ReadStore | SqliteEventStore)[] = [];
  let recorded: RecordedEvent[];
  let reference: Record<string, unknown[]>;

  const open = async () => {
    const store = await openReadStore(dialect);
    opened.push(store);
    return store;
  };

  beforeAll(async () => {
    const events = await eventStoreWith(fixture);
    opened.push(events);
    recorded = [];
    for await (const e of events.readAll()) recorded.push(e);
    const store = await open();
    await projectInto(store, fixture);
    reference = await tablesOf(store);
  }, 30_000);

  afterAll(async () => {
    for (const s of opened.splice(0)) await s.close();
    await dropTestSchemas();
  });

  test('with checkpoints: overlapping batches apply each event once and move every checkpoint to the last', async () => {
    const store = await open();
    const first = await applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(0, 120), {
      checkpoints: await readCheckpoints(store.db, names),
    });
    expect(first.applied.map((p) => p.name)).toEqual(names);
    expect(await readLowestCheckpoint(store.db)).toBe(recorded[119]!.position);
    // A redelivery from event 60: the first 60 of this batch are already applied.
    await applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(60), {
      checkpoints: await readCheckpoints(store.db, names),
    });
    expect(await tablesOf(store)).toEqual(reference);
    const checkpoints = await readCheckpoints(store.db, names);
    expect([...checkpoints.values()]).toEqual(names.map(() => recorded.at(-1)!.position));
  });

  test('a projection already past the batch is left out and its checkpoint stays where it is', async () => {
    const store = await open();
    const [ahead, ...behind] = ALL_PROJECTIONS;
    await applyBatch(store.db, [ahead!], recorded.slice(0, 200), {
      checkpoints: await readCheckpoints(store.db, names),
    });
    const { applied, position } = await applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(0, 150), {
      checkpoints: await readCheckpoints(store.db, names),
    });
    expect(applied.map((p) => p.name)).toEqual(behind.map((p) => p.name));
    expect(position).toBe(recorded[149]!.position);
    const checkpoints = await readCheckpoints(store.db, names);
    expect(checkpoints.get(ahead!.name)).toBe(recorded[199]!.position);
    for (const p of behind) expect(checkpoints.get(p.name)).toBe(recorded[149]!.position);
    expect(await readLowestCheckpoint(store.db)).toBe(recorded[149]!.position);
  });

  test('checkpoints another writer moved meanwhile: CheckpointMovedError, and nothing is written', async () => {
    const store = await open();
    const stale = await readCheckpoints(store.db, names);
    await applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(0, 50), { checkpoints: stale });
    const before = await stateOf(store);
    await expect(
      applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(50, 100), { checkpoints: stale }),
    ).rejects.toBeInstanceOf(CheckpointMovedError);
    expect(await stateOf(store)).toEqual(before);
  });

  test('a fence that refuses, or a projection failing late in the batch, writes nothing', async () => {
    const store = await open();
    await applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(0, 50), {
      checkpoints: await readCheckpoints(store.db, names),
    });
    const before = await stateOf(store);
    const checkpointsBefore = await readCheckpoints(store.db, names);
    const fenced = applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(50, 100), {
      checkpoints: checkpointsBefore,
      fence: () => Promise.reject(new Error('lock lost')),
    });
    await expect(fenced).rejects.toThrow('lock lost');
    let seen = 0;
    const failing = ALL_PROJECTIONS.map((p) =>
      p.name !== 'catalogue'
        ? p
        : {
            ...p,
            apply: async (...args: Parameters<typeof p.apply>) => {
              if (++seen === 40) throw new Error('boom');
              await p.apply(...args);
            },
          },
    );
    await expect(
      applyBatch(store.db, failing, recorded.slice(50, 100), { checkpoints: checkpointsBefore }),
    ).rejects.toThrow('boom');
    expect(await stateOf(store)).toEqual(before);
  });

  test('without checkpoints (rebuild, as-of): every event to every projection, no checkpoint written, afterEach per event', async () => {
    const store = await open();
    let turns = 0;
    for (let i = 0; i < recorded.length; i += 70)
      await applyBatch(store.db, ALL_PROJECTIONS, recorded.slice(i, i + 70), {
        afterEach: () => Promise.resolve(void (turns += 1)),
      });
    expect(turns).toBe(recorded.length);
    expect(await tablesOf(store)).toEqual(reference);
    expect(await readLowestCheckpoint(store.db)).toBe(NO_POSITION);
  });

  test('an empty batch applies nothing and moves no checkpoint', async () => {
    const store = await open();
    const result = await applyBatch(store.db, ALL_PROJECTIONS, [], {
      checkpoints: await readCheckpoints(store.db, names),
    });
    expect(result).toEqual({ applied: [], position: NO_POSITION });
    expect(await readLowestCheckpoint(store.db)).toBe(NO_POSITION);
  });
});
