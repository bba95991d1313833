import { PINO } from '../../apps/api/src/logger.token';
import { type ApiHarness, startApi } from '../support/api-harness';
import { capturingLogger, lineWhere } from './support/log-capture';

/**
 * The request-context middleware is installed first of all (bootstrap.ts, configureApiApp), before
 * the security headers and the body parser: an answer the body parser gives on its own (413) is
 * still logged, timed and correlated, and nothing is written.
 */
describe('request log: installed before the body parser', () => {
  let api: ApiHarness;
  let capture: ReturnType<typeof capturingLogger>;

  beforeAll(async () => {
    capture = capturingLogger('info');
    api = await startApi({}, {}, { override: (m) => m.overrideProvider(PINO).useValue(capture.logger) });
  });
  afterAll(() => api.close());

  it('logs a 413 of the body parser with its correlation id and security headers, and writes nothing', async () => {
    const before = await api.allEvents();
    const response = await api
      .http()
      .post('/deliverables/some-deliverable/progress-reports')
      .set(api.authAs({ sub: 'kz.coordinator', roles: ['coordinator'], states: ['KZ'] }))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ note: 'x'.repeat(300 * 1024) }));

    expect(response.status).toBe(413);
    const id = response.headers['x-correlation-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    const line = await lineWhere(capture, (l) => l.correlationId === id && l.req !== undefined);
    expect(line).toMatchObject({
      msg: 'request',
      req: { method: 'POST', url: '/deliverables/some-deliverable/progress-reports' },
      res: { statusCode: 413 },
    });
    expect(await api.allEvents()).toEqual(before);
  });
});
