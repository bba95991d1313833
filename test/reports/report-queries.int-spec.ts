import {
  CommandGateway,
  EVENT_STORE,
  type EventStore,
  GenerateReportQuery,
  GenerateReportsQuery,
  ProjectorService,
  READ_STORE,
  type ReadStore,
  ReportWriter,
  TrackerModule,
  WorkTooLargeError,
  generateAssistanceReport,
  generateStateScorecard,
  loadConfig,
  parseCommandRecords,
  reportSet,
  writeReports,
} from '@ct/application';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCommands } from '../../apps/cli/src/load-commands';
import demoScenario from '../../apps/cli/src/seed/demo-scenario.json';

/**
 * Reports read through the QueryBus like every other read: the HTTP routes ask GenerateReportQuery,
 * the CLI and the schedule GenerateReportsQuery through ReportWriter. Each answers { result,
 * checkpoint } and the same report the generators give on the same read store.
 */
const AS_OF = '2026-11-28';
const generatedAt = new Date('2026-11-28T06:00:00Z');

let dir: string;
let app: INestApplicationContext;
let queries: QueryBus;
let store: ReadStore;
let head: bigint;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ct-report-queries-'));
  const config = loadConfig({ DATA_DIR: dir, PROJECTOR: 'in-process', LOG_LEVEL: 'silent' });
  app = await NestFactory.createApplicationContext(TrackerModule.forRoot(config), { logger: false });
  const loaded = await loadCommands(app.get(CommandGateway), parseCommandRecords(demoScenario), 'seed:test');
  expect(loaded.failed).toEqual([]);
  head = (await app.get<EventStore>(EVENT_STORE).headPosition())!;
  expect((await app.get(ProjectorService).waitFor(head, 60_000)).reached).toBe(true);
  queries = app.get(QueryBus);
  store = app.get<ReadStore>(READ_STORE);
}, 180_000);

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GenerateReportQuery', () => {
  it('answers the report the generator gives, with the checkpoint the read models had applied', async () => {
    const answer = await queries.execute(
      new GenerateReportQuery({
        kind: 'state-scorecard',
        params: { stateCode: 'TJ', asOf: AS_OF, generatedAt },
      }),
    );
    expect(answer.checkpoint).toBe(head.toString());
    expect(answer.result.readModelPosition).toBe(head.toString());
    expect(answer.result).toEqual(await generateStateScorecard(store.db, 'TJ', { asOf: AS_OF, generatedAt }));

    const filtered = await queries.execute(
      new GenerateReportQuery({
        kind: 'assistance',
        params: { asOf: AS_OF, generatedAt, lang: 'ru', filters: { recipientState: 'KZ' } },
      }),
    );
    expect(filtered.result).toEqual(
      await generateAssistanceReport(store.db, {
        asOf: AS_OF,
        generatedAt,
        lang: 'ru',
        filters: { recipientState: 'KZ' },
      }),
    );
  });

  it('refuses a report that would gather more rows than maxRows (report-too-large)', async () => {
    const refused = queries.execute(
      new GenerateReportQuery({ kind: 'regional-overview', params: { asOf: AS_OF, maxRows: 3 } }),
    );
    await expect(refused).rejects.toBeInstanceOf(WorkTooLargeError);
    await expect(refused).rejects.toMatchObject({ rule: 'report-too-large', limit: 3 });
  });
});

describe('GenerateReportsQuery and ReportWriter (CLI, schedule)', () => {
  it('writes the same files as writing the reports straight from the read store', async () => {
    const viaBus = join(dir, 'via-bus');
    const direct = join(dir, 'direct');
    const options = { asOf: AS_OF, generatedAt, label: 'Demo data' };
    const { files, run, checkpoint } = await app.get(ReportWriter).write({ ...options, outDir: viaBus });
    await writeReports(store.db, { ...options, outDir: direct });
    expect(run.replay).toBeNull();
    expect(checkpoint).toBe(head.toString());
    expect(run.logHead).toBe(head.toString());
    expect(run.reports.map((r) => r.report)).toEqual([
      ...Array<string>(5).fill('state-scorecard'),
      'regional-overview',
      'framework-progress',
      'assistance',
    ]);
    const names = readdirSync(direct).sort();
    expect(files.map((f) => f.path.slice(viaBus.length + 1)).sort()).toEqual(names);
    for (const name of names)
      expect(readFileSync(join(viaBus, name), 'utf8')).toBe(readFileSync(join(direct, name), 'utf8'));
  });

  it('with knownAt, replays the log once for the whole run and answers from the replay', async () => {
    const progress: string[] = [];
    let replayed = 0;
    const answer = await queries.execute(
      new GenerateReportsQuery(reportSet({ asOf: AS_OF, generatedAt, stateCode: 'TJ' }), {
        knownAt: { date: '2100-01-01' },
        onReplay: (events) => (replayed = events),
        onProgress: (done, total, name) => progress.push(`${done}/${total} ${name}`),
      }),
    );
    expect(progress).toEqual(['0/2 state-scorecard TJ', '1/2 assistance TJ', '2/2 done']);
    expect(answer.result.replay).toMatchObject({ knownAt: '2100-01-01', lastPosition: head.toString() });
    expect(answer.result.replay!.eventsReplayed).toBeGreaterThanOrEqual(replayed);
    expect(answer.checkpoint).toBe(head.toString());
    // The whole log replayed: the same figures as the live read models, and each report says the
    // position the replay reflects (the scratch store's checkpoints are where it replayed to).
    const live = await generateStateScorecard(store.db, 'TJ', { asOf: AS_OF, generatedAt });
    expect(live.readModelPosition).toBe(head.toString());
    expect(answer.result.reports[0]).toEqual(live);
    expect(answer.result.reports.map((r) => r.readModelPosition)).toEqual([head.toString(), head.toString()]);

    // Cut earlier: the reports say that position, not the live read models' (nor -1).
    const cut = head - 5n;
    const earlier = await queries.execute(
      new GenerateReportsQuery(reportSet({ asOf: AS_OF, generatedAt, stateCode: 'TJ' }), {
        knownAt: { position: cut },
      }),
    );
    expect(earlier.result.replay).toMatchObject({ lastPosition: cut.toString() });
    expect(earlier.result.reports.map((r) => r.readModelPosition)).toEqual([cut.toString(), cut.toString()]);

    const before = await queries.execute(
      new GenerateReportsQuery(reportSet({ asOf: AS_OF, generatedAt, stateCode: 'TJ' }), {
        knownAt: { date: '2000-01-01' },
      }),
    );
    expect(before.result.replay).toEqual({ knownAt: '2000-01-01', eventsReplayed: 0, lastPosition: null });
    expect(before.checkpoint).toBe('-1');
    expect(before.result.reports[0]).toMatchObject({
      report: 'state-scorecard',
      readModelPosition: '-1',
      lines: [],
      overdueItems: [],
    });
  });
});
