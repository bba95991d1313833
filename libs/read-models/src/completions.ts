import { type Kysely } from 'kysely';
import { type Basis } from './assignment-periods';
import { lastDayOfMonth, monthsBetween } from './calendar';
import { type Database } from './database';

export interface CompletionsParams {
  /** The business day the series ends on (its last point is that day, not the month's end). */
  asOf: string;
  basis: Basis;
  /** One State's (or regional mechanism's) assignments; every assignment without it. */
  stateCode?: string;
}

/** Completed assignments at each month end, per State. */
export interface CompletionsByMonth {
  /** YYYY-MM, from the month of the first progress report to the month of asOf. */
  months: string[];
  /** Per State, the count at each month's end, in the order of `months`. */
  byState: Map<string, number[]>;
}

/**
 * Completed assignments at each month end, from the deliverable tracker's status periods: an
 * assignment counts in a month when the status valid on its last day (under the basis) is
 * `completed` (a cancellation, withdrawal or retirement by then is a status of its own). From the
 * month of the first report to `asOf`. `beforeRead` is told how many periods the series will read
 * before they are read, so a caller can refuse a series too large to gather (it throws).
 */
export async function completedByMonth(
  db: Kysely<Database>,
  { asOf, basis, stateCode }: CompletionsParams,
  beforeRead: (periods: number) => Promise<void> = () => Promise.resolve(),
): Promise<CompletionsByMonth> {
  const selected = () =>
    db
      .selectFrom('tracker_periods')
      .where('basis', '=', basis)
      .where('status', '=', 'completed')
      .where('from_on', '<=', asOf)
      .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!));
  const { n } = await selected()
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  await beforeRead(Number(n));
  const periods = await selected().select(['state_code', 'from_on', 'until_on']).orderBy('from_on').execute();
  // The series starts at the month of the first report (as it always did), completed or not.
  const first = await db
    .selectFrom('tracker_reports')
    .select((eb) => eb.fn.min('reported_on').as('first'))
    .where('reported_on', '<=', asOf)
    .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!))
    .executeTakeFirst();
  const firstDate = first?.first ?? undefined;
  const months = firstDate ? monthsBetween(firstDate.slice(0, 7), asOf.slice(0, 7)) : [];
  const ends = months.map((month) => (month === asOf.slice(0, 7) ? asOf : lastDayOfMonth(month)));
  const byState = new Map<string, number[]>();
  for (const p of periods) {
    const series = byState.get(p.state_code) ?? months.map(() => 0);
    ends.forEach((end, i) => {
      if (p.from_on <= end && end < p.until_on) series[i]! += 1;
    });
    byState.set(p.state_code, series);
  }
  return { months, byState };
}
