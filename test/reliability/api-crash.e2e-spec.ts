import { type RecordedEvent, SqliteEventStore, verifyHashChains } from '@ct/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CrashingApi } from './support/crashing-api';
import {
  STATES,
  commandIdCounts,
  commandIdOf,
  facts,
  emptyCounts,
  loadCommand,
  pool,
  report,
  revisionGaps,
  runSetup,
  scale,
} from './support/reliability';

const COMMANDS = scale(1500, 12_000);
const KILLS = scale(3, 10);
const CONCURRENCY = 16;
const DELIVERABLES = 10;

/**
 * The API process is SIGKILLed several times in the middle of a load and restarted; clients retry
 * every unanswered command with the same Idempotency-Key. Every acknowledged command is stored
 * exactly once (a retry of a command that was written before the kill gets the original answer),
 * no command id appears twice, and the hash chains verify.
 */
describe('Crash of the API under load', () => {
  let dataDir: string;
  let api: CrashingApi;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'ct-rel-crash-'));
    api = new CrashingApi({ DATA_DIR: dataDir, LOG_LEVEL: 'error' });
    await api.start();
  }, 60_000);
  afterAll(async () => {
    await api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged command exactly once across SIGKILLs and restarts', async () => {
    const admin = api.tokens.sign({ id: 'admin.unoct', roles: ['programme-admin'] }, 3600);
    const setupEvents = await runSetup(api.baseUrl, admin, DELIVERABLES);
    const tokens = STATES.map((state) =>
      api.tokens.sign({ id: `coordinator.${state}`, roles: ['coordinator'], states: [state] }, 3600),
    );
    const counts = emptyCounts();
    const answers = new Map<string, { eventIds: string[]; replayed: boolean }>();
    const unexpected: string[] = [];
    let replayed = 0;
    // Kill when the acknowledged count crosses evenly spaced thresholds, with requests in flight.
    const thresholds = Array.from({ length: KILLS }, (_, k) =>
      Math.floor((COMMANDS * (k + 1)) / (KILLS + 1)),
    );
    const crashes: Promise<void>[] = [];

    await pool(COMMANDS, CONCURRENCY, async (i) => {
      const client = i % 50;
      const state = STATES[client % STATES.length]!;
      const command = loadCommand('crash', client, Math.floor(i / 50), state, DELIVERABLES);
      counts.sent += 1;
      const answer = await api.sendUntilAnswered(
        command.path,
        tokens[client % STATES.length]!,
        command.body,
        command.key,
        counts,
      );
      if (answer.status !== 201) {
        counts.rejected += 1;
        unexpected.push(`${command.key}: ${answer.status} ${JSON.stringify(answer.body)}`);
        return;
      }
      counts.acknowledged += 1;
      if (answer.body.replayed === true) replayed += 1;
      answers.set(commandIdOf(`coordinator.${state}`, command.key), {
        eventIds: answer.body.eventIds as string[],
        replayed: answer.body.replayed === true,
      });
      if (thresholds.length > 0 && counts.acknowledged >= thresholds[0]!) {
        thresholds.shift();
        counts.faultsInjected += 1;
        crashes.push(api.crashAndRestart());
      }
    });
    await Promise.all(crashes);
    await api.stop();
    expect(unexpected).toEqual([]);
    expect(api.kills).toBe(KILLS);

    const store = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
    let all: RecordedEvent[] = [];
    try {
      for await (const event of store.readAll()) all.push(event);
      const verification = await verifyHashChains(store);
      expect(verification.brokenLinks).toEqual([]);
      expect(verification.ok).toBe(true);
    } finally {
      await store.close();
    }
    expect(revisionGaps(all)).toEqual([]);
    all = facts(all.slice(setupEvents));
    const ids = commandIdCounts(all);
    counts.eventsStored = all.length;
    counts.lost = [...answers.keys()].filter((key) => !ids.has(key)).length;
    counts.duplicated = [...ids.values()].filter((n) => n > 1).length;
    const orphans = [...ids.keys()].filter((key) => !answers.has(key));
    report('api-crash', { ...counts, replayed, orphans: orphans.length });

    expect(counts.acknowledged).toBe(COMMANDS);
    expect(counts.lost).toBe(0);
    expect(counts.duplicated).toBe(0);
    expect(orphans).toEqual([]);
    expect(all).toHaveLength(COMMANDS);
    // The answer a client kept (original or replayed) names exactly the stored events.
    const stored = new Map<string, string[]>();
    for (const e of all)
      stored.set(e.metadata.commandId, [...(stored.get(e.metadata.commandId) ?? []), e.id]);
    for (const [key, answer] of answers) expect(stored.get(key)).toEqual(answer.eventIds);
  }, 300_000);
});
