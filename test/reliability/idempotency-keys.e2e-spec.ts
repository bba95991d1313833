import { isDeepStrictEqual } from 'node:util';
import { type ApiHarness, startApi } from '../support/api-harness';
import {
  STATES,
  commandIdOf,
  emptyCounts,
  facts,
  pool,
  post,
  report,
  revisionGaps,
  runSetup,
  scale,
} from './support/reliability';

const DELIVERABLES = 4;
const REQUESTS = scale(600, 6000);
/** Few keys for many requests: most requests reuse a key, with another body or as another principal. */
const KEYS = 12;
const HOT_WRITERS = 50;
const HOT_REPORTS = scale(200, 2000);

/**
 * The fields a request body is stored as: the legacy `recipientState` of an assistance request is
 * recorded as that State's 100 % share (AssistanceProvided v2).
 */
function storedShapeOf(body: Record<string, unknown>): Record<string, unknown> {
  const { recipientState, ...rest } = body;
  return recipientState === undefined
    ? body
    : { ...rest, recipients: { states: [{ stateCode: recipientState, percentage: 100 }] } };
}

/**
 * Careless and hostile clients reusing Idempotency-Keys across bodies, routes and principals,
 * concurrently: no 201 may stand for a write that is not in the log (the first version answered
 * "201 replayed" for writes it dropped), and 50 writers on one assignment all land.
 */
describe('Idempotency keys under reuse, and one hot stream', () => {
  let api: ApiHarness;
  let baseUrl: string;

  beforeAll(async () => {
    api = await startApi({ LOG_LEVEL: 'silent' });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as { port: number }).port}`;
    await runSetup(baseUrl, api.tokenFor({ sub: 'admin.unoct', roles: ['programme-admin'] }), DELIVERABLES);
  }, 120_000);
  afterAll(() => api.close());

  it('acknowledges only what it records when keys are reused with other bodies and by other principals', async () => {
    const principals = STATES.flatMap((state) => [`coordinator.${state}.a`, `coordinator.${state}.b`]).map(
      (sub, i) => ({ sub, state: STATES[i % STATES.length]! }),
    );
    const tokens = new Map(
      principals.map(({ sub, state }) => [
        sub,
        api.tokenFor({ sub, roles: ['coordinator'], states: [state] }),
      ]),
    );
    const before = facts(await api.allEvents()).length;
    const counts = emptyCounts();
    const statuses = new Map<number, number>();
    /** Every acknowledged answer: the event ids it names and the body it acknowledged. */
    const acknowledged = new Map<string, { body: Record<string, unknown>; commandId: string }>();
    const unexpected: string[] = [];

    await pool(REQUESTS, 32, async (i) => {
      const { sub, state } = principals[(i * 7) % principals.length]!;
      const key = `reuse-${i % KEYS}`;
      const d = i % DELIVERABLES;
      // (principal, key) pairs come back every 60 requests, each time with another body, and a
      // quarter of the time on another route: most reuses must be refused.
      const cycle = Math.floor(i / 60);
      const assistance = (i + cycle) % 4 === 3;
      const body: Record<string, unknown> = assistance
        ? {
            id: `reuse-assist-${i}`,
            provider: 'UNODC',
            recipientState: state,
            pillar: 'II',
            kind: 'training',
            periodStart: '2020-01-01',
          }
        : { stateCode: state, status: 'in-progress', percentComplete: cycle % 100, reportedOn: '2020-01-01' };
      const path = assistance ? '/assistance' : `/deliverables/reliability-deliverable-${d}/progress-reports`;
      counts.sent += 1;
      const answer = await post(baseUrl, path, tokens.get(sub)!, body, key);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 201) {
        counts.acknowledged += 1;
        for (const id of answer.body.eventIds as string[])
          acknowledged.set(id, { body, commandId: commandIdOf(sub, key) });
      } else if (answer.status === 422 && answer.body.rule === 'idempotency-key-reused') counts.rejected += 1;
      else unexpected.push(`${answer.status} ${JSON.stringify(answer.body)}`);
    });

    const log = facts(await api.allEvents());
    const byId = new Map(log.map((e) => [e.id, e]));
    // An acknowledged write that is not in the log, or whose stored data is not the body it acknowledged.
    let acknowledgedNotRecorded = 0;
    for (const [id, { body, commandId }] of acknowledged) {
      const event = byId.get(id);
      const matches =
        event !== undefined &&
        event.metadata.commandId === commandId &&
        Object.entries(storedShapeOf(body)).every(
          ([field, value]) =>
            field === 'id' || isDeepStrictEqual((event.data as Record<string, unknown>)[field], value),
        );
      if (!matches) acknowledgedNotRecorded += 1;
    }
    const ids = log.map((e) => e.id);
    counts.eventsStored = log.length - before;
    counts.lost = acknowledgedNotRecorded;
    counts.duplicated = ids.length - new Set(ids).size;
    report('idempotency-key-reuse', {
      ...counts,
      status201: statuses.get(201) ?? 0,
      status422: statuses.get(422) ?? 0,
      distinctAcknowledgedEvents: acknowledged.size,
    });

    expect(unexpected).toEqual([]);
    expect(acknowledgedNotRecorded).toBe(0);
    expect(counts.duplicated).toBe(0);
    // Every event written since the setup was acknowledged to someone; refusals wrote nothing.
    expect(counts.eventsStored).toBe(acknowledged.size);
    // Every (principal, key) pair is first used once and then reused with other bodies.
    expect(counts.rejected).toBeGreaterThan(REQUESTS / 2);
    expect(revisionGaps(await api.allEvents())).toEqual([]);
  }, 300_000);

  it('lands every report of 50 writers on one assignment, losing none', async () => {
    const token = api.tokenFor({ sub: 'coordinator.TJ', roles: ['coordinator'], states: ['TJ'] });
    const path = '/deliverables/reliability-deliverable-0/progress-reports';
    const counts = emptyCounts();
    const acknowledged = new Set<string>();
    const statuses = new Map<number, number>();
    await pool(HOT_REPORTS, HOT_WRITERS, async (i) => {
      counts.sent += 1;
      const answer = await post(
        baseUrl,
        path,
        token,
        { stateCode: 'TJ', status: 'in-progress', percentComplete: i % 100, reportedOn: '2020-01-01' },
        `hot-${i}`,
      );
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 201) {
        counts.acknowledged += 1;
        for (const id of answer.body.eventIds as string[]) acknowledged.add(id);
      } else counts.rejected += 1;
    });
    const stream = (await api.allEvents()).filter(
      (e) => e.streamName === 'deliverable-reliability-deliverable-0',
    );
    const stored = new Set(stream.map((e) => e.id));
    counts.lost = [...acknowledged].filter((id) => !stored.has(id)).length;
    report('hot-stream', { ...counts, status409: statuses.get(409) ?? 0 });
    expect(counts.acknowledged).toBe(HOT_REPORTS);
    expect(counts.lost).toBe(0);
    expect(revisionGaps(stream)).toEqual([]);
  }, 300_000);
});
