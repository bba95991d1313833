import { createEventStore, loadConfig } from '@ct/application';
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AccessTokens } from '@ct/application';
import { killHard, startApiProcess } from '../support/child-process';
import { idleLiveness, livenessCeilingMs, percentile, probeLiveness, seedBulkLog } from './support/bulk-log';
import {
  STATES,
  emptyCounts,
  loadCommand,
  post,
  report,
  scale,
  setupCommands,
  until,
} from './support/reliability';

const DELIVERABLES = 3;
/** A steady, paced load (a closed loop of writers would only measure the disk's fsync queue). */
const WRITERS = 4;
const PAUSE_MS = 25;

const latestAllowedDate = (): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear() + 10, now.getUTCMonth(), now.getUTCDate()))
    .toISOString()
    .slice(0, 10);
};

/**
 * The as-of bomb of issue #14 while writers keep the API busy: the heaviest as-of and report the
 * API accepts, against a large log, with liveness probes every 10 ms. Probes stay within the
 * ceiling (p99), every acknowledged write is in the log, and the heavy answers are complete.
 */
describe('Bounded work under load: the as-of bomb while writers run', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-bomb-'));
  let child: ChildProcess;
  let url: string;
  let tokens: AccessTokens;

  beforeAll(async () => {
    await seedBulkLog(dataDir, scale(20_000, 60_000));
    // The report's limit above the rows the log holds: the report is then accepted and does all its work.
    ({ child, url, tokens } = await startApiProcess({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'error',
      REPORT_MAX_ROWS: '1000000',
    }));
    await until(async () => (await fetch(`${url}/health/ready`)).status === 200, 120_000, 'readiness');
    const admin = tokens.sign({ id: 'admin.unoct', roles: ['programme-admin'], states: [] }, 3600);
    // The demo scenario in the seeded log has already adopted the framework: only its deliverables.
    for (const c of setupCommands(DELIVERABLES).filter((c) => c.path !== '/frameworks')) {
      const answer = await post(url, c.path, admin, c.body, c.key);
      if (answer.status !== 201)
        throw new Error(`setup ${c.key}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
  }, 240_000);
  afterAll(async () => {
    if (child) await killHard(child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps /health/live answering and loses no write while the heaviest accepted requests run', async () => {
    const counts = { ...emptyCounts(), bombs: 0, probes: 0, loadP99Ms: 0, healthP99Ms: 0, ceilingMs: 0 };
    const acknowledgedEventIds: string[] = [];
    let writing = true;
    let next = 0;
    const writers = Promise.all(
      Array.from({ length: WRITERS }, async (_, client) => {
        const state = STATES[client % STATES.length]!;
        const token = tokens.sign(
          { id: `coordinator.${client}`, roles: ['coordinator'], states: [state] },
          3600,
        );
        while (writing) {
          const command = loadCommand('bomb', client, next++, state, DELIVERABLES);
          counts.sent += 1;
          const answer = await post(url, command.path, token, command.body, command.key, 60_000);
          if (answer.status === 201) {
            counts.acknowledged += 1;
            acknowledgedEventIds.push(...(answer.body.eventIds as string[]));
          } else counts.rejected += 1;
          await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
        }
      }),
    );

    // The baseline is the same load without the bombs: durable writes (an fsync per group commit)
    // cost the loop what they cost; the bombs must not add to it beyond the ceiling.
    // Measured once the load is running (every writer acknowledged), not after a guessed delay.
    await until(() => counts.acknowledged >= WRITERS * 3, 60_000, 'the write load to be running');
    const loaded = await idleLiveness(url, 3_000);
    const ceiling = livenessCeilingMs(loaded);
    counts.loadP99Ms = Math.round(percentile(loaded, 0.99));
    counts.ceilingMs = Math.round(ceiling);

    const auditor = tokens.sign({ id: 'auditor.oios', roles: ['auditor'], states: [] }, 3600);
    const reporter = tokens.sign({ id: 'reporting-job', roles: ['reporter'], states: [] }, 3600);
    const bombs = async () => {
      const answers: { path: string; status: number; bytes: number }[] = [];
      for (let round = 0; round < scale(1, 3); round++)
        for (const [path, token] of [
          [`/audit/as-of/scorecards?date=${latestAllowedDate()}`, auditor],
          [`/reports/regional-overview?asOf=${latestAllowedDate()}&format=html`, reporter],
        ] as const) {
          const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
          answers.push({ path, status: response.status, bytes: (await response.text()).length });
        }
      return answers;
    };
    const { result, latenciesMs } = await probeLiveness(url, bombs(), 10);
    writing = false;
    await writers;

    counts.bombs = result.length;
    counts.probes = latenciesMs.length;
    counts.healthP99Ms = Math.round(percentile(latenciesMs, 0.99));
    const store = createEventStore(loadConfig({ DATA_DIR: dataDir }));
    const stored = new Set<string>();
    try {
      for await (const event of store.readAll()) stored.add(event.id);
    } finally {
      await store.close();
    }
    counts.eventsStored = stored.size;
    counts.lost = acknowledgedEventIds.filter((id) => !stored.has(id)).length;
    report('as-of-bomb-under-load', counts);

    expect(result.map((a) => a.status)).toEqual(result.map(() => 200));
    expect(counts.acknowledged).toBeGreaterThan(0);
    expect(counts.rejected).toBe(0);
    expect(counts.lost).toBe(0);
    expect(latenciesMs.length).toBeGreaterThan(0);
    expect(percentile(latenciesMs, 0.99)).toBeLessThan(ceiling);
  }, 600_000);
});
