import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '../reports/tiny-json-schema';
import { spawnTs } from '../support/child-process';

/** Runs the CLI as users do (its own process), and collects what it prints. */
function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawnTs('apps/cli/src/main.ts', args, { DATA_DIR: dataDir });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

const V01_LOG = join(__dirname, '..', 'fixtures', 'logs', 'demo-log-v0.1.jsonl');

interface Answer {
  asOf: string;
  knownAt: string;
  basis: string;
  eventsReplayed: number;
  result: { items: { stateCode: string; overdue: number; byStatus: Record<string, number> }[] };
}

/**
 * The two timelines from the CLI (README, "Two timelines"): `as-of` and `report` take a business
 * date (--as-of) and a record time (--known-at); without --known-at the live read models answer,
 * with it the log recorded by then is replayed. The log is release 0.1's demo log, whose events were
 * all recorded on 2026-12-01 between 07:55:00 and 07:55:23 UTC.
 */
describe('CLI: asOf and knownAt', () => {
  let dir: string;
  let log: { type: string; metadata: { recordedAt: string } }[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ct-cli-timelines-'));
    const imported = await cli(dir, 'import', V01_LOG);
    expect(imported.code).toBe(0);
    expect((await cli(dir, 'rebuild')).code).toBe(0);
    log = readFileSync(V01_LOG, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; metadata: { recordedAt: string } });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('as-of: no --known-at is the live read model (no replay); --known-at replays the log recorded by then', async () => {
    const live = await cli(dir, 'as-of', 'scorecard', '--state', 'TJ', '--as-of', '2024-06-01');
    expect(live.code).toBe(0);
    const now = JSON.parse(live.stdout) as Answer;
    expect(now).toMatchObject({ asOf: '2024-06-01', knownAt: 'now', basis: 'reported', eventsReplayed: 0 });
    expect(now.result.items.length).toBeGreaterThan(0);

    // Half-way through the log by record time: fewer events, and what TJ's scorecard said then.
    const middle = log[Math.floor(log.length / 2)]!.metadata.recordedAt;
    const then = await cli(
      dir,
      'as-of',
      'scorecard',
      '--state',
      'TJ',
      '--as-of',
      '2024-06-01',
      '--known-at',
      middle,
    );
    expect(then.code).toBe(0);
    const known = JSON.parse(then.stdout) as Answer;
    expect(known).toMatchObject({ asOf: '2024-06-01', knownAt: middle });
    expect(known.eventsReplayed).toBeGreaterThan(0);
    expect(known.eventsReplayed).toBeLessThan(log.length);

    // --date is the older spelling of --known-at <day>; asOf defaults to that day.
    const [byDate, byDay] = await Promise.all([
      cli(dir, 'as-of', 'scorecard', '--date', '2026-12-01'),
      cli(dir, 'as-of', 'scorecard', '--known-at', '2026-12-01'),
    ]);
    expect(JSON.parse(byDate.stdout)).toEqual(JSON.parse(byDay.stdout));
    expect(JSON.parse(byDay.stdout)).toMatchObject({
      asOf: '2026-12-01',
      knownAt: '2026-12-01',
      eventsReplayed: log.length,
    });
  }, 120_000);

  it('as-of refuses a record time that names no single moment, and two record times at once', async () => {
    for (const args of [
      ['--known-at', '2024-06'],
      ['--known-at', '2024-06-01T10:00'],
      ['--known-at', '2024-06-01', '--position', '3'],
      ['--basis', 'approved'],
    ]) {
      const refused = await cli(dir, 'as-of', 'scorecard', ...args);
      expect({ args, refused: refused.code !== 0, said: refused.stderr.length > 0 }).toEqual({
        args,
        refused: true,
        said: true,
      });
    }
  }, 120_000);

  it('report --known-at writes the reports of the replayed log, saying both dates and the basis', async () => {
    const out = join(dir, 'reports');
    const written = await cli(
      dir,
      'report',
      '--out',
      out,
      '--as-of',
      '2026-12-01',
      '--known-at',
      '2026-12-01',
      '--state',
      'TJ',
      '--format',
      'json,md',
    );
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(
      'report: as of 2026-12-01, known at 2026-12-01 (end of day, UTC), basis reported',
    );
    expect(JSON.parse(written.stdout)).toMatchObject({
      asOf: '2026-12-01',
      knownAt: '2026-12-01',
      basis: 'reported',
      eventsReplayed: log.length,
    });
    const report = JSON.parse(readFileSync(join(out, 'state-scorecard_TJ_2026-12-01.json'), 'utf8')) as {
      asOf: string;
      knownAt: string;
      notes: string[];
      totals: unknown;
    };
    expect(report).toMatchObject({ asOf: '2026-12-01', knownAt: '2026-12-01' });
    // The report's JSON schema knows the field (its top level admits no other).
    const schema = JSON.parse(
      readFileSync(
        join(__dirname, '..', '..', 'libs', 'reports', 'src', 'schemas', 'state-scorecard.schema.json'),
        'utf8',
      ),
    ) as Record<string, unknown>;
    expect(validate(schema, report)).toEqual([]);
    expect(report.notes[0]).toMatch(/^As known at 2026-12-01 \(record time\).*basis reported/);
    expect(readFileSync(join(out, 'state-scorecard_TJ_2026-12-01.md'), 'utf8')).toContain(
      'As known at 2026-12-01 (record time)',
    );
    // Everything was recorded by the end of that day: the same figures as release 0.1 reported.
    const v01 = JSON.parse(
      readFileSync(
        join(
          __dirname,
          '..',
          'fixtures',
          'logs',
          'demo-log-v0.1.reports',
          'state-scorecard_TJ_2026-12-01.json',
        ),
        'utf8',
      ),
    ) as { totals: unknown };
    expect(report.totals).toMatchObject(v01.totals as object);

    // Before anything was recorded: the replay is empty, and the live report would not be.
    const before = await cli(
      dir,
      'report',
      '--out',
      join(dir, 'empty'),
      '--known-at',
      '2026-11-30',
      '--format',
      'json',
    );
    expect(before.code).toBe(0);
    expect(before.stderr).toContain('report: as of 2026-11-30 (the day of --known-at), known at 2026-11-30');
    expect(JSON.parse(before.stdout)).toMatchObject({ knownAt: '2026-11-30', eventsReplayed: 0 });
  }, 180_000);
});
