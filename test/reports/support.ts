import { CommandGateway, TrackerModule, loadConfig, parseCommandRecords } from '@ct/application';
import { type EventStore, HashChainedEventStore, SqliteEventStore } from '@ct/event-store';
import { type ReadStore, rebuild } from '@ct/read-models';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCommands } from '../../apps/cli/src/load-commands';
import demoScenario from '../../apps/cli/src/seed/demo-scenario.json';

export interface DemoLog {
  eventStore: EventStore;
  /** Replays the whole log into a read store (the projections, as the projector would). */
  project(store: ReadStore): Promise<void>;
  close(): Promise<void>;
}

/**
 * The demo scenario recorded through the command path (TrackerModule + CommandGateway, as
 * `npm run seed:demo` does), in a fresh embedded event store. Record once per test file.
 */
export async function recordDemoScenario(): Promise<DemoLog> {
  const dir = mkdtempSync(join(tmpdir(), 'ct-reports-'));
  const config = loadConfig({ DATA_DIR: dir, PROJECTOR: 'off', LOG_LEVEL: 'silent' });
  const app = await NestFactory.createApplicationContext(TrackerModule.forRoot(config), { logger: false });
  try {
    const report = await loadCommands(
      app.get(CommandGateway),
      parseCommandRecords(demoScenario),
      'seed:test',
    );
    if (report.failed.length > 0) throw new Error(`demo scenario failed: ${JSON.stringify(report.failed)}`);
  } finally {
    await app.close();
  }
  const eventStore = new HashChainedEventStore(
    new SqliteEventStore({ filename: join(dir, 'events.sqlite') }),
  );
  return {
    eventStore,
    async project(store) {
      await rebuild({ store, eventStore, projections: 'all' });
    },
    async close() {
      await eventStore.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
