import { MeteredEventStore, Metrics } from '@ct/application';
import { type EventToAppend, SqliteEventStore, WrongExpectedRevisionError } from '@ct/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

const event = (): EventToAppend => ({
  id: randomUUID(),
  type: 'Noted',
  data: { n: 1 },
  metadata: {
    actor: 'test',
    commandId: randomUUID(),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    recordedAt: '2024-01-01T00:00:00.000Z',
    schemaVersion: 1,
  },
});

/** The value of one series of the registry, 0 when it has none yet. */
async function value(metrics: Metrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
  const series = metric?.values.find((v) =>
    Object.entries(labels).every(([k, l]) => String((v.labels as Record<string, unknown>)[k]) === l),
  );
  return series?.value ?? 0;
}

describe('MeteredEventStore: appends counted by outcome, on a real SQLite store', () => {
  let dir: string;
  let metrics: Metrics;
  let store: MeteredEventStore;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ct-metered-'));
    metrics = new Metrics();
    store = new MeteredEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }), metrics);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('times successful appends', async () => {
    await store.appendToStream('s-1', [event()], { expectedRevision: 'no_stream' });
    await store.appendToStream('s-1', [event()], { expectedRevision: 0n });
    expect(
      await value(metrics, 'ct_event_store_append_duration_seconds', { outcome: 'ok', le: '+Inf' }),
    ).toBe(2);
    expect(await value(metrics, 'ct_event_store_append_conflicts_total')).toBe(0);
  });

  it('counts a conflict (the store refused the expected revision) and passes the error on', async () => {
    await store.appendToStream('s-1', [event()], { expectedRevision: 'no_stream' });
    await expect(store.appendToStream('s-1', [event()], { expectedRevision: 'no_stream' })).rejects.toThrow(
      WrongExpectedRevisionError,
    );
    expect(await value(metrics, 'ct_event_store_append_conflicts_total')).toBe(1);
    expect(
      await value(metrics, 'ct_event_store_append_duration_seconds', { outcome: 'conflict', le: '+Inf' }),
    ).toBe(1);
    expect(await value(metrics, 'ct_event_store_append_errors_total')).toBe(0);
  });

  it('counts other failures as errors, by error name', async () => {
    await store.close();
    await expect(store.appendToStream('s-1', [event()], { expectedRevision: 'any' })).rejects.toThrow(
      'closed',
    );
    expect(
      await value(metrics, 'ct_event_store_append_errors_total', { error: 'EventStoreUnavailableError' }),
    ).toBe(1);
    expect(await value(metrics, 'ct_event_store_append_conflicts_total')).toBe(0);
  });
});
