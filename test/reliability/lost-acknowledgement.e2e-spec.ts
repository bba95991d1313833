import { AppConfig, Metrics, createEventStore } from '@ct/application';
import { EVENT_STORE, type EventStore, EventStoreUnavailableError } from '@ct/event-store';
import { type ApiHarness, startApi } from '../support/api-harness';
import { commandIdCounts, digestOf, emptyCounts, facts, post, report, runSetup } from './support/reliability';

/**
 * The product's event store with one fault a real store cannot be made to show on demand: the
 * append is committed but its acknowledgement never reaches the API (a connection reset after the
 * write). Injected with @nestjs/testing's overrideProvider, around the store the product builds.
 */
function losingAcknowledgements(store: EventStore, lose: (streamName: string) => boolean): EventStore {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'appendToStream')
        return async (...args: Parameters<EventStore['appendToStream']>) => {
          const result = await target.appendToStream(...args);
          if (lose(args[0]))
            throw new EventStoreUnavailableError('connection reset after the append was committed');
          return result;
        };
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('A committed append whose acknowledgement is lost', () => {
  let api: ApiHarness;
  let baseUrl: string;
  /** Streams whose next append loses its acknowledgement (once each). */
  const armed = new Set<string>();

  beforeAll(async () => {
    api = await startApi(
      { LOG_LEVEL: 'silent' },
      {},
      {
        override: (module) =>
          module.overrideProvider(EVENT_STORE).useFactory({
            inject: [AppConfig, Metrics],
            factory: (config: AppConfig, metrics: Metrics) =>
              losingAcknowledgements(createEventStore(config, metrics), (stream) => armed.delete(stream)),
          }),
      },
    );
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers 503, and the retry with the same key answers the recorded write without recording it twice', async () => {
    const counts = emptyCounts();
    const admin = api.tokenFor({ sub: 'admin.unoct', roles: ['programme-admin'] });
    const coordinator = api.tokenFor({ sub: 'coordinator.tj', roles: ['coordinator'], states: ['TJ'] });
    await runSetup(baseUrl, admin, 1);
    const report_ = {
      stateCode: 'TJ',
      status: 'in-progress',
      percentComplete: 40,
      note: 'draft law submitted to parliament',
      reportedOn: '2020-01-01',
    };
    const path = '/deliverables/reliability-deliverable-0/progress-reports';
    const before = await api.allEvents();

    armed.add('deliverable-reliability-deliverable-0');
    counts.faultsInjected += 1;
    counts.sent += 1;
    const lost = await post(baseUrl, path, coordinator, report_, 'report-tj-1');
    expect(lost.status).toBe(503);
    expect(lost.retryAfter).toMatch(/^\d+$/);
    expect(armed.size).toBe(0); // the fault did fire on the command's own append
    const committed = (await api.allEvents()).slice(before.length);
    expect(committed.map((e) => e.type)).toContain('ProgressReported');

    counts.retried += 1;
    const retry = await post(baseUrl, path, coordinator, report_, 'report-tj-1');
    expect(retry.status).toBe(201);
    expect(retry.body.replayed).toBe(true);
    counts.acknowledged += 1;
    const after = await api.allEvents();
    expect(digestOf(after)).toBe(digestOf([...before, ...committed]));
    const reports = after.filter((e) => e.type === 'ProgressReported');
    expect(reports).toHaveLength(1);
    expect(retry.body.position).toBe(reports[0]!.position.toString());
    counts.eventsStored = facts(after).length;
    counts.duplicated = [...commandIdCounts(after).values()].filter((n) => n > 1).length;
    report('lost-acknowledgement', counts);
  });
});
