/**
 * A large, realistic event log generated straight into a SQLite events file, with the schema and
 * the metadata the production store writes (SqliteEventStore behind the hash chain, command
 * envelopes as AggregateStore builds them), without going through commands: millions of events
 * in seconds. The history obeys the domain rules, so projections behave as in production:
 *
 * - frameworks adopted (and now and then revised) before their deliverables are defined;
 * - processes launched, conferences held;
 * - hundreds of deliverables defined over the years, each assigned to two to four of the five
 *   States (a few re-assigned with a new due date), never after being cancelled;
 * - progress reports, the bulk of the log, in date order per (deliverable, State), none after the
 *   State completed it, percent never above 100 (completed = 100), a few v1 reports (no `source`)
 *   upcast on read like a log that predates schema version 2;
 * - assistance, each record its own stream, some linked to a deliverable assigned to the
 *   recipient, most with an amount in minor-unit-exact decimals.
 *
 * Deterministic (seeded PRNG): the same counts give the same log.
 */
import Database from 'better-sqlite3';
import { EVENT_SCHEMA_VERSIONS, type DomainEvent, streamName } from '@ct/domain';
import { SqliteEventStore, eventHash, eventIdFor } from '@ct/event-store';

export const STATES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
/** Relative activity per State: histories of different lengths, as in reality. */
const STATE_WEIGHTS = [0.3, 0.2, 0.2, 0.1, 0.2];
const PILLARS = ['I', 'II', 'III', 'IV'] as const;
const PROVIDERS = ['UNOCT/UNCCT', 'UNODC', 'UNRCCA', 'OSCE', 'EU', 'UNDP', 'CTED'];
const KINDS = ['training', 'legislative-drafting', 'equipment', 'advisory', 'other'] as const;
const AREAS = [
  'countering the financing of terrorism',
  'border management',
  'prevention of violent extremism',
  'criminal justice',
  'protection of critical infrastructure',
  'returnees and their families',
];

const COMMAND_OF: Record<DomainEvent['type'], string> = {
  DeclarationAdopted: 'AdoptDeclaration',
  FrameworkRevised: 'ReviseFramework',
  ProcessLaunched: 'LaunchProcess',
  ConferenceHeld: 'HoldConference',
  DeliverableDefined: 'DefineDeliverable',
  DeliverableAssigned: 'AssignDeliverable',
  ProgressReported: 'ReportProgress',
  DeliverableCancelled: 'CancelDeliverable',
  ProgressReportCorrected: 'CorrectProgressReport',
  ProgressReportWithdrawn: 'WithdrawProgressReport',
  ProgressReportValidated: 'ValidateProgressReport',
  ProgressReportReturned: 'ReturnProgressReport',
  AssignmentReopened: 'ReopenAssignment',
  AssignmentWithdrawn: 'WithdrawAssignment',
  DeliverableRetired: 'RetireDeliverable',
  AssistanceProvided: 'ProvideAssistance',
  AssistanceAmended: 'AmendAssistance',
  AssistanceWithdrawn: 'WithdrawAssistance',
  OrganisationRegistered: 'RegisterOrganisation',
  OrganisationUpdated: 'UpdateOrganisation',
};

export interface EventLogPlan {
  events: number;
  deliverables: number;
}

export interface EventLogStats {
  events: number;
  streams: number;
  byType: Record<string, number>;
  /** Events that name each State (statesNamedBy), i.e. that State's own history. */
  byState: Record<string, number>;
  deliverables: number;
  assignments: number;
  cancelled: number;
  completed: number;
  seconds: number;
}

/** mulberry32: small, fast, seedable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const addDays = (day: string, days: number): string => {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

interface Assignment {
  deliverable: Deliverable;
  state: string;
  /** Fractional progress; the reported percent is its floor. */
  progress: number;
  percent: number;
  completed: boolean;
}

interface Deliverable {
  id: string;
  frameworkId: string;
  states: string[];
  cancelled: boolean;
}

/** Writes the log into `filename` (a new file). */
export function generateEventLog(filename: string, plan: EventLogPlan, seed = 20190517): EventLogStats {
  const started = process.hrtime.bigint();
  // The store creates the file with its own schema and pragmas; rows are then written in bulk.
  void new SqliteEventStore({ filename }).close();
  const db = new Database(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    'INSERT INTO events (event_id, stream_name, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const upsertStream = db.prepare(
    'INSERT INTO streams (stream_name, revision) VALUES (?, ?) ON CONFLICT (stream_name) DO UPDATE SET revision = excluded.revision',
  );
  type Row = [string, string, number, string, string, string, string];
  let rows: Row[] = [];
  const flushRows = db.transaction((batch: Row[]) => {
    for (const row of batch) insert.run(...row);
  });

  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pickState = (): string => {
    let r = random();
    for (let i = 0; i < STATES.length; i++) {
      r -= STATE_WEIGHTS[i]!;
      if (r <= 0) return STATES[i]!;
    }
    return STATES[STATES.length - 1]!;
  };

  // The clock: seven years of history, events evenly spread (recordedAt strictly increasing).
  const startMs = Date.parse('2019-06-01T08:00:00.000Z');
  const spanMs = Date.parse('2026-06-01T08:00:00.000Z') - startMs;
  let count = 0;
  let recordedAt = '';
  let today = '';
  const tick = () => {
    const ms = startMs + Math.floor((count * spanMs) / plan.events);
    recordedAt = new Date(ms).toISOString();
    today = recordedAt.slice(0, 10);
  };

  const revisions = new Map<string, { revision: number; hash: string | null }>();
  const stats: EventLogStats = {
    events: 0,
    streams: 0,
    byType: {},
    byState: Object.fromEntries(STATES.map((s) => [s, 0])),
    deliverables: 0,
    assignments: 0,
    cancelled: 0,
    completed: 0,
    seconds: 0,
  };

  const emit = (stream: string, event: DomainEvent, states: readonly string[], version?: number) => {
    tick();
    const head = revisions.get(stream);
    const revision = head ? head.revision + 1 : 0;
    const commandId = `bench-command-${count}`;
    const id = eventIdFor(commandId, 0);
    const base = {
      actor: 'bench.generator',
      commandId,
      correlationId: commandId,
      causationId: commandId,
      recordedAt,
      schemaVersion: version ?? EVENT_SCHEMA_VERSIONS[event.type],
      command: COMMAND_OF[event.type],
      previousHash: head?.hash ?? null,
    };
    const hash = eventHash(
      {
        id,
        streamName: stream,
        revision: BigInt(revision),
        type: event.type,
        data: event.data,
        metadata: base,
      },
      base.previousHash,
    );
    rows.push([
      id,
      stream,
      revision,
      event.type,
      JSON.stringify(event.data),
      JSON.stringify({ ...base, hash }),
      recordedAt,
    ]);
    if (rows.length >= 50_000) {
      flushRows(rows);
      rows = [];
    }
    revisions.set(stream, { revision, hash });
    count += 1;
    stats.byType[event.type] = (stats.byType[event.type] ?? 0) + 1;
    for (const s of new Set(states)) stats.byState[s] = (stats.byState[s] ?? 0) + 1;
  };

  // Frameworks and processes first: deliverables need an adopted framework.
  const frameworks = Array.from({ length: 8 }, (_, i) => ({
    id: `bench-framework-${i}`,
    adoptedOn: addDays('2018-05-01', i * 40),
    states: i % 3 === 0 ? [...STATES] : STATES.filter((_, k) => (k + i) % 4 !== 0),
  }));
  for (const f of frameworks)
    emit(
      streamName('framework', f.id),
      {
        type: 'DeclarationAdopted',
        data: {
          frameworkId: f.id,
          kind: f.id.endsWith('0') ? 'declaration' : 'plan-of-action',
          title: `Benchmark framework ${f.id}`,
          adoptedOn: f.adoptedOn,
          place: 'Dushanbe',
          adoptingStates: f.states,
          sourceReference: 'A/RES/60/288',
        },
      },
      f.states,
    );
  const processes = Array.from({ length: 4 }, (_, i) => `bench-process-${i}`);
  for (const [i, processId] of processes.entries()) {
    const states = STATES.filter((_, k) => k !== i);
    emit(
      streamName('process', processId),
      {
        type: 'ProcessLaunched',
        data: {
          processId,
          name: `Benchmark process ${i}`,
          launchedBy: 'UNOCT',
          launchedOn: '2019-05-17',
          place: 'Dushanbe',
          frameworkIds: [frameworks[i]!.id],
          participatingStates: states,
        },
      },
      states,
    );
  }

  const deliverables: Deliverable[] = [];
  const active: Assignment[] = [];
  const defineDeliverable = () => {
    const framework = pick(frameworks);
    const d: Deliverable = {
      id: `bench-deliverable-${String(deliverables.length).padStart(4, '0')}`,
      frameworkId: framework.id,
      states: [],
      cancelled: false,
    };
    deliverables.push(d);
    stats.deliverables += 1;
    const stream = streamName('deliverable', d.id);
    emit(
      stream,
      {
        type: 'DeliverableDefined',
        data: {
          deliverableId: d.id,
          frameworkId: framework.id,
          pillar: pick(PILLARS),
          thematicArea: pick(AREAS),
          title: `Benchmark deliverable ${deliverables.length}`,
          ...(random() < 0.5 ? { description: 'Adopt and implement the measures of the plan' } : {}),
          reference: `para. ${1 + Math.floor(random() * 40)}`,
          definedOn: today,
        },
      },
      [],
    );
    const wanted = 2 + Math.floor(random() * 3);
    while (d.states.length < wanted) {
      const state = pickState();
      if (d.states.includes(state)) continue;
      d.states.push(state);
      emit(
        stream,
        {
          type: 'DeliverableAssigned',
          data: {
            deliverableId: d.id,
            stateCode: state,
            leadAgency: 'Ministry of Internal Affairs',
            dueOn: addDays(today, 365 + Math.floor(random() * 1000)),
            assignedOn: today,
          },
        },
        [state],
      );
      active.push({ deliverable: d, state, progress: 0, percent: 0, completed: false });
      stats.assignments += 1;
    }
  };

  // At least a few deliverables from the start; the rest over the first 80 % of the log.
  const defineProbability = plan.deliverables / (0.8 * plan.events);
  // About 3 States per deliverable: an assignment gets ~events / (3 x deliverables) reports; it
  // reaches 99 % after about 140 % of them, so only the older assignments complete.
  const reportsPerAssignment = (0.97 * plan.events) / (3 * plan.deliverables);
  const progressPerReport = 100 / (1.4 * reportsPerAssignment);
  for (let i = 0; i < Math.min(10, plan.deliverables); i++) defineDeliverable();
  let assistance = 0;
  let conferences = 0;
  while (count < plan.events) {
    const r = random();
    if (deliverables.length < plan.deliverables && (r < defineProbability || active.length === 0)) {
      defineDeliverable();
      continue;
    }
    const s = random();
    if (s < 0.02) {
      // Assistance: its own stream; some tied to a live deliverable assigned to the recipient.
      const linked = random() < 0.3 && active.length > 0 ? pick(active) : undefined;
      const recipient = linked?.state ?? pickState();
      const id = `bench-assistance-${assistance++}`;
      const value = Math.round(random() * 5_000_000) / 100 + 1;
      emit(
        streamName('assistance', id),
        {
          type: 'AssistanceProvided',
          data: {
            assistanceId: id,
            provider: pick(PROVIDERS),
            recipients: { states: [{ stateCode: recipient, percentage: 100 }] },
            pillar: pick(PILLARS),
            ...(linked ? { deliverableId: linked.deliverable.id } : {}),
            kind: pick(KINDS),
            description: 'Workshop for practitioners',
            periodStart: today,
            ...(random() < 0.5 ? { periodEnd: addDays(today, 30) } : {}),
            ...(random() < 0.8 ? { amount: { value, currency: random() < 0.7 ? 'USD' : 'EUR' } } : {}),
          },
        },
        [recipient],
      );
    } else if (s < 0.0205) {
      const processId = pick(processes);
      emit(
        streamName('process', processId),
        {
          type: 'ConferenceHeld',
          data: {
            processId,
            title: `Conference ${++conferences}`,
            startsOn: today,
            endsOn: addDays(today, 2),
            place: pick(['Dushanbe', 'Tashkent', 'Almaty', 'Bishkek', 'Ashgabat']),
            outcomeFrameworkIds: random() < 0.5 ? [pick(frameworks).id] : [],
          },
        },
        [],
      );
    } else if (s < 0.0207) {
      const f = pick(frameworks);
      const states = random() < 0.3 ? [...STATES] : undefined;
      emit(
        streamName('framework', f.id),
        {
          type: 'FrameworkRevised',
          data: {
            frameworkId: f.id,
            revisedOn: today,
            summary: 'Updated at the regional meeting',
            ...(states ? { adoptingStates: states } : {}),
          },
        },
        states ?? [],
      );
    } else if (s < 0.0215 && active.length > 0) {
      // Re-assignment: a new due date (never after completion or cancellation).
      const a = pick(active);
      emit(
        streamName('deliverable', a.deliverable.id),
        {
          type: 'DeliverableAssigned',
          data: {
            deliverableId: a.deliverable.id,
            stateCode: a.state,
            leadAgency: 'Counter-terrorism centre',
            dueOn: addDays(today, 200 + Math.floor(random() * 800)),
            assignedOn: today,
          },
        },
        [a.state],
      );
    } else if (s < 0.0216 && deliverables.length > 20 && stats.cancelled < deliverables.length * 0.05) {
      const d = pick(deliverables);
      if (d.cancelled) continue;
      d.cancelled = true;
      stats.cancelled += 1;
      for (let i = active.length - 1; i >= 0; i--) if (active[i]!.deliverable === d) active.splice(i, 1);
      emit(
        streamName('deliverable', d.id),
        {
          type: 'DeliverableCancelled',
          data: { deliverableId: d.id, reason: 'Superseded by the revised plan', cancelledOn: today },
        },
        [],
      );
    } else if (active.length > 0) {
      const index = Math.floor(random() * active.length);
      const a = active[index]!;
      const t = random();
      let status: 'in-progress' | 'blocked' | 'completed';
      if (a.percent >= 95 && t < 0.02) status = 'completed';
      else if (t < 0.03) status = 'blocked';
      else status = 'in-progress';
      if (status === 'completed') a.percent = 100;
      else if (status === 'in-progress') {
        a.progress += progressPerReport * 2 * random();
        a.percent = Math.min(99, Math.floor(a.progress));
      }
      const v1 = random() < 0.01;
      const withPercent = status === 'completed' || random() < 0.9;
      emit(
        streamName('deliverable', a.deliverable.id),
        {
          type: 'ProgressReported',
          data: {
            deliverableId: a.deliverable.id,
            stateCode: a.state,
            status,
            ...(withPercent ? { percentComplete: a.percent } : {}),
            ...(random() < 0.6 ? { note: `Report ${count}: inter-agency working group met` } : {}),
            ...(random() < 0.4 ? { evidence: [`doc-${count}`] } : {}),
            reportedOn: today,
            ...(v1 ? {} : { source: random() < 0.8 ? 'self-reported' : 'external' }),
          } as Extract<DomainEvent, { type: 'ProgressReported' }>['data'],
        },
        [a.state],
        v1 ? 1 : undefined,
      );
      if (status === 'completed') {
        a.completed = true;
        stats.completed += 1;
        active[index] = active[active.length - 1]!;
        active.pop();
      }
    }
  }
  flushRows(rows);
  db.transaction(() => {
    for (const [stream, head] of revisions) upsertStream.run(stream, head.revision);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  stats.events = count;
  stats.streams = revisions.size;
  stats.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return stats;
}
