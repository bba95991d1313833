import { AccessTokens, loadConfig } from '@ct/application';
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Table, readCsv } from '../../apps/cli/src/import/read-table';
import { writeXlsx } from '../../apps/cli/src/import/write-xlsx';
import { spawnTs } from '../support/child-process';

const AUTH_SECRET = randomBytes(48).toString('base64url');
const tokens = AccessTokens.fromConfig(loadConfig({ AUTH_SECRET }));
const STATES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

/** Runs the CLI as users do (its own process) on a data directory, with the suite's secret. */
function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawnTs('apps/cli/src/main.ts', args, { DATA_DIR: dataDir, AUTH_SECRET });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

/** Every stored event as it would be compared across stores: stream, type and data, in order. */
function logOf(dataDir: string): { stream: string; type: string; data: unknown }[] {
  const file = join(dataDir, 'events.sqlite');
  if (!existsSync(file)) return [];
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare('SELECT stream_name, type, data FROM events ORDER BY position').all() as {
        stream_name: string;
        type: string;
        data: string;
      }[]
    ).map((row) => ({ stream: row.stream_name, type: row.type, data: JSON.parse(row.data) as unknown }));
  } finally {
    db.close();
  }
}

const HEADER = [
  'record',
  'frameworkId',
  'deliverableId',
  'kind',
  'title',
  'adoptedOn',
  'place',
  'adoptingStates',
  'pillar',
  'thematicArea',
  'definedOn',
  'stateCode',
  'leadAgency',
  'dueOn',
  'assignedOn',
  'status',
  'percentComplete',
  'reportedOn',
];

const csvLine = (cells: Record<string, string>): string =>
  HEADER.map((column) => {
    const value = cells[column] ?? '';
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(',');

/**
 * A catalogue of 200 rows: the Dushanbe Declaration 2019 (docs/facts/frameworks.md), 19 test
 * deliverables under it, each assigned to the five States (95), and reports for the first 17 (85).
 * `bad` puts three mistakes in: an unknown State code, a percentage over 100 (both refused by the
 * API's DTOs) and a due date before the assignment (refused by the domain's rule).
 */
function catalogueCsv(bad: boolean): string {
  const lines = [HEADER.join(',')];
  lines.push(
    csvLine({
      record: 'framework',
      frameworkId: 'dushanbe-declaration-2019',
      kind: 'declaration',
      title: 'Dushanbe Declaration (2019)',
      adoptedOn: '2019-05-17',
      place: 'Dushanbe, Tajikistan',
      adoptingStates: STATES.join(';'),
    }),
  );
  const deliverable = (n: number): string => `test-deliverable-${String(n).padStart(3, '0')}`;
  for (let n = 1; n <= 19; n++)
    lines.push(
      csvLine({
        record: 'deliverable',
        frameworkId: 'dushanbe-declaration-2019',
        deliverableId: deliverable(n),
        title: `Test deliverable ${n}`,
        pillar: 'II',
        thematicArea: 'countering the financing of terrorism',
        definedOn: '2019-07-01',
      }),
    );
  for (let n = 1; n <= 19; n++)
    for (const state of STATES) {
      const mistakes = bad && n === 18 && state === 'KG' ? { stateCode: 'XX' } : {};
      const dueMistake = bad && n === 19 && state === 'UZ' ? { dueOn: '2019-01-31' } : {};
      lines.push(
        csvLine({
          record: 'assignment',
          deliverableId: deliverable(n),
          stateCode: state,
          leadAgency: 'Ministry of Internal Affairs',
          dueOn: '2021-12-31',
          assignedOn: '2019-07-15',
          ...mistakes,
          ...dueMistake,
        }),
      );
    }
  for (let n = 1; n <= 17; n++)
    for (const state of STATES)
      lines.push(
        csvLine({
          record: 'progress-report',
          deliverableId: deliverable(n),
          stateCode: state,
          status: 'in-progress',
          percentComplete: bad && n === 9 && state === 'TM' ? '120' : '40',
          reportedOn: '2020-06-30',
        }),
      );
  return `${lines.join('\n')}\n`;
}

/** The line of the first row matching all the given cells (the header is line 1). */
function lineOf(csv: string, match: (table: Table['rows'][number]) => boolean): number {
  const row = readCsv(csv).rows.find(match);
  if (!row) throw new Error('no such row');
  return row.line;
}

interface ImportReport {
  rows: number;
  recorded: number;
  wouldRecord?: number;
  alreadyRecorded: number;
  problems: { line: number; column: string; reason: string; rule?: string }[];
  notChecked: unknown[];
  written: boolean;
  actor: string;
}

describe('CLI import of a CSV/XLSX catalogue', () => {
  let dir: string;
  let dataDir: string;
  let tokenFile: string;
  /** A `load` file: the JPoA's adoption (docs/facts/frameworks.md), as one command. */
  let jpoaCommandFile: string;
  const badCsv = catalogueCsv(true);
  const goodCsv = catalogueCsv(false);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ct-catalogue-'));
    dataDir = join(dir, 'data');
    writeFileSync(join(dir, 'bad.csv'), badCsv);
    writeFileSync(join(dir, 'good.csv'), goodCsv);
    jpoaCommandFile = join(dir, 'jpoa.json');
    writeFileSync(
      jpoaCommandFile,
      JSON.stringify([
        {
          commandId: 'load-jpoa-2011',
          command: 'AdoptDeclaration',
          payload: {
            frameworkId: 'jpoa-central-asia-2011',
            kind: 'plan-of-action',
            title:
              'Joint Plan of Action for the Implementation of the United Nations Global Counter-Terrorism Strategy in Central Asia',
            adoptedOn: '2011-11-30',
            place: 'Ashgabat, Turkmenistan',
            adoptingStates: ['KZ', 'KG', 'TJ', 'TM'],
          },
        },
      ]),
    );
    // Catalogue rows need programme-admin, progress reports a coordinator: one token with both.
    tokenFile = join(dir, 'operator.jwt');
    writeFileSync(
      tokenFile,
      tokens.sign(
        { id: 'catalogue-operator', roles: ['programme-admin', 'coordinator'], states: STATES },
        3600,
      ),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--dry-run reports exactly the 3 bad rows among 200 (line, column, reason) and writes nothing', async () => {
    // Something in the log first (recorded by `load` with the token), so "writes nothing" compares
    // a real log, not a missing file.
    const loaded = await cli(dataDir, 'load', jpoaCommandFile, '--token-file', tokenFile);
    expect(loaded.code).toBe(0);
    expect(JSON.parse(loaded.stdout)).toMatchObject({ recorded: 1, failed: [] });
    const before = logOf(dataDir);
    expect(before.map((e) => e.type)).toEqual(['IdempotencyKeyClaimed', 'DeclarationAdopted']);
    const run = await cli(dataDir, 'import', join(dir, 'bad.csv'), '--dry-run', '--token-file', tokenFile);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as ImportReport;
    expect(report.rows).toBe(200);
    expect(report.notChecked).toEqual([]);
    expect(report.problems).toEqual([
      {
        line: lineOf(badCsv, (r) => r.cells.get('stateCode') === 'XX'),
        column: 'stateCode',
        reason: expect.stringContaining('ISO 3166-1 alpha-2'),
      },
      {
        line: lineOf(badCsv, (r) => r.cells.get('dueOn') === '2019-01-31'),
        column: 'dueOn',
        reason: 'dueOn is before assignedOn',
        rule: 'due-before-assignment',
      },
      {
        line: lineOf(badCsv, (r) => r.cells.get('percentComplete') === '120'),
        column: 'percentComplete',
        reason: expect.stringContaining('percentComplete'),
      },
    ]);
    expect(report.written).toBe(false);
    expect(logOf(dataDir)).toEqual(before);

    // Without --dry-run the same file is refused whole: all or nothing.
    const refused = await cli(dataDir, 'import', join(dir, 'bad.csv'), '--token-file', tokenFile);
    expect(refused.code).toBe(1);
    expect((JSON.parse(refused.stdout) as ImportReport).problems).toHaveLength(3);
    expect(refused.stderr).toContain('nothing was written');
    expect(logOf(dataDir)).toEqual(before);
  }, 120_000);

  it('imports the corrected file as the token principal, and a second run records nothing new', async () => {
    const run = await cli(dataDir, 'import', join(dir, 'good.csv'), '--token-file', tokenFile);
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      rows: 200,
      recorded: 200,
      alreadyRecorded: 0,
      problems: [],
      written: true,
    });
    const log = logOf(dataDir);
    const domainEvents = log.filter((e) => e.type !== 'IdempotencyKeyClaimed');
    expect(domainEvents).toHaveLength(201); // the loaded JPoA and the 200 rows
    expect(domainEvents.filter((e) => e.type === 'ProgressReported')).toHaveLength(85);
    const db = new Database(join(dataDir, 'events.sqlite'), { readonly: true });
    const actors = db
      .prepare(`SELECT DISTINCT json_extract(metadata, '$.actor') AS actor FROM events`)
      .all() as { actor: string }[];
    db.close();
    expect(actors).toEqual([{ actor: 'catalogue-operator' }]);

    const again = await cli(dataDir, 'import', join(dir, 'good.csv'), '--token-file', tokenFile);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ recorded: 0, alreadyRecorded: 200, written: false });
    expect(logOf(dataDir)).toEqual(log);
  }, 120_000);

  it('imports the XLSX variant (dates as date cells) to the same events', async () => {
    const xlsx = join(dir, 'good.xlsx');
    await writeXlsx(readCsv(goodCsv), xlsx);
    const xlsxDataDir = join(dir, 'xlsx-data');
    const dry = await cli(xlsxDataDir, 'import', xlsx, '--dry-run', '--token-file', tokenFile);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ wouldRecord: 200, problems: [], written: false });
    expect(logOf(xlsxDataDir)).toEqual([]);
    const run = await cli(xlsxDataDir, 'import', xlsx, '--token-file', tokenFile);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ recorded: 200, problems: [] });
    // The same events as the CSV's, after the JPoA that `load` put first in the CSV's store.
    expect(logOf(xlsxDataDir)).toEqual(logOf(dataDir).slice(2));
  }, 120_000);

  it('refuses a token without the role a row needs, and one it cannot verify, writing nothing', async () => {
    const fresh = join(dir, 'refused-data');
    const reporter = tokens.sign({ id: 'a-reporter', roles: ['reporter'] }, 3600);
    const run = await cli(fresh, 'import', join(dir, 'good.csv'), '--token', reporter);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as ImportReport;
    expect(report.problems).toHaveLength(200);
    expect(report.problems[0]).toMatchObject({
      line: 2,
      column: 'record',
      rule: 'forbidden',
      reason: expect.stringContaining('programme-admin'),
    });
    expect(report.problems.find((p) => p.reason.includes('ReportProgress'))?.reason).toContain('coordinator');
    expect(logOf(fresh)).toEqual([]);

    const forged = AccessTokens.fromConfig(loadConfig({ AUTH_SECRET: 'x'.repeat(48) })).sign(
      { id: 'forger', roles: ['programme-admin'] },
      3600,
    );
    const unverified = await cli(fresh, 'import', join(dir, 'good.csv'), '--token', forged);
    expect(unverified.code).toBe(1);
    expect(unverified.stderr).toContain('the token is refused');
    expect(logOf(fresh)).toEqual([]);
  }, 120_000);

  it('load takes a token instead of a free-text actor, and authorizes each command as its API route', async () => {
    const fresh = join(dir, 'load-data');
    const file = jpoaCommandFile;
    const anonymous = await cli(fresh, 'load', file);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain('--token');
    const coordinator = tokens.sign({ id: 'tj-coordinator', roles: ['coordinator'], states: ['TJ'] }, 3600);
    const forbidden = await cli(fresh, 'load', file, '--token', coordinator);
    expect(forbidden.code).toBe(1);
    expect(JSON.parse(forbidden.stdout)).toMatchObject({
      recorded: 0,
      failed: [expect.objectContaining({ error: expect.stringContaining('programme-admin') })],
    });
    expect(logOf(fresh)).toEqual([]);
  }, 120_000);
});
