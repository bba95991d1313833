import { AccessTokens, loadConfig } from '@ct/application';
import Database from 'better-sqlite3';
import { createReadStore, stateScorecard } from '@ct/read-models';
import { type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, killHard, spawnTs } from '../support/child-process';
import { emptyCounts, report, scale, until } from './support/reliability';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A CLI command as users run it (its own process). */
function cli(dataDir: string, ...args: string[]): Promise<Run> {
  const child = spawnTs('apps/cli/src/main.ts', args, { DATA_DIR: dataDir });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

/** The API as its own process, with everything it logs kept for the test to read. */
async function startApi(
  dataDir: string,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const port = await freePort();
  const env = {
    DATA_DIR: dataDir,
    AUTH_SECRET: SECRET,
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  const child = spawnTs('apps/api/src/main.ts', [], env);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output}`);
      return (await fetch(`${url}/health/live`).catch(() => undefined))?.ok === true;
    },
    60_000,
    'the API to listen',
  );
  return { child, url, output: () => output };
}

const SECRET = randomBytes(48).toString('base64url');
const tokens = AccessTokens.fromConfig(loadConfig({ AUTH_SECRET: SECRET }));
const reporter = {
  authorization: `Bearer ${tokens.sign({ id: 'reporting-job', roles: ['reporter'], states: [] }, 3600)}`,
};

const READ_STORE_FILE = 'read-models.sqlite';

/**
 * Moves what the WAL holds into the main file. After a SIGKILL the WAL can hold every live page of a
 * small store, and SQLite reads those from it: damage to the main file alone would go unseen.
 */
function checkpoint(file: string): void {
  const sqlite = new Database(file);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}

/** Garbage over the whole file, as a failed disk or a stray `dd` leaves it. */
function overwriteWithGarbage(file: string): void {
  checkpoint(file);
  const size = Math.max(statSync(file).size, 4096);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, randomBytes(size), 0, size, 0);
  } finally {
    closeSync(fd);
  }
}

/** Garbage over the pages after the first: a file that still opens as SQLite but fails its check. */
function corruptPages(file: string): void {
  checkpoint(file);
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  try {
    for (let offset = 4096; offset < size; offset += 8192) writeSync(fd, randomBytes(1024), 0, 1024, offset);
  } finally {
    closeSync(fd);
  }
}

const movedAside = (dataDir: string): string[] =>
  readdirSync(dataDir).filter(
    (name) => name.startsWith(`${READ_STORE_FILE}.corrupt-`) && !/-(wal|shm)$/.test(name),
  );

/** The scorecard of every State as the read store holds it, straight from the file. */
async function scorecards(dataDir: string): Promise<unknown> {
  const store = await createReadStore({
    kind: 'sqlite',
    filename: join(dataDir, READ_STORE_FILE),
    integrityCheck: 'off',
  });
  try {
    return (await stateScorecard(store.db, { asOf: '2026-11-28', limit: 500 })).items;
  } finally {
    await store.close();
  }
}

/**
 * Read models are derived data: a read store that cannot be opened or fails its integrity check at
 * start is moved aside (kept, named in a warning) and rebuilt from the event log, by the API's
 * projector or by `cli rebuild`; `cli verify` and `cli export` never touch it.
 */
describe('Self-healing read store', () => {
  let dataDir: string;
  let expected: unknown;
  let events: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ct-heal-'));
    const seeded = await cli(dataDir, 'seed-demo');
    expect(seeded.code).toBe(0);
    const rebuilt = await cli(dataDir, 'rebuild');
    expect(rebuilt.code).toBe(0);
    events = (JSON.parse(rebuilt.stdout) as { events: number }).events;
    expect(events).toBeGreaterThan(0);
    expected = await scorecards(dataDir);
    expect(expected).not.toEqual([]);
  }, 180_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('lets the CLI verify, export and rebuild over a read store full of garbage', async () => {
    overwriteWithGarbage(join(dataDir, READ_STORE_FILE));
    const damaged = readFileSync(join(dataDir, READ_STORE_FILE));

    const verified = await cli(dataDir, 'verify');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, brokenLinks: [] });
    const exported = await cli(dataDir, 'export');
    expect(exported.code).toBe(0);
    expect(exported.stdout.trim().split('\n')).toHaveLength(events);
    // Neither opened the read store: the damaged file is still where it was.
    expect(movedAside(dataDir)).toEqual([]);

    const rebuilt = await cli(dataDir, 'rebuild');
    expect(rebuilt.code).toBe(0);
    expect(JSON.parse(rebuilt.stdout)).toMatchObject({ events });
    const [aside] = movedAside(dataDir);
    expect(aside).toBeDefined();
    expect(rebuilt.stderr).toContain(aside);
    expect(readFileSync(join(dataDir, aside!)).equals(damaged)).toBe(true);
    expect(await scorecards(dataDir)).toEqual(expected);
  }, 180_000);

  it.each([
    ['full of garbage', overwriteWithGarbage],
    ['with damaged pages', corruptPages],
  ])(
    'starts the API over a read store %s, names the kept copy in a warning, and rebuilds it from the log',
    async (_how, damage) => {
      const rounds = scale(1, 3);
      const counts = { ...emptyCounts(), eventsStored: events, slowestHealMs: 0 };
      for (let round = 0; round < rounds; round++) {
        const before = movedAside(dataDir).length;
        damage(join(dataDir, READ_STORE_FILE));
        const started = Date.now();
        const api = await startApi(dataDir);
        try {
          await until(
            async () => (await fetch(`${api.url}/health/ready`)).status === 200,
            60_000,
            'readiness',
          );
          const healedMs = Date.now() - started;
          const aside = movedAside(dataDir);
          expect(aside).toHaveLength(before + 1);
          const newest = aside.sort().at(-1)!;
          expect(api.output()).toMatch(new RegExp(`"level":40.*${newest.replace(/[.]/g, '\\.')}`));
          const answer = await fetch(`${api.url}/scorecards?asOf=2026-11-28&limit=500`, {
            headers: reporter,
          });
          expect(answer.status).toBe(200);
          expect(((await answer.json()) as { items: unknown }).items).toEqual(expected);
          counts.faultsInjected += 1;
          counts.slowestHealMs = Math.max(counts.slowestHealMs, healedMs);
        } finally {
          await killHard(api.child);
        }
      }
      report('read-store-corrupt-at-start', counts);
      expect(existsSync(join(dataDir, READ_STORE_FILE))).toBe(true);
    },
    300_000,
  );
});
