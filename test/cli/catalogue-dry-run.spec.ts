import { SqliteEventStore } from '@ct/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCatalogue } from '../../apps/cli/src/import/import-catalogue';
import { readCsv } from '../../apps/cli/src/import/read-table';

const HEADER =
  'record,frameworkId,deliverableId,kind,title,adoptedOn,place,adoptingStates,pillar,thematicArea,definedOn,stateCode,leadAgency,dueOn,assignedOn';
const FRAMEWORK =
  'framework,dushanbe-declaration-2019,,declaration,Dushanbe Declaration (2019),2019-05-17,Dushanbe,KZ;KG;TJ;TM;UZ,,,,,,,';
const deliverable = (id: string, framework = 'dushanbe-declaration-2019', pillar = 'II') =>
  `deliverable,${framework},${id},,Title of ${id},,,,${pillar},cft,2019-07-01,,,,`;
const assignment = (id: string, state: string) =>
  `assignment,,${id},,,,,,,,,${state},Ministry,2021-12-31,2019-07-15`;

/** The dry run in-process (it reads the log and writes nothing, so no gateway is needed). */
describe('catalogue dry run', () => {
  let dir: string;
  let store: SqliteEventStore;
  const principal = { id: 'operator', roles: ['programme-admin' as const], states: [] };
  const dryRun = (...lines: string[]) =>
    importCatalogue({
      table: readCsv([HEADER, ...lines].join('\n')),
      principal,
      dryRun: true,
      gateway: {} as never,
      eventStore: store,
    });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ct-dry-run-'));
    store = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('decides rows in dependency order, whatever the file order, with the rows before them', async () => {
    const report = await dryRun(assignment('d-one', 'TJ'), deliverable('d-one'), FRAMEWORK);
    expect(report).toMatchObject({ problems: [], notChecked: [], wouldRecord: 3, written: false });
    expect(await store.headPosition()).toBeUndefined();
  });

  it("lists a bad row once, and the rows that depend on it under notChecked with the bad row's line", async () => {
    const report = await dryRun(
      FRAMEWORK,
      deliverable('d-bad', 'dushanbe-declaration-2019', 'V'),
      assignment('d-bad', 'TJ'),
      deliverable('d-orphan', 'no-such-framework'),
      assignment('d-orphan', 'KZ'),
    );
    expect(report.problems).toEqual([
      { line: 3, column: 'pillar', reason: expect.stringContaining('pillar') },
      { line: 5, column: 'frameworkId', reason: expect.any(String), rule: expect.any(String) },
    ]);
    expect(report.notChecked).toEqual([
      { line: 4, dependsOnLine: 3 },
      { line: 6, dependsOnLine: 5 },
    ]);
  });

  it('refuses a second row with the same identity and other content; the same row twice is one record', async () => {
    const report = await dryRun(
      FRAMEWORK,
      deliverable('d-twice'),
      deliverable('d-twice', 'dushanbe-declaration-2019', 'III'),
    );
    expect(report.problems).toEqual([
      {
        line: 4,
        column: 'record',
        reason: expect.stringContaining('earlier row'),
        rule: 'idempotency-key-reused',
      },
    ]);
    // The same row twice is the same record: counted once to record, once as already there.
    const same = await dryRun(FRAMEWORK, deliverable('d-same'), deliverable('d-same'));
    expect(same).toMatchObject({ problems: [], wouldRecord: 2, alreadyRecorded: 1 });
  });
});
