import { CENTRAL_ASIAN_STATES, DAC_REGIONS, type DacRegionCode } from '@ct/domain';
import { type Database, summarizeAssistance, totalsByCurrency } from '@ct/read-models';
import { type Kysely } from 'kysely';
import { figuresOf, pillarLines, sumFigures } from './figures';
import { WorkBudget, completedByMonth, reportHead, scorecardRows, timeOf } from './gather';
import { inReportLanguage } from './localize';
import { type ReportOptions } from './report-options';
import { type AssistanceFigures, type Money, type RegionalOverviewReport } from './report-model';

/** Assistance groups added up: how many records, and their totals per currency. */
const assistanceOf = (groups: readonly { count: number; totals: Money[] }[]): AssistanceFigures => ({
  count: groups.reduce((n, g) => n + g.count, 0),
  totals: totalsByCurrency(groups.flatMap((g) => g.totals)),
});

/** The five Central Asian States side by side, by pillar, with completions over time. */
export async function generateRegionalOverview(
  db: Kysely<Database>,
  options: ReportOptions,
): Promise<RegionalOverviewReport> {
  const head = await reportHead(db, 'regional-overview', 'Regional overview: Central Asia', options);
  const { asOf } = options;
  const codes = CENTRAL_ASIAN_STATES.map((s) => s.code as string);
  const budget = new WorkBudget(options.maxRows);
  const [allRows, summary, progress] = await Promise.all([
    scorecardRows(db, budget, timeOf(options), {}),
    summarizeAssistance(db, { periodTo: asOf }),
    completedByMonth(db, budget, timeOf(options)),
  ]);
  const rows = allRows.filter((r) => codes.includes(r.stateCode));
  // A regional mechanism's assignments are lines of their own, never in a member State's line.
  const mechanismRows = allRows.filter((r) => r.kind === 'regional');
  const regionalMechanisms = [...new Set(mechanismRows.map((r) => r.stateCode))].sort().map((mechanismId) => {
    const own = mechanismRows.filter((r) => r.stateCode === mechanismId);
    const first = own[0]!;
    return {
      mechanismId,
      mechanismName:
        (options.lang === 'ru' ? first.mechanismNameRu : undefined) ?? first.mechanismName ?? mechanismId,
      ...sumFigures(own.map(figuresOf)),
      byPillar: pillarLines(own),
    };
  });
  const states = CENTRAL_ASIAN_STATES.map(({ code, name }) => {
    const own = rows.filter((r) => r.stateCode === code);
    return {
      stateCode: code,
      stateName: name,
      ...sumFigures(own.map(figuresOf)),
      byPillar: pillarLines(own),
      assistance: assistanceOf(summary.groups.filter((g) => g.recipientState === code)),
    };
  });
  const regional = summary.groups.filter(
    (g) => g.recipientState !== null && codes.includes(g.recipientState),
  );
  // Regional records count in their States' lines by share, and here at their full value.
  // 619 "Central Asia, regional" always has its line (zeros when nothing is booked to it).
  const regionCodes = [...new Set(['619', ...summary.groups.flatMap((g) => g.recipientRegion ?? [])])].sort();
  const regionalAssistance = regionCodes.map((regionCode) => ({
    regionCode,
    regionName: DAC_REGIONS[regionCode as DacRegionCode] ?? regionCode,
    ...assistanceOf(summary.groups.filter((g) => g.recipientRegion === regionCode)),
  }));
  const notes = [];
  const others = [
    ...new Set(
      allRows
        .filter((r) => r.kind !== 'regional')
        .map((r) => r.stateCode)
        .filter((c) => !codes.includes(c)),
    ),
  ];
  if (others.length > 0) notes.push(`Assignments of other States are left out: ${others.join(', ')}.`);
  return inReportLanguage<RegionalOverviewReport>(
    {
      ...head,
      notes,
      report: 'regional-overview',
      states,
      totals: { ...sumFigures(states), assistance: assistanceOf(regional) },
      regionalAssistance,
      regionalMechanisms,
      pillars: pillarLines(rows),
      progress: progress.months.map((month, i) => ({
        month,
        byState: Object.fromEntries(codes.map((c) => [c, progress.byState.get(c)?.[i] ?? 0])),
      })),
    },
    // State names only: this report shows no framework.
    [],
  );
}
