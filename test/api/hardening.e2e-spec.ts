import { type ApiHarness, dushanbe2019, startApi } from '../support/api-harness';

const admin = { sub: 'admin.unoct', roles: ['programme-admin' as const] };

describe('HTTP hardening', () => {
  describe('with the default configuration', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi();
    });
    afterAll(async () => {
      await api.close();
    });

    // No time limit: the body limit is what stops reading (a stalled read would fail by the timeout).
    it('answers a 10 MB body with 413 problem+json, writing nothing', async () => {
      const response = await api
        .http()
        .post('/frameworks')
        .set(api.authAs(admin))
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ ...dushanbe2019, title: 'x'.repeat(10 * 1024 * 1024) }));
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({ type: '/problems/payload-too-large', status: 413 });
      expect(await api.allEvents()).toHaveLength(0);
    });

    it('sends security headers, with a CSP that allows nothing on API answers', async () => {
      const response = await api.http().get('/health/live').expect(200);
      expect(response.headers['content-security-policy']).toContain("default-src 'none'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['x-powered-by']).toBeUndefined();
      const denied = await api.http().post('/frameworks').send(dushanbe2019).expect(401);
      expect(denied.headers['content-security-policy']).toContain("default-src 'none'");
    });

    it('keeps /docs usable: same-origin scripts and styles allowed there, and nothing inline needed', async () => {
      const page = await api.http().get('/docs/').redirects(1).expect(200);
      const csp = page.headers['content-security-policy'] as string;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      // Every script SwaggerUI needs is a same-origin file, which script-src 'self' allows.
      const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, inline] of scripts) {
        expect(attributes).toMatch(/src="\.?\/?[^":]+"/);
        expect(inline!.trim()).toBe('');
      }
      await api.http().get('/docs/swagger-ui-init.js').expect(200);
      const openApi = await api.http().get('/docs-json').expect(200);
      expect(openApi.body.components.securitySchemes.bearer).toMatchObject({
        type: 'http',
        scheme: 'bearer',
      });
    });

    it('sends no CORS headers when CORS_ORIGINS is empty', async () => {
      const response = await api.http().get('/health/live').set('Origin', 'https://evil.example').expect(200);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await api
        .http()
        .options('/frameworks')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('does not put a stack trace in an error body', async () => {
      const response = await api
        .http()
        .post('/frameworks')
        .set(api.authAs(admin))
        .set('Content-Type', 'application/json')
        .send('{"not json');
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).not.toMatch(/\bat .+\.(js|ts):\d+/);
    });
  });

  describe('with CORS_ORIGINS set', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi({ CORS_ORIGINS: 'https://tracker.example.org, http://localhost:5173' });
    });
    afterAll(async () => {
      await api.close();
    });

    it('allows only the listed origins, and the Authorization header', async () => {
      const preflight = await api
        .http()
        .options('/frameworks')
        .set('Origin', 'https://tracker.example.org')
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe('https://tracker.example.org');
      expect(preflight.headers['access-control-allow-headers']).toMatch(/Authorization/);
      const other = await api.http().get('/health/live').set('Origin', 'https://evil.example').expect(200);
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('with a low rate limit', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi({ RATE_LIMIT_PER_MINUTE: '3' });
    });
    afterAll(async () => {
      await api.close();
    });

    it('answers 429 problem+json with Retry-After once a client exceeds it, before authenticating', async () => {
      for (let i = 0; i < 3; i++) await api.http().get('/health/live').expect(200);
      const limited = await api.http().post('/frameworks').send(dushanbe2019).expect(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.body).toMatchObject({ type: '/problems/rate-limited', status: 429 });
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(await api.allEvents()).toHaveLength(0);
    });
  });

  it('refuses to start with an AUTH_SECRET shorter than 32 bytes, without echoing it', async () => {
    await expect(startApi({ AUTH_SECRET: 'hunter2-too-short' })).rejects.toThrow(
      /AUTH_SECRET must be at least 32 bytes/,
    );
    await expect(startApi({ AUTH_SECRET: 'hunter2-too-short' })).rejects.not.toThrow(/hunter2/);
  });

  it('uses AUTH_SECRET when set: tokens signed with it are accepted', async () => {
    const api = await startApi({ AUTH_SECRET: 'a'.repeat(16) + 'b'.repeat(16) + 'c'.repeat(16) });
    try {
      await api
        .http()
        .get('/metrics')
        .set(api.authAs({ sub: 'ops', roles: ['auditor'] }))
        .expect(200);
    } finally {
      await api.close();
    }
  });
});
