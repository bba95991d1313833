import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import demoScenario from '../../apps/cli/src/seed/demo-scenario.json';
import { spawnTs } from '../support/child-process';

/** Commands of the demo scenario: each records its events and one idempotency-key claim. */
const DEMO = demoScenario.length;

/** Runs the CLI as users do (its own process), and collects what it prints. */
function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawnTs('apps/cli/src/main.ts', args, { DATA_DIR: dataDir });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

/**
 * The operator's and auditor's CLI end to end on the embedded store: record the demo scenario,
 * rebuild, read history, replay as of a position, verify, export, and catch tampering.
 */
describe('CLI', () => {
  let dir: string;
  /** The whole log as `export` writes it after seeding: every event the scenario recorded, and where. */
  let log: { type: string; position: string }[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ct-cli-'));
    const seeded = await cli(dir, 'seed-demo');
    expect(seeded.code).toBe(0);
    expect(JSON.parse(seeded.stdout)).toMatchObject({ total: DEMO, recorded: DEMO, failed: [] });
    const exported = await cli(dir, 'export');
    expect(exported.code).toBe(0);
    log = exported.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; position: string });
    // Every recorded command claimed its key, then wrote at least its own event.
    expect(log.filter((e) => e.type === 'IdempotencyKeyClaimed')).toHaveLength(DEMO);
    expect(log.length).toBeGreaterThanOrEqual(2 * DEMO);
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is idempotent: recording the scenario again records nothing', async () => {
    const again = await cli(dir, 'seed-demo');
    expect(JSON.parse(again.stdout)).toMatchObject({ recorded: 0, alreadyRecorded: DEMO });
  }, 60_000);

  it('prints a State history as JSON Lines, and a deliverable as of a position', async () => {
    const history = await cli(dir, 'history', '--state', 'TM', '--type', 'ProgressReported');
    expect(history.code).toBe(0);
    const events = history.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; data: { stateCode: string } });
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.type === 'ProgressReported')).toBe(true);
    const rebuilt = await cli(dir, 'rebuild');
    expect(rebuilt.code).toBe(0);
    expect(JSON.parse(rebuilt.stdout)).toMatchObject({ events: log.length });
    const head = log[log.length - 1]!.position;
    const asOf = await cli(dir, 'as-of', 'scorecard', '--state', 'TM', '--position', head);
    expect(asOf.code).toBe(0);
    const answer = JSON.parse(asOf.stdout) as {
      eventsReplayed: number;
      result: { items: { stateCode: string }[] };
    };
    expect(answer.eventsReplayed).toBeLessThan(log.length);
    expect(answer.result.items.length).toBeGreaterThan(0);
    expect(answer.result.items.every((row) => row.stateCode === 'TM')).toBe(true);
  }, 120_000);

  it('verifies, exports, and exits 1 naming the first broken link once the file is altered', async () => {
    const verified = await cli(dir, 'verify');
    expect(verified.code).toBe(0);
    const { anchor } = JSON.parse(verified.stdout) as { anchor: string };
    const out = join(dir, 'log.jsonl');
    expect((await cli(dir, 'export', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(log.length);
    expect((await cli(dir, 'verify', '--anchor', anchor)).code).toBe(0);

    const altered = log.find((event) => event.type === 'ProgressReported')!.position;
    const db = new Database(join(dir, 'events.sqlite'));
    db.prepare(`UPDATE events SET data = json_set(data, '$.percentComplete', 100) WHERE position = ?`).run(
      Number(altered),
    );
    db.close();
    const broken = await cli(dir, 'verify', '--anchor', anchor);
    expect(broken.code).toBe(1);
    const report = JSON.parse(broken.stdout) as {
      ok: boolean;
      anchorMatches: boolean;
      brokenLinks: { position: string; problem: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.brokenLinks).toEqual([
      expect.objectContaining({ position: altered, problem: 'content-altered' }),
    ]);
  }, 120_000);

  it('prints its usage, and refuses an unknown command', async () => {
    const help = await cli(dir, '--help');
    expect(help.code).toBe(0);
    for (const name of [
      'seed-demo',
      'load',
      'token',
      'rebuild',
      'history',
      'as-of',
      'verify',
      'export',
      'import',
      'report',
    ])
      expect(help.stdout).toContain(`  ${name}`);
    expect((await cli(dir, 'frobnicate')).code).toBe(2);
  }, 60_000);
});
