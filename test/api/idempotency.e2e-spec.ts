import { commandIdFor } from '@ct/application';
import { type RecordedEvent } from '@ct/event-store';
import {
  type ApiHarness,
  EVENT_STORE_TARGETS,
  cftDeliverable,
  dushanbe2019,
  startApi,
} from '../support/api-harness';

/**
 * Idempotency keys as payment APIs treat them: scoped to the principal, bound to the request
 * (command, stream, canonical body). A retry gets the original answer; the same key on anything
 * else is a 422 that writes nothing; concurrent first uses make exactly one write. Each case here
 * failed before the fix (a reused key answered 201 "replayed" for a write that never happened).
 */
describe.each(EVENT_STORE_TARGETS)('Idempotency keys (%s event store)', (eventStore) => {
  let api: ApiHarness;
  const admin = { sub: 'unoct.officer', roles: ['programme-admin' as const] };
  const tj = { sub: 'coordinator.tj', roles: ['coordinator' as const], states: ['TJ'] };
  const kz = { sub: 'coordinator.kz', roles: ['coordinator' as const], states: ['KZ'] };
  const report = (stateCode: string, percentComplete: number) => ({
    stateCode,
    status: 'in-progress',
    percentComplete,
    reportedOn: '2020-01-01',
  });

  beforeEach(async () => {
    api = await startApi({}, {}, { eventStore });
    const headers = api.authAs(admin);
    await api.http().post('/frameworks').set(headers).send(dushanbe2019).expect(201);
    await api.http().post('/deliverables').set(headers).send(cftDeliverable).expect(201);
    for (const stateCode of ['TJ', 'KZ'])
      await api
        .http()
        .post('/deliverables/criminalise-tf/assignments')
        .set(headers)
        .send({
          stateCode,
          leadAgency: 'Financial intelligence unit',
          dueOn: '2021-12-31',
          assignedOn: '2019-06-15',
        })
        .expect(201);
  });
  afterEach(() => api.close());

  const post = (
    principal: typeof tj,
    key: string,
    body: object,
    path = '/deliverables/criminalise-tf/progress-reports',
  ) =>
    api
      .http()
      .post(path)
      .set({ ...api.authAs(principal), 'Idempotency-Key': key })
      .send(body);

  const reportsIn = (events: RecordedEvent[]) => events.filter((e) => e.type === 'ProgressReported');

  it('answers a reused key with another body 422 idempotency-key-reused and writes nothing', async () => {
    await post(tj, 'k-1', report('TJ', 10)).expect(201);
    const before = await api.allEvents();
    const reused = await post(tj, 'k-1', report('TJ', 85)).expect(422);
    expect(reused.body).toMatchObject({
      type: '/problems/idempotency-key-reused',
      status: 422,
      rule: 'idempotency-key-reused',
      errors: [expect.objectContaining({ field: 'header:Idempotency-Key', rule: 'idempotency-key-reused' })],
    });
    expect(await api.allEvents()).toEqual(before);
  });

  it('answers the key reused on another route and stream 422, and writes nothing', async () => {
    await post(tj, 'k-2', report('TJ', 10)).expect(201);
    const before = await api.allEvents();
    const assistance = {
      id: 'unodc-training-2024',
      provider: 'UNODC',
      recipientState: 'TJ',
      pillar: 'II',
      kind: 'training',
      periodStart: '2024-01-01',
    };
    await post(tj, 'k-2', assistance, '/assistance').expect(422);
    expect(await api.allEvents()).toEqual(before);
  });

  it('scopes keys to the principal: two coordinators with one key both get their write recorded', async () => {
    const first = await post(tj, 'shared-key', report('TJ', 10)).expect(201);
    const second = await post(kz, 'shared-key', report('KZ', 54)).expect(201);
    expect(second.body.replayed).toBe(false);
    expect(second.body.eventIds).not.toEqual(first.body.eventIds);
    const reports = reportsIn(await api.allEvents());
    expect(reports.map((e) => [e.data, e.metadata.actor])).toEqual([
      [expect.objectContaining({ stateCode: 'TJ', percentComplete: 10 }), 'coordinator.tj'],
      [expect.objectContaining({ stateCode: 'KZ', percentComplete: 54 }), 'coordinator.kz'],
    ]);
  });

  it('replays a retry of the same request, also once the stream has moved on', async () => {
    const first = await post(tj, 'k-3', report('TJ', 10)).expect(201);
    await post(kz, 'k-other', report('KZ', 20)).expect(201);
    // The same body with its keys in another order is the same request.
    const sameBody = {
      reportedOn: '2020-01-01',
      percentComplete: 10,
      status: 'in-progress',
      stateCode: 'TJ',
    };
    const retried = await post(tj, 'k-3', sameBody).expect(201);
    expect(retried.body).toEqual({ ...first.body, replayed: true });
    expect(reportsIn(await api.allEvents())).toHaveLength(2);
  });

  it('resolves 100 concurrent first uses of one key with varied bodies to exactly one write, acknowledging only it', async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) => post(tj, 'race', report('TJ', i % 3))),
    );
    const reports = reportsIn(await api.allEvents());
    expect(reports).toHaveLength(1);
    const recorded = reports[0]!.data as { percentComplete: number };
    for (const [i, response] of responses.entries()) {
      if (i % 3 === recorded.percentComplete) {
        expect(response.status).toBe(201);
        expect(response.body.eventIds).toEqual([reports[0]!.id]);
      } else expect(response.status).toBe(422);
    }
    expect(responses.filter((r) => r.status === 201 && r.body.replayed === false)).toHaveLength(1);
  });

  it('never stores two events with one id anywhere in the log', async () => {
    await post(tj, 'dup', report('TJ', 10)).expect(201);
    await post(kz, 'dup', report('KZ', 10)).expect(201);
    await post(
      tj,
      'dup',
      {
        id: 'x-1',
        provider: 'UNODC',
        recipientState: 'TJ',
        pillar: 'II',
        kind: 'training',
        periodStart: '2024-01-01',
      },
      '/assistance',
    ).expect(422);
    const ids = (await api.allEvents()).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps a client-sent correlation id beside the server one, so it cannot join another batch', async () => {
    const first = await post(tj, 'c-1', report('TJ', 10)).expect(201);
    const victim = first.headers['x-correlation-id'] as string;
    const intruder = await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set({ ...api.authAs(kz), 'X-Correlation-Id': victim })
      .send(report('KZ', 30))
      .expect(201);
    expect(intruder.headers['x-correlation-id']).not.toBe(victim);
    const [, kzReport] = reportsIn(await api.allEvents());
    expect(kzReport!.metadata).toMatchObject({ clientCorrelationId: victim });
    expect(kzReport!.metadata.correlationId).not.toBe(victim);
    const audit = await api
      .http()
      .get(`/audit/correlations/${victim}`)
      .set(api.authAs({ sub: 'auditor', roles: ['auditor'] }))
      .expect(200);
    expect(JSON.stringify(audit.body)).not.toContain('coordinator.kz');
  });

  it('derives command ids from the principal and the key, never shows the raw key', async () => {
    await post(tj, 'my-private-key', report('TJ', 10)).expect(201);
    const [event] = reportsIn(await api.allEvents());
    expect(event!.metadata.commandId).toBe(commandIdFor('coordinator.tj', 'my-private-key'));
    const stored = (await api.allEvents()).map(({ data, metadata }) => JSON.stringify({ data, metadata }));
    expect(stored.join('\n')).not.toContain('my-private-key');
  });
});
