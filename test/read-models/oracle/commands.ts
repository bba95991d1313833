import fc from 'fast-check';
import {
  ASSISTANCE_KINDS,
  AggregateNotFound,
  type AssistanceCommand,
  type AssistanceState,
  type DeliverableCommand,
  type DeliverableState,
  type DomainEvent,
  DomainRuleViolation,
  type FrameworkCommand,
  type FrameworkState,
  PILLAR_CODES,
  type ProcessCommand,
  type ProcessState,
  type ProgressStatus,
  assistanceDecider,
  deliverableDecider,
  frameworkDecider,
  minorUnitsOf,
  processDecider,
  streamName,
} from '@ct/domain';
import { eventIdFor } from '@ct/event-store';

/**
 * Random command sequences turned into event histories by the real deciders, so that every history
 * is one the product can record. The pools are small on purpose: ids, States, dates and providers
 * collide often, which is where read models go wrong (re-assignments, several reports per State,
 * several deliverables per scorecard cell, several records per ledger group and currency).
 */

/**
 * The moment the first command is decided at; every generated date is on or before its day. Each
 * later command comes seven hours after the one before, so a history is recorded over several days
 * and an as-of cutoff judges "overdue" against days that fall between due dates.
 */
export const NOW = '2026-06-30T12:00:00.000Z';
const COMMAND_INTERVAL_MS = 7 * 3600 * 1000;

/** Sorted: the deciders compare dates, and a small sorted pool makes many commands valid. */
export const DATES = [
  '2011-11-30',
  '2015-06-01',
  '2019-05-17',
  '2020-01-01',
  '2021-06-30',
  '2022-03-03',
  '2023-01-01',
  '2024-02-29',
  '2025-12-31',
  '2026-06-30',
] as const;
/** Due dates may lie after today. */
const DUE_DATES: readonly string[] = [
  ...DATES.slice(2),
  '2026-07-03',
  '2026-07-09',
  '2027-01-01',
  '2030-12-31',
];

export const FRAMEWORKS = ['f-dushanbe', 'f-jpoa', 'f-tashkent'] as const;
export const PROCESSES = ['p-dushanbe', 'p-tashkent'] as const;
export const DELIVERABLES = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'] as const;
export const ASSISTANCE = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10'] as const;
/** Four of the five Central Asian States plus one outside the region (assignment allows any). */
export const STATES = ['KZ', 'KG', 'TJ', 'UZ', 'AF'] as const;
/**
 * Upper-case ASCII only: SQLite compares bytes and PostgreSQL compares by its database collation,
 * which may ignore case; the oracle orders by code units, so text that sorts alike everywhere.
 */
export const PROVIDERS = ['EU', 'OSCE', 'UNOCT', 'UNODC'] as const;
export const CURRENCIES = ['EUR', 'USD', 'KZT', 'JPY', 'KWD'] as const;
export const ACTORS = ['admin-1', 'focal-kz', 'focal-tj'] as const;
const STATUSES: readonly ProgressStatus[] = ['not-started', 'in-progress', 'blocked', 'completed'];

const date = fc.constantFrom(...DATES);
const states = fc.uniqueArray(fc.constantFrom(...STATES), { minLength: 1, maxLength: 3 });
const frameworkIds = fc.uniqueArray(fc.constantFrom(...FRAMEWORKS), { maxLength: 2 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/**
 * Amounts drawn in minor units of their currency and written as a client sends them: a JSON number
 * with the currency's decimals (ISO 4217: 0 for JPY, 2 for EUR, 3 for KWD). Up to the domain's
 * ceiling of 10^15 minor units, so a read model that adds doubles, or scales every currency by 100,
 * gets a different total.
 */
const amount = fc
  .record({
    currency: fc.constantFrom(...CURRENCIES),
    minor: fc.oneof(
      fc.integer({ min: 1, max: 100_000 }),
      fc.integer({ min: 1, max: 999_999_999 }),
      fc.constantFrom(1, 10, 30, 999_999_999_999_999, 1_000_000_000_000_000),
    ),
  })
  .map(({ currency, minor }) => ({ currency, value: minor / 10 ** (minorUnitsOf(currency) ?? 2) }));

/** A command without its clock: `Omit` of each member, not of the union's common keys. */
type Unclocked<C> = C extends unknown ? Omit<C, 'now'> : never;

type Intent =
  | { kind: 'framework'; command: Unclocked<FrameworkCommand> }
  | { kind: 'process'; command: Unclocked<ProcessCommand> }
  | { kind: 'deliverable'; command: Unclocked<DeliverableCommand> }
  | { kind: 'assistance'; command: Unclocked<AssistanceCommand> };

/**
 * How a command is aimed at the history so far: `pick` chooses among the aggregates that exist
 * (a deliverable to assign, an assignment to report on), each step moves a date that many places
 * up the pool from the rule's lower bound (-1 keeps the random date, which the decider may refuse).
 * Without aiming, most reports would name an assignment that does not exist, or come out of order.
 */
export interface Aim {
  pick: number;
  steps: [number, number];
}

export interface GeneratedCommand {
  intent: Intent;
  actor: string;
  aim: Aim;
}

const adopt = fc.record({
  type: fc.constant('AdoptDeclaration' as const),
  frameworkId: fc.constantFrom(...FRAMEWORKS),
  kind: fc.constantFrom('declaration' as const, 'plan-of-action' as const),
  title: fc.constantFrom('Dushanbe Declaration', 'Joint Plan of Action'),
  adoptedOn: date,
  place: fc.constantFrom('Dushanbe', 'Ashgabat'),
  adoptingStates: states,
  sourceReference: optional(fc.constantFrom('A/74/1', 'S/2019/1')),
});

const revise = fc.record({
  type: fc.constant('ReviseFramework' as const),
  frameworkId: fc.constantFrom(...FRAMEWORKS),
  revisedOn: date,
  summary: fc.constantFrom('Updated', 'Revised in Tashkent'),
  place: optional(fc.constant('Tashkent')),
  adoptingStates: optional(states),
  sourceReference: optional(fc.constant('A/76/2')),
});

const launch = fc.record({
  type: fc.constant('LaunchProcess' as const),
  processId: fc.constantFrom(...PROCESSES),
  name: fc.constantFrom('Dushanbe process', 'Tashkent process'),
  launchedBy: fc.constant('USG UNOCT'),
  launchedOn: date,
  place: optional(fc.constant('Dushanbe')),
  frameworkIds,
  participatingStates: states,
});

const conference = fc.record({
  type: fc.constant('HoldConference' as const),
  processId: fc.constantFrom(...PROCESSES),
  title: fc.constantFrom('High-level conference', 'Expert meeting'),
  startsOn: date,
  endsOn: date,
  place: fc.constantFrom('Dushanbe', 'Tashkent'),
  outcomeFrameworkIds: frameworkIds,
});

const define = fc.record({
  type: fc.constant('DefineDeliverable' as const),
  deliverableId: fc.constantFrom(...DELIVERABLES),
  frameworkId: fc.constantFrom(...FRAMEWORKS),
  pillar: fc.constantFrom(...PILLAR_CODES),
  thematicArea: fc.constantFrom('borders', 'financing'),
  title: fc.constantFrom('National strategy', 'FIU training'),
  description: optional(fc.constant('A description')),
  reference: optional(fc.constant('JPoA II.3')),
  definedOn: date,
});

const assign = fc.record({
  type: fc.constant('AssignDeliverable' as const),
  deliverableId: fc.constantFrom(...DELIVERABLES),
  stateCode: fc.constantFrom(...STATES),
  leadAgency: fc.constantFrom('MFA', 'MoI', 'FIU'),
  dueOn: fc.constantFrom(...DUE_DATES),
  assignedOn: date,
});

/**
 * A status with a percent that mostly fits it (a completed deliverable is 100 percent, one not
 * started 0), sometimes not (refused), and often none: a report may carry only a status, and what
 * that does to the percent already known is what read models get wrong.
 */
const statusAndPercent = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      status: fc.constantFrom<ProgressStatus>('in-progress', 'blocked'),
      percentComplete: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 2 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      status: fc.constantFrom<ProgressStatus>('not-started', 'completed'),
      percentComplete: fc.constant(undefined),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      status: fc.constantFrom<ProgressStatus>(...STATUSES),
      percentComplete: fc.constantFrom(0, 100, 50),
    }),
  },
);

const report = fc.record({
  type: fc.constant('ReportProgress' as const),
  deliverableId: fc.constantFrom(...DELIVERABLES),
  stateCode: fc.constantFrom(...STATES),
  progress: statusAndPercent,
  note: optional(fc.constantFrom('draft adopted', 'awaiting parliament')),
  evidence: optional(fc.array(fc.constantFrom('S/2022/1', 'doc-2'), { maxLength: 2 })),
  reportedOn: date,
  source: optional(fc.constantFrom('self-reported' as const, 'external' as const)),
});

const cancel = fc.record({
  type: fc.constant('CancelDeliverable' as const),
  deliverableId: fc.constantFrom(...DELIVERABLES),
  reason: fc.constantFrom('merged', 'superseded'),
  cancelledOn: date,
});

/**
 * Who receives a record: one State at 100 %, several States sharing it (shares whose parts leave a
 * remainder to allocate), or Central Asia (DAC region 619) with or without State shares below 100 %.
 */
const REGION = { code: '619', vocabulary: '1' } as const;
const recipients = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(...STATES).map((stateCode) => ({ states: [{ stateCode, percentage: 100 }] })),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.uniqueArray(fc.constantFrom(...STATES), { minLength: 2, maxLength: 3 }),
        // Two shares below 100 % together: the last State takes the rest.
        fc.constantFrom([50, 25], [33.33, 33.33], [0.01, 66.67], [12.5, 37.5]),
      )
      .map(([codes, shares]) => {
        // The shares of the first n - 1 States as drawn, the last takes what is left of 100 %.
        const taken = codes.slice(0, -1).map((stateCode, i) => ({ stateCode, percentage: shares[i]! }));
        const rest = (10_000 - taken.reduce((sum, s) => sum + Math.round(s.percentage * 100), 0)) / 100;
        return { states: [...taken, { stateCode: codes[codes.length - 1]!, percentage: rest }] };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.uniqueArray(fc.constantFrom(...STATES), { maxLength: 2 }).chain((codes) =>
      fc.constantFrom(20, 33.33, 45.5).map((percentage) => ({
        states: codes.map((stateCode) => ({ stateCode, percentage })),
        region: REGION,
      })),
    ),
  },
);

const provide = fc.record({
  type: fc.constant('ProvideAssistance' as const),
  assistanceId: fc.constantFrom(...ASSISTANCE),
  provider: fc.constantFrom(...PROVIDERS),
  recipients,
  pillar: fc.constantFrom(...PILLAR_CODES),
  deliverableId: optional(fc.constantFrom(...DELIVERABLES)),
  kind: fc.constantFrom(...ASSISTANCE_KINDS),
  description: optional(fc.constant('Workshop')),
  periodStart: date,
  periodEnd: optional(fc.constantFrom(...DUE_DATES)),
  amount: optional(amount),
});

const amend = fc.record({
  type: fc.constant('AmendAssistance' as const),
  assistanceId: fc.constantFrom(...ASSISTANCE),
  reason: fc.constant('Revised budget'),
  periodEnd: optional(fc.constantFrom(...DUE_DATES)),
  amount: optional(amount),
  disbursements: optional(fc.array(fc.record({ disbursedOn: date, amount }), { minLength: 1, maxLength: 2 })),
});

const withdrawAssistance = fc.record({
  type: fc.constant('WithdrawAssistance' as const),
  assistanceId: fc.constantFrom(...ASSISTANCE),
  reason: fc.constant('Recorded twice'),
});

/** The report commands name their report by its event id; aimAt picks one that exists. */
const correct = fc.record({
  type: fc.constant('CorrectProgressReport' as const),
  deliverableId: fc.constantFrom(...DELIVERABLES),
  stateCode: fc.constantFrom(...STATES),
  reportId: fc.constant('unknown'),
  progress: statusAndPercent,
  note: optional(fc.constantFrom('draft adopted', 'corrected figures')),
  reportedOn: date,
  reason: fc.constant('Typo in the report'),
});

const reviewReport = fc.record({
  type: fc.constantFrom(
    'WithdrawProgressReport' as const,
    'ValidateProgressReport' as const,
    'ReturnProgressReport' as const,
  ),
  deliverableId: fc.constantFrom(...DELIVERABLES),
  stateCode: fc.constantFrom(...STATES),
  reportId: fc.constant('unknown'),
});

const reopen = fc.record({
  type: fc.constant('ReopenAssignment' as const),
  deliverableId: fc.constantFrom(...DELIVERABLES),
  stateCode: fc.constantFrom(...STATES),
  reason: fc.constant('Reassessed'),
  reopenedOn: date,
});

const withdrawAssignment = fc.record({
  type: fc.constant('WithdrawAssignment' as const),
  deliverableId: fc.constantFrom(...DELIVERABLES),
  stateCode: fc.constantFrom(...STATES),
  outcome: fc.constantFrom('withdrawn' as const, 'not-applicable' as const),
  reason: fc.constant('No longer relevant'),
  withdrawnOn: date,
});

const retire = fc.record({
  type: fc.constant('RetireDeliverable' as const),
  deliverableId: fc.constantFrom(...DELIVERABLES),
  revision: date,
  reason: optional(fc.constant('Dropped by the revision')),
});

/**
 * Weighted towards the commands the read models aggregate (assignments, reports, assistance);
 * definitions come often enough that most of them have something to act on.
 */
const intent: fc.Arbitrary<Intent> = fc.oneof(
  { weight: 1, arbitrary: adopt.map((command) => ({ kind: 'framework' as const, command })) },
  { weight: 1, arbitrary: revise.map((command) => ({ kind: 'framework' as const, command })) },
  { weight: 1, arbitrary: launch.map((command) => ({ kind: 'process' as const, command })) },
  { weight: 1, arbitrary: conference.map((command) => ({ kind: 'process' as const, command })) },
  { weight: 4, arbitrary: define.map((command) => ({ kind: 'deliverable' as const, command })) },
  { weight: 6, arbitrary: assign.map((command) => ({ kind: 'deliverable' as const, command })) },
  {
    weight: 10,
    arbitrary: report.map(({ progress, ...command }) => ({
      kind: 'deliverable' as const,
      command: { ...command, ...progress },
    })),
  },
  { weight: 1, arbitrary: cancel.map((command) => ({ kind: 'deliverable' as const, command })) },
  { weight: 5, arbitrary: provide.map((command) => ({ kind: 'assistance' as const, command })) },
  { weight: 2, arbitrary: amend.map((command) => ({ kind: 'assistance' as const, command })) },
  { weight: 1, arbitrary: withdrawAssistance.map((command) => ({ kind: 'assistance' as const, command })) },
  {
    weight: 3,
    arbitrary: correct.map(({ progress, ...command }) => ({
      kind: 'deliverable' as const,
      command: { ...command, ...progress },
    })),
  },
  {
    weight: 6,
    arbitrary: reviewReport.map(({ type, ...rest }): Intent =>
      type === 'ReturnProgressReport'
        ? { kind: 'deliverable', command: { type, ...rest, comment: 'Evidence missing' } }
        : type === 'ValidateProgressReport'
          ? { kind: 'deliverable', command: { type, ...rest } }
          : { kind: 'deliverable', command: { type, ...rest, reason: 'Sent by mistake' } },
    ),
  },
  { weight: 1, arbitrary: reopen.map((command) => ({ kind: 'deliverable' as const, command })) },
  { weight: 1, arbitrary: withdrawAssignment.map((command) => ({ kind: 'deliverable' as const, command })) },
  { weight: 1, arbitrary: retire.map((command) => ({ kind: 'deliverable' as const, command })) },
);

const step = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 3 }) },
  { weight: 1, arbitrary: fc.constant(-1) },
);
const aim: fc.Arbitrary<Aim> = fc.record({ pick: fc.nat({ max: 63 }), steps: fc.tuple(step, step) });

const command = fc.record({ intent, actor: fc.constantFrom(...ACTORS), aim });

/** Starts with an adoption: without a framework every other command is refused. */
export const commandSequence = (maxLength: number): fc.Arbitrary<GeneratedCommand[]> =>
  fc
    .tuple(
      fc.record({
        intent: adopt.map((command) => ({ kind: 'framework' as const, command })),
        actor: fc.constant(ACTORS[0]),
        aim,
      }),
      // fast-check's default size keeps arrays around ten long: too short to reach reports.
      fc.array(command, { maxLength: maxLength - 1, size: 'max' }),
    )
    .map(([first, rest]) => [first, ...rest]);

const STAFF_ONLY: ReadonlySet<string> = new Set([
  'ValidateProgressReport',
  'ReturnProgressReport',
  'ReopenAssignment',
  'WithdrawAssignment',
  'RetireDeliverable',
]);

/** One accepted command's event, with what the handler would put in its metadata. */
export interface DecidedEvent {
  /** The id the handler gives it (`eventIdFor(commandId, index)`): a report's id is its event's. */
  eventId: string;
  stream: string;
  event: DomainEvent;
  actor: string;
  commandId: string;
  recordedAt: string;
}

/** fast-check builds objects with keys whose value is undefined; the HTTP edge never sends those. */
const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * Plays the commands through the real deciders, as the command handlers do: fold the aggregate's
 * own events, look up the other aggregates the decider's context needs, decide, keep the events.
 * Commands a decider refuses are left out, so the history is one the product can produce.
 */
export function decideAll(commands: readonly GeneratedCommand[]): DecidedEvent[] {
  const frameworks = new Map<string, FrameworkState>();
  const processes = new Map<string, ProcessState>();
  const deliverables = new Map<string, DeliverableState>();
  const assistance = new Map<string, AssistanceState>();
  const out: DecidedEvent[] = [];

  const adoptedOn = (id: string) => {
    const f = frameworks.get(id);
    return f?.exists ? f.adoptedOn : undefined;
  };

  const aimAt = (intent: Intent, { pick, steps: [first, second] }: Aim): Intent => {
    /** The date `step` places after the first pool date on or after `lower`. */
    const at = (lower: string | undefined, step: number, random: string, pool: readonly string[] = DATES) => {
      const from = lower === undefined ? -1 : pool.findIndex((d) => d >= lower);
      return step < 0 || from < 0 ? random : pool[Math.min(from + step, pool.length - 1)]!;
    };
    const chosen = <T>(xs: readonly T[]): T | undefined => (xs.length ? xs[pick % xs.length] : undefined);
    const subset = <T>(xs: readonly T[]): T[] => xs.filter((_, j) => (pick >> j) & 1);
    const adopted = [...frameworks.entries()].filter(([, f]) => f.exists).map(([id]) => id);
    const defined = [...deliverables.entries()].filter(([, d]) => d.exists);
    const assignments = defined.flatMap(([id, d]) =>
      Object.entries(d.assignments).map(([stateCode, a]) => ({ id, stateCode, a })),
    );
    const c = intent.command;
    switch (c.type) {
      case 'AdoptDeclaration':
        return intent;
      case 'ReviseFramework': {
        const id = chosen(adopted) ?? c.frameworkId;
        const f = frameworks.get(id);
        return {
          kind: 'framework',
          command: {
            ...c,
            frameworkId: id,
            revisedOn: at(f?.lastRevisedOn ?? f?.adoptedOn, first, c.revisedOn),
          },
        };
      }
      case 'LaunchProcess': {
        const ids = subset(adopted);
        const latest = ids
          .map((id) => adoptedOn(id)!)
          .sort()
          .pop();
        return {
          kind: 'process',
          command: { ...c, frameworkIds: ids, launchedOn: at(latest ?? DATES[0], first, c.launchedOn) },
        };
      }
      case 'HoldConference': {
        const id =
          chosen([...processes.entries()].filter(([, p]) => p.exists).map(([pid]) => pid)) ?? c.processId;
        const startsOn = at(processes.get(id)?.launchedOn, first - 1, c.startsOn);
        const endsOn = at(startsOn, second, c.endsOn);
        return {
          kind: 'process',
          command: { ...c, processId: id, startsOn, endsOn, outcomeFrameworkIds: subset(adopted) },
        };
      }
      case 'DefineDeliverable': {
        const id = chosen(adopted) ?? c.frameworkId;
        // Every other deliverable of a revised framework is one its latest revision introduced.
        const revision = pick & 4 ? frameworks.get(id)?.revisions.at(-1) : undefined;
        return {
          kind: 'deliverable',
          command: {
            ...c,
            frameworkId: id,
            ...(revision ? { revision } : {}),
            definedOn: at(revision ?? adoptedOn(id), first, c.definedOn),
          },
        };
      }
      case 'AssignDeliverable': {
        const [id, d] = chosen(defined) ?? [c.deliverableId, undefined];
        const assignedOn = at(d?.definedOn, first, c.assignedOn);
        return {
          kind: 'deliverable',
          command: { ...c, deliverableId: id, assignedOn, dueOn: at(assignedOn, second, c.dueOn, DUE_DATES) },
        };
      }
      case 'ReportProgress': {
        const target = chosen(assignments);
        if (!target) return intent;
        // Any date from the assignment on: reports may come in any order (backfills).
        const lower = target.a.assignedOn;
        return {
          kind: 'deliverable',
          command: {
            ...c,
            deliverableId: target.id,
            stateCode: target.stateCode,
            reportedOn: at(lower, first, c.reportedOn),
          },
        };
      }
      case 'CancelDeliverable': {
        const [id, d] = chosen(defined) ?? [c.deliverableId, undefined];
        return {
          kind: 'deliverable',
          command: { ...c, deliverableId: id, cancelledOn: at(d?.definedOn, first, c.cancelledOn) },
        };
      }
      case 'ProvideAssistance': {
        const target = c.deliverableId === undefined ? undefined : chosen(assignments);
        const periodEnd =
          c.periodEnd === undefined ? undefined : at(c.periodStart, second, c.periodEnd, DUE_DATES);
        return {
          kind: 'assistance',
          command: {
            ...c,
            ...(target
              ? {
                  deliverableId: target.id,
                  recipients: { states: [{ stateCode: target.stateCode, percentage: 100 }] },
                }
              : {}),
            ...(periodEnd ? { periodEnd } : {}),
          },
        };
      }
      case 'AmendAssistance': {
        const recorded = [...assistance.entries()].filter(([, a]) => a.exists && !a.withdrawn);
        const [id, a] = chosen(recorded) ?? [c.assistanceId, undefined];
        // Disbursements are in the record's currency (or the amended one): whole units fit any currency.
        const currency = c.amount?.currency ?? a?.currency;
        // A new value keeps the record's currency (the decider refuses a change): whole units again.
        const newAmount =
          c.amount && a?.currency
            ? { currency: a.currency, value: Math.max(1, Math.round(c.amount.value)) }
            : c.amount;
        const disbursements = c.disbursements?.map((d) => ({
          disbursedOn: at(a?.periodStart, first, d.disbursedOn),
          amount: currency ? { currency, value: Math.max(1, Math.round(d.amount.value)) } : d.amount,
        }));
        const periodEnd =
          c.periodEnd === undefined ? undefined : at(a?.periodStart, second, c.periodEnd, DUE_DATES);
        return {
          kind: 'assistance',
          command: {
            ...c,
            assistanceId: id,
            ...(newAmount ? { amount: newAmount } : {}),
            ...(periodEnd ? { periodEnd } : {}),
            ...(disbursements ? { disbursements } : {}),
          },
        };
      }
      case 'WithdrawAssistance': {
        const recorded = [...assistance.entries()].filter(([, a]) => a.exists && !a.withdrawn);
        return {
          kind: 'assistance',
          command: { ...c, assistanceId: chosen(recorded)?.[0] ?? c.assistanceId },
        };
      }
      case 'CorrectProgressReport':
      case 'WithdrawProgressReport':
      case 'ValidateProgressReport':
      case 'ReturnProgressReport': {
        const reports = defined.flatMap(([id, d]) =>
          Object.entries(d.reports).map(([reportId, r]) => ({
            id,
            reportId,
            r,
            a: d.assignments[r.stateCode ?? ''],
          })),
        );
        // Mostly a report the command can act on: not withdrawn, and for a review still submitted.
        const actionable = reports.filter(
          ({ r }) =>
            !r.withdrawn &&
            (c.type === 'CorrectProgressReport' ||
              c.type === 'WithdrawProgressReport' ||
              r.review === 'submitted'),
        );
        const target = (first === 0 ? undefined : chosen(actionable)) ?? chosen(reports);
        if (!target) return intent;
        const aimed = {
          ...c,
          deliverableId: target.id,
          stateCode: target.r.stateCode,
          reportId: target.reportId,
        };
        return {
          kind: 'deliverable',
          command:
            aimed.type === 'CorrectProgressReport'
              ? { ...aimed, reportedOn: at(target.a?.assignedOn, first, aimed.reportedOn) }
              : aimed,
        };
      }
      case 'ReopenAssignment': {
        const completed = assignments.filter(({ a }) => a.status === 'completed');
        const target = chosen(completed) ?? chosen(assignments);
        if (!target) return intent;
        return {
          kind: 'deliverable',
          command: {
            ...c,
            deliverableId: target.id,
            stateCode: target.stateCode,
            reopenedOn: at(target.a.completedOn ?? target.a.assignedOn, first, c.reopenedOn),
          },
        };
      }
      case 'WithdrawAssignment': {
        const target = chosen(assignments);
        if (!target) return intent;
        return {
          kind: 'deliverable',
          command: {
            ...c,
            deliverableId: target.id,
            stateCode: target.stateCode,
            withdrawnOn: at(target.a.assignedOn, first, c.withdrawnOn),
          },
        };
      }
      case 'RetireDeliverable': {
        const [id, d] = chosen(defined) ?? [c.deliverableId, undefined];
        const revisions = frameworks.get(d?.frameworkId ?? '')?.revisions ?? [];
        return {
          kind: 'deliverable',
          command: { ...c, deliverableId: id, revision: chosen(revisions) ?? c.revision },
        };
      }
    }
  };

  commands.forEach(({ intent: aimless, actor: drawn, aim: a }, n) => {
    const i = aimAt(aimless, a);
    // Reviews and lifecycle decisions are programme staff's: mostly by the administrator, so that
    // they happen, sometimes by a focal point, whom the decider refuses.
    const actor = STAFF_ONLY.has(i.command.type) && a.pick % 4 !== 0 ? ACTORS[0] : drawn;
    // The handler stamps the event with the instant the command was decided at.
    const now = new Date(Date.parse(NOW) + n * COMMAND_INTERVAL_MS).toISOString();
    const commandId = `cmd-${n}`;
    const base = { commandId, actor, recordedAt: now };
    // The pipeline's acting role: the administrator is programme staff, focal points coordinators.
    // Non-enumerable as the pipeline sets it, so that deciders which spread a command never store it.
    const acting = <C extends object>(command: C): C =>
      Object.defineProperty(command, 'actingAs', {
        value: actor === 'admin-1' ? 'programme-staff' : 'state-coordinator',
        enumerable: false,
      });
    try {
      switch (i.kind) {
        case 'framework': {
          const command = { ...withoutUndefined(i.command), now } as FrameworkCommand;
          const state = frameworks.get(command.frameworkId) ?? frameworkDecider.initialState;
          frameworkDecider.decide(command, state, undefined).forEach((event, index) => {
            frameworks.set(command.frameworkId, frameworkDecider.evolve(state, event));
            out.push({
              ...base,
              eventId: eventIdFor(commandId, index),
              stream: streamName('framework', command.frameworkId),
              event,
            });
          });
          return;
        }
        case 'process': {
          const command = { ...withoutUndefined(i.command), now } as ProcessCommand;
          const state = processes.get(command.processId) ?? processDecider.initialState;
          const known = new Map<string, string>();
          for (const id of FRAMEWORKS) {
            const on = adoptedOn(id);
            if (on) known.set(id, on);
          }
          processDecider.decide(command, state, { frameworksAdoptedOn: known }).forEach((event, index) => {
            processes.set(command.processId, processDecider.evolve(state, event));
            out.push({
              ...base,
              eventId: eventIdFor(commandId, index),
              stream: streamName('process', command.processId),
              event,
            });
          });
          return;
        }
        case 'deliverable': {
          const command = acting({ ...withoutUndefined(i.command), now });
          let state = deliverables.get(command.deliverableId) ?? deliverableDecider.initialState;
          const frameworkId = command.type === 'DefineDeliverable' ? command.frameworkId : state.frameworkId;
          const context = {
            frameworkAdoptedOn: frameworkId === undefined ? undefined : adoptedOn(frameworkId),
            frameworkRevisions: frameworks.get(frameworkId ?? '')?.revisions ?? [],
          };
          deliverableDecider.decide(command, state, context).forEach((event, index) => {
            // Later report events name a report by its event id: the fold must know it.
            const eventId = eventIdFor(commandId, index);
            state = deliverableDecider.evolve(state, { ...event, id: eventId });
            deliverables.set(command.deliverableId, state);
            out.push({ ...base, eventId, stream: streamName('deliverable', command.deliverableId), event });
          });
          return;
        }
        case 'assistance': {
          const command = acting({ ...withoutUndefined(i.command), now });
          const state = assistance.get(command.assistanceId) ?? assistanceDecider.initialState;
          const linkedId = command.type === 'ProvideAssistance' ? command.deliverableId : undefined;
          const linked = linkedId ? deliverables.get(linkedId) : undefined;
          const context = linked
            ? {
                deliverable: {
                  exists: linked.exists,
                  cancelled: linked.cancelled,
                  assignedStates: Object.keys(linked.assignments),
                },
              }
            : {};
          assistanceDecider.decide(command, state, context).forEach((event, index) => {
            assistance.set(command.assistanceId, assistanceDecider.evolve(state, event));
            out.push({
              ...base,
              eventId: eventIdFor(commandId, index),
              stream: streamName('assistance', command.assistanceId),
              event,
            });
          });
          return;
        }
      }
    } catch (error) {
      if (error instanceof DomainRuleViolation || error instanceof AggregateNotFound) return;
      throw error;
    }
  });
  return out;
}
