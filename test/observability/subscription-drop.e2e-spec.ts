import { ProjectorService } from '@ct/application';
import { type ApiHarness, startApi } from '../support/api-harness';
import { parseExposition, sampleOf } from './support/scrape';

const SCRAPE_TOKEN = 'scrape-fedcba9876543210fedcba9876543210';

/** Polls a condition of the running API, with a ceiling: outages and recovery happen in the background. */
async function until<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  ceilingMs: number,
): Promise<T> {
  const deadline = Date.now() + ceilingMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ceilingMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * EventStoreDB (the in-repo emulator, through the real client) goes away under a live projector and
 * comes back: the drop shows in the projector status, readiness and /metrics, and clears by itself.
 */
describe('subscription drop and recovery, on EventStoreDB', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({ METRICS_TOKEN: SCRAPE_TOKEN }, {}, { eventStore: 'esdb' });
  });
  afterAll(() => api.close());

  const status = () => api.app.get(ProjectorService).status!;
  const ready = async () => (await api.http().get('/health/ready')).status;
  const resubscriptions = async () => {
    const text = (await api.http().get('/metrics').set('Authorization', `Bearer ${SCRAPE_TOKEN}`)).text;
    return sampleOf(parseExposition(text), 'ct_event_store_resubscriptions_total') ?? 0;
  };

  it('sets lastError, fails readiness and counts resubscriptions while down; clears them once back', async () => {
    await until('ready', async () => ((await ready()) === 200 ? true : undefined), 10_000);
    expect(status().lastError).toBeUndefined();
    expect(await resubscriptions()).toBe(0);

    await api.emulator!.stop();
    const lastError = await until('lastError set', () => status().lastError, 10_000);
    // The transport's own words (a cancelled call when the server goes away mid-stream).
    expect(lastError).toMatch(/unavailable|cancelled|ECONNREFUSED|No connection|ended/i);
    expect(await ready()).toBe(503);
    expect(await resubscriptions()).toBeGreaterThan(0);
    expect(status().resubscriptions).toBeGreaterThan(0);

    await api.emulator!.start();
    // Backoff doubles up to 5 s between attempts: the ceiling leaves room for a few of them.
    await until('lastError cleared', () => (status().lastError === undefined ? true : undefined), 20_000);
    await until('ready again', async () => ((await ready()) === 200 ? true : undefined), 20_000);
  }, 60_000);
});

describe('/metrics without METRICS_TOKEN', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('accepts no scrape token: only auditors and programme admins', async () => {
    expect((await api.http().get('/metrics').set('Authorization', `Bearer ${SCRAPE_TOKEN}`)).status).toBe(
      401,
    );
    expect(
      (
        await api
          .http()
          .get('/metrics')
          .set(api.authAs({ sub: 'c', roles: ['coordinator'], states: ['TJ'] }))
      ).status,
    ).toBe(403);
    expect(
      (
        await api
          .http()
          .get('/metrics')
          .set(api.authAs({ sub: 'p', roles: ['programme-admin'] }))
      ).status,
    ).toBe(200);
  });
});
