import { ProjectorService } from '@ct/application';
import { type ApiHarness, jpoa, startApi } from '../support/api-harness';
import { type Sample, parseExposition, sampleOf } from './support/scrape';

const SCRAPE_TOKEN = 'scrape-0123456789abcdef0123456789abcdef';

const framework = (id: string) => ({ ...jpoa, id });

describe('/metrics', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;

  beforeAll(async () => {
    api = await startApi({ METRICS_TOKEN: SCRAPE_TOKEN });
    admin = api.authAs({ sub: 'admin.unoct', roles: ['programme-admin'] });
  });
  afterAll(() => api.close());

  async function scrape(): Promise<Sample[]> {
    const response = await api.http().get('/metrics').set('Authorization', `Bearer ${SCRAPE_TOKEN}`);
    expect(response.status).toBe(200);
    return parseExposition(response.text);
  }

  /** Scrapes until the predicate holds (the projector works in the background), 10 s ceiling. */
  async function scrapeUntil(predicate: (samples: Sample[]) => boolean): Promise<Sample[]> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const samples = await scrape();
      if (predicate(samples)) return samples;
      if (Date.now() > deadline) throw new Error('the metrics did not reach the expected values in 10 s');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const adopt = (id: string) =>
    api
      .http()
      .post('/frameworks')
      .set({ ...admin, 'Idempotency-Key': `adopt-${id}` })
      .send(framework(id))
      .expect(201);

  describe('who may scrape', () => {
    it('answers the scrape token with the Prometheus text format, without a user token', async () => {
      const response = await api.http().get('/metrics').set('Authorization', `Bearer ${SCRAPE_TOKEN}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(response.text).toContain('# TYPE ct_http_request_duration_seconds histogram');
    });

    it('refuses another token, no token and readers; operators keep their access', async () => {
      const wrong = `${SCRAPE_TOKEN.slice(0, -1)}0`;
      expect((await api.http().get('/metrics').set('Authorization', `Bearer ${wrong}`)).status).toBe(401);
      expect((await api.http().get('/metrics')).status).toBe(401);
      const reporter = api.authAs({ sub: 'r', roles: ['reporter'] });
      expect((await api.http().get('/metrics').set(reporter)).status).toBe(403);
      const auditor = api.authAs({ sub: 'a', roles: ['auditor'] });
      const answer = await api.http().get('/metrics').set(auditor);
      expect(answer.status).toBe(200);
      expect(answer.text).toContain('ct_event_store_append_duration_seconds');
    });
  });

  it('counts HTTP requests by route template and status', async () => {
    const count = (samples: Sample[], labels: Record<string, string>) =>
      sampleOf(samples, 'ct_http_request_duration_seconds_count', labels) ?? 0;
    const before = await scrape();
    await adopt('metrics-http');
    await api.http().get('/frameworks/metrics-http').set(admin).expect(200);
    await api.http().get('/no-such-route/12345').set(admin).expect(404);
    const after = await scrape();

    for (const labels of [
      { method: 'POST', route: '/frameworks', status: '201' },
      { method: 'GET', route: '/frameworks/:id', status: '200' },
      { method: 'GET', route: 'unmatched', status: '404' },
    ])
      expect(count(after, labels) - count(before, labels)).toBe(1);
    // Ids and unmatched paths never become label values.
    expect(after.some((s) => Object.values(s.labels).some((v) => v.includes('metrics-http')))).toBe(false);
    expect(after.some((s) => Object.values(s.labels).some((v) => v.includes('12345')))).toBe(false);
  });

  it('times appends', async () => {
    const appends = (samples: Sample[]) =>
      sampleOf(samples, 'ct_event_store_append_duration_seconds_count', { outcome: 'ok' }) ?? 0;
    const before = appends(await scrape());
    await adopt('metrics-append');
    expect(appends(await scrape())).toBeGreaterThan(before);
  });

  it('shows each projection at the head with lag 0, then behind by the events it has not applied', async () => {
    await adopt('metrics-lag-1');
    const head = (await api.store.headPosition())!;
    const projections = (samples: Sample[]) => samples.filter((s) => s.name === 'ct_projection_checkpoint');
    const atHead = await scrapeUntil((samples) =>
      projections(samples).every((s) => s.value === Number(head)),
    );
    expect(projections(atHead).length).toBeGreaterThanOrEqual(5);
    for (const { labels } of projections(atHead))
      expect(sampleOf(atHead, 'ct_projection_lag_events', { projection: labels.projection! })).toBe(0);

    // With the projector stopped, two commands leave every projection behind by the events they wrote.
    const projector = api.app.get(ProjectorService).projector!;
    await projector.stop();
    await adopt('metrics-lag-2');
    await adopt('metrics-lag-3');
    const unapplied = (await api.allEvents()).filter((e) => e.position > head).length;
    expect(unapplied).toBeGreaterThanOrEqual(2);
    const behind = await scrape();
    for (const { labels } of projections(behind)) {
      expect(sampleOf(behind, 'ct_projection_lag_events', { projection: labels.projection! })).toBe(
        unapplied,
      );
      expect(sampleOf(behind, 'ct_projection_checkpoint', { projection: labels.projection! })).toBe(
        Number(head),
      );
    }

    projector.start();
    await scrapeUntil((samples) =>
      samples.filter((s) => s.name === 'ct_projection_lag_events').every((s) => s.value === 0),
    );
  });
});
