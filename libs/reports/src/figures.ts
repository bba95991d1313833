import { CENTRAL_ASIAN_STATES, PILLARS, PILLAR_CODES } from '@ct/domain';
import { SCORECARD_STATUSES, type ScorecardRow } from '@ct/read-models';
import { type PillarLine, type ProgressFigures, type StatusCounts } from './report-model';

export const stateName = (code: string): string =>
  CENTRAL_ASIAN_STATES.find((s) => s.code === code)?.name ?? code;

export const pillarName = (pillar: string): string =>
  (PILLARS as Record<string, string | undefined>)[pillar] ?? pillar;

const zeroStatuses = (): StatusCounts =>
  Object.fromEntries(SCORECARD_STATUSES.map((s) => [s, 0])) as StatusCounts;

/**
 * Adds up scorecard rows. The percent is the average over open assignments, so groups are weighted
 * by their open count (each row's percent is itself rounded to two decimals: the total can differ
 * from an exact average by less than 0.01).
 */
export function sumFigures(rows: readonly ProgressFigures[]): ProgressFigures {
  const byStatus = zeroStatuses();
  let deliverables = 0;
  let overdue = 0;
  let completedLate = 0;
  let open = 0;
  let weighted = 0;
  for (const row of rows) {
    deliverables += row.deliverables;
    overdue += row.overdue;
    completedLate += row.completedLate;
    for (const s of SCORECARD_STATUSES) byStatus[s] += row.byStatus[s];
    const rowOpen = row.deliverables - row.byStatus.cancelled;
    if (rowOpen > 0 && row.percentComplete !== null) {
      open += rowOpen;
      weighted += row.percentComplete * rowOpen;
    }
  }
  return {
    deliverables,
    byStatus,
    percentComplete: open > 0 ? Math.round((weighted / open) * 100) / 100 : null,
    overdue,
    completedLate,
  };
}

/** A scorecard row's figures alone (its own copy of the counts by status). */
export const figuresOf = (row: ScorecardRow): ProgressFigures => ({
  deliverables: row.deliverables,
  byStatus: { ...row.byStatus },
  percentComplete: row.percentComplete,
  overdue: row.overdue,
  completedLate: row.completedLate,
});

/** All four pillars, in order, zeros included. */
export const pillarLines = (rows: readonly ScorecardRow[]): PillarLine[] =>
  PILLAR_CODES.map((pillar) => ({
    pillar,
    pillarName: pillarName(pillar),
    ...sumFigures(rows.filter((r) => r.pillar === pillar).map(figuresOf)),
  }));
