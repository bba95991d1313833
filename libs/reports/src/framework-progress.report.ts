import { AggregateNotFound, PILLAR_CODES } from '@ct/domain';
import {
  type Database,
  type FrameworkView,
  type ScorecardRow,
  type TrackedDeliverable,
  listDeliverables,
} from '@ct/read-models';
import { type Kysely } from 'kysely';
import { figuresOf, pillarName, sumFigures } from './figures';
import { WorkBudget, allPages, frameworks, reportHead, scorecardRows, timeOf } from './gather';
import { inReportLanguage } from './localize';
import { type ReportOptions } from './report-options';
import {
  type FrameworkPillarLine,
  type FrameworkProgress,
  type FrameworkProgressReport,
} from './report-model';

/** Every framework in the catalogue (or one), by pillar. */
export async function generateFrameworkProgress(
  db: Kysely<Database>,
  options: ReportOptions & { frameworkId?: string },
): Promise<FrameworkProgressReport> {
  const { frameworkId } = options;
  const head = await reportHead(
    db,
    'framework-progress',
    frameworkId ? `Framework progress: ${frameworkId}` : 'Framework progress',
    options,
  );
  const budget = new WorkBudget(options.maxRows);
  const [catalogue, rows, deliverables] = await Promise.all([
    frameworks(db, budget),
    scorecardRows(db, budget, timeOf(options), frameworkId ? { frameworkId } : {}),
    allPages(budget, (page) =>
      listDeliverables(db, { ...(frameworkId ? { frameworkId } : {}), ...timeOf(options), ...page }),
    ),
  ]);
  const selected = catalogue.filter((f) => !frameworkId || f.frameworkId === frameworkId);
  if (frameworkId && selected.length === 0) throw new AggregateNotFound('framework', frameworkId);
  return inReportLanguage<FrameworkProgressReport>(
    {
      ...head,
      notes: [],
      report: 'framework-progress',
      frameworkId: frameworkId ?? null,
      frameworks: selected.map((f) => frameworkProgress(f, rows, deliverables)),
    },
    catalogue,
  );
}

function frameworkProgress(
  f: FrameworkView,
  allRows: readonly ScorecardRow[],
  allDeliverables: readonly TrackedDeliverable[],
): FrameworkProgress {
  const rows = allRows.filter((r) => r.frameworkId === f.frameworkId);
  const defined = allDeliverables.filter((d) => d.frameworkId === f.frameworkId);
  const pillars: FrameworkPillarLine[] = PILLAR_CODES.map((pillar) => {
    const pillarRows = rows.filter((r) => r.pillar === pillar);
    return {
      pillar,
      pillarName: pillarName(pillar),
      deliverablesDefined: defined.filter((d) => d.pillar === pillar).length,
      ...sumFigures(pillarRows.map(figuresOf)),
      // States only: a regional mechanism's assignment counts in the figures, not as a State.
      states: [...new Set(pillarRows.filter((r) => r.kind !== 'regional').map((r) => r.stateCode))].sort(),
    };
  });
  return {
    frameworkId: f.frameworkId,
    kind: f.kind,
    title: f.title,
    adoptedOn: f.adoptedOn,
    place: f.place,
    adoptingStates: f.adoptingStates,
    lastRevisedOn: f.lastRevisedOn,
    revisionCount: f.revisionCount,
    sourceReference: f.sourceReference,
    nonAdoptingStates: [...new Set(rows.filter((r) => r.kind !== 'regional').map((r) => r.stateCode))]
      .filter((s) => !f.adoptingStates.includes(s))
      .sort(),
    totals: { ...sumFigures(pillars), deliverablesDefined: defined.length },
    pillars,
  };
}
