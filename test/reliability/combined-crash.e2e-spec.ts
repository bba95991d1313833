import { SqliteEventStore } from '@ct/event-store';
import { ALL_PROJECTIONS, createReadStore, rebuild } from '@ct/read-models';
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshot } from '../read-models/support/stores';
import { killHard, spawnTs } from '../support/child-process';
import { CrashingApi } from './support/crashing-api';
import {
  STATES,
  emptyCounts,
  facts,
  loadCommand,
  report,
  runSetup,
  scale,
  sleep,
  until,
} from './support/reliability';

const KILLS = scale(2, 6);
const CONCURRENCY = scale(4, 8);
/** Pause of each client between commands: keeps the load going while a restarted projector waits out the lease. */
const PACE_MS = scale(100, 20);
/** Events the projector must have applied in a round before it is killed. */
const MIN_PROJECTED = scale(20, 200);
const DELIVERABLES = 10;
const ALL_TABLES = ALL_PROJECTIONS.flatMap((p) => p.tables);

interface Health {
  eventStore: { headPosition: string | null };
  readModels: { projections: { name: string; checkpoint: string }[] };
}

/**
 * The API (PROJECTOR=off) and the standalone projector run as separate processes; both are
 * SIGKILLed together during a load and restarted. After the final catch-up the read models equal a
 * clean rebuild row for row: no projection effect was lost or applied twice.
 */
describe('Combined crash of the API and the standalone projector', () => {
  let dataDir: string;
  let api: CrashingApi;
  let projector: ChildProcess | undefined;

  const startProjector = () => {
    projector = spawnTs('apps/projector/src/main.ts', [], {
      DATA_DIR: dataDir,
      AUTH_SECRET: api.secret,
      LOG_LEVEL: 'error',
    });
    projector.stdout?.resume();
    projector.stderr?.resume();
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ct-rel-combined-'));
    api = new CrashingApi({ DATA_DIR: dataDir, LOG_LEVEL: 'error', PROJECTOR: 'off' });
    await api.start();
    startProjector();
  }, 60_000);
  afterAll(async () => {
    if (projector) await killHard(projector);
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('ends with read models equal to a clean rebuild after both were killed during load', async () => {
    const admin = api.tokens.sign({ id: 'admin.unoct', roles: ['programme-admin'] }, 3600);
    const setupEvents = await runSetup(api.baseUrl, admin, DELIVERABLES);
    const tokens = STATES.map((state) =>
      api.tokens.sign({ id: `coordinator.${state}`, roles: ['coordinator'], states: [state] }, 3600),
    );
    const counts = emptyCounts();
    let next = 0;
    let loading = true;
    // The detailed /health (checkpoints) is for operators.
    const operator = { authorization: `Bearer ${api.tokens.sign({ id: 'ops', roles: ['auditor'] }, 3600)}` };
    const health = async (): Promise<Health | undefined> => {
      const response = await fetch(`${api.baseUrl}/health`, { headers: operator }).catch(() => undefined);
      return response ? ((await response.json()) as Health) : undefined;
    };
    const minCheckpoint = (h: Health | undefined) =>
      h && h.readModels.projections.length > 0
        ? h.readModels.projections.map((p) => BigInt(p.checkpoint)).reduce((a, b) => (a < b ? a : b))
        : -1n;

    // A steady, paced load that runs until the kills are done.
    const load = Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (loading) {
          const i = next++;
          const client = i % 50;
          const state = STATES[client % STATES.length]!;
          const command = loadCommand('combined', client, Math.floor(i / 50), state, DELIVERABLES);
          counts.sent += 1;
          const answer = await api.sendUntilAnswered(
            command.path,
            tokens[client % STATES.length]!,
            command.body,
            command.key,
            counts,
          );
          if (answer.status === 201) counts.acknowledged += 1;
          else counts.rejected += 1;
          await sleep(PACE_MS);
        }
      }),
    );

    // Each round: wait until the (restarted) projector is active and has applied part of the load,
    // so that it is killed while projecting, then SIGKILL both processes and start them again.
    for (let round = 0; round < KILLS; round++) {
      const before = minCheckpoint(await health());
      await until(
        async () => minCheckpoint(await health()) > before + BigInt(MIN_PROJECTED),
        60_000,
        'the projector to be active',
      );
      await killHard(projector!);
      await api.crashAndRestart();
      startProjector();
      counts.faultsInjected += 2;
    }
    const last = counts.acknowledged;
    await until(() => counts.acknowledged >= last + 50, 60_000, 'load after the last restart');
    loading = false;
    await load;
    expect(counts.rejected).toBe(0);

    // Final catch-up: the restarted projector waits out the killed one's lease, then catches up.
    await until(
      async () => {
        const h = await health();
        const head = h?.eventStore.headPosition ?? null;
        return (
          head !== null &&
          h!.readModels.projections.length === ALL_PROJECTIONS.length &&
          h!.readModels.projections.every((p) => p.checkpoint === head)
        );
      },
      90_000,
      'the projector to catch up with the head',
    );
    await killHard(projector!);
    projector = undefined;
    await api.stop();

    const readStore = await createReadStore({
      kind: 'sqlite',
      filename: join(dataDir, 'read-models.sqlite'),
    });
    const eventStore = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
    const fresh = await createReadStore({ kind: 'sqlite', filename: ':memory:' });
    try {
      const live = await snapshot(readStore, ALL_TABLES);
      await rebuild({ store: fresh, eventStore });
      const rebuilt = await snapshot(fresh, ALL_TABLES);
      // Facts recorded by the load (each keyed command also claimed its key: a second event).
      const recorded = [];
      for await (const event of eventStore.readAll()) recorded.push(event);
      counts.eventsStored = facts(recorded.slice(setupEvents)).length;
      const timeline = live.timeline_events!.length;
      counts.lost = Math.max(0, rebuilt.timeline_events!.length - timeline);
      counts.duplicated = Math.max(0, timeline - rebuilt.timeline_events!.length);
      report('combined-crash', { ...counts, readModelRows: Object.values(live).flat().length });
      expect(counts.eventsStored).toBe(counts.acknowledged);
      expect(timeline).toBe(facts(recorded).length);
      expect(live).toEqual(rebuilt);
    } finally {
      await fresh.close();
      await readStore.close();
      await eventStore.close();
    }
  }, 300_000);
});
