import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { SqliteEventStore } from '@ct/event-store';
import { createReadStore, readCheckpoints, rebuild, PROJECTION_NAMES } from '@ct/read-models';
import { appendAll, generated } from './support/events';
import { tablesOf } from './support/harness';

const root = join(__dirname, '..', '..');
const hook = join(root, 'test', 'support', 'register-ts.js');
const child = join(__dirname, 'support', 'projector-child.ts');

function run(args: string[]): {
  proc: ChildProcess;
  exit: Promise<{ code: number | null; signal: string | null; out: string }>;
} {
  const proc = spawn(process.execPath, ['-r', hook, child, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exit = new Promise<{ code: number | null; signal: string | null; out: string }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal, out })),
  );
  return { proc, exit };
}

describe('projector killed with SIGKILL during catch-up and rebuild (SQLite files)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ct-read-models-kill-'));
  const eventsFile = join(dir, 'events.db');
  const readFile = join(dir, 'read.db');

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('after repeated kills and a final clean run the tables equal a clean rebuild, row for row', async () => {
    const eventStore = new SqliteEventStore({ filename: eventsFile });
    const fixture = generated(3000, 11);
    await appendAll(eventStore, fixture, 500);
    const head = (await eventStore.headPosition())!;
    await eventStore.close();

    let killed = 0;
    const modes = ['catch-up', 'catch-up', 'rebuild', 'catch-up', 'rebuild', 'catch-up'];
    for (const [i, mode] of modes.entries()) {
      const { proc, exit } = run([eventsFile, readFile, mode]);
      await new Promise<void>((resolve) => {
        // Kill some time after start-up (transpiling takes part of it), at a different point each round.
        const onData = (d: Buffer) => {
          if (!d.toString().includes('started')) return;
          proc.stdout?.off('data', onData);
          setTimeout(resolve, 40 + ((i * 97) % 400));
        };
        proc.stdout?.on('data', onData);
        void exit.then(() => resolve());
      });
      if (proc.kill('SIGKILL')) killed += 1;
      const result = await exit;
      expect(result.signal === 'SIGKILL' || result.code === 0).toBe(true);
    }
    expect(killed).toBeGreaterThan(2);

    const final = await run([eventsFile, readFile, 'catch-up']).exit;
    expect(final).toMatchObject({ code: 0 });

    const store = await createReadStore({ kind: 'sqlite', filename: readFile });
    const events = new SqliteEventStore({ filename: eventsFile });
    try {
      const checkpoints = await readCheckpoints(store.db, PROJECTION_NAMES);
      expect([...checkpoints.values()]).toEqual(PROJECTION_NAMES.map(() => head));
      const afterKills = await tablesOf(store);
      expect(afterKills.timeline_events).toHaveLength(fixture.length);
      await rebuild({ store, eventStore: events });
      expect(await tablesOf(store)).toEqual(afterKills);
      // No generation left behind by the killed rebuilds.
      const leftovers = await sql<{ name: string }>`
        SELECT name FROM sqlite_master WHERE type = 'table' AND instr(name, '__r') > 0`.execute(store.db);
      expect(leftovers.rows).toEqual([]);
    } finally {
      await store.close();
      await events.close();
    }
  }, 60_000);
});
