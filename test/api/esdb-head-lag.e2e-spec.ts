import { type ApiHarness, jpoa, dushanbe2019, startApi } from '../support/api-harness';

/**
 * On EventStoreDB the server writes system events of its own after the application's last event
 * (statistics, scavenges, settings). Once the projector has applied everything the application
 * wrote, the API must say so: lag 0 for every projection, the head at the last application event.
 */
interface Detail {
  eventStore: { headPosition: string | null };
  readModels: { projections: { name: string; checkpoint: string; lag: string }[] };
}

const operator = { sub: 'ops.unoct', roles: ['programme-admin' as const] };

async function settled(api: ApiHarness, expectedHead: bigint, ceilingMs = 10_000): Promise<Detail> {
  const deadline = Date.now() + ceilingMs;
  let last: Detail | undefined;
  while (Date.now() < deadline) {
    last = (await api.http().get('/health').set(api.authAs(operator))).body as Detail;
    if (last.readModels.projections.every((p) => p.checkpoint === expectedHead.toString())) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `projections did not reach ${expectedHead} within ${ceilingMs} ms: ${JSON.stringify(last)}`,
  );
}

describe('projection lag on EventStoreDB with trailing system events (emulator)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({}, {}, { eventStore: 'esdb' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('reports lag 0 and the last application event as the head once the projector has caught up', async () => {
    for (const framework of [jpoa, dushanbe2019])
      await api.http().post('/frameworks').set(api.authAs(operator)).send(framework).expect(201);
    const system = [
      api.emulator!.log.writeSystemEvent(),
      api.emulator!.log.writeSystemEvent('$scavenges', '$scavengeStarted'),
    ];
    const lastApplicationEvent = (await api.allEvents()).at(-1)!.position;
    expect(system.every((record) => record.position > lastApplicationEvent)).toBe(true);

    const detail = await settled(api, lastApplicationEvent);
    expect(detail.eventStore.headPosition).toBe(lastApplicationEvent.toString());
    expect(detail.readModels.projections.length).toBeGreaterThan(0);
    for (const projection of detail.readModels.projections)
      expect({ name: projection.name, lag: projection.lag }).toEqual({ name: projection.name, lag: '0' });
    const ready = await api.http().get('/health/ready');
    expect(ready.body).toEqual({ ready: true, failing: [] });
  });
});

describe('projection lag on EventStoreDB is counted in events (emulator, no projector running)', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    // PROJECTOR=off: as next to a standalone projector that is not running, nothing is applied.
    api = await startApi({ PROJECTOR: 'off' }, {}, { eventStore: 'esdb' });
  });
  afterAll(async () => {
    await api.close();
  });

  it('reports as lag the number of events after the checkpoint, not a difference of positions', async () => {
    for (const framework of [jpoa, dushanbe2019])
      await api.http().post('/frameworks').set(api.authAs(operator)).send(framework).expect(201);
    api.emulator!.log.writeSystemEvent();
    const events = await api.allEvents();
    const detail = (await api.http().get('/health').set(api.authAs(operator))).body as Detail;
    expect(detail.eventStore.headPosition).toBe(events.at(-1)!.position.toString());
    // Positions are byte offsets: the head is far more than one position per event.
    expect(events.at(-1)!.position).toBeGreaterThan(BigInt(events.length));
    for (const projection of detail.readModels.projections)
      expect({ name: projection.name, checkpoint: projection.checkpoint, lag: projection.lag }).toEqual({
        name: projection.name,
        checkpoint: '-1',
        lag: String(events.length),
      });
  });
});
