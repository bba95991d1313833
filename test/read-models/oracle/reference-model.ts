import { type DomainEvent, type ProgressStatus, minorUnitsOf } from '@ct/domain';
import {
  type ActivityEntry,
  type ActivityParams,
  type AssistanceFilters,
  type AssistanceGroup,
  type AssistanceReceivedParams,
  type AssistanceReceivedRow,
  type AssistanceRecordView,
  type AssistanceSummary,
  type CurrencyTotal,
  type DeliverableDetail,
  type FrameworkView,
  type ListDeliverablesParams,
  type ListFrameworksParams,
  type ListProcessesParams,
  type OffsetPage,
  type Page,
  type ProcessView,
  type ProgressReportView,
  type ScorecardParams,
  type ScorecardRow,
  type ScorecardStatus,
  type TrackedAssignment,
  type TrackedDeliverable,
} from '@ct/read-models';

/**
 * An independent reference model of the read models: plain functions over the list of recorded
 * domain events, written from the README's rules (read models, reports' "as of", overdue,
 * percent complete, assistance totals per currency) and the query return types, never from the
 * projections. It is deliberately naive: it folds the whole history into maps and answers each
 * question by filtering, grouping and sorting arrays, so it shares no SQL, no batching and no
 * coalescing with the code it checks.
 *
 * Where the README is silent, the rule below says which reading it takes, and why.
 */

export interface RecordedDomainEvent {
  position: bigint;
  /** The stored event id (a report's id is its ProgressReported event's). */
  eventId: string;
  streamName: string;
  event: DomainEvent;
  actor: string;
  commandId: string;
  recordedAt: string;
}

interface RefReport {
  /** The event id of its ProgressReported event: what every later event about it names. */
  reportId: string;
  /** Position of the original report: ties between reports of one day go by it. */
  position: bigint;
  stateCode: string;
  /** Event id of the current version (the report's or its latest correction's). */
  versionId: string;
  reportedOn: string;
  status: ProgressStatus;
  percentComplete: number | null;
  note: string | null;
  evidence: string[];
  source: string;
  review: 'submitted' | 'validated' | 'returned';
  withdrawn: boolean;
}

interface RefLifecycle {
  stateCode: string;
  position: bigint;
  kind: 'reopened' | 'withdrawn' | 'not-applicable';
  effectiveOn: string;
  reason: string;
  actor: string;
  recordedAt: string;
}

interface RefAssignment {
  stateCode: string;
  leadAgency: string;
  /** The first assignment's date: a re-assignment changes the agency and the due date only. */
  assignedOn: string;
  dueOn: string;
}

interface RefDeliverable {
  deliverableId: string;
  frameworkId: string;
  pillar: string;
  thematicArea: string;
  title: string;
  description: string | null;
  reference: string | null;
  definedOn: string;
  revision: string | null;
  cancelledOn: string | null;
  cancellationReason: string | null;
  retiredOn: string | null;
  retirementReason: string | null;
  assignments: Map<string, RefAssignment>;
  /** In recording order. */
  reports: Map<string, RefReport>;
  lifecycle: RefLifecycle[];
}

interface RefAssistance {
  assistanceId: string;
  position: bigint;
  provider: string;
  states: { stateCode: string; percentage: number }[];
  region: { code: string; vocabulary: string } | null;
  pillar: string;
  kind: string;
  deliverableId: string | null;
  description: string | null;
  periodStart: string;
  periodEnd: string | null;
  currency: string | null;
  /** Exact, in minor units: totals are never added as binary fractions. */
  minor: bigint | null;
  disbursedMinor: bigint | null;
  amendments: number;
  withdrawn: boolean;
}

/** What the README defines of an activity entry (its `summary` is display text it leaves open). */
export type ActivityFacts = Pick<
  ActivityEntry,
  'position' | 'streamName' | 'type' | 'states' | 'frameworkId' | 'actor' | 'recordedAt'
>;

/** An activity entry whose framework is known, or, for a process event, one of several. */
export interface RefActivity extends ActivityFacts {
  /** Process events name several frameworks and the timeline keeps one: any of these is right. */
  frameworkCandidates?: string[];
}

export interface ReferenceModel {
  frameworks: Map<string, FrameworkView>;
  processes: Map<string, ProcessView>;
  deliverables: Map<string, RefDeliverable>;
  assistance: RefAssistance[];
  activity: RefActivity[];
}

/** Decimals of the currency's minor unit (ISO 4217, the domain's code list). */
const decimalsOf = (currency: string): number => {
  const decimals = minorUnitsOf(currency);
  if (decimals === undefined) throw new Error(`the generator draws money currencies only, not ${currency}`);
  return decimals;
};

/** Exact minor units of an amount, read from its decimal form (the domain refuses extra decimals). */
export function toMinor(value: number, currency: string): bigint {
  const decimals = decimalsOf(currency);
  const [whole = '0', fraction = ''] = String(value).split('.');
  if (fraction.length > decimals || whole.includes('e'))
    throw new Error(`unexpected amount ${value} ${currency}`);
  return BigInt(whole) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0');
}

/** Printed with the currency's own decimals: `1234.50` EUR, `1235` JPY, `1.234` KWD. */
export function formatMinor(minor: bigint, currency: string): string {
  const decimals = decimalsOf(currency);
  if (decimals === 0) return minor.toString();
  const unit = 10n ** BigInt(decimals);
  return `${minor / unit}.${(minor % unit).toString().padStart(decimals, '0')}`;
}

/** Code-unit order: ids, codes and names in the generated histories are ASCII of one case. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byKeys =
  <T>(...keys: ((t: T) => string | bigint)[]) =>
  (a: T, b: T): number => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };

/** The key of an assignment: the State's code (or a regional mechanism's id). */
const assigneeKey = (data: { stateCode?: string; mechanismId?: string }): string =>
  data.stateCode ?? data.mechanismId ?? '';

const maxOf = (days: readonly string[]): string => days.reduce((m, d) => (d > m ? d : m));

export function buildReferenceModel(history: readonly RecordedDomainEvent[]): ReferenceModel {
  const model: ReferenceModel = {
    frameworks: new Map(),
    processes: new Map(),
    deliverables: new Map(),
    assistance: [],
    activity: [],
  };
  const inLogOrder = [...history].sort((a, b) => (a.position < b.position ? -1 : 1));
  for (const recorded of inLogOrder) {
    const { event } = recorded;
    let states: string[] = [];
    let frameworkId: string | null = null;
    let frameworkCandidates: string[] | undefined;
    switch (event.type) {
      case 'DeclarationAdopted': {
        const d = event.data;
        model.frameworks.set(d.frameworkId, {
          frameworkId: d.frameworkId,
          kind: d.kind,
          title: d.title,
          titles: { en: d.title, ru: d.titleRu ?? null },
          adoptedOn: d.adoptedOn,
          place: d.place,
          adoptingStates: [...d.adoptingStates],
          sourceReference: d.sourceReference ?? null,
          lastRevisedOn: null,
          lastRevisionSummary: null,
          revisionCount: 0,
        });
        states = [...d.adoptingStates];
        frameworkId = d.frameworkId;
        break;
      }
      case 'FrameworkRevised': {
        const d = event.data;
        const f = model.frameworks.get(d.frameworkId);
        if (f) {
          f.lastRevisedOn = d.revisedOn;
          f.lastRevisionSummary = d.summary;
          f.revisionCount += 1;
          // README/domain: the States adopting the revised text; absent = unchanged.
          if (d.adoptingStates) f.adoptingStates = [...d.adoptingStates];
        }
        // A revision concerns the States it names, not every State that once adopted the text.
        states = [...(d.adoptingStates ?? [])];
        frameworkId = d.frameworkId;
        break;
      }
      case 'ProcessLaunched': {
        const d = event.data;
        model.processes.set(d.processId, {
          processId: d.processId,
          name: d.name,
          names: { en: d.name, ru: d.nameRu ?? null },
          launchedBy: d.launchedBy,
          launchedOn: d.launchedOn,
          place: d.place ?? null,
          frameworkIds: [...d.frameworkIds],
          participatingStates: [...d.participatingStates],
          conferences: [],
        });
        states = [...d.participatingStates];
        frameworkCandidates = [...d.frameworkIds];
        break;
      }
      case 'ConferenceHeld': {
        const d = event.data;
        const p = model.processes.get(d.processId);
        // Conferences in date order; two on the same day in recording order (stable sort).
        p?.conferences.push({
          title: d.title,
          titles: { en: d.title, ru: d.titleRu ?? null },
          heldBeforeLaunch: d.endsOn < p.launchedOn,
          startsOn: d.startsOn,
          endsOn: d.endsOn,
          place: d.place,
          outcomeFrameworkIds: [...d.outcomeFrameworkIds],
        });
        p?.conferences.sort((a, b) => byText(a.startsOn, b.startsOn));
        frameworkCandidates = [...d.outcomeFrameworkIds];
        break;
      }
      case 'DeliverableDefined': {
        const d = event.data;
        model.deliverables.set(d.deliverableId, {
          deliverableId: d.deliverableId,
          frameworkId: d.frameworkId,
          pillar: d.pillar,
          thematicArea: d.thematicArea,
          title: d.title,
          description: d.description ?? null,
          reference: d.reference ?? null,
          definedOn: d.definedOn,
          revision: d.revision ?? null,
          cancelledOn: null,
          cancellationReason: null,
          retiredOn: null,
          retirementReason: null,
          assignments: new Map(),
          reports: new Map(),
          lifecycle: [],
        });
        frameworkId = d.frameworkId;
        break;
      }
      case 'DeliverableAssigned': {
        const d = event.data;
        const code = assigneeKey(d);
        const deliverable = model.deliverables.get(d.deliverableId);
        const previous = deliverable?.assignments.get(code);
        deliverable?.assignments.set(code, {
          stateCode: code,
          leadAgency: d.leadAgency,
          assignedOn: previous?.assignedOn ?? d.assignedOn,
          dueOn: d.dueOn,
        });
        states = [code];
        frameworkId = deliverable?.frameworkId ?? null;
        break;
      }
      case 'ProgressReported': {
        const d = event.data;
        const code = assigneeKey(d);
        const deliverable = model.deliverables.get(d.deliverableId);
        deliverable?.reports.set(recorded.eventId, {
          reportId: recorded.eventId,
          position: recorded.position,
          stateCode: code,
          versionId: recorded.eventId,
          reportedOn: d.reportedOn,
          status: d.status,
          percentComplete: d.percentComplete ?? null,
          note: d.note ?? null,
          evidence: [...(d.evidence ?? [])],
          source: d.source,
          review: 'submitted',
          withdrawn: false,
        });
        states = [code];
        frameworkId = deliverable?.frameworkId ?? null;
        break;
      }
      case 'ProgressReportCorrected':
      case 'ProgressReportWithdrawn':
      case 'ProgressReportValidated':
      case 'ProgressReportReturned': {
        const deliverable = model.deliverables.get(event.data.deliverableId);
        const report = deliverable?.reports.get(event.data.reportId);
        if (report) {
          if (event.type === 'ProgressReportCorrected') {
            // A correction carries the report's full new values, not a difference.
            const d = event.data;
            Object.assign(report, {
              versionId: recorded.eventId,
              reportedOn: d.reportedOn,
              status: d.status,
              percentComplete: d.percentComplete ?? null,
              note: d.note ?? null,
              evidence: [...(d.evidence ?? [])],
              source: d.source,
              review: d.review,
            });
          } else if (event.type === 'ProgressReportWithdrawn') report.withdrawn = true;
          else report.review = event.type === 'ProgressReportValidated' ? 'validated' : 'returned';
        }
        states = [assigneeKey(event.data)];
        frameworkId = deliverable?.frameworkId ?? null;
        break;
      }
      case 'AssignmentReopened':
      case 'AssignmentWithdrawn': {
        const d = event.data;
        const deliverable = model.deliverables.get(d.deliverableId);
        deliverable?.lifecycle.push({
          stateCode: assigneeKey(d),
          position: recorded.position,
          ...(event.type === 'AssignmentReopened'
            ? { kind: 'reopened' as const, effectiveOn: event.data.reopenedOn }
            : { kind: event.data.outcome, effectiveOn: event.data.withdrawnOn }),
          reason: d.reason,
          actor: recorded.actor,
          recordedAt: recorded.recordedAt,
        });
        states = [assigneeKey(d)];
        frameworkId = deliverable?.frameworkId ?? null;
        break;
      }
      case 'DeliverableCancelled':
      case 'DeliverableRetired': {
        const deliverable = model.deliverables.get(event.data.deliverableId);
        if (deliverable) {
          if (event.type === 'DeliverableCancelled') {
            deliverable.cancelledOn = event.data.cancelledOn;
            deliverable.cancellationReason = event.data.reason;
          } else {
            // Retired from the date of the revision that retired it.
            deliverable.retiredOn = event.data.revision;
            deliverable.retirementReason = event.data.reason ?? null;
          }
          // Both concern every State the deliverable was assigned to.
          states = [...deliverable.assignments.keys()];
        }
        frameworkId = deliverable?.frameworkId ?? null;
        break;
      }
      case 'AssistanceProvided': {
        const d = event.data;
        model.assistance.push({
          assistanceId: d.assistanceId,
          position: recorded.position,
          provider: d.provider,
          states: d.recipients.states.map(({ stateCode, percentage }) => ({ stateCode, percentage })),
          region: d.recipients.region ? { ...d.recipients.region } : null,
          pillar: d.pillar,
          kind: d.kind,
          deliverableId: d.deliverableId ?? null,
          description: d.description ?? null,
          periodStart: d.periodStart,
          periodEnd: d.periodEnd ?? null,
          currency: d.amount?.currency ?? null,
          minor: d.amount ? toMinor(d.amount.value, d.amount.currency) : null,
          disbursedMinor: null,
          amendments: 0,
          withdrawn: false,
        });
        states = d.recipients.states.map((s) => s.stateCode);
        frameworkId = d.deliverableId ? (model.deliverables.get(d.deliverableId)?.frameworkId ?? null) : null;
        break;
      }
      case 'AssistanceAmended': {
        const d = event.data;
        const record = model.assistance.find((r) => r.assistanceId === d.assistanceId);
        if (record) {
          record.amendments += 1;
          if (d.periodEnd !== undefined) record.periodEnd = d.periodEnd;
          if (d.amount) {
            record.currency = d.amount.currency;
            record.minor = toMinor(d.amount.value, d.amount.currency);
          }
          // Disbursements are in the record's currency (the decider's rule): they add up.
          for (const disbursement of d.disbursements ?? [])
            record.disbursedMinor =
              (record.disbursedMinor ?? 0n) +
              toMinor(disbursement.amount.value, disbursement.amount.currency);
        }
        break;
      }
      case 'AssistanceWithdrawn': {
        const record = model.assistance.find((r) => r.assistanceId === event.data.assistanceId);
        if (record) record.withdrawn = true;
        break;
      }
      case 'OrganisationRegistered':
      case 'OrganisationUpdated':
        // The organisations catalogue is not modelled; the timeline entry names no State.
        break;
    }
    model.activity.push({
      position: recorded.position,
      streamName: recorded.streamName,
      type: event.type,
      states,
      frameworkId,
      ...(frameworkCandidates ? { frameworkCandidates } : {}),
      actor: recorded.actor,
      recordedAt: recorded.recordedAt,
    });
  }
  return model;
}

/**
 * The history as it stood at a cutoff, and the day "overdue" is judged against (README, Auditors:
 * a date cutoff keeps what was recorded by the end of that day and judges overdue against it; a
 * position cutoff keeps the log up to that event, and the day is the one that event was recorded).
 */
export function cutHistory(
  history: readonly RecordedDomainEvent[],
  cutoff: { position: bigint } | { date: string },
): { asOf: string; events: RecordedDomainEvent[] } {
  if ('date' in cutoff)
    return { asOf: cutoff.date, events: history.filter((e) => e.recordedAt.slice(0, 10) <= cutoff.date) };
  const events = history.filter((e) => e.position <= cutoff.position);
  const last = events[events.length - 1];
  if (!last) throw new Error('a position cutoff is drawn from the positions recorded');
  return { asOf: last.recordedAt.slice(0, 10), events };
}

/** `limit` 1..500 (default 50 unless the query says otherwise), `offset` from 0. */
function page<T>(all: readonly T[], params: OffsetPage, defaultLimit = 50): Page<T> {
  const limit = Math.min(Math.max(Math.trunc(params.limit ?? defaultLimit), 1), 500);
  const offset = Math.max(Math.trunc(params.offset ?? 0), 0);
  return { items: all.slice(offset, offset + limit), total: all.length, limit, offset };
}

// ---------------------------------------------------------------------------------------------
// State scorecard: one row per State x framework x pillar over the assignments.

/** Round half up to two decimals, in integers: 200/3 -> 66.67, 115/2 -> 57.5 (README's table). */
function averageToHundredths(sum: number, count: number): number {
  const hundredths = Math.floor((sum * 200 + count) / (2 * count));
  return hundredths / 100;
}

/** Which reports count (issue #12): every report not withdrawn, or only validated ones. */
export type RefBasis = 'reported' | 'validated';

/** The day a tracker question without asOf is about: after every business date. */
const LATEST_DAY = '9999-12-30';

/** Statuses after which the assignment does not change any more (progress reports dated later change nothing). */
type DayStatus = ProgressStatus | 'cancelled' | 'withdrawn' | 'not-applicable' | 'retired';
const ENDED: readonly DayStatus[] = ['cancelled', 'withdrawn', 'not-applicable', 'retired'];

/** Where one assignment stood on a business day, as the scorecard and the tracker show it. */
interface AssignmentOnDay {
  status: DayStatus;
  percentComplete: number | null;
  completedOn: string | null;
  lastReportedOn: string | null;
  reportCount: number;
  /** The latest business date of anything that happened to it by that day (its assignment at least). */
  lastUpdateOn: string;
}

const reportCounts = (r: RefReport, basis: RefBasis): boolean =>
  !r.withdrawn && (basis === 'reported' || r.review === 'validated');

/**
 * The contract of issue #12, read directly: on day D, take every fact dated D or earlier (the
 * counted reports by their current `reportedOn`, reopenings, withdrawals, the cancellation and the
 * retirement) in order of date; on one day, reports and lifecycle events in recording order (a
 * report by its ORIGINAL ProgressReported position, not its correction's), then the cancellation,
 * then the retirement (deliverable-wide, they close the day). Undefined before the assignment.
 */
function assignmentOn(
  d: RefDeliverable,
  a: RefAssignment,
  day: string,
  basis: RefBasis,
): AssignmentOnDay | undefined {
  if (a.assignedOn > day) return undefined;
  type Fact = { on: string; rank: number; order: bigint; apply: (s: AssignmentOnDay) => void };
  const facts: Fact[] = [];
  for (const r of d.reports.values())
    if (r.stateCode === a.stateCode && reportCounts(r, basis))
      facts.push({
        on: r.reportedOn,
        rank: 0,
        order: r.position,
        apply: (s) => {
          s.reportCount += 1;
          if (ENDED.includes(s.status)) return;
          // Completed on the day of the report that made it completed; a repeat keeps that day.
          if (r.status !== 'completed') s.completedOn = null;
          else if (s.status !== 'completed') s.completedOn = r.reportedOn;
          s.status = r.status;
          if (r.percentComplete !== null) s.percentComplete = r.percentComplete;
          s.lastReportedOn = r.reportedOn;
        },
      });
  for (const l of d.lifecycle)
    if (l.stateCode === a.stateCode)
      facts.push({
        on: l.effectiveOn,
        rank: 0,
        order: l.position,
        apply: (s) => {
          if (l.kind === 'reopened') {
            if (ENDED.includes(s.status)) return;
            // In progress again; the percent stays the last reported.
            s.status = 'in-progress';
            s.completedOn = null;
          } else if (s.status !== 'cancelled' && s.status !== 'retired') s.status = l.kind;
        },
      });
  if (d.cancelledOn !== null)
    facts.push({ on: d.cancelledOn, rank: 1, order: 0n, apply: (s) => void (s.status = 'cancelled') });
  if (d.retiredOn !== null)
    facts.push({
      on: d.retiredOn,
      rank: 2,
      order: 0n,
      apply: (s) => {
        if (s.status !== 'cancelled') s.status = 'retired';
      },
    });
  const state: AssignmentOnDay = {
    status: 'not-started',
    percentComplete: null,
    completedOn: null,
    lastReportedOn: null,
    reportCount: 0,
    lastUpdateOn: a.assignedOn,
  };
  facts
    .filter((f) => f.on <= day)
    .sort((x, y) =>
      x.on !== y.on ? byText(x.on, y.on) : x.rank !== y.rank ? x.rank - y.rank : x.order < y.order ? -1 : 1,
    )
    .forEach((f) => {
      f.apply(state);
      if (f.on > state.lastUpdateOn) state.lastUpdateOn = f.on;
    });
  return state;
}

const matchesRevision = (d: RefDeliverable, revision: string | undefined): boolean =>
  revision === undefined || (revision === 'original' ? d.revision === null : d.revision === revision);

export function scorecard(model: ReferenceModel, params: ScorecardParams): Page<ScorecardRow> {
  const basis = params.basis ?? 'reported';
  const cells = new Map<
    string,
    { key: [string, string, string]; assignments: { a: RefAssignment; on: AssignmentOnDay }[] }
  >();
  for (const d of model.deliverables.values()) {
    if (!matchesRevision(d, params.revision)) continue;
    for (const a of d.assignments.values()) {
      if (params.stateCode && a.stateCode !== params.stateCode) continue;
      if (params.frameworkId && d.frameworkId !== params.frameworkId) continue;
      if (params.pillar && d.pillar !== params.pillar) continue;
      const on = assignmentOn(d, a, params.asOf, basis);
      if (!on) continue;
      const key: [string, string, string] = [a.stateCode, d.frameworkId, d.pillar];
      const id = key.join('\u0000');
      const cell = cells.get(id) ?? { key, assignments: [] };
      cell.assignments.push({ a, on });
      cells.set(id, cell);
    }
  }
  const rows = [...cells.values()].map(({ key: [stateCode, frameworkId, pillar], assignments }) => {
    const byStatus: Record<ScorecardStatus, number> = {
      'not-started': 0,
      'in-progress': 0,
      blocked: 0,
      completed: 0,
      cancelled: 0,
    };
    const notCounted = { withdrawn: 0, 'not-applicable': 0, retired: 0 };
    let percentSum = 0;
    let open = 0;
    let overdue = 0;
    let completedLate = 0;
    for (const { a, on } of assignments) {
      const { status } = on;
      if (status === 'withdrawn' || status === 'not-applicable' || status === 'retired') {
        // Out of the counts from that day: not overdue, not in the percent.
        notCounted[status] += 1;
        continue;
      }
      byStatus[status] += 1;
      if (status === 'cancelled') continue;
      open += 1;
      // An assignment with no percent reported yet has achieved nothing measurable: 0.
      percentSum += on.percentComplete ?? 0;
      // README: overdue = due before the date and neither completed nor cancelled.
      if (a.dueOn < params.asOf && status !== 'completed') overdue += 1;
      if (status === 'completed' && on.completedOn !== null && on.completedOn > a.dueOn) completedLate += 1;
    }
    return {
      stateCode,
      frameworkId,
      pillar,
      deliverables: Object.values(byStatus).reduce((n, k) => n + k, 0),
      byStatus,
      completedLate,
      notCounted,
      percentComplete: open > 0 ? averageToHundredths(percentSum, open) : null,
      overdue,
      lastUpdateOn: maxOf(assignments.map(({ on }) => on.lastUpdateOn)),
    };
  });
  rows.sort(
    byKeys(
      (r) => r.stateCode,
      (r) => r.frameworkId,
      (r) => r.pillar,
    ),
  );
  return page(rows, params, 100);
}

// ---------------------------------------------------------------------------------------------
// Assistance: live records (withdrawn ones are out of every answer), per-State parts by share.

/**
 * Splits a whole into parts by weights (hundredths of a percent), losing no minor unit: each part
 * is rounded down, and the units left over go one each to the parts with the largest fractions
 * (equal fractions: the earlier part). A regional record's part no State is credited with takes part
 * in the split as the last weight, so the States get what the region does not.
 */
export function largestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  const scale = 10_000n;
  const floors = weights.map((w) => (total * w) / scale);
  // The units the floors leave out of the whole (the weights, the regional part included, make 100 %).
  let left = total - floors.reduce((sum, part) => sum + part, 0n);
  const order = weights
    .map((w, i) => ({ i, fraction: (total * w) % scale }))
    .sort((x, y) => (x.fraction === y.fraction ? x.i - y.i : x.fraction > y.fraction ? -1 : 1));
  const parts = [...floors];
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] = parts[i]! + 1n;
    left -= 1n;
  }
  return parts;
}

/** Each recipient State's part of the record's current value, or null without a value. */
function partsOf(r: RefAssistance): { stateCode: string; minor: bigint | null }[] {
  const weights = r.states.map((s) => BigInt(Math.round(s.percentage * 100)));
  const stated = weights.reduce((sum, w) => sum + w, 0n);
  const all = r.region && stated < 10_000n ? [...weights, 10_000n - stated] : weights;
  const parts = r.minor === null ? null : largestRemainder(r.minor, all);
  return r.states.map((s, i) => ({ stateCode: s.stateCode, minor: parts ? parts[i]! : null }));
}

const live = (model: ReferenceModel) => model.assistance.filter((r) => !r.withdrawn);

/** Per currency, in currency order, from (currency, minor) pairs; those without a value add nothing. */
function sumByCurrency(
  amounts: readonly { currency: string | null; minor: bigint | null }[],
): CurrencyTotal[] {
  const sums = new Map<string, bigint>();
  for (const { currency, minor } of amounts)
    if (currency !== null && minor !== null) sums.set(currency, (sums.get(currency) ?? 0n) + minor);
  return [...sums.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([currency, minor]) => ({ currency, amount: formatMinor(minor, currency) }));
}

const money = (minor: bigint | null, currency: string | null) =>
  minor !== null && currency !== null ? { value: formatMinor(minor, currency), currency } : null;

/** Assistance received per State: records it shares in, its parts' totals per currency, the providers. */
export function assistanceReceived(
  model: ReferenceModel,
  params: AssistanceReceivedParams = {},
): AssistanceReceivedRow[] {
  const shares = live(model)
    .filter((r) => !params.pillar || r.pillar === params.pillar)
    .flatMap((r) => partsOf(r).map((part) => ({ ...part, record: r })))
    .filter((s) => !params.stateCode || s.stateCode === params.stateCode);
  const states = [...new Set(shares.map((s) => s.stateCode))].sort(byText);
  return states.map((stateCode) => {
    const mine = shares.filter((s) => s.stateCode === stateCode);
    return {
      stateCode,
      count: mine.length,
      totals: sumByCurrency(mine.map((s) => ({ currency: s.record.currency, minor: s.minor }))),
      providers: [...new Set(mine.map((s) => s.record.provider))].sort(byText),
    };
  });
}

function filteredAssistance(model: ReferenceModel, f: AssistanceFilters): RefAssistance[] {
  return live(model).filter(
    (r) =>
      (!f.provider || r.provider === f.provider) &&
      (!f.recipientState || r.states.some((s) => s.stateCode === f.recipientState)) &&
      (!f.recipientRegion || r.region?.code === f.recipientRegion) &&
      (!f.pillar || r.pillar === f.pillar) &&
      (!f.kind || r.kind === f.kind) &&
      (!f.deliverableId || r.deliverableId === f.deliverableId) &&
      (!f.periodFrom || r.periodStart >= f.periodFrom) &&
      (!f.periodTo || r.periodStart <= f.periodTo),
  );
}

export function listAssistance(
  model: ReferenceModel,
  params: AssistanceFilters & OffsetPage = {},
): Page<AssistanceRecordView> {
  const rows = filteredAssistance(model, params)
    .sort(
      byKeys(
        (r) => r.periodStart,
        (r) => r.position,
      ),
    )
    .map((r): AssistanceRecordView => ({
      assistanceId: r.assistanceId,
      position: r.position,
      provider: r.provider,
      recipients: {
        states: partsOf(r).map(({ stateCode, minor }, i) => ({
          stateCode,
          percentage: r.states[i]!.percentage,
          amount: money(minor, r.currency),
        })),
        region: r.region,
      },
      pillar: r.pillar,
      kind: r.kind,
      deliverableId: r.deliverableId,
      description: r.description,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      amount: money(r.minor, r.currency),
      disbursed: money(r.disbursedMinor, r.currency),
      amendments: r.amendments,
    }));
  return page(rows, params);
}

/**
 * Groups per provider x State x pillar x kind with the States' parts, then (unless one State is
 * asked about) per provider x region x pillar x kind with the regional records' whole values.
 */
export function summarizeAssistance(
  model: ReferenceModel,
  filters: AssistanceFilters = {},
): AssistanceSummary {
  const records = filteredAssistance(model, filters);
  const shares = records
    .flatMap((r) => partsOf(r).map((part) => ({ ...part, record: r })))
    .filter((s) => !filters.recipientState || s.stateCode === filters.recipientState);
  const grouped = (
    entries: { recipient: string; record: RefAssistance; minor: bigint | null }[],
    regional: boolean,
  ): AssistanceGroup[] => {
    const groups = new Map<string, { recipient: string; record: RefAssistance; minor: bigint | null }[]>();
    for (const e of entries) {
      const key = JSON.stringify([e.record.provider, e.recipient, e.record.pillar, e.record.kind]);
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    return [...groups.values()]
      .map((mine) => {
        const { record, recipient } = mine[0]!;
        return {
          provider: record.provider,
          recipientState: regional ? null : recipient,
          recipientRegion: regional ? recipient : null,
          pillar: record.pillar,
          kind: record.kind,
          count: mine.length,
          totals: sumByCurrency(mine.map((e) => ({ currency: e.record.currency, minor: e.minor }))),
        };
      })
      .sort(
        byKeys(
          (g) => g.provider,
          (g) => g.recipientState ?? g.recipientRegion ?? '',
          (g) => g.pillar,
          (g) => g.kind,
        ),
      );
  };
  const regional = filters.recipientState
    ? []
    : records.flatMap((r) => (r.region ? [{ recipient: r.region.code, record: r, minor: r.minor }] : []));
  return {
    groups: [
      ...grouped(
        shares.map((s) => ({ recipient: s.stateCode, record: s.record, minor: s.minor })),
        false,
      ),
      ...grouped(regional, true),
    ],
    count: records.length,
    // Each record once at its whole value; for one State, that State's parts.
    totals: filters.recipientState
      ? sumByCurrency(shares.map((s) => ({ currency: s.record.currency, minor: s.minor })))
      : sumByCurrency(records.map((r) => ({ currency: r.currency, minor: r.minor }))),
  };
}

// ---------------------------------------------------------------------------------------------
// Deliverable tracker, on a business day and basis.

function tracked(d: RefDeliverable, day: string, basis: RefBasis, stateCode?: string): TrackedDeliverable {
  const cancelled = d.cancelledOn !== null && d.cancelledOn <= day;
  const retired = d.retiredOn !== null && d.retiredOn <= day;
  return {
    deliverableId: d.deliverableId,
    frameworkId: d.frameworkId,
    pillar: d.pillar,
    thematicArea: d.thematicArea,
    title: d.title,
    description: d.description,
    reference: d.reference,
    definedOn: d.definedOn,
    revision: d.revision,
    cancelled,
    cancelledOn: cancelled ? d.cancelledOn : null,
    cancellationReason: cancelled ? d.cancellationReason : null,
    retired,
    retiredOn: retired ? d.retiredOn : null,
    retirementReason: retired ? d.retirementReason : null,
    assignments: [...d.assignments.values()]
      .filter((a) => !stateCode || a.stateCode === stateCode)
      .sort((a, b) => byText(a.stateCode, b.stateCode))
      .flatMap((a): TrackedAssignment[] => {
        const on = assignmentOn(d, a, day, basis);
        if (!on) return [];
        return [
          {
            stateCode: a.stateCode,
            leadAgency: a.leadAgency,
            assignedOn: a.assignedOn,
            dueOn: a.dueOn,
            status: on.status,
            percentComplete: on.percentComplete,
            lastReportedOn: on.lastReportedOn,
            reportCount: on.reportCount,
            completedOn: on.completedOn,
            completedLate: on.completedOn !== null && on.completedOn > a.dueOn,
          },
        ];
      }),
  };
}

type TrackerTime = { asOf?: string; basis?: RefBasis; revision?: string };

export function listDeliverables(
  model: ReferenceModel,
  params: ListDeliverablesParams = {},
): Page<TrackedDeliverable> {
  const day = params.asOf ?? LATEST_DAY;
  const basis = params.basis ?? 'reported';
  const matching = [...model.deliverables.values()].filter((d) => {
    if (d.definedOn > day) return false;
    if (!matchesRevision(d, params.revision)) return false;
    if (params.frameworkId && d.frameworkId !== params.frameworkId) return false;
    if (params.pillar && d.pillar !== params.pillar) return false;
    if (params.thematicArea && d.thematicArea !== params.thematicArea) return false;
    if (params.includeCancelled === false && d.cancelledOn !== null && d.cancelledOn <= day) return false;
    if (params.stateCode || params.status)
      return [...d.assignments.values()].some((a) => {
        const on = assignmentOn(d, a, day, basis);
        return (
          on !== undefined &&
          (!params.stateCode || a.stateCode === params.stateCode) &&
          (!params.status || on.status === params.status)
        );
      });
    return true;
  });
  matching.sort(
    byKeys(
      (d) => d.definedOn,
      (d) => d.deliverableId,
    ),
  );
  // The filter picks deliverables; each lists all of its assignments on that day.
  return page(
    matching.map((d) => tracked(d, day, basis)),
    params,
  );
}

/** A report as the detail shows it, without its audit trail (`history`), which the oracle leaves out. */
export type RefReportView = Omit<ProgressReportView, 'history'>;
export type RefDeliverableDetail = Omit<DeliverableDetail, 'reports'> & { reports: RefReportView[] };

export function getDeliverable(
  model: ReferenceModel,
  params: { deliverableId: string; stateCode?: string } & TrackerTime,
): RefDeliverableDetail | undefined {
  const day = params.asOf ?? LATEST_DAY;
  const basis = params.basis ?? 'reported';
  const d = model.deliverables.get(params.deliverableId);
  if (!d || d.definedOn > day) return undefined;
  const reports: RefReportView[] = [...d.reports.values()]
    .filter((r) => r.reportedOn <= day && (!params.stateCode || r.stateCode === params.stateCode))
    .sort(
      byKeys(
        (r) => r.stateCode,
        (r) => r.reportedOn,
        (r) => r.position,
      ),
    )
    .map((r) => ({ ...r, evidence: [...r.evidence], counted: reportCounts(r, basis) }));
  const lifecycle = d.lifecycle
    .filter((l) => l.effectiveOn <= day && (!params.stateCode || l.stateCode === params.stateCode))
    .sort(
      byKeys(
        (l) => l.stateCode,
        (l) => l.effectiveOn,
        (l) => l.position,
      ),
    )
    .map(({ position: _position, ...view }) => view);
  return { ...tracked(d, day, basis, params.stateCode), reports, lifecycle };
}

// ---------------------------------------------------------------------------------------------
// Catalogue.

export function listFrameworks(
  model: ReferenceModel,
  params: ListFrameworksParams = {},
): Page<FrameworkView> {
  const rows = [...model.frameworks.values()]
    .filter(
      (f) =>
        (!params.kind || f.kind === params.kind) &&
        (!params.stateCode || f.adoptingStates.includes(params.stateCode)),
    )
    .sort(
      byKeys(
        (f) => f.adoptedOn,
        (f) => f.frameworkId,
      ),
    );
  return page(rows, params);
}

export function listProcesses(model: ReferenceModel, params: ListProcessesParams = {}): Page<ProcessView> {
  const rows = [...model.processes.values()]
    .filter(
      (p) =>
        (!params.frameworkId || p.frameworkIds.includes(params.frameworkId)) &&
        (!params.stateCode || p.participatingStates.includes(params.stateCode)),
    )
    .sort(
      byKeys(
        (p) => p.launchedOn,
        (p) => p.processId,
      ),
    );
  return page(rows, params);
}

// ---------------------------------------------------------------------------------------------
// Activity timeline: newest first. The framework filter is left to the caller for process events
// (see RefActivity.frameworkCandidates).

export function listActivity(
  model: ReferenceModel,
  params: Omit<ActivityParams, 'frameworkId' | 'cursor'> = {},
) {
  const types =
    params.type === undefined ? [] : typeof params.type === 'string' ? [params.type] : [...params.type];
  return model.activity
    .filter(
      (e) =>
        (!params.stateCode || e.states.includes(params.stateCode)) &&
        (!params.actor || e.actor === params.actor) &&
        (types.length === 0 || types.includes(e.type)),
    )
    .sort((a, b) => (a.position > b.position ? -1 : 1));
}
