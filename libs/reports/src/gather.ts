import { isIsoDate } from '@ct/domain';
import {
  type Basis,
  type Database,
  type OffsetPage,
  OrganisationIndex,
  type Page,
  TimeSlicer,
  WorkTooLargeError,
  allOrganisations,
  lastDayOfMonth,
  listFrameworks,
  monthsBetween,
  readLowestCheckpoint,
  stateScorecard,
} from '@ct/read-models';
import { type Kysely } from 'kysely';
import { type ReportLanguage } from './labels';
import { type ReportOptions } from './report-options';
import { REPORT_SCHEMA_VERSION, type ReportBase, type ReportKind } from './report-model';

/**
 * What the reports read, shared by all four: every page of a read-model query under the report's
 * row budget, the header every report starts with, and the few reads no read-model query answers.
 */

const PAGE = 500;

/**
 * The work one report may do: rows gathered against `maxRows`, and turns of the event loop given
 * back while gathering (the read store answers synchronously on SQLite).
 */
export class WorkBudget {
  private rows = 0;
  private readonly slicer = new TimeSlicer();

  constructor(private readonly maxRows: number | undefined) {}

  /** Counts rows about to be (or just) read; refuses once the report would exceed its limit. */
  async take(rows: number): Promise<void> {
    this.rows += rows;
    if (this.maxRows !== undefined && this.rows > this.maxRows)
      throw new WorkTooLargeError(
        'report-too-large',
        'query',
        this.maxRows,
        `this report would gather more than ${this.maxRows} rows (REPORT_MAX_ROWS): narrow it (one State, a filter) or run it from the CLI`,
      );
    await this.slicer.tick();
  }

  tick(): Promise<void> {
    return this.slicer.tick();
  }
}

/** Reads every page of a paged read-model query (reports need all rows, not a screenful). */
export async function allPages<T>(
  budget: WorkBudget,
  fetch: (page: OffsetPage) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch({ limit: PAGE, offset });
    // The first page says how many there are: refused before the rest is read.
    await budget.take(offset === 0 ? Math.max(page.total, page.items.length) : 0);
    items.push(...page.items);
    if (page.items.length < PAGE || items.length >= page.total) return items;
  }
}

function assertDate(asOf: string): void {
  if (!isIsoDate(asOf))
    throw new RangeError(`asOf must be a calendar date (YYYY-MM-DD), got ${JSON.stringify(asOf)}`);
}

/** The fields every report starts with; the position is read before any figure is. */
export async function reportHead(
  db: Kysely<Database>,
  report: ReportKind,
  title: string,
  options: ReportOptions,
): Promise<ReportBase> {
  assertDate(options.asOf);
  const readModelPosition = await readLowestCheckpoint(db);
  return {
    report,
    schemaVersion: REPORT_SCHEMA_VERSION,
    title,
    asOf: options.asOf,
    generatedAt: (options.generatedAt ?? new Date()).toISOString(),
    readModelPosition: readModelPosition.toString(),
    basis: options.basis ?? 'reported',
    label: options.label ?? null,
    notes: [],
    lang: options.lang ?? 'en',
  };
}

/** The business day and basis a report answers for: every status is the one valid on asOf. */
export const timeOf = (options: ReportOptions): { asOf: string; basis: Basis } => ({
  asOf: options.asOf,
  basis: options.basis ?? 'reported',
});

export const scorecardRows = (
  db: Kysely<Database>,
  budget: WorkBudget,
  time: { asOf: string; basis: Basis },
  filter: { stateCode?: string; frameworkId?: string },
) => allPages(budget, (page) => stateScorecard(db, { ...time, ...filter, ...page }));

export const frameworks = (db: Kysely<Database>, budget: WorkBudget) =>
  allPages(budget, (page) => listFrameworks(db, page));

/**
 * Completed assignments at each month end, from the deliverable tracker's status periods: an
 * assignment counts in a month when the status valid on its last day (under the basis) is
 * `completed` (a cancellation, withdrawal or retirement by then is a status of its own). From the
 * month of the first report to `asOf`.
 */
export async function completedByMonth(
  db: Kysely<Database>,
  budget: WorkBudget,
  time: { asOf: string; basis: Basis },
  stateCode?: string,
): Promise<{ months: string[]; byState: Map<string, number[]> }> {
  const { asOf, basis } = time;
  const selected = () =>
    db
      .selectFrom('tracker_periods')
      .where('basis', '=', basis)
      .where('status', '=', 'completed')
      .where('from_on', '<=', asOf)
      .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!));
  // Counted first: one query returns them all, so the limit must hold before it runs.
  const { n } = await selected()
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  await budget.take(Number(n));
  const periods = await selected().select(['state_code', 'from_on', 'until_on']).orderBy('from_on').execute();
  // The series starts at the month of the first report (as it always did), completed or not.
  const first = await db
    .selectFrom('tracker_reports')
    .select((eb) => eb.fn.min('reported_on').as('first'))
    .where('reported_on', '<=', asOf)
    .$if(stateCode !== undefined, (q) => q.where('state_code', '=', stateCode!))
    .executeTakeFirst();
  await budget.tick();
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

/**
 * The name a provider's free text is reported under: the organisation it resolves to in the
 * catalogue (by id, name or alias; in the report's language, English as fallback), else the text.
 */
export async function providerNames(
  db: Kysely<Database>,
  lang: ReportLanguage = 'en',
): Promise<(text: string) => string> {
  const index = OrganisationIndex.of(await allOrganisations(db));
  return (text) => index.organisationOf(text, lang)?.displayName ?? text;
}
