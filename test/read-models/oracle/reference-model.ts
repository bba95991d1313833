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
  streamName: string;
  event: DomainEvent;
  actor: string;
  commandId: string;
  recordedAt: string;
}

interface RefReport {
  position: bigint;
  stateCode: string;
  reportedOn: string;
  status: ProgressStatus;
  percentComplete: number | null;
  note: string | null;
  evidence: string[];
}

interface RefAssignment {
  stateCode: string;
  leadAgency: string;
  assignedOn: string;
  dueOn: string;
  status: ProgressStatus;
  /** The latest percent reported; a report with a status only leaves the known percent as it was. */
  percentComplete: number | null;
  lastReportedOn: string | null;
  reportCount: number;
  /**
   * The day of the latest event about this assignment, in log order. The README does not define
   * "last update"; dates are not monotonic across kinds of events (a cancellation may carry a day
   * before an assignment's), and this reads it as what the latest recorded change says.
   */
  lastUpdateOn: string;
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
  cancelled: boolean;
  cancelledOn: string | null;
  cancellationReason: string | null;
  assignments: Map<string, RefAssignment>;
  reports: RefReport[];
}

interface RefAssistance extends AssistanceRecordView {
  /** Exact, in minor units (cents): totals are never added as binary fractions. */
  minor: bigint | null;
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
          cancelled: false,
          cancelledOn: null,
          cancellationReason: null,
          assignments: new Map(),
          reports: [],
        });
        frameworkId = d.frameworkId;
        break;
      }
      case 'DeliverableAssigned': {
        const d = event.data;
        const deliverable = model.deliverables.get(d.deliverableId);
        const previous = deliverable?.assignments.get(d.stateCode);
        // A re-assignment changes the lead agency and the due date; the State has had the
        // deliverable since the first assignment, and its progress stays (domain's Assignment).
        deliverable?.assignments.set(d.stateCode, {
          stateCode: d.stateCode,
          leadAgency: d.leadAgency,
          assignedOn: previous?.assignedOn ?? d.assignedOn,
          dueOn: d.dueOn,
          status: previous?.status ?? 'not-started',
          percentComplete: previous?.percentComplete ?? null,
          lastReportedOn: previous?.lastReportedOn ?? null,
          reportCount: previous?.reportCount ?? 0,
          lastUpdateOn: d.assignedOn,
        });
        states = [d.stateCode];
        frameworkId = deliverable?.frameworkId ?? null;
        break;
      }
      case 'ProgressReported': {
        const d = event.data;
        const deliverable = model.deliverables.get(d.deliverableId);
        const assignment = deliverable?.assignments.get(d.stateCode);
        if (deliverable && assignment) {
          assignment.status = d.status;
          if (d.percentComplete !== undefined) assignment.percentComplete = d.percentComplete;
          assignment.lastReportedOn = d.reportedOn;
          assignment.reportCount += 1;
          assignment.lastUpdateOn = d.reportedOn;
          deliverable.reports.push({
            position: recorded.position,
            stateCode: d.stateCode,
            reportedOn: d.reportedOn,
            status: d.status,
            percentComplete: d.percentComplete ?? null,
            note: d.note ?? null,
            evidence: [...(d.evidence ?? [])],
          });
        }
        states = [d.stateCode];
        frameworkId = deliverable?.frameworkId ?? null;
        break;
      }
      case 'DeliverableCancelled': {
        const d = event.data;
        const deliverable = model.deliverables.get(d.deliverableId);
        if (deliverable) {
          deliverable.cancelled = true;
          deliverable.cancelledOn = d.cancelledOn;
          deliverable.cancellationReason = d.reason;
          for (const a of deliverable.assignments.values()) a.lastUpdateOn = d.cancelledOn;
          // A cancellation concerns every State the deliverable was assigned to.
          states = [...deliverable.assignments.keys()];
        }
        frameworkId = deliverable?.frameworkId ?? null;
        break;
      }
      case 'AssistanceProvided': {
        const d = event.data;
        const minor = d.amount ? toMinor(d.amount.value, d.amount.currency) : null;
        model.assistance.push({
          assistanceId: d.assistanceId,
          position: recorded.position,
          provider: d.provider,
          recipientState: d.recipientState,
          pillar: d.pillar,
          kind: d.kind,
          deliverableId: d.deliverableId ?? null,
          description: d.description ?? null,
          periodStart: d.periodStart,
          periodEnd: d.periodEnd ?? null,
          amount:
            d.amount && minor !== null
              ? { value: formatMinor(minor, d.amount.currency), currency: d.amount.currency }
              : null,
          minor,
        });
        states = [d.recipientState];
        frameworkId = d.deliverableId ? (model.deliverables.get(d.deliverableId)?.frameworkId ?? null) : null;
        break;
      }
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

export function scorecard(model: ReferenceModel, params: ScorecardParams): Page<ScorecardRow> {
  const cells = new Map<
    string,
    { key: [string, string, string]; assignments: RefAssignment[]; cancelled: boolean[] }
  >();
  for (const d of model.deliverables.values())
    for (const a of d.assignments.values()) {
      if (params.stateCode && a.stateCode !== params.stateCode) continue;
      if (params.frameworkId && d.frameworkId !== params.frameworkId) continue;
      if (params.pillar && d.pillar !== params.pillar) continue;
      const key: [string, string, string] = [a.stateCode, d.frameworkId, d.pillar];
      const id = key.join('\u0000');
      const cell = cells.get(id) ?? { key, assignments: [], cancelled: [] };
      cell.assignments.push(a);
      cell.cancelled.push(d.cancelled);
      cells.set(id, cell);
    }
  const rows = [...cells.values()].map(
    ({ key: [stateCode, frameworkId, pillar], assignments, cancelled }) => {
      const byStatus: Record<ScorecardStatus, number> = {
        'not-started': 0,
        'in-progress': 0,
        blocked: 0,
        completed: 0,
        cancelled: 0,
      };
      let percentSum = 0;
      let open = 0;
      let overdue = 0;
      assignments.forEach((a, i) => {
        // A cancelled deliverable's assignments count as cancelled, whatever they had reached.
        const status: ScorecardStatus = cancelled[i] ? 'cancelled' : a.status;
        byStatus[status] += 1;
        if (status !== 'cancelled') {
          open += 1;
          // An assignment with no percent reported yet has achieved nothing measurable: 0.
          percentSum += a.percentComplete ?? 0;
        }
        // README: overdue = due before the date and neither completed nor cancelled.
        if (a.dueOn < params.asOf && status !== 'completed' && status !== 'cancelled') overdue += 1;
      });
      return {
        stateCode,
        frameworkId,
        pillar,
        deliverables: assignments.length,
        byStatus,
        percentComplete: open > 0 ? averageToHundredths(percentSum, open) : null,
        overdue,
        lastUpdateOn: maxOf(assignments.map((a) => a.lastUpdateOn)),
      };
    },
  );
  rows.sort(
    byKeys(
      (r) => r.stateCode,
      (r) => r.frameworkId,
      (r) => r.pillar,
    ),
  );
  return page(rows, params, 100);
}

const totalsOf = (records: readonly RefAssistance[]): CurrencyTotal[] => {
  const sums = new Map<string, bigint>();
  for (const r of records)
    if (r.amount && r.minor !== null)
      sums.set(r.amount.currency, (sums.get(r.amount.currency) ?? 0n) + r.minor);
  return [...sums.entries()]
    .sort(([a], [b]) => byText(a, b))
    .map(([currency, minor]) => ({ currency, amount: formatMinor(minor, currency) }));
};

/** Assistance received per State: records, exact totals per currency, the providers. */
export function assistanceReceived(
  model: ReferenceModel,
  params: AssistanceReceivedParams = {},
): AssistanceReceivedRow[] {
  const records = model.assistance.filter(
    (r) =>
      (!params.stateCode || r.recipientState === params.stateCode) &&
      (!params.pillar || r.pillar === params.pillar),
  );
  const states = [...new Set(records.map((r) => r.recipientState))].sort(byText);
  return states.map((stateCode) => {
    const mine = records.filter((r) => r.recipientState === stateCode);
    return {
      stateCode,
      count: mine.length,
      totals: totalsOf(mine),
      providers: [...new Set(mine.map((r) => r.provider))].sort(byText),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Deliverable tracker.

const trackedAssignment = (a: RefAssignment): TrackedAssignment => ({
  stateCode: a.stateCode,
  leadAgency: a.leadAgency,
  assignedOn: a.assignedOn,
  dueOn: a.dueOn,
  status: a.status,
  percentComplete: a.percentComplete,
  lastReportedOn: a.lastReportedOn,
  reportCount: a.reportCount,
});

function tracked(d: RefDeliverable, stateCode?: string): TrackedDeliverable {
  return {
    deliverableId: d.deliverableId,
    frameworkId: d.frameworkId,
    pillar: d.pillar,
    thematicArea: d.thematicArea,
    title: d.title,
    description: d.description,
    reference: d.reference,
    definedOn: d.definedOn,
    cancelled: d.cancelled,
    cancelledOn: d.cancelledOn,
    cancellationReason: d.cancellationReason,
    assignments: [...d.assignments.values()]
      .filter((a) => !stateCode || a.stateCode === stateCode)
      .sort((a, b) => byText(a.stateCode, b.stateCode))
      .map(trackedAssignment),
  };
}

export function listDeliverables(
  model: ReferenceModel,
  params: ListDeliverablesParams = {},
): Page<TrackedDeliverable> {
  const matching = [...model.deliverables.values()].filter((d) => {
    if (params.frameworkId && d.frameworkId !== params.frameworkId) return false;
    if (params.pillar && d.pillar !== params.pillar) return false;
    if (params.thematicArea && d.thematicArea !== params.thematicArea) return false;
    if (params.includeCancelled === false && d.cancelled) return false;
    if (params.stateCode || params.status)
      return [...d.assignments.values()].some(
        (a) =>
          (!params.stateCode || a.stateCode === params.stateCode) &&
          (!params.status || a.status === params.status),
      );
    return true;
  });
  matching.sort(
    byKeys(
      (d) => d.definedOn,
      (d) => d.deliverableId,
    ),
  );
  // The filter picks deliverables; each lists all of its assignments.
  return page(
    matching.map((d) => tracked(d)),
    params,
  );
}

export function getDeliverable(
  model: ReferenceModel,
  params: { deliverableId: string; stateCode?: string },
): DeliverableDetail | undefined {
  const d = model.deliverables.get(params.deliverableId);
  if (!d) return undefined;
  const reports: ProgressReportView[] = d.reports
    .filter((r) => !params.stateCode || r.stateCode === params.stateCode)
    .sort(
      byKeys(
        (r) => r.stateCode,
        (r) => r.position,
      ),
    )
    .map((r) => ({ ...r, evidence: [...r.evidence] }));
  return { ...tracked(d, params.stateCode), reports };
}

// ---------------------------------------------------------------------------------------------
// Assistance ledger.

function filteredAssistance(model: ReferenceModel, f: AssistanceFilters): RefAssistance[] {
  return model.assistance.filter(
    (r) =>
      (!f.provider || r.provider === f.provider) &&
      (!f.recipientState || r.recipientState === f.recipientState) &&
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
    .map(({ minor: _minor, ...view }) => view);
  return page(rows, params);
}

export function summarizeAssistance(
  model: ReferenceModel,
  filters: AssistanceFilters = {},
): AssistanceSummary {
  const records = filteredAssistance(model, filters);
  const groups = new Map<
    string,
    { group: Omit<AssistanceGroup, 'count' | 'totals'>; records: RefAssistance[] }
  >();
  for (const r of records) {
    const key = [r.provider, r.recipientState, r.pillar, r.kind].join('\u0000');
    const entry = groups.get(key) ?? {
      group: { provider: r.provider, recipientState: r.recipientState, pillar: r.pillar, kind: r.kind },
      records: [],
    };
    entry.records.push(r);
    groups.set(key, entry);
  }
  return {
    groups: [...groups.values()]
      .map(({ group, records: mine }) => ({ ...group, count: mine.length, totals: totalsOf(mine) }))
      .sort(
        byKeys(
          (g) => g.provider,
          (g) => g.recipientState,
          (g) => g.pillar,
          (g) => g.kind,
        ),
      ),
    count: records.length,
    totals: totalsOf(records),
  };
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
