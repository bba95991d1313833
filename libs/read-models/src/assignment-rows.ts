import { type Kysely, sql } from 'kysely';
import { type Database } from './database';
import {
  type AssignmentFacts,
  type Basis,
  type StatusPeriod,
  BASES,
  NOT_COUNTED_STATUSES,
  OPEN_END,
  statusPeriods,
} from './assignment-periods';
import { toBigInt } from './columns';
import { executeEach, insertRows } from './pending';

/**
 * The assignments a batch changed, recomputed at its flush from their stored rows: a whole
 * deliverable (cancelled, retired) or single assignments. A recomputation reads every report of the
 * assignment, so a batch recomputes each assignment once however many of its events it holds.
 */
export class DirtyAssignments {
  readonly deliverables = new Set<string>();
  readonly assignments = new Map<string, { deliverableId: string; stateCode: string }>();
  /**
   * Assignments only (re-)assigned in the batch: a re-assignment changes no fact the periods are
   * computed from (the first assignment date stays), and a first assignment has no report or
   * lifecycle row yet (the domain takes none before it), so `settleAssigned` writes its periods
   * without reading the reports tables (whose by-deliverable indexes a rebuild builds only at its end:
   * reading them there would scan the whole table in every batch).
   */
  readonly assigned = new Map<string, { deliverableId: string; stateCode: string }>();

  markAssigned(deliverableId: string, stateCode: string): void {
    this.assigned.set(`${deliverableId}\u0000${stateCode}`, { deliverableId, stateCode });
  }

  markDeliverable(deliverableId: string): void {
    this.deliverables.add(deliverableId);
  }

  mark(deliverableId: string, stateCode: string): void {
    this.assignments.set(`${deliverableId}\u0000${stateCode}`, { deliverableId, stateCode });
  }

  get size(): number {
    return this.deliverables.size + this.assignments.size + this.assigned.size;
  }

  /** Deliverables concerned, and whether one State of a deliverable is. */
  ids(): string[] {
    const ids = new Set(this.deliverables);
    for (const a of this.assignments.values()) ids.add(a.deliverableId);
    return [...ids];
  }

  includes(deliverableId: string, stateCode: string): boolean {
    return this.deliverables.has(deliverableId) || this.assignments.has(`${deliverableId}\u0000${stateCode}`);
  }
}

export interface RecomputedAssignment {
  deliverableId: string;
  stateCode: string;
  periods: Record<Basis, StatusPeriod[]>;
}

/** Statuses after which reports change nothing but their count: a full recomputation decides. */
const TERMINAL_STATUSES: ReadonlySet<string> = new Set([...NOT_COUNTED_STATUSES, 'cancelled']);

/** Below both dialects' bound-parameter limits. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Settles the assignments only (re-)assigned in the batch (DirtyAssignments.assigned) and empties
 * that set: one still to be recomputed for another reason is left to recomputeAssignments; one with
 * periods already stored was re-assigned (nothing to change); the others are first assignments,
 * whose periods are computed from the assignment and deliverable rows alone (read by their keys).
 * Answers those first assignments; the caller inserts their periods (before appendReports, so that
 * reports of the same batch extend them).
 */
export async function settleAssigned(
  trx: Kysely<Database>,
  dirty: DirtyAssignments,
): Promise<RecomputedAssignment[]> {
  const out: RecomputedAssignment[] = [];
  const settled = [...dirty.assigned.values()].filter((a) => !dirty.includes(a.deliverableId, a.stateCode));
  dirty.assigned.clear();
  const db = trx;
  for (const { deliverableId, stateCode } of settled) {
    const stored = await db
      .selectFrom('tracker_periods')
      .select('from_on')
      .where('deliverable_id', '=', deliverableId)
      .where('state_code', '=', stateCode)
      .limit(1)
      .executeTakeFirst();
    if (stored) continue;
    const assignment = await db
      .selectFrom('tracker_assignments')
      .select('assigned_on')
      .where('deliverable_id', '=', deliverableId)
      .where('state_code', '=', stateCode)
      .executeTakeFirst();
    if (!assignment) continue;
    const deliverable = await db
      .selectFrom('tracker_deliverables')
      .select(['cancelled_on', 'retired_on'])
      .where('deliverable_id', '=', deliverableId)
      .executeTakeFirst();
    const facts: AssignmentFacts = {
      assignedOn: assignment.assigned_on,
      cancelledOn: deliverable?.cancelled_on ?? null,
      retiredOn: deliverable?.retired_on ?? null,
      reports: [],
      lifecycle: [],
    };
    const periods = Object.fromEntries(BASES.map((b) => [b, statusPeriods(facts, b)])) as Record<
      Basis,
      StatusPeriod[]
    >;
    out.push({ deliverableId, stateCode, periods });
  }
  return out;
}

/** Reads the dirty assignments' rows and computes their periods under both bases. */
export async function recomputeAssignments(
  trx: Kysely<Database>,
  dirty: DirtyAssignments,
): Promise<RecomputedAssignment[]> {
  const out: RecomputedAssignment[] = [];
  const db = trx;
  for (const ids of chunks(dirty.ids())) {
    const [assignments, deliverables, reports, lifecycle] = await Promise.all([
      db
        .selectFrom('tracker_assignments')
        .select(['deliverable_id', 'state_code', 'assigned_on'])
        .where('deliverable_id', 'in', ids)
        .orderBy('deliverable_id')
        .orderBy('state_code')
        .execute(),
      db
        .selectFrom('tracker_deliverables')
        .select(['deliverable_id', 'cancelled_on', 'retired_on'])
        .where('deliverable_id', 'in', ids)
        .execute(),
      db
        .selectFrom('tracker_reports')
        .select([
          'deliverable_id',
          'state_code',
          'position',
          'reported_on',
          'status',
          'percent_complete',
          'review',
          'withdrawn',
        ])
        .where('deliverable_id', 'in', ids)
        .execute(),
      db
        .selectFrom('tracker_lifecycle')
        .select(['deliverable_id', 'state_code', 'position', 'kind', 'effective_on'])
        .where('deliverable_id', 'in', ids)
        .execute(),
    ]);
    const deliverableOf = new Map(deliverables.map((d) => [d.deliverable_id, d]));
    const facts = new Map<string, AssignmentFacts & { reports: AssignmentFacts['reports'][number][] }>();
    const lifecycleOf = new Map<string, AssignmentFacts['lifecycle'][number][]>();
    for (const a of assignments) {
      if (!dirty.includes(a.deliverable_id, a.state_code)) continue;
      const d = deliverableOf.get(a.deliverable_id);
      const key = `${a.deliverable_id}\u0000${a.state_code}`;
      const own: AssignmentFacts['lifecycle'][number][] = [];
      lifecycleOf.set(key, own);
      facts.set(key, {
        assignedOn: a.assigned_on,
        cancelledOn: d?.cancelled_on ?? null,
        retiredOn: d?.retired_on ?? null,
        reports: [],
        lifecycle: own,
      });
    }
    for (const r of reports)
      facts.get(`${r.deliverable_id}\u0000${r.state_code}`)?.reports.push({
        position: toBigInt(r.position),
        reportedOn: r.reported_on,
        status: r.status,
        percentComplete: r.percent_complete,
        review: r.review as AssignmentFacts['reports'][number]['review'],
        withdrawn: Number(r.withdrawn) === 1,
      });
    for (const l of lifecycle)
      lifecycleOf.get(`${l.deliverable_id}\u0000${l.state_code}`)?.push({
        position: toBigInt(l.position),
        kind: l.kind as AssignmentFacts['lifecycle'][number]['kind'],
        effectiveOn: l.effective_on,
      });
    for (const [key, f] of facts) {
      const [deliverableId, stateCode] = key.split('\u0000') as [string, string];
      const periods = Object.fromEntries(BASES.map((b) => [b, statusPeriods(f, b)])) as Record<
        Basis,
        StatusPeriod[]
      >;
      out.push({ deliverableId, stateCode, periods });
    }
  }
  return out;
}

/** The rows of a periods table for recomputed assignments (both bases). */
export function periodRows(recomputed: readonly RecomputedAssignment[]): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const a of recomputed)
    for (const basis of BASES)
      for (const p of a.periods[basis])
        rows.push({
          deliverable_id: a.deliverableId,
          state_code: a.stateCode,
          basis,
          from_on: p.fromOn,
          until_on: p.untilOn,
          status: p.status,
          percent_complete: p.percentComplete,
          completed_on: p.completedOn,
          last_reported_on: p.lastReportedOn,
          report_count: p.reportCount,
        });
  return rows;
}

/**
 * The period of each assignment holding the day (from_on <= day < until_on), found as the one
 * with the latest start on or before it: one seek in the primary key (deliverable, State, basis,
 * from_on) per assignment, where a range test on both ends would read all its periods.
 */
export const periodOnDay = (
  alias: string,
  day: string,
  basis: Basis,
  /**
   * The alias whose deliverable_id and state_code name the assignment (default the periods'
   * own): correlating with the assignments' table lets SQLite seek the period by its whole key.
   */
  assignment = alias,
) =>
  sql<boolean>`${sql.ref(`${alias}.basis`)} = ${basis} and ${sql.ref(`${alias}.from_on`)} = (select max(q.from_on) from ${sql.table('tracker_periods')} as q where q.deliverable_id = ${sql.ref(`${assignment}.deliverable_id`)} and q.state_code = ${sql.ref(`${assignment}.state_code`)} and q.basis = ${basis} and q.from_on <= ${day})`;

/** A new report held back in a batch, for the fast path of `appendReports`. */
export interface AppendedReport {
  position: bigint;
  reportedOn: string;
  status: string;
  percentComplete: number | null;
}

/**
 * New reports of assignments nothing else changed in the batch, kept apart from DirtyAssignments:
 * most of a log is reports dated after everything before them, which only extend the open period
 * (basis reported; a new report is `submitted`, so the validated periods do not change). Reading
 * every report of the assignment again for them would make a rebuild quadratic in its reports.
 */
export class AppendedReports {
  readonly byAssignment = new Map<
    string,
    { deliverableId: string; stateCode: string; reports: AppendedReport[] }
  >();

  add(deliverableId: string, stateCode: string, report: AppendedReport): void {
    const key = `${deliverableId}\u0000${stateCode}`;
    const held = this.byAssignment.get(key);
    if (held) held.reports.push(report);
    else this.byAssignment.set(key, { deliverableId, stateCode, reports: [report] });
  }

  get size(): number {
    return this.byAssignment.size;
  }
}

/**
 * Extends the open period (basis reported) of each assignment by its appended reports, when they
 * come after everything already folded (dated on or after the open period's start, which is the
 * date of its latest step, and the assignment still counting); the others are marked in `dirty`
 * for a full recomputation. Answers the new open period of each assignment extended.
 */
export async function appendReports(
  trx: Kysely<Database>,
  appended: AppendedReports,
  dirty: DirtyAssignments,
): Promise<{ deliverableId: string; stateCode: string; open: StatusPeriod }[]> {
  const pending = [...appended.byAssignment.values()].filter(
    (a) => !dirty.includes(a.deliverableId, a.stateCode),
  );
  const extended: { deliverableId: string; stateCode: string; open: StatusPeriod }[] = [];
  for (const group of chunks(pending)) {
    // The latest period of each (deliverable, State), basis reported: one seek per assignment in the
    // primary key (covering), then its row by the whole key. Filtering on until_on instead read every
    // period of each deliverable (all its States, both bases) from the table in every batch.
    const keys = sql.join(group.map((a) => sql`(${a.deliverableId}, ${a.stateCode})`));
    const latest = await sql<Database['tracker_periods']>`select p.* from (values ${keys}) as k
      join ${sql.table('tracker_periods')} as p on p.deliverable_id = k.column1 and p.state_code = k.column2
        and p.basis = 'reported'
        and p.from_on = (select max(q.from_on) from ${sql.table('tracker_periods')} as q
          where q.deliverable_id = k.column1 and q.state_code = k.column2 and q.basis = 'reported')`.execute(
      trx,
    );
    const open = latest.rows.filter((p) => p.until_on === OPEN_END);
    const openOf = new Map(open.map((p) => [`${p.deliverable_id}\u0000${p.state_code}`, p]));
    const updates: {
      key: { deliverableId: string; stateCode: string; fromOn: string };
      row: StatusPeriod;
    }[] = [];
    const inserts: Record<string, unknown>[] = [];
    for (const a of group) {
      const row = openOf.get(`${a.deliverableId}\u0000${a.stateCode}`);
      const inOrder = a.reports.every((r, i) => i === 0 || r.reportedOn >= a.reports[i - 1]!.reportedOn);
      if (!row || !inOrder || TERMINAL_STATUSES.has(row.status) || a.reports[0]!.reportedOn < row.from_on) {
        dirty.mark(a.deliverableId, a.stateCode);
        continue;
      }
      // The open period as stored, then one step per report, as statusPeriods folds them.
      let current: StatusPeriod = {
        fromOn: row.from_on,
        untilOn: OPEN_END,
        status: row.status as StatusPeriod['status'],
        percentComplete: row.percent_complete,
        completedOn: row.completed_on,
        lastReportedOn: row.last_reported_on,
        reportCount: Number(row.report_count),
      };
      const storedFrom = row.from_on;
      const closed: StatusPeriod[] = [];
      for (const r of a.reports) {
        const next: StatusPeriod = {
          ...current,
          status: r.status as StatusPeriod['status'],
          percentComplete: r.percentComplete ?? current.percentComplete,
          lastReportedOn: r.reportedOn,
          reportCount: current.reportCount + 1,
          completedOn:
            r.status !== 'completed'
              ? null
              : current.status === 'completed'
                ? current.completedOn
                : r.reportedOn,
        };
        if (r.reportedOn === current.fromOn) current = next;
        else {
          closed.push({ ...current, untilOn: r.reportedOn });
          current = { ...next, fromOn: r.reportedOn };
        }
      }
      const periods = [...closed, current];
      // The stored open period becomes the first of them; the rest are new rows.
      updates.push({
        key: { deliverableId: a.deliverableId, stateCode: a.stateCode, fromOn: storedFrom },
        row: periods[0]!,
      });
      for (const p of periods.slice(1))
        inserts.push({
          deliverable_id: a.deliverableId,
          state_code: a.stateCode,
          basis: 'reported',
          from_on: p.fromOn,
          until_on: p.untilOn,
          status: p.status,
          percent_complete: p.percentComplete,
          completed_on: p.completedOn,
          last_reported_on: p.lastReportedOn,
          report_count: p.reportCount,
        });
      extended.push({ deliverableId: a.deliverableId, stateCode: a.stateCode, open: current });
    }
    await executeEach(
      trx,
      updates,
      () => 'one',
      ({ key, row }) =>
        trx
          .updateTable('tracker_periods')
          .set({
            until_on: row.untilOn,
            status: row.status,
            percent_complete: row.percentComplete,
            completed_on: row.completedOn,
            last_reported_on: row.lastReportedOn,
            report_count: row.reportCount,
          })
          .where('deliverable_id', '=', key.deliverableId)
          .where('state_code', '=', key.stateCode)
          .where('basis', '=', 'reported')
          .where('from_on', '=', key.fromOn),
      ({ key, row }) => [
        row.untilOn,
        row.status,
        row.percentComplete,
        row.completedOn,
        row.lastReportedOn,
        row.reportCount,
        key.deliverableId,
        key.stateCode,
        'reported',
        key.fromOn,
      ],
    );
    await insertRows(trx, 'tracker_periods', inserts);
  }
  return extended;
}
