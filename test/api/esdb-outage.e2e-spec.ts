import { IDEMPOTENCY_KEY_CLAIMED } from '@ct/application';
import { type RecordedEvent } from '@ct/event-store';
import { type ApiHarness, startApi } from '../support/api-harness';

const framework = (i: number) => ({
  id: `outage-framework-${i}`,
  kind: 'declaration',
  title: `Declaration ${i}`,
  adoptedOn: '2019-05-17',
  place: 'Dushanbe',
  adoptingStates: ['TJ'],
});

/**
 * EventStoreDB goes away while commands are sent and a subscription is live, then comes back:
 * commands in the outage get 503 and write nothing, every acknowledged command is stored once, the
 * subscriber (and the projector) receive every event exactly once, in order, by themselves.
 */
describe('EventStoreDB outage during load (emulator)', () => {
  let api: ApiHarness;
  let admin: Record<string, string>;
  const received: RecordedEvent[] = [];
  let stopSubscriber: () => Promise<void>;

  beforeAll(async () => {
    api = await startApi({ LOG_LEVEL: 'silent' }, {}, { eventStore: 'esdb' });
    admin = api.authAs({ sub: 'admin.unoct', roles: ['programme-admin'] });
    const subscription = api.store.subscribeToAll({ from: 'start' });
    const consuming = (async () => {
      for await (const event of subscription) received.push(event);
    })();
    stopSubscriber = async () => {
      await subscription.close();
      await consuming;
    };
  });
  afterAll(async () => {
    await stopSubscriber();
    await api.close();
  });

  const send = (i: number) =>
    api
      .http()
      .post('/frameworks')
      .set({ ...admin, 'Idempotency-Key': `outage-${i}` })
      .send(framework(i));

  it('answers 503 during the outage, loses nothing acknowledged and resumes by itself', async () => {
    const acknowledged = new Set<number>();
    const refused: number[] = [];
    for (let i = 0; i < 10; i++) if ((await send(i)).status === 201) acknowledged.add(i);
    expect(acknowledged.size).toBe(10);

    await api.emulator!.stop();
    for (let i = 10; i < 16; i++) {
      const response = await send(i);
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBeDefined();
      expect(response.body).toMatchObject({ type: '/problems/store-unavailable' });
      refused.push(i);
    }
    const health = await api
      .http()
      .get('/health')
      .set(api.authAs({ sub: 'ops', roles: ['auditor'] }));
    expect(health.status).toBe(503);
    expect(health.body.eventStore.ok).toBe(false);

    await api.emulator!.start();
    // Clients retry the refused commands with the same keys; half of them, so the other half shows
    // that a refused command left nothing behind.
    const retried = refused.slice(0, 3);
    for (const i of [...retried, 16, 17, 18, 19]) {
      const response = await send(i);
      expect(response.status).toBe(201);
      acknowledged.add(i);
    }
    // Ready again once the projector's subscription is back (its backoff may still be running).
    let ready = 0;
    for (let i = 0; i < 100 && ready !== 200; i++) {
      ready = (
        await api
          .http()
          .get('/health')
          .set(api.authAs({ sub: 'ops', roles: ['auditor'] }))
      ).status;
      if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(ready).toBe(200);

    const log = await api.allEvents();
    // The recorded facts; each keyed command also claimed its key (a bookkeeping event before it).
    const stored = log.filter((e) => e.type !== IDEMPOTENCY_KEY_CLAIMED);
    const ids = stored.map((e) => (e.data as { frameworkId: string }).frameworkId);
    expect(ids.sort()).toEqual([...acknowledged].map((i) => `outage-framework-${i}`).sort());
    expect(new Set(stored.map((e) => e.metadata.commandId)).size).toBe(stored.length);

    // The live subscription resubscribed after the outage: every event exactly once, in log order.
    const deadline = Date.now() + 15_000;
    while (received.length < log.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(received.map((e) => e.id)).toEqual(log.map((e) => e.id));

    // So did the projector: the timeline holds each event once.
    const last = stored[stored.length - 1]!.position.toString();
    const timeline = await api
      .http()
      .get(`/timeline?limit=500&minPosition=${last}`)
      .set(api.authAs({ sub: 'reporter', roles: ['reporter'] }))
      .expect(200);
    expect(timeline.body.items.map((e: { position: string }) => e.position).sort()).toEqual(
      stored.map((e) => e.position.toString()).sort(),
    );
  }, 60_000);
});
