import { AccessTokens, loadConfig } from '@ct/application';
import { type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort, spawnTs } from '../support/child-process';
import { type LogLine } from './support/log-capture';

/** The next line of the child's log that the predicate accepts, or a failure naming what was seen. */
function nextLine(
  lines: LogLine[],
  predicate: (line: LogLine) => boolean,
  ceilingMs: number,
): Promise<LogLine> {
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const found = lines.find(predicate);
      if (found) {
        clearInterval(timer);
        clearTimeout(ceiling);
        resolve(found);
      }
    }, 20);
    const ceiling = setTimeout(() => {
      clearInterval(timer);
      reject(
        new Error(
          `no such log line within ${ceilingMs} ms; got:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`,
        ),
      );
    }, ceilingMs);
  });
}

/**
 * The real API process (apps/api/src/main.ts) started with EventStoreDB unreachable: a connection
 * string to a port nothing listens on. The outage must be visible: a warn line with the reason,
 * the projector's lastError, and readiness false.
 */
describe('API with EventStoreDB unreachable', () => {
  let child: ChildProcess;
  let dataDir: string;
  let url: string;
  const lines: LogLine[] = [];
  const secret = randomBytes(48).toString('base64url');

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ct-esdb-down-'));
    const [apiPort, closedPort] = [await freePort(), await freePort()];
    url = `http://127.0.0.1:${apiPort}`;
    child = spawnTs('apps/api/src/main.ts', [], {
      DATA_DIR: dataDir,
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      AUTH_SECRET: secret,
      LOG_LEVEL: 'info',
      EVENTSTORE_CONNECTION_STRING: `esdb://127.0.0.1:${closedPort}?tls=false`,
    });
    createInterface({ input: child.stdout! }).on('line', (text) => {
      try {
        lines.push(JSON.parse(text) as LogLine);
      } catch {
        // not a log line (e.g. a runtime warning)
      }
    });
    // Starting a TypeScript child compiles it first: generous, and not what is measured.
    await nextLine(lines, (l) => l.msg.startsWith('API listening'), 60_000);
  }, 90_000);
  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs the subscription drop at warn with the reason within 5 s of listening', async () => {
    const warn = await nextLine(lines, (l) => l.level === 40 && l.context === 'Projector', 5_000);
    expect(warn.msg).toMatch(/unavailable|ECONNREFUSED|No connection/i);
  });

  it('reports it: lastError set, readiness false', async () => {
    const auditor = AccessTokens.fromConfig(loadConfig({ AUTH_SECRET: secret })).sign(
      { id: 'auditor', roles: ['auditor'], states: [] },
      600,
    );
    const detail = await fetch(`${url}/health`, { headers: { Authorization: `Bearer ${auditor}` } });
    const body = (await detail.json()) as { readModels: { projector: { lastError: string | null } } };
    expect(detail.status).toBe(503);
    expect(body.readModels.projector.lastError).toEqual(expect.any(String));

    const ready = await fetch(`${url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({
      ready: false,
      failing: expect.arrayContaining(['projector-erroring']),
    });
  });
});
