import { COMMAND_NAMES } from '@ct/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiRolesFor, refusalFor } from '../../apps/cli/src/import/api-routes';
import {
  ALL_COLUMNS,
  RECORD_KINDS,
  type RowProblem,
  columnsOf,
  prepareRow,
} from '../../apps/cli/src/import/catalogue-records';
import { importCatalogue } from '../../apps/cli/src/import/import-catalogue';
import { type Table, readCsv, readTable } from '../../apps/cli/src/import/read-table';

const templates = join(__dirname, '../../docs/templates');
const plain = (table: Table) => ({
  columns: table.columns,
  rows: table.rows.map((row) => ({ line: row.line, cells: Object.fromEntries(row.cells) })),
});

describe('the catalogue template (docs/templates)', () => {
  it('says the same in CSV and XLSX (regenerate the XLSX after editing the CSV)', async () => {
    const csv = await readTable(join(templates, 'catalogue-template.csv'));
    const xlsx = await readTable(join(templates, 'catalogue-template.xlsx'));
    expect(plain(xlsx)).toEqual(plain(csv));
    expect(csv.rows.length).toBeGreaterThan(0);
  });

  it('uses known columns only, shows every kind of record, and every row passes the API validation', async () => {
    const csv = await readTable(join(templates, 'catalogue-template.csv'));
    expect(csv.columns.filter((c) => !ALL_COLUMNS.includes(c.split('.')[0]!))).toEqual([]);
    expect(new Set(csv.rows.map((row) => row.cells.get('record')))).toEqual(
      new Set(RECORD_KINDS.map((kind) => kind.name)),
    );
    for (const row of csv.rows) expect(await prepareRow(row)).not.toBeInstanceOf(Array);
  });

  it('documents every column the importer accepts', () => {
    const readme = readFileSync(join(templates, 'README.md'), 'utf8');
    const documented = (column: string) => readme.includes(`\`${column}\``);
    const columns = RECORD_KINDS.flatMap((kind) => columnsOf(kind)).flatMap((column) =>
      column === 'name' ? ['name.en', 'name.ru'] : [column],
    );
    expect([...new Set(columns)].filter((column) => !documented(column))).toEqual([]);
  });
});

describe('reading a catalogue row', () => {
  const table = readCsv(
    '\uFEFFrecord,deliverableId,stateCode,status,percentComplete,note,evidence,reportedOn\n' +
      'progress-report,criminalise-tf,TJ,in-progress,60,"two\nlines",a;b,2020-06-30\n' +
      '\n' +
      'Progress Report,criminalise-tf,TJ,done,sixty,,,2020-02-30\n' +
      'assignment,criminalise-tf,TJ,,,,,\n',
  );

  it('drops the byte-order mark, skips empty lines, and numbers a row by the line it starts on', () => {
    expect(table.columns[0]).toBe('record');
    expect(table.rows.map((row) => row.line)).toEqual([2, 5, 6]);
    expect(table.rows[0]!.cells.get('note')).toBe('two\nlines');
  });

  it('refuses a CSV that is not UTF-8 (a legacy code page), saying how to save it', () => {
    expect(() => readCsv(Buffer.from([0x72, 0x65, 0x63, 0x6f, 0x72, 0x64, 0x0a, 0xe9, 0x0a]))).toThrow(
      'CSV UTF-8',
    );
  });

  it('builds the payload the API controller would send, with numbers and lists typed', async () => {
    expect(await prepareRow(table.rows[0]!)).toMatchObject({
      kind: { name: 'progress-report', command: 'ReportProgress' },
      payload: {
        deliverableId: 'criminalise-tf',
        stateCode: 'TJ',
        status: 'in-progress',
        percentComplete: 60,
        note: 'two\nlines',
        evidence: ['a', 'b'],
        reportedOn: '2020-06-30',
      },
      idempotencyKey:
        'catalogue:progress-report:deliverableId=criminalise-tf:stateCode=TJ:reportedOn=2020-06-30',
    });
  });

  it('names every bad cell of a row by line and column, and the cells that do not apply', async () => {
    const problems = (await prepareRow(table.rows[1]!)) as RowProblem[];
    expect(problems.map((p) => [p.line, p.column])).toEqual(
      expect.arrayContaining([
        [5, 'status'],
        [5, 'percentComplete'],
        [5, 'reportedOn'],
      ]),
    );
    const misplaced = (await prepareRow(table.rows[2]!)) as RowProblem[];
    expect(misplaced.map((p) => p.column)).toEqual(
      expect.arrayContaining(['leadAgency', 'dueOn', 'assignedOn']),
    );
    const unknown = (await prepareRow({ line: 9, cells: new Map([['record', 'treaty']]) })) as RowProblem[];
    expect(unknown).toEqual([{ line: 9, column: 'record', reason: expect.stringContaining('framework') }]);
  });
});

describe('the header of a catalogue', () => {
  it('is refused for an unknown, a repeated or a missing record column, before any row is read', async () => {
    const principal = { id: 'a', roles: ['programme-admin' as const], states: [] };
    const check = (csv: string) =>
      importCatalogue({
        table: readCsv(csv),
        principal,
        dryRun: true,
        // Never reached: a bad header stops before the rows are decided.
        gateway: {} as never,
        eventStore: {} as never,
      });
    const misspelt = await check('record,frameworkId,titel,title\nframework,x,y,z\n');
    expect(misspelt.problems).toEqual([
      { line: 1, column: 'titel', reason: expect.stringContaining("unknown column 'titel'") },
    ]);
    const repeated = await check('record,title,title\nframework,a,b\n');
    expect(repeated.problems).toEqual([
      { line: 1, column: 'title', reason: expect.stringContaining('more than once') },
    ]);
    const noRecord = await check('kind,title\ndeclaration,a\n');
    expect(noRecord.problems).toEqual([
      { line: 1, column: 'record', reason: expect.stringContaining("no 'record'") },
    ]);
    expect(noRecord.written).toBe(false);
  });
});

describe('authorization of CLI commands by their API route', () => {
  it('knows the API route, and so the roles, of every command of the domain', () => {
    expect(COMMAND_NAMES.filter((name) => !apiRolesFor(name)?.length)).toEqual([]);
  });

  it('refuses a command the token has no role for, and assistance to a coordinator', () => {
    const coordinator = { id: 'c', roles: ['coordinator' as const], states: ['TJ'] };
    expect(refusalFor(coordinator, 'AdoptDeclaration')).toContain('programme-admin');
    expect(refusalFor(coordinator, 'ReportProgress')).toBeUndefined();
    expect(refusalFor(coordinator, 'ProvideAssistance')).toContain('over HTTP');
    expect(
      refusalFor({ id: 'a', roles: ['programme-admin'], states: [] }, 'ProvideAssistance'),
    ).toBeUndefined();
  });
});
