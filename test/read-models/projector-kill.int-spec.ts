import { type ChildProcess, spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { SqliteEventStore } from '@ct/event-store';
import { createReadStore, readCheckpoints, rebuild, PROJECTION_NAMES } from '@ct/read-models';
import { appendAll, generated } from './support/events';
import { tablesOf, until } from './support/harness';

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

/** The lowest committed checkpoint in a read store file (-1 before any), read by another connection. */
function checkpointOf(readFile: string): number {
  if (!existsSync(readFile)) return -1;
  const db = new Database(readFile, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'projection_checkpoints'`)
      .get();
    if (!table) return -1;
    const row = db.prepare('SELECT MIN(position) AS position FROM projection_checkpoints').get() as {
      position: number | null;
    };
    return row.position ?? -1;
  } finally {
    db.close();
  }
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
      // Kill once the child has done some of its work, at a different point each round: chosen by
      // progress (its committed checkpoints, or the rebuild's progress lines), not by a delay, so a
      // slow machine kills at the same places. A child that finishes first is fine (exit code 0).
      const killAt = 1 + ((i * 577) % 2500);
      const startedAt = mode === 'catch-up' ? checkpointOf(readFile) : -1;
      const { proc, exit } = run([eventsFile, readFile, mode]);
      let exited = false;
      void exit.then(() => (exited = true));
      if (mode === 'catch-up')
        await until(() => exited || checkpointOf(readFile) >= startedAt + killAt, 60_000);
      else
        await new Promise<void>((resolve) => {
          let buffered = '';
          const onData = (d: Buffer) => {
            buffered += d.toString();
            const reached = [...buffered.matchAll(/processed (\d+)/g)].some((m) => Number(m[1]) >= killAt);
            buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
            if (!reached) return;
            proc.stdout?.off('data', onData);
            resolve();
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
