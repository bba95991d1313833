import { isIsoDate } from '@ct/domain';
import {
  type Basis,
  type CompletionsByMonth,
  type Database,
  type OffsetPage,
  OrganisationIndex,
  type Page,
  TimeSlicer,
  WorkTooLargeError,
  allOrganisations,
  completedByMonth as completions,
  listFrameworks,
  readLowestCheckpoint,
  stateScorecard,
} from '@ct/read-models';
import { type Kysely } from 'kysely';
import { type ReportLanguage } from './labels';
import { type ReportOptions } from './report-options';
import { REPORT_SCHEMA_VERSION, type ReportBase, type ReportKind } from './report-model';

/**
 * What the reports read, shared by all four: every page of a read-model query under the report's
 * row budget, and the header every report starts with.
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

/** Completed assignments at each month end (the read model's series), under the report's budget. */
export async function completedByMonth(
  db: Kysely<Database>,
  budget: WorkBudget,
  time: { asOf: string; basis: Basis },
  stateCode?: string,
): Promise<CompletionsByMonth> {
  // Counted first: one query returns them all, so the limit must hold before it runs.
  const series = await completions(db, { ...time, stateCode }, (periods) => budget.take(periods));
  await budget.tick();
  return series;
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
