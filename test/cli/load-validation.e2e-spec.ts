import { AccessTokens, loadConfig } from '@ct/application';
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnTs } from '../support/child-process';

const AUTH_SECRET = randomBytes(48).toString('base64url');
const tokens = AccessTokens.fromConfig(loadConfig({ AUTH_SECRET }));

function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawnTs('apps/cli/src/main.ts', args, { DATA_DIR: dataDir, AUTH_SECRET });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

const eventCount = (dataDir: string): number => {
  const file = join(dataDir, 'events.sqlite');
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

const framework = (frameworkId: string, adoptedOn: string) => ({
  commandId: `adopt-${frameworkId}`,
  command: 'AdoptDeclaration',
  payload: {
    frameworkId,
    kind: 'declaration',
    title: 'Dushanbe Declaration',
    adoptedOn,
    place: 'Dushanbe, Tajikistan',
    adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  },
});

/** `load` checks a command file as the API checks requests: one bad field, and nothing is recorded. */
describe('CLI load validates every command through the API DTOs', () => {
  let dir: string;
  let tokenFile: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ct-load-'));
    tokenFile = join(dir, 'token');
    writeFileSync(tokenFile, tokens.sign({ id: 'unoct-admin', roles: ['programme-admin'] }, 3600));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names every bad field with its line and writes nothing; the corrected file is recorded', async () => {
    const data = join(dir, 'data');
    const bad = join(dir, 'bad.json');
    const text = JSON.stringify(
      [framework('dushanbe-declaration-2019', '2019-05-04'), framework('Bad Id', '2019-13-01')],
      null,
      2,
    );
    writeFileSync(bad, text);
    const lineWith = (fragment: string) => text.split('\n').findIndex((l) => l.includes(fragment)) + 1;
    const refused = await cli(data, 'load', bad, '--token-file', tokenFile);
    expect(refused.code).toBe(1);
    const report = JSON.parse(refused.stdout) as { written: boolean; problems: object[] };
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({
        line: lineWith('"frameworkId": "Bad Id"'),
        entry: 1,
        field: 'payload.frameworkId',
        command: 'AdoptDeclaration',
      }),
      expect.objectContaining({
        line: lineWith('"adoptedOn": "2019-13-01"'),
        entry: 1,
        field: 'payload.adoptedOn',
      }),
    ]);
    expect(refused.stderr).toContain('nothing was written');
    expect(eventCount(data)).toBe(0);

    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify([framework('dushanbe-declaration-2019', '2019-05-04')], null, 2));
    const loaded = await cli(data, 'load', good, '--token-file', tokenFile);
    expect(loaded.code).toBe(0);
    expect(JSON.parse(loaded.stdout)).toMatchObject({ recorded: 1, failed: [] });
    expect(eventCount(data)).toBeGreaterThan(0);
  }, 120_000);
});
