import 'reflect-metadata';
import { checkCommandFile } from '../../apps/cli/src/import/command-file';
import { jsonValueLines, lineOf } from '../../apps/cli/src/import/json-lines';
import demoScenario from '../../apps/cli/src/seed/demo-scenario.json';

/** A command file as a person writes it: one entry after another, pretty-printed. */
const fileOf = (entries: unknown[]): string => JSON.stringify(entries, null, 2);

describe('load: every command checked as its API route checks the request, before anything is recorded', () => {
  it('accepts every command of the demo scenario (each route, its path parameters and body)', async () => {
    const { records, problems } = await checkCommandFile(fileOf(demoScenario), 'cli:load');
    expect(problems).toEqual([]);
    expect(records).toHaveLength(demoScenario.length);
  });

  it('names every bad field of every command with its line, and gives no record to send', async () => {
    const entries = [
      {
        commandId: 'ok-1',
        command: 'AdoptDeclaration',
        payload: {
          frameworkId: 'dushanbe-declaration-2019',
          kind: 'declaration',
          title: 'Dushanbe Declaration',
          adoptedOn: '2019-05-04',
          place: 'Dushanbe, Tajikistan',
          adoptingStates: ['TJ'],
        },
      },
      {
        commandId: 'bad-create',
        command: 'AdoptDeclaration',
        payload: {
          frameworkId: 'X',
          kind: 'declaration',
          title: 'Another',
          adoptedOn: '2019-02-30',
          place: 'Dushanbe, Tajikistan',
          adoptingStates: ['TJ', 'XX'],
        },
      },
      {
        commandId: 'bad-report',
        command: 'ReportProgress',
        payload: {
          deliverableId: 'criminalise-tf',
          stateCode: 'TJ',
          reportedOn: '2024-06-01',
          status: 'in-progress',
          percentComplete: 150,
          colour: 'green',
        },
      },
      { commandId: '', command: 'LaunchRocket', payload: [] },
    ];
    const text = fileOf(entries);
    const { records, problems } = await checkCommandFile(text, 'cli:load');
    expect(records).toEqual([]);
    const lines = text.split('\n');
    /** The line of the first `"key":` at or after the line of `after`, 1-based. */
    const lineOfKey = (key: string, after: string): number => {
      const start = lines.findIndex((l) => l.includes(after));
      return lines.findIndex((l, i) => i >= start && l.includes(`"${key}":`)) + 1;
    };
    const byEntry = (entry: number) =>
      problems.filter((p) => p.entry === entry).map(({ line, field }) => ({ line, field }));
    expect(byEntry(0)).toEqual([]);
    // The created aggregate's id is the body's `id`: named as the file names it.
    expect(byEntry(1)).toEqual(
      expect.arrayContaining([
        { line: lineOfKey('frameworkId', '"bad-create"'), field: 'payload.frameworkId' },
        { line: lineOfKey('adoptedOn', '"bad-create"'), field: 'payload.adoptedOn' },
        { line: lineOfKey('adoptingStates', '"bad-create"'), field: 'payload.adoptingStates' },
      ]),
    );
    expect(problems.find((p) => p.field === 'payload.frameworkId')!.message).toMatch(/^frameworkId /);
    expect(byEntry(2)).toEqual(
      expect.arrayContaining([
        { line: lineOfKey('percentComplete', '"bad-report"'), field: 'payload.percentComplete' },
        { line: lineOfKey('colour', '"bad-report"'), field: 'payload.colour' },
      ]),
    );
    expect(byEntry(2).map((p) => p.field)).not.toContain('payload.deliverableId');
    expect(
      byEntry(3)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['command', 'commandId', 'payload']);
    expect(problems.filter((p) => p.entry === 2).every((p) => p.commandId === 'bad-report')).toBe(true);
  });

  it('checks path parameters with the route own pipes: a malformed deliverable id in a non-creating command', async () => {
    const { problems } = await checkCommandFile(
      fileOf([
        {
          commandId: 'c',
          command: 'CancelDeliverable',
          payload: { deliverableId: 'Not An Id', reason: 'superseded', cancelledOn: '2021-03-01' },
        },
        {
          commandId: 'w',
          command: 'WithdrawProgressReport',
          payload: {
            deliverableId: 'criminalise-tf',
            stateCode: 'TJ',
            reportId: { eventIdOf: 'c' },
            reason: 'duplicate',
          },
        },
      ]),
      'cli:load',
    );
    expect(problems.map(({ entry, field }) => ({ entry, field }))).toEqual([
      { entry: 0, field: 'payload.deliverableId' },
    ]);
  });

  it('refuses what is not a command file, naming line 1', async () => {
    for (const text of ['{"commandId": "x"}', '[1,', 'null']) {
      const { records, problems } = await checkCommandFile(text, 'cli:load');
      expect(records).toEqual([]);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.line).toBe(1);
    }
  });
});

describe('the lines of a JSON text by value path', () => {
  it('finds each value, and the nearest enclosing one for a path the text does not have', () => {
    const text = '[\n  {\n    "a": 1,\n    "b": {\n      "c": ["x",\n        "y\\"}"]\n    }\n  }\n]';
    const lines = jsonValueLines(text);
    expect(lines.get('[0]')).toBe(2);
    expect(lines.get('[0].a')).toBe(3);
    expect(lines.get('[0].b.c[1]')).toBe(6);
    expect(lineOf(lines, '[0].b.missing')).toBe(4);
    expect(lineOf(lines, '[0].nothing.deeper')).toBe(2);
  });
});
