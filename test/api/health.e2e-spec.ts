import { ProjectorService, READ_STORE } from '@ct/application';
import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { Projector, type ReadStore, createReadStore } from '@ct/read-models';
import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiHarness, dushanbe2019, jpoa, startApi } from '../support/api-harness';

const admin = { sub: 'admin.unoct', roles: ['programme-admin' as const] };
const operator = { sub: 'ops.oncall', roles: ['auditor' as const] };

/** Polls until `check` holds, or fails naming what was awaited with the last value seen. */
async function eventually<T>(what: string, read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 15_000;
  let last = await read();
  while (!check(last)) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}

const ready = async (api: ApiHarness) => {
  const response = await api.http().get('/health/ready');
  return { status: response.status, body: response.body as { ready: boolean; failing: string[] } };
};

const detail = async (api: ApiHarness) =>
  (await api.http().get('/health').set(api.authAs(operator))).body as {
    status: string;
    failing: string[];
    readModels: { projector: { role: string; lastError: string | null; stuck: boolean } };
  };

describe('Health that tells the truth', () => {
  describe('probes and detail', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi();
    });
    afterAll(async () => {
      await api.close();
    });

    it('answers live and ready to anyone with a minimal body, and the detail only to operators', async () => {
      await api.http().post('/frameworks').set(api.authAs(admin)).send(dushanbe2019).expect(201);
      expect((await api.http().get('/health/live').expect(200)).body).toEqual({ status: 'up' });
      const probe = await eventually(
        'ready',
        () => ready(api),
        (r) => r.status === 200,
      );
      expect(probe.body).toEqual({ ready: true, failing: [] });
      await api.http().get('/health').expect(401);
      await api
        .http()
        .get('/health')
        .set(api.authAs({ sub: 'reporting-job', roles: ['reporter'] }))
        .expect(403);
      const full = await api.http().get('/health').set(api.authAs(operator)).expect(200);
      expect(full.body).toMatchObject({
        status: 'ok',
        ready: true,
        failing: [],
        eventStore: { ok: true, headPosition: expect.any(String) },
        readModels: { ok: true, projector: { mode: 'in-process', role: 'active', lastError: null } },
      });
    });

    it('is not ready from the moment shutdown begins', async () => {
      // Nest runs onModuleDestroy first when the application closes, while HTTP still answers.
      api.app.get(ProjectorService).onModuleDestroy();
      const probe = await ready(api);
      expect(probe.status).toBe(503);
      expect(probe.body).toEqual({ ready: false, failing: ['shutting-down'] });
      expect((await api.http().get('/health/live')).status).toBe(200);
    });
  });

  describe('a projector failing on every retry of one batch', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi();
    });
    afterAll(async () => {
      await api.close();
    });

    it('is erroring then stuck, with no error text in public, and recovers with lastError cleared', async () => {
      await eventually(
        'ready',
        () => ready(api),
        (r) => r.status === 200,
      );
      const db = api.app.get<ReadStore>(READ_STORE).db;
      // A real failure of the real read store on every retry of the same batch, as a full disk or a
      // violated constraint gives.
      await sql
        .raw(
          `CREATE TRIGGER fail_catalogue BEFORE INSERT ON catalogue_frameworks
           BEGIN SELECT RAISE(ABORT, 'injected: database or disk is full'); END`,
        )
        .execute(db);
      const before = (await api.allEvents()).length;
      await api.http().post('/frameworks').set(api.authAs(admin)).send(jpoa).expect(201);
      expect(await api.allEvents()).toHaveLength(before + 1);

      const failing = await eventually(
        'stuck',
        () => ready(api),
        (r) => r.body.failing.includes('projector-stuck'),
      );
      expect(failing.status).toBe(503);
      expect(failing.body).toEqual({ ready: false, failing: ['projector-erroring', 'projector-stuck'] });
      const publicText = JSON.stringify(failing.body);
      expect(publicText).not.toContain('injected');
      expect(publicText).not.toContain('disk');

      const broken = await detail(api);
      expect(broken.status).toBe('unhealthy');
      expect(broken.readModels.projector.lastError).toContain('injected: database or disk is full');
      expect(broken.readModels.projector.stuck).toBe(true);

      await sql.raw('DROP TRIGGER fail_catalogue').execute(db);
      const recovered = await eventually(
        'recovery',
        () => ready(api),
        (r) => r.status === 200,
      );
      expect(recovered.body).toEqual({ ready: true, failing: [] });
      const healed = await detail(api);
      expect(healed.readModels.projector).toMatchObject({ role: 'active', lastError: null, stuck: false });
      await api
        .http()
        .get(`/catalogue/frameworks`)
        .set(api.authAs(admin))
        .expect(200)
        .expect((r) =>
          expect((r.body as { items: { frameworkId: string }[] }).items.map((f) => f.frameworkId)).toContain(
            jpoa.id,
          ),
        );
    });
  });

  describe('read models behind the log (no projector in this process)', () => {
    let api: ApiHarness;
    beforeAll(async () => {
      api = await startApi({ PROJECTOR: 'off', READY_MAX_LAG_EVENTS: '3' });
    });
    afterAll(async () => {
      await api.close();
    });

    it('is not ready while more than READY_MAX_LAG_EVENTS events are unprojected, and ready once caught up', async () => {
      expect((await ready(api)).body).toEqual({ ready: true, failing: [] });
      const as = api.authAs(admin);
      await api.http().post('/frameworks').set(as).send(dushanbe2019).expect(201);
      await api.http().post('/frameworks').set(as).send(jpoa).expect(201);
      for (const revisedOn of ['2022-03-03', '2022-03-04'])
        await api
          .http()
          .post(`/frameworks/${jpoa.id}/revisions`)
          .set(as)
          .send({ revisedOn, summary: `update of ${revisedOn}` })
          .expect(201);
      const behind = await ready(api);
      expect(behind.status).toBe(503);
      expect(behind.body).toEqual({ ready: false, failing: ['projection-lag'] });

      const projector = new Projector({
        store: api.app.get<ReadStore>(READ_STORE),
        eventStore: api.app.get<EventStore>(EVENT_STORE),
        stopWhenCaughtUp: true,
      });
      projector.start();
      await projector.done();
      expect((await ready(api)).body).toEqual({ ready: true, failing: [] });
    });
  });

  describe('a restarted projector waiting for the lease of its killed predecessor', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ct-health-'));
    let api: ApiHarness;
    afterAll(async () => {
      await api.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('is not ready during the standby window, then ready once it has taken over', async () => {
      // What a SIGKILLed instance leaves behind: its lease, valid for a while longer.
      const store = await createReadStore({ kind: 'sqlite', filename: join(dataDir, 'read-models.sqlite') });
      await store.db
        .insertInto('projector_leases')
        .values({ name: 'projector', owner: 'killed-instance', expires_at: String(Date.now() + 2_500) })
        .execute();
      await store.close();

      api = await startApi({ DATA_DIR: dataDir });
      const standby = await ready(api);
      expect(standby.status).toBe(503);
      expect(standby.body.failing).toContain('projector-standby');
      expect((await detail(api)).readModels.projector.role).toBe('standby');

      const active = await eventually(
        'take-over',
        () => ready(api),
        (r) => r.status === 200,
      );
      expect(active.body).toEqual({ ready: true, failing: [] });
      expect((await detail(api)).readModels.projector.role).toBe('active');
    });
  });
});
