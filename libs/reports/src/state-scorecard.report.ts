import { type Database, daysBetween, listDeliverables, summarizeAssistance } from '@ct/read-models';
import { type Kysely } from 'kysely';
import { figuresOf, pillarName, stateName, sumFigures } from './figures';
import {
  WorkBudget,
  allPages,
  completedByMonth,
  frameworks,
  providerNames,
  reportHead,
  scorecardRows,
  timeOf,
} from './gather';
import { inReportLanguage } from './localize';
import { type ReportOptions } from './report-options';
import { type ProgressPoint, type StateScorecardReport } from './report-model';

/** Statuses of an assignment still open on a day: overdue when due before it. */
const OPEN_STATUSES: ReadonlySet<string> = new Set(['not-started', 'in-progress', 'blocked']);

/** One State: frameworks x pillars, overdue items, assistance received, completions over time. */
export async function generateStateScorecard(
  db: Kysely<Database>,
  stateCode: string,
  options: ReportOptions,
): Promise<StateScorecardReport> {
  const head = await reportHead(db, 'state-scorecard', `State scorecard: ${stateName(stateCode)}`, options);
  const { asOf } = options;
  const budget = new WorkBudget(options.maxRows);
  const [rows, catalogue, deliverables, summary, progress, providers] = await Promise.all([
    scorecardRows(db, budget, timeOf(options), { stateCode }),
    frameworks(db, budget),
    allPages(budget, (page) => listDeliverables(db, { stateCode, ...timeOf(options), ...page })),
    summarizeAssistance(db, { recipientState: stateCode, periodTo: asOf }),
    completedByMonth(db, budget, timeOf(options), stateCode),
    providerNames(db, options.lang),
  ]);
  const titles = new Map(catalogue.map((f) => [f.frameworkId, f.title]));
  const adopting = new Map(catalogue.map((f) => [f.frameworkId, f.adoptingStates]));
  const lines = rows.map((row) => ({
    frameworkId: row.frameworkId,
    frameworkTitle: titles.get(row.frameworkId) ?? null,
    pillar: row.pillar,
    pillarName: pillarName(row.pillar),
    ...figuresOf(row),
    lastUpdateOn: row.lastUpdateOn,
    adopted: adopting.get(row.frameworkId)?.includes(stateCode) ?? false,
  }));
  const overdueItems = deliverables
    .flatMap((d) => d.assignments.filter((a) => a.stateCode === stateCode).map((a) => ({ d, a })))
    .filter(({ a }) => OPEN_STATUSES.has(a.status) && a.dueOn < asOf)
    .map(({ d, a }) => ({
      deliverableId: d.deliverableId,
      title: d.title,
      frameworkId: d.frameworkId,
      pillar: d.pillar,
      leadAgency: a.leadAgency,
      dueOn: a.dueOn,
      status: a.status,
      percentComplete: a.percentComplete,
      daysOverdue: daysBetween(a.dueOn, asOf),
    }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.deliverableId.localeCompare(b.deliverableId));
  const series = progress.byState.get(stateCode) ?? progress.months.map(() => 0);
  return inReportLanguage<StateScorecardReport>(
    {
      ...head,
      notes: [],
      report: 'state-scorecard',
      state: { code: stateCode, name: stateName(stateCode) },
      totals: sumFigures(lines),
      lines,
      overdueItems,
      assistance: {
        count: summary.count,
        totals: summary.totals,
        // The providers as the catalogue names them (each once however spelled in the records).
        providers: [...new Set(summary.groups.map((g) => providers(g.provider)))].sort(),
        lines: summary.groups.map((g) => ({
          pillar: g.pillar,
          provider: g.provider,
          kind: g.kind,
          count: g.count,
          totals: g.totals,
        })),
      },
      progress: progress.months.map((month, i): ProgressPoint => ({ month, completed: series[i] ?? 0 })),
    },
    catalogue,
  );
}
