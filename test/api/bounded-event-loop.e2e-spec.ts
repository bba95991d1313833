import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ChildProcess } from 'node:child_process';
import { type AccessTokens } from '@ct/application';
import { killHard, startApiProcess } from '../support/child-process';
import {
  idleLiveness,
  livenessCeilingMs,
  percentile,
  probeLiveness,
  seedBulkLog,
} from '../reliability/support/bulk-log';

const latestAllowedDate = (): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear() + 10, now.getUTCMonth(), now.getUTCDate()))
    .toISOString()
    .slice(0, 10);
};

/**
 * The worst requests the API still accepts (an as-of of the whole log, a report over every
 * assignment's whole history as of the latest allowed date) against a log big enough that doing
 * either in one go holds the event loop for seconds. The API runs as its own process, so the probes
 * measure it, not this test's event loop.
 */
describe('Bounded work: the worst accepted requests do not stall the process', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-bounded-'));
  let child: ChildProcess;
  let url: string;
  let tokens: AccessTokens;

  beforeAll(async () => {
    await seedBulkLog(dataDir, 20_000);
    ({ child, url, tokens } = await startApiProcess({ DATA_DIR: dataDir, LOG_LEVEL: 'error' }));
    // The in-process projector first catches up with the seeded log.
    const deadline = Date.now() + 60_000;
    while ((await fetch(`${url}/health/ready`)).status !== 200) {
      if (Date.now() > deadline) throw new Error('the API did not become ready');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 120_000);
  afterAll(async () => {
    if (child) await killHard(child);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const get = async (path: string, roles: ('auditor' | 'reporter')[]) => {
    const started = performance.now();
    const response = await fetch(`${url}${path}`, {
      headers: { authorization: `Bearer ${tokens.sign({ id: 'bomb', roles, states: [] }, 600)}` },
    });
    const body = await response.text();
    return { status: response.status, bytes: body.length, ms: performance.now() - started, body };
  };

  it.each([
    [
      'an as-of of the whole log',
      `/audit/as-of/scorecards?date=${latestAllowedDate()}`,
      ['auditor' as const],
    ],
    [
      'a regional overview as of the latest allowed date, as HTML',
      `/reports/regional-overview?asOf=${latestAllowedDate()}&format=html`,
      ['reporter' as const],
    ],
  ])(
    'answers %s while /health/live keeps answering',
    async (_what, path, roles) => {
      const idle = await idleLiveness(url, 2_000);
      const ceiling = livenessCeilingMs(idle);
      const { result, latenciesMs } = await probeLiveness(url, get(path, roles), 10);
      expect({ status: result.status, body: result.status === 200 ? 'ok' : result.body }).toEqual({
        status: 200,
        body: 'ok',
      });
      // The request took long enough for probes to run during it.
      expect(latenciesMs.length).toBeGreaterThanOrEqual(1);
      const p99 = percentile(latenciesMs, 0.99);
      console.log(
        `${path}: ${Math.round(result.ms)} ms, ${result.bytes} bytes; ${latenciesMs.length} probes, p99 ${p99.toFixed(1)} ms (idle p99 ${percentile(idle, 0.99).toFixed(1)} ms, ceiling ${ceiling.toFixed(0)} ms), max ${Math.max(...latenciesMs).toFixed(1)} ms`,
      );
      expect(p99).toBeLessThan(ceiling);
    },
    120_000,
  );
});
