import { IDEMPOTENCY_KEY_CLAIMED, commandIdFor } from '@ct/application';
import { type RecordedEvent } from '@ct/event-store';
import { createHash } from 'node:crypto';

/** `SOAK=1` (npm run test:soak) scales every count and duration of the reliability suite up. */
export const SOAK = process.env.SOAK === '1';

/** The quick value in `npm test`, the soak value under SOAK=1. */
export const scale = (quick: number, soak: number): number => (SOAK ? soak : quick);

/** What every reliability test reports, one JSON line per test (see README "Reliability"). */
export interface Counts {
  sent: number;
  acknowledged: number;
  retried: number;
  rejected: number;
  eventsStored: number;
  faultsInjected: number;
  lost: number;
  duplicated: number;
  [extra: string]: number | string;
}

export const emptyCounts = (): Counts => ({
  sent: 0,
  acknowledged: 0,
  retried: 0,
  rejected: 0,
  eventsStored: 0,
  faultsInjected: 0,
  lost: 0,
  duplicated: 0,
});

/** Prints the counts of one test as one JSON line on stdout (not through jest's console). */
export function report(test: string, counts: Counts): void {
  process.stdout.write(`${JSON.stringify({ reliability: test, soak: SOAK, ...counts })}\n`);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export interface Answer {
  status: number;
  contentType: string;
  retryAfter: string | null;
  body: Record<string, unknown>;
  ms: number;
}

/** One JSON POST through fetch (a real socket); throws on network errors (refused, reset). */
export async function post(
  baseUrl: string,
  path: string,
  token: string,
  body: unknown,
  idempotencyKey?: string,
  timeoutMs = 30_000,
): Promise<Answer> {
  const started = Date.now();
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    parsed = { unparsable: text.slice(0, 200) };
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    retryAfter: response.headers.get('retry-after'),
    body: parsed,
    ms: Date.now() - started,
  };
}

/** Runs `worker(i)` for i in [0, count) with at most `concurrency` at a time. */
export async function pool(count: number, concurrency: number, worker: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await worker(next++);
    }),
  );
}

/** A digest of the whole log: what "nothing was written" is compared with. */
export function digestOf(events: readonly RecordedEvent[]): string {
  const hash = createHash('sha256');
  for (const e of events)
    hash.update(
      JSON.stringify([
        e.id,
        e.streamName,
        e.revision.toString(),
        e.position.toString(),
        e.type,
        e.data,
        e.metadata,
      ]),
    );
  return `${events.length}:${hash.digest('hex')}`;
}

/** Revisions of every stream run 0, 1, 2, … with no gap or repeat; returns the broken streams. */
export function revisionGaps(events: readonly RecordedEvent[]): string[] {
  const next = new Map<string, bigint>();
  const broken = new Set<string>();
  for (const e of events) {
    const expected = next.get(e.streamName) ?? 0n;
    if (e.revision !== expected) broken.add(e.streamName);
    next.set(e.streamName, e.revision + 1n);
  }
  return [...broken];
}

/**
 * The recorded facts: every event but the idempotency-key claims that keyed commands write before
 * their events (one each, in a stream of its own).
 */
export const facts = (events: readonly RecordedEvent[]): RecordedEvent[] =>
  events.filter((e) => e.type !== IDEMPOTENCY_KEY_CLAIMED);

/** The command id the API derives from a principal and the Idempotency-Key it sent. */
export const commandIdOf = (sub: string, key: string): string => commandIdFor(sub, key);

/** How often each command id appears among the recorded facts. */
export function commandIdCounts(events: readonly RecordedEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of facts(events))
    counts.set(e.metadata.commandId, (counts.get(e.metadata.commandId) ?? 0) + 1);
  return counts;
}

// ---------------------------------------------------------------------------------------------
// The scenario every load test runs: one framework, N deliverables each assigned to the five
// Central Asian States, and coordinators of those States reporting progress and recording
// assistance against them.

export const STATES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
export const FRAMEWORK_ID = 'dushanbe-declaration-2019';

export const deliverableId = (i: number) => `reliability-deliverable-${i}`;

/** Admin commands (key, path, body) that set the scenario up; idempotent by their keys. */
export function setupCommands(deliverables: number): { key: string; path: string; body: unknown }[] {
  const commands: { key: string; path: string; body: unknown }[] = [
    {
      key: 'setup-framework',
      path: '/frameworks',
      body: {
        id: FRAMEWORK_ID,
        kind: 'declaration',
        title: 'Dushanbe Declaration',
        adoptedOn: '2019-05-17',
        place: 'Dushanbe',
        adoptingStates: [...STATES],
      },
    },
  ];
  for (let d = 0; d < deliverables; d++) {
    commands.push({
      key: `setup-define-${d}`,
      path: '/deliverables',
      body: {
        id: deliverableId(d),
        frameworkId: FRAMEWORK_ID,
        pillar: (['I', 'II', 'III', 'IV'] as const)[d % 4],
        thematicArea: `area ${d % 3}`,
        title: `Deliverable ${d}`,
        definedOn: '2019-06-01',
      },
    });
    for (const state of STATES)
      commands.push({
        key: `setup-assign-${d}-${state}`,
        path: `/deliverables/${deliverableId(d)}/assignments`,
        body: {
          stateCode: state,
          leadAgency: `Agency of ${state}`,
          dueOn: '2025-12-31',
          assignedOn: '2019-07-01',
        },
      });
  }
  return commands;
}

/** Records the scenario; answers how many events the log holds after it (each command claims its key, then records one event). */
export async function runSetup(baseUrl: string, adminToken: string, deliverables: number): Promise<number> {
  const commands = setupCommands(deliverables);
  for (const c of commands) {
    const answer = await post(baseUrl, c.path, adminToken, c.body, c.key);
    if (answer.status !== 201)
      throw new Error(`setup ${c.key}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return 2 * commands.length;
}

/**
 * The `n`-th command of a client acting for `state`: a progress report on one of the deliverables
 * or an assistance record supporting one (every other command). Always valid for the domain:
 * reports share one date (a later report may not be dated before an earlier one).
 */
export function loadCommand(
  run: string,
  client: number,
  n: number,
  state: string,
  deliverables: number,
): { key: string; path: string; body: unknown } {
  const d = (client * 7 + n * 3) % deliverables;
  const key = `${run}-c${client}-n${n}`;
  if (n % 2 === 0)
    return {
      key,
      path: `/deliverables/${deliverableId(d)}/progress-reports`,
      body: {
        stateCode: state,
        status: 'in-progress',
        percentComplete: (client + n) % 100,
        note: `report ${key}`,
        evidence: [`doc/${key}`],
        reportedOn: '2020-01-01',
      },
    };
  return {
    key,
    path: '/assistance',
    body: {
      id: `assist-${key}`.toLowerCase(),
      provider: 'UNODC',
      recipientState: state,
      pillar: 'II',
      deliverableId: deliverableId(d),
      kind: 'training',
      periodStart: '2020-01-01',
      amount: { value: 1000 + n, currency: 'USD' },
    },
  };
}
