import { type DomainEvent } from '@ct/domain';
import { type EventStore, type EventToAppend, eventIdFor } from '@ct/event-store';

export interface FixtureEvent {
  stream: string;
  event: DomainEvent;
  actor?: string;
  /** Index in its fixture: command id and recording time derive from it, so replays are identical. */
  n?: number;
}

export function toAppend(event: DomainEvent, actor: string, n: number): EventToAppend {
  const commandId = `cmd-${n}`;
  const at = new Date(Date.UTC(2024, 0, 1) + n * 1000).toISOString();
  return {
    id: eventIdFor(commandId, 0),
    type: event.type,
    data: event.data,
    metadata: {
      actor,
      commandId,
      correlationId: commandId,
      causationId: commandId,
      recordedAt: at,
      schemaVersion: 1,
    },
  };
}

/** Appends in order; several appends share one group commit, which keeps the order of the calls. */
export async function appendAll(
  store: EventStore,
  events: readonly FixtureEvent[],
  chunk = 200,
): Promise<bigint> {
  let last = -1n;
  for (let i = 0; i < events.length; i += chunk) {
    const results = await Promise.all(
      events.slice(i, i + chunk).map((e, j) =>
        store.appendToStream(e.stream, [toAppend(e.event, e.actor ?? 'focal-point-kz', e.n ?? i + j)], {
          expectedRevision: 'any',
        }),
      ),
    );
    for (const r of results) if (r.position > last) last = r.position;
  }
  return last;
}

const numbered = (events: FixtureEvent[]): FixtureEvent[] => events.map((e, n) => ({ ...e, n }));

/** A small hand-written history touching every event type. */
export function scenario(): FixtureEvent[] {
  return numbered([
    {
      stream: 'framework-jpoa',
      event: {
        type: 'DeclarationAdopted',
        data: {
          frameworkId: 'jpoa',
          kind: 'plan-of-action',
          title: 'Joint Plan of Action',
          adoptedOn: '2011-11-30',
          place: 'Ashgabat',
          adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
        },
      },
    },
    {
      stream: 'framework-jpoa',
      event: {
        type: 'FrameworkRevised',
        data: { frameworkId: 'jpoa', revisedOn: '2022-03-03', summary: 'Updated JPoA', place: 'Tashkent' },
      },
      actor: 'unoct-staff',
    },
    {
      stream: 'process-dushanbe',
      event: {
        type: 'ProcessLaunched',
        data: {
          processId: 'dushanbe',
          name: 'Dushanbe process',
          launchedBy: 'USG UNOCT',
          launchedOn: '2019-05-17',
          frameworkIds: ['jpoa'],
          participatingStates: ['TJ', 'KZ'],
        },
      },
    },
    {
      stream: 'process-dushanbe',
      event: {
        type: 'ConferenceHeld',
        data: {
          processId: 'dushanbe',
          title: 'Dushanbe conference 2019',
          startsOn: '2019-05-16',
          endsOn: '2019-05-17',
          place: 'Dushanbe',
          outcomeFrameworkIds: ['jpoa'],
        },
      },
    },
    {
      stream: 'deliverable-d1',
      event: {
        type: 'DeliverableDefined',
        data: {
          deliverableId: 'd1',
          frameworkId: 'jpoa',
          pillar: 'II',
          thematicArea: 'border security',
          title: 'National CT strategy',
          reference: 'JPoA II.3',
          definedOn: '2022-03-03',
        },
      },
    },
    {
      stream: 'deliverable-d1',
      event: {
        type: 'DeliverableAssigned',
        data: {
          deliverableId: 'd1',
          stateCode: 'KZ',
          leadAgency: 'MFA',
          dueOn: '2023-01-01',
          assignedOn: '2022-03-04',
        },
      },
    },
    {
      stream: 'deliverable-d1',
      event: {
        type: 'DeliverableAssigned',
        data: {
          deliverableId: 'd1',
          stateCode: 'TJ',
          leadAgency: 'MoI',
          dueOn: '2025-01-01',
          assignedOn: '2022-03-04',
        },
      },
    },
    {
      stream: 'deliverable-d1',
      event: {
        type: 'ProgressReported',
        data: {
          deliverableId: 'd1',
          stateCode: 'KZ',
          status: 'in-progress',
          percentComplete: 40,
          note: 'draft',
          evidence: ['S/2022/1'],
          reportedOn: '2022-06-01',
          source: 'self-reported',
        },
      },
    },
    {
      stream: 'deliverable-d1',
      event: {
        type: 'ProgressReported',
        data: {
          deliverableId: 'd1',
          stateCode: 'TJ',
          status: 'completed',
          percentComplete: 100,
          reportedOn: '2022-07-01',
          source: 'external',
        },
      },
    },
    {
      stream: 'deliverable-d2',
      event: {
        type: 'DeliverableDefined',
        data: {
          deliverableId: 'd2',
          frameworkId: 'jpoa',
          pillar: 'II',
          thematicArea: 'financing',
          title: 'FIU training',
          definedOn: '2022-03-03',
        },
      },
    },
    {
      stream: 'deliverable-d2',
      event: {
        type: 'DeliverableAssigned',
        data: {
          deliverableId: 'd2',
          stateCode: 'KZ',
          leadAgency: 'FIU',
          dueOn: '2022-12-01',
          assignedOn: '2022-03-05',
        },
      },
    },
    {
      stream: 'deliverable-d2',
      event: {
        type: 'DeliverableCancelled',
        data: { deliverableId: 'd2', reason: 'merged', cancelledOn: '2022-04-01' },
      },
    },
    {
      stream: 'assistance-a1',
      event: {
        type: 'AssistanceProvided',
        data: {
          assistanceId: 'a1',
          provider: 'UNOCT',
          recipients: { states: [{ stateCode: 'KZ', percentage: 100 }] },
          pillar: 'II',
          deliverableId: 'd1',
          kind: 'training',
          periodStart: '2022-05-01',
          amount: { value: 1000.1, currency: 'USD' },
        },
      },
    },
    {
      stream: 'assistance-a2',
      event: {
        type: 'AssistanceProvided',
        data: {
          assistanceId: 'a2',
          provider: 'UNOCT',
          recipients: { states: [{ stateCode: 'KZ', percentage: 100 }] },
          pillar: 'II',
          kind: 'training',
          periodStart: '2022-06-01',
          periodEnd: '2022-06-30',
          amount: { value: 0.2, currency: 'USD' },
        },
      },
    },
    {
      stream: 'assistance-a3',
      event: {
        type: 'AssistanceProvided',
        data: {
          assistanceId: 'a3',
          provider: 'OSCE',
          recipients: { states: [{ stateCode: 'KZ', percentage: 100 }] },
          pillar: 'III',
          kind: 'equipment',
          periodStart: '2022-07-01',
          amount: { value: 50, currency: 'EUR' },
        },
      },
    },
    {
      stream: 'assistance-a4',
      event: {
        type: 'AssistanceProvided',
        data: {
          assistanceId: 'a4',
          provider: 'UNODC',
          recipients: { states: [{ stateCode: 'TJ', percentage: 100 }] },
          pillar: 'I',
          kind: 'advisory',
          periodStart: '2022-08-01',
        },
      },
    },
  ]);
}

/** A deterministic, valid history of about `count` events for volume tests. */
export function generated(count: number, seed = 7): FixtureEvent[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const states = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];
  const statuses = ['in-progress', 'blocked', 'completed'] as const;
  const out: FixtureEvent[] = scenario();
  const live: { id: string; states: string[]; cancelled: boolean }[] = [];
  let n = 0;
  while (out.length < count) {
    const roll = random();
    if (roll < 0.15 || live.length < 3) {
      const id = `g${++n}`;
      out.push({
        stream: `deliverable-${id}`,
        event: {
          type: 'DeliverableDefined',
          data: {
            deliverableId: id,
            frameworkId: pick(['jpoa', 'dushanbe-2019']),
            pillar: pick(['I', 'II', 'III', 'IV'] as const),
            thematicArea: pick(['borders', 'financing', 'prisons']),
            title: `Deliverable ${id}`,
            definedOn: '2023-01-01',
          },
        },
      });
      live.push({ id, states: [], cancelled: false });
    } else if (roll < 0.35) {
      const d = pick(live);
      const state = pick(states);
      if (!d.states.includes(state)) d.states.push(state);
      out.push({
        stream: `deliverable-${d.id}`,
        event: {
          type: 'DeliverableAssigned',
          data: {
            deliverableId: d.id,
            stateCode: state,
            leadAgency: pick(['MFA', 'MoI', 'FIU']),
            dueOn: pick(['2023-06-01', '2024-06-01', '2026-01-01']),
            assignedOn: '2023-01-02',
          },
        },
        actor: pick(['alice', 'bob']),
      });
    } else if (roll < 0.75) {
      const d = pick(live);
      if (!d.states.length || d.cancelled) continue;
      const status = pick(statuses);
      out.push({
        stream: `deliverable-${d.id}`,
        event: {
          type: 'ProgressReported',
          data: {
            deliverableId: d.id,
            stateCode: pick(d.states),
            status,
            source: 'self-reported',
            ...(status === 'completed'
              ? { percentComplete: 100 }
              : random() < 0.7
                ? { percentComplete: Math.floor(random() * 100) }
                : {}),
            note: random() < 0.5 ? 'note' : undefined,
            evidence: random() < 0.3 ? ['doc-1', 'doc-2'] : undefined,
            reportedOn: '2023-03-01',
          },
        },
        actor: pick(['alice', 'bob', 'carol']),
      });
    } else if (roll < 0.78) {
      const d = pick(live);
      if (d.cancelled) continue;
      d.cancelled = true;
      out.push({
        stream: `deliverable-${d.id}`,
        event: {
          type: 'DeliverableCancelled',
          data: { deliverableId: d.id, reason: 'superseded', cancelledOn: '2023-04-01' },
        },
      });
    } else {
      const id = `ga${++n}`;
      out.push({
        stream: `assistance-${id}`,
        event: {
          type: 'AssistanceProvided',
          data: {
            assistanceId: id,
            provider: pick(['UNOCT', 'UNODC', 'OSCE', 'EU']),
            recipients: { states: [{ stateCode: pick(states), percentage: 100 }] },
            pillar: pick(['I', 'II', 'III', 'IV'] as const),
            kind: pick(['training', 'equipment', 'advisory'] as const),
            periodStart: '2023-02-01',
            ...(random() < 0.8
              ? { amount: { value: Math.round(random() * 1_000_000) / 100, currency: pick(['USD', 'EUR']) } }
              : {}),
          },
        },
      });
    }
  }
  return numbered(out);
}
