import { SqliteEventStore, verifyHashChains } from '@ct/event-store';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, rmdirSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiHarness, startApi } from '../support/api-harness';
import {
  type Answer,
  STATES,
  commandIdCounts,
  commandIdOf,
  facts,
  emptyCounts,
  post,
  report,
  revisionGaps,
  runSetup,
  scale,
} from './support/reliability';

/**
 * A real "disk full": the data directory lives on a small tmpfs (SQLite then sees ENOSPC and
 * answers SQLITE_FULL, as on a full disk). Mounting needs root, which CI has; elsewhere (or when
 * the container forbids mounts) the suite is skipped with a message rather than faked.
 */
function mountSmallFilesystem(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'ct-rel-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmdirSync(dir);
    return undefined;
  }
}

const mountPoint = mountSmallFilesystem();
if (!mountPoint) console.warn('disk-full suite skipped: cannot mount a tmpfs here (needs root)');
const describeIfMounted = mountPoint ? describe : describe.skip;

/** Fills the filesystem with a ballast file until ENOSPC; returns its path. */
function fill(dir: string): string {
  const path = join(dir, 'ballast');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return path;
}

describeIfMounted('Disk full under the embedded store', () => {
  let api: ApiHarness | undefined;
  let dataDir: string;

  beforeAll(() => {
    dataDir = join(mountPoint!, 'data');
    mkdirSync(dataDir);
  });
  afterAll(async () => {
    await api?.close();
    execFileSync('umount', [mountPoint!]);
    rmdirSync(mountPoint!);
  });

  it('answers 503 problem+json when the disk is full, loses nothing acknowledged, keeps the file intact, resumes', async () => {
    api = await startApi({ LOG_LEVEL: 'silent', DATA_DIR: dataDir });
    await api.app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as { port: number }).port}`;
    const counts = emptyCounts();
    const admin = api.tokenFor({ sub: 'admin.unoct', roles: ['programme-admin'] });
    const setupEvents = await runSetup(baseUrl, admin, 2);
    const tokens = STATES.map((state) =>
      api!.tokenFor({ sub: `coordinator.${state}`, roles: ['coordinator'], states: [state] }),
    );
    // Progress reports with long notes: each needs a few pages of WAL.
    const command = (i: number) => ({
      key: `full-${i}`,
      sub: `coordinator.${STATES[i % 5]}`,
      path: `/deliverables/reliability-deliverable-${i % 2}/progress-reports`,
      token: tokens[i % 5]!,
      body: {
        stateCode: STATES[i % 5],
        status: 'in-progress',
        note: `${i} `.padEnd(4000, 'n'),
        reportedOn: '2020-01-01',
      },
    });

    // Full but for a margin of a few pages, so that the disk fills up in the middle of the load.
    const margin = join(mountPoint!, 'margin');
    const fd = openSync(margin, 'w');
    writeSync(fd, Buffer.alloc(512 * 1024, 1));
    closeSync(fd);
    const ballast = fill(mountPoint!);
    rmSync(margin);
    counts.faultsInjected += 1;
    const acknowledged = new Set<string>();
    const refused: string[] = [];
    const answers: Answer[] = [];
    const max = scale(400, 2000);
    // Keep writing (10 at a time) until the store refuses a good number of commands.
    for (let i = 0; i < max && refused.length < 20; i += 10) {
      const batch = Array.from({ length: 10 }, (_, k) => command(i + k));
      const results = await Promise.all(batch.map((c) => post(baseUrl, c.path, c.token, c.body, c.key)));
      results.forEach((answer, k) => {
        counts.sent += 1;
        answers.push(answer);
        if (answer.status === 201) acknowledged.add(batch[k]!.key);
        else refused.push(batch[k]!.key);
      });
    }
    counts.rejected = refused.length;
    counts.acknowledgedBeforeFull = acknowledged.size;
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of answers.filter((a) => a.status !== 201)) {
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toMatch(/^\d+$/);
      expect(answer.contentType).toMatch(/^application\/problem\+json/);
      expect(answer.body).toMatchObject({ type: '/problems/store-unavailable' });
    }

    // Space again: the refused commands, retried with their keys, are recorded (once).
    rmSync(ballast);
    for (const key of refused) {
      const c = command(Number(key.slice('full-'.length)));
      counts.retried += 1;
      const answer = await post(baseUrl, c.path, c.token, c.body, c.key);
      expect(answer.status).toBe(201);
      acknowledged.add(key);
    }
    counts.acknowledged = acknowledged.size;
    await api.close();
    api = undefined;

    const file = join(dataDir, 'events.sqlite');
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      raw.close();
    }
    const store = new SqliteEventStore({ filename: file });
    try {
      const all = [];
      for await (const event of store.readAll()) all.push(event);
      expect((await verifyHashChains(store)).ok).toBe(true);
      expect(revisionGaps(all)).toEqual([]);
      const recorded = facts(all.slice(setupEvents));
      const ids = commandIdCounts(recorded);
      counts.eventsStored = recorded.length;
      const idOf = (key: string) => commandIdOf(command(Number(key.slice('full-'.length))).sub, key);
      counts.lost = [...acknowledged].filter((key) => ids.get(idOf(key)) !== 1).length;
      counts.duplicated = [...ids.values()].filter((n) => n > 1).length;
      report('disk-full', counts);
      expect(counts.lost).toBe(0);
      expect(counts.duplicated).toBe(0);
      expect(counts.eventsStored).toBe(acknowledged.size);
    } finally {
      await store.close();
    }
  }, 120_000);
});
