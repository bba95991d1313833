import {
  CommandGateway,
  ImportRejectedError,
  TrackerModule,
  exportLog,
  importLog,
  loadConfig,
  parseCommandRecords,
} from '@ct/application';
import {
  EsdbEventStore,
  type EventStore,
  HashChainedEventStore,
  SqliteEventStore,
  verifyHashChains,
} from '@ct/event-store';
import { type CommandName, commandRoute, streamName } from '@ct/domain';
import { ALL_PROJECTIONS, createReadStore, rebuild } from '@ct/read-models';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCommands } from '../../apps/cli/src/load-commands';
import demoScenario from '../../apps/cli/src/seed/demo-scenario.json';
import { type Emulator, startEmulator } from '@ct/testing';
import { snapshot } from '../read-models/support/stores';

/** Every read-model row after a rebuild from the store, positions left out where asked (they differ between stores). */
async function readModelsOf(store: EventStore, withoutPositions = false) {
  const readStore = await createReadStore({ kind: 'sqlite', filename: ':memory:' });
  try {
    await rebuild({ store: readStore, eventStore: store, projections: 'all' });
    const tables = ALL_PROJECTIONS.flatMap((p) => [...p.tables]);
    const rows = await snapshot(readStore, tables);
    if (!withoutPositions) return rows;
    return Object.fromEntries(
      Object.entries(rows).map(([table, list]) => [
        table,
        list
          .map((row) =>
            JSON.stringify(
              Object.fromEntries(
                Object.entries(JSON.parse(row as string) as object).filter(([k]) => !k.includes('position')),
              ),
            ),
          )
          .sort(),
      ]),
    );
  } finally {
    await readStore.close();
  }
}

describe('Export and import of the whole log', () => {
  let dir: string;
  let lines: string[];
  let source: EventStore;
  let emulator: Emulator;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ct-transfer-'));
    const config = loadConfig({ DATA_DIR: join(dir, 'source'), PROJECTOR: 'off', LOG_LEVEL: 'silent' });
    const app = await NestFactory.createApplicationContext(TrackerModule.forRoot(config), { logger: false });
    const report = await loadCommands(
      app.get(CommandGateway),
      parseCommandRecords(demoScenario),
      'seed:test',
    );
    expect(report.failed).toEqual([]);
    await app.close();
    source = new HashChainedEventStore(
      new SqliteEventStore({ filename: join(dir, 'source', 'events.sqlite') }),
    );
    lines = [];
    const { events } = await exportLog(source, (line) => void lines.push(line));
    // Every command of the scenario claimed its key, then recorded one event.
    expect(events).toBe(2 * demoScenario.length);
    emulator = await startEmulator();
  }, 60_000);

  afterAll(async () => {
    await source.close();
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A re-readable source of lines, as importLog reads its file twice. */
  const fromLines = (text: string[]) => () => ({
    [Symbol.asyncIterator]: () => {
      const lines = text.values();
      return { next: () => Promise.resolve(lines.next()) };
    },
  });

  it('imports into an empty SQLite store: same chains, same anchor, same read models row for row', async () => {
    const target = new HashChainedEventStore(new SqliteEventStore({ filename: join(dir, 'copy.sqlite') }));
    try {
      // One event per command and its key claim; the aggregates' streams and one claim stream per command.
      const aggregateStreams = new Set(
        demoScenario.map(({ command, payload }) => {
          const route = commandRoute(command as CommandName);
          return streamName(route.aggregate.category, route.row.streamId(payload));
        }),
      );
      expect(aggregateStreams.size).toBeGreaterThan(30);
      expect(await importLog(target, fromLines(lines))).toEqual({
        events: 2 * demoScenario.length,
        streams: aggregateStreams.size + demoScenario.length,
      });
      const [original, copy] = [await verifyHashChains(source), await verifyHashChains(target)];
      expect(copy).toMatchObject({ ok: true, eventsChecked: 2 * demoScenario.length });
      expect(copy.anchor).toBe(original.anchor);
      expect(await readModelsOf(target)).toEqual(await readModelsOf(source));
    } finally {
      await target.close();
    }
  }, 60_000);

  it('imports into EventStoreDB (emulator): verify passes and the read models match', async () => {
    const target = new HashChainedEventStore(new EsdbEventStore(emulator.connectionString));
    try {
      await importLog(target, fromLines(lines));
      const report = await verifyHashChains(target);
      expect(report).toMatchObject({ ok: true, eventsChecked: 2 * demoScenario.length });
      expect(report.anchor).toBe((await verifyHashChains(source)).anchor);
      expect(await readModelsOf(target, true)).toEqual(await readModelsOf(source, true));
    } finally {
      await target.close();
    }
  }, 60_000);

  it('refuses a tampered export before writing anything, naming the line', async () => {
    const tampered = [...lines];
    const at = 40;
    const event = JSON.parse(tampered[at]!) as { data: Record<string, unknown> };
    tampered[at] = JSON.stringify({ ...event, data: { ...event.data, note: 'rewritten' } });
    const target = new HashChainedEventStore(new SqliteEventStore({ filename: ':memory:' }));
    await expect(importLog(target, fromLines(tampered))).rejects.toThrow(new RegExp(`line ${at + 1} `));
    // An event removed from the middle of its stream's chain.
    const removed = lines.findIndex(
      (line, i) => i >= 10 && (JSON.parse(line) as { revision: string }).revision !== '0',
    );
    await expect(
      importLog(target, fromLines(lines.slice(0, removed).concat(lines.slice(removed + 1)))),
    ).rejects.toBeInstanceOf(ImportRejectedError);
    expect(await target.headPosition()).toBeUndefined();
    await target.close();
  });

  it('refuses to import into a store that already holds events', async () => {
    await expect(importLog(source, fromLines(lines))).rejects.toThrow(/not empty/);
  });
});
