import { type Database } from '@ct/read-models';
import { type Kysely } from 'kysely';
import { generateAssistanceReport } from './assistance.report';
import { generateFrameworkProgress } from './framework-progress.report';
import { generateRegionalOverview } from './regional-overview.report';
import { type ReportOptions } from './report-options';
import { type AssistanceFilter, type Report, type ReportKind } from './report-model';
import { generateStateScorecard } from './state-scorecard.report';

/** What each report is asked with: the options every report takes, and its own scope. */
export interface ReportParams {
  'state-scorecard': ReportOptions & { stateCode: string };
  'regional-overview': ReportOptions;
  'framework-progress': ReportOptions & { frameworkId?: string };
  assistance: ReportOptions & { filters?: AssistanceFilter };
}

/** One report to generate: its kind and its parameters. */
export type ReportRequest<K extends ReportKind = ReportKind> = {
  [Kind in K]: { kind: Kind; params: ReportParams[Kind] };
}[K];

/** The report data of one kind. */
export type ReportOf<K extends ReportKind> = Extract<Report, { report: K }>;

type Generators = {
  [K in ReportKind]: (db: Kysely<Database>, params: ReportParams[K]) => Promise<ReportOf<K>>;
};

const GENERATORS: Generators = {
  'state-scorecard': (db, { stateCode, ...options }) => generateStateScorecard(db, stateCode, options),
  'regional-overview': generateRegionalOverview,
  'framework-progress': generateFrameworkProgress,
  assistance: generateAssistanceReport,
};

/** Generates one report of any kind from the read models (one file per report does the work). */
export function generateReport<K extends ReportKind>(
  db: Kysely<Database>,
  request: ReportRequest<K>,
): Promise<ReportOf<K>> {
  const generate: Generators[K] = GENERATORS[request.kind];
  return generate(db, request.params);
}
