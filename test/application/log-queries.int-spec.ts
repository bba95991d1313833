import {
  AsOfScorecardQuery,
  CommandGateway,
  CutoffPastHeadError,
  EventLogModule,
  GetEventHistoryQuery,
  GetLogHeadQuery,
  StreamEventHistoryQuery,
  TrackerModule,
  VerifyHashChainsQuery,
  loadConfig,
  parseCommandRecords,
} from '@ct/application';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCommands } from '../../apps/cli/src/load-commands';
import demoScenario from '../../apps/cli/src/seed/demo-scenario.json';

/**
 * Reads of the log itself are queries on the QueryBus like every read, answering
 * { result, checkpoint }: the checkpoint is the log position the read went up to.
 */
describe('Queries of the event log', () => {
  let dir: string;
  let log: INestApplicationContext;
  let queries: QueryBus;
  let head: bigint;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ct-log-queries-'));
    const config = loadConfig({ DATA_DIR: dir, PROJECTOR: 'off', LOG_LEVEL: 'silent' });
    const app = await NestFactory.createApplicationContext(TrackerModule.forRoot(config), { logger: false });
    const report = await loadCommands(
      app.get(CommandGateway),
      parseCommandRecords(demoScenario),
      'seed:test',
    );
    expect(report.failed).toEqual([]);
    await app.close();
    // The log alone: the read store is never opened (cli verify and history work without it).
    rmSync(join(dir, 'read-models.sqlite'), { force: true });
    log = await NestFactory.createApplicationContext(EventLogModule.forRoot(config), { logger: false });
    expect(existsSync(join(dir, 'read-models.sqlite'))).toBe(false);
    queries = log.get(QueryBus);
    const answer = await queries.execute(new GetLogHeadQuery());
    head = BigInt(answer.result!);
    expect(answer.checkpoint).toBe(head.toString());
  }, 60_000);

  afterAll(async () => {
    await log.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a page ends at its next position; the last page at the head of the log', async () => {
    const first = await queries.execute(new GetEventHistoryQuery({ kind: 'log' }, {}, 10));
    expect(first.result.items).toHaveLength(10);
    expect(first.checkpoint).toBe(first.result.next);
    expect(first.checkpoint).toBe(first.result.items[9]!.position);
    const rest = await queries.execute(
      new GetEventHistoryQuery({ kind: 'log' }, { after: BigInt(first.result.next!) }, 100_000),
    );
    expect(rest.result.next).toBeNull();
    expect(rest.checkpoint).toBe(head.toString());
    // A stream's history on its last page: the whole log was read up to the head for it.
    const stream = await queries.execute(
      new GetEventHistoryQuery(
        { kind: 'stream', streamName: 'framework-dushanbe-declaration-2019' },
        {},
        500,
      ),
    );
    expect(stream.result.items.length).toBeGreaterThan(0);
    expect(stream.checkpoint).toBe(head.toString());
  });

  it('a streamed history says, before its first event, the head it covers', async () => {
    const answer = await queries.execute(new StreamEventHistoryQuery({ kind: 'state', stateCode: 'TJ' }, {}));
    expect(answer.checkpoint).toBe(head.toString());
    const positions: bigint[] = [];
    for await (const event of answer.result) positions.push(BigInt(event.position));
    expect(positions.length).toBeGreaterThan(0);
    expect(positions.every((p) => p <= head)).toBe(true);
    expect([...positions].sort((a, b) => (a < b ? -1 : 1))).toEqual(positions);
  });

  it('verify vouches for the log up to the last event it checked', async () => {
    const answer = await queries.execute(new VerifyHashChainsQuery());
    expect(answer.result.ok).toBe(true);
    expect(answer.result.eventsChecked).toBe(2 * demoScenario.length);
    expect(answer.checkpoint).toBe(head.toString());
  });

  it('an as-of refuses a position past the head before any replay', async () => {
    const config = loadConfig({ DATA_DIR: dir, PROJECTOR: 'off', LOG_LEVEL: 'silent' });
    const app = await NestFactory.createApplicationContext(TrackerModule.forRoot(config), { logger: false });
    try {
      const bus = app.get(QueryBus);
      await expect(
        bus.execute(new AsOfScorecardQuery({ knownAt: { position: head + 1n } }, { stateCode: 'TJ' })),
      ).rejects.toThrow(CutoffPastHeadError);
      const atHead = await bus.execute(new AsOfScorecardQuery({ knownAt: { position: head } }, {}));
      expect(atHead.checkpoint).toBe(atHead.result.lastPosition);
      expect(BigInt(atHead.checkpoint)).toBe(head);
    } finally {
      await app.close();
      rmSync(join(dir, 'read-models.sqlite'), { force: true });
    }
  }, 60_000);
});
