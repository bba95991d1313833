import { type ExpressionBuilder, type Kysely } from 'kysely';
import { type Database } from './database';
import {
  type AssignmentFacts,
  type Basis,
  type StatusPeriod,
  BASES,
  statusPeriods,
} from './assignment-periods';
import { toBigInt } from './columns';

/**
 * The assignments a batch changed, recomputed at its flush from their stored rows: a whole
 * deliverable (cancelled, retired) or single assignments. A recomputation reads every report of the
 * assignment, so a batch recomputes each assignment once however many of its events it holds.
 */
export class DirtyAssignments {
  readonly deliverables = new Set<string>();
  readonly assignments = new Map<string, { deliverableId: string; stateCode: string }>();

  markDeliverable(deliverableId: string): void {
    this.deliverables.add(deliverableId);
  }

  mark(deliverableId: string, stateCode: string): void {
    this.assignments.set(`${deliverableId}\u0000${stateCode}`, { deliverableId, stateCode });
  }

  get size(): number {
    return this.deliverables.size + this.assignments.size;
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

/** The tables one projection keeps its effective-dated rows in (the tracker's or the scorecard's). */
export interface AssignmentTables {
  assignments: 'tracker_assignments' | 'scorecard_assignments';
  deliverables: 'tracker_deliverables' | 'scorecard_deliverables';
  reports: 'tracker_reports' | 'scorecard_reports';
  lifecycle: 'tracker_lifecycle' | 'scorecard_lifecycle';
}

/** Below both dialects' bound-parameter limits. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Reads the dirty assignments' rows and computes their periods under both bases. */
export async function recomputeAssignments(
  trx: Kysely<Database>,
  tables: AssignmentTables,
  dirty: DirtyAssignments,
): Promise<RecomputedAssignment[]> {
  const out: RecomputedAssignment[] = [];
  // The two projections' tables share the columns read here; a union of table names is what
  // Kysely cannot type a selection over, so each read is typed through the tracker's table.
  const db = trx;
  for (const ids of chunks(dirty.ids())) {
    const [assignments, deliverables, reports, lifecycle] = await Promise.all([
      db
        .selectFrom(tables.assignments as 'tracker_assignments')
        .select(['deliverable_id', 'state_code', 'assigned_on'])
        .where('deliverable_id', 'in', ids)
        .orderBy('deliverable_id')
        .orderBy('state_code')
        .execute(),
      db
        .selectFrom(tables.deliverables as 'tracker_deliverables')
        .select(['deliverable_id', 'cancelled_on', 'retired_on'])
        .where('deliverable_id', 'in', ids)
        .execute(),
      db
        .selectFrom(tables.reports as 'tracker_reports')
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
        .selectFrom(tables.lifecycle as 'tracker_lifecycle')
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

/** The period of each assignment holding the day: from_on <= day < until_on. */
export const periodHolds = <DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  prefix: string,
  day: string,
  basis: Basis,
) =>
  eb.and([
    eb(`${prefix}.basis` as never, '=', basis as never),
    eb(`${prefix}.from_on` as never, '<=', day as never),
    eb(`${prefix}.until_on` as never, '>', day as never),
  ]);
