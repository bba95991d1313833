import { READ_STORE } from '@ct/application';
import {
  ALL_PROJECTIONS,
  PROJECTION_NAMES,
  type ReadStore,
  createReadStore,
  minPosition,
  readCheckpoints,
  rebuild,
} from '@ct/read-models';
import { type ApiHarness, startApi } from '../support/api-harness';
import { snapshot } from '../read-models/support/stores';
import {
  STATES,
  commandIdCounts,
  commandIdOf,
  facts,
  emptyCounts,
  loadCommand,
  post,
  report,
  revisionGaps,
  runSetup,
  scale,
  until,
} from './support/reliability';

const CLIENTS = 50;
const DELIVERABLES = 10;
const COMMANDS_PER_CLIENT = scale(10, 100);
const ALL_TABLES = ALL_PROJECTIONS.flatMap((p) => p.tables);

/**
 * 50 coordinators hammer the same 10 deliverables at once over HTTP: every 2xx is exactly one
 * event, a 409 writes nothing, revisions stay gapless, and the live read models equal a rebuild.
 */
describe('Concurrency: 50 clients on 10 deliverables', () => {
  let api: ApiHarness;
  let baseUrl: string;

  beforeAll(async () => {
    api = await startApi({ LOG_LEVEL: 'silent' });
    await api.app.listen(0, '127.0.0.1');
    const address = api.app.getHttpServer().address() as { port: number };
    baseUrl = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await api.close();
  });

  it('stores one event per 2xx, none per 409, keeps revisions gapless and read models equal to a rebuild', async () => {
    const admin = api.tokenFor({ sub: 'admin.unoct', roles: ['programme-admin'] });
    const setupEvents = await runSetup(baseUrl, admin, DELIVERABLES);
    const counts = emptyCounts();
    const accepted = new Map<string, string[]>();
    const conflicted = new Set<string>();
    const unexpected: string[] = [];

    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const state = STATES[client % STATES.length]!;
        const token = api.tokenFor({ sub: `coordinator.${client}`, roles: ['coordinator'], states: [state] });
        for (let n = 0; n < COMMANDS_PER_CLIENT; n++) {
          const command = loadCommand('conc', client, n, state, DELIVERABLES);
          counts.sent += 1;
          const answer = await post(baseUrl, command.path, token, command.body, command.key);
          if (answer.status === 201 && answer.body.replayed === false) {
            counts.acknowledged += 1;
            accepted.set(commandIdOf(`coordinator.${client}`, command.key), answer.body.eventIds as string[]);
          } else if (answer.status === 409) {
            counts.rejected += 1;
            conflicted.add(commandIdOf(`coordinator.${client}`, command.key));
          } else unexpected.push(`${command.key}: ${answer.status} ${JSON.stringify(answer.body)}`);
        }
      }),
    );
    expect(unexpected).toEqual([]);

    const events = facts((await api.allEvents()).slice(setupEvents));
    const ids = commandIdCounts(events);
    counts.eventsStored = events.length;
    counts.lost = [...accepted.keys()].filter((key) => ids.get(key) !== 1).length;
    counts.duplicated = [...ids.values()].filter((n) => n > 1).length;
    report('concurrency', { ...counts, conflicts: conflicted.size });

    expect(events).toHaveLength(counts.acknowledged);
    expect(counts.lost).toBe(0);
    expect(counts.duplicated).toBe(0);
    expect([...conflicted].filter((key) => ids.has(key))).toEqual([]);
    for (const event of events) expect(accepted.get(event.metadata.commandId)).toContain(event.id);
    expect(revisionGaps(await api.allEvents())).toEqual([]);

    // Read models: wait until the in-process projector has applied the head, then compare every
    // table row for row with a rebuild from the log into a fresh store.
    const live = api.app.get<ReadStore>(READ_STORE);
    const head = (await api.store.headPosition())!;
    await until(
      async () => minPosition((await readCheckpoints(live.db, PROJECTION_NAMES)).values()) >= head,
      30_000,
      'the projector to reach the head',
    );
    const fresh = await createReadStore({ kind: 'sqlite', filename: ':memory:' });
    try {
      await rebuild({ store: fresh, eventStore: api.store });
      const liveTables = await snapshot(live, ALL_TABLES);
      expect(liveTables.timeline_events).toHaveLength(facts(await api.allEvents()).length);
      expect(liveTables).toEqual(await snapshot(fresh, ALL_TABLES));
    } finally {
      await fresh.close();
    }
  }, 180_000);
});
