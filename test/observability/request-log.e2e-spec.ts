import { AppConfig, Metrics, createEventStore } from '@ct/application';
import { EVENT_STORE, EventStoreUnavailableError } from '@ct/event-store';
import { PINO } from '../../apps/api/src/logger.token';
import { type ApiHarness, startApi } from '../support/api-harness';
import { FailingRouteModule, type LogLine, capturingLogger, lineWhere } from './support/log-capture';

const SECRETS = ['S3cretAccess', 'S3cretToken', 'S3cretKey', 'S3cretCookie'];
const QUERY = `access_token=${SECRETS[0]}&token=${SECRETS[1]}&key=${SECRETS[2]}&limit=5`;
const REDACTED_QUERY = 'access_token=[REDACTED]&token=[REDACTED]&key=[REDACTED]&limit=5';

/** The request log of the real API (pino-http in RequestContextMiddleware), read back from the logger. */
describe.each(['info', 'debug'])('request log at level %s', (level) => {
  let api: ApiHarness;
  let capture: ReturnType<typeof capturingLogger>;
  let reader: Record<string, string>;
  let storeDown = false;

  beforeAll(async () => {
    capture = capturingLogger(level);
    api = await startApi(
      {},
      {},
      {
        imports: [FailingRouteModule],
        override: (m) =>
          m
            .overrideProvider(PINO)
            .useValue(capture.logger)
            .overrideProvider(EVENT_STORE)
            .useFactory({
              factory: (config: AppConfig, metrics: Metrics) => {
                const store = createEventStore(config, metrics);
                const append = store.appendToStream.bind(store);
                // What an outage looks like to the API: the store refuses, nothing is written.
                store.appendToStream = (...args) =>
                  storeDown
                    ? Promise.reject(new EventStoreUnavailableError('test: store down'))
                    : append(...args);
                return store;
              },
              inject: [AppConfig, Metrics],
            }),
      },
    );
    reader = api.authAs({ sub: 'reader', roles: ['reporter'] });
  });
  afterAll(() => api.close());

  const linesOf = (correlationId: string) =>
    capture.lines.filter((line) => line.correlationId === correlationId && line.req !== undefined);

  it('writes one line per request with method, redacted URL, status and duration, and no credential', async () => {
    const response = await api
      .http()
      .get(`/timeline?${QUERY}`)
      .set({ ...reader, Cookie: `sid=${SECRETS[3]}`, 'X-Visible': 'kept' });
    const id = response.headers['x-correlation-id'] as string;
    const line = await lineWhere(capture, (l) => l.correlationId === id && l.req !== undefined);

    expect(line).toMatchObject({
      msg: 'request',
      req: { method: 'GET', url: `/timeline?${REDACTED_QUERY}` },
      res: { statusCode: response.status },
    });
    expect(line.level).toBe(response.status >= 500 ? 50 : 30);
    expect(typeof line.ms).toBe('number');
    expect(linesOf(id)).toHaveLength(1);
    const headers = (line.req as { headers?: Record<string, string> }).headers;
    if (level === 'debug') {
      // Headers only at debug level, with credentials censored.
      expect(headers).toMatchObject({
        authorization: '[REDACTED]',
        cookie: '[REDACTED]',
        'x-visible': 'kept',
      });
    } else {
      expect(headers).toBeUndefined();
    }
    const bearer = reader.Authorization!.replace('Bearer ', '');
    for (const secret of [...SECRETS, bearer]) expect(capture.text()).not.toContain(secret);
  });

  it('logs a 5xx at error level with the stack of what failed, and answers without it', async () => {
    const response = await api.http().get('/test-only/boom');
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toContain('log-capture');
    const id = response.headers['x-correlation-id'] as string;
    const line = await lineWhere(capture, (l) => l.correlationId === id && l.req !== undefined);

    expect(line).toMatchObject({ level: 50, msg: 'request failed', res: { statusCode: 500 } });
    const err = line.err as { type: string; message: string; stack: string };
    expect(err).toMatchObject({ type: 'TypeError', message: 'boom' });
    // The stack points at the code that threw, not at the logging library.
    expect(err.stack).toContain('log-capture.ts');
    expect(linesOf(id)).toHaveLength(1);
  });

  it('logs a 4xx at info level without an error object', async () => {
    const response = await api.http().get('/timeline');
    expect(response.status).toBe(401);
    const id = response.headers['x-correlation-id'] as string;
    const line: LogLine = await lineWhere(capture, (l) => l.correlationId === id && l.req !== undefined);
    expect(line).toMatchObject({ level: 30, msg: 'request', res: { statusCode: 401 } });
    expect(line.err).toBeUndefined();
  });

  it('logs an unavailable event store (503) at warn, not as a crash', async () => {
    storeDown = true;
    const response = await api
      .http()
      .post('/frameworks')
      .set({ ...api.authAs({ sub: 'admin', roles: ['programme-admin'] }), 'Idempotency-Key': 'k-503' })
      .send({
        id: 'obs-framework',
        kind: 'declaration',
        title: 'Declaration',
        adoptedOn: '2019-05-17',
        place: 'Dushanbe',
        adoptingStates: ['TJ'],
      });
    expect(response.status).toBe(503);
    const id = response.headers['x-correlation-id'] as string;
    const line = await lineWhere(capture, (l) => l.correlationId === id && l.req !== undefined);
    expect(line).toMatchObject({ level: 40, msg: 'request failed', res: { statusCode: 503 } });
    expect(line.err).toBeUndefined();
  });
});
