import { type AssistanceGroup, type Basis, type CurrencyTotal, type ScorecardStatus } from '@ct/read-models';
import { type ReportLanguage } from './labels';

/**
 * The typed data of every report. Reports read the read models only (never the event log): what a
 * programme officer, a national coordinator or a donor opens. The JSON format is this data as is;
 * its schema is in ./schemas (one file per report) and changes only with `schemaVersion`.
 */

export const REPORT_SCHEMA_VERSION = 1;

export const REPORT_KINDS = [
  'state-scorecard',
  'regional-overview',
  'framework-progress',
  'assistance',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * An amount in one currency: never converted, so totals are always per currency. The exact decimal
 * string ("45000.00") the read models give.
 */
export type Money = CurrencyTotal;

export type StatusCounts = Record<ScorecardStatus, number>;

/** Deliverable assignments (one deliverable for one State) counted by status. */
export interface ProgressFigures {
  /** Assignments, cancelled ones included. */
  deliverables: number;
  byStatus: StatusCounts;
  /** Average latest percent of the assignments not cancelled (two decimals); null when none is open. */
  percentComplete: number | null;
  /** Due before `asOf` and neither completed nor cancelled. */
  overdue: number;
  /** Of the completed ones, those completed after their due date. */
  completedLate: number;
}

export interface AssistanceFigures {
  /** Records whose period started on or before `asOf`. */
  count: number;
  totals: Money[];
}

/** Cumulative count of assignments whose status at the end of the month was `completed`. */
export interface ProgressPoint {
  /** YYYY-MM */
  month: string;
  completed: number;
}

export interface ReportBase {
  report: ReportKind;
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  title: string;
  /** The day the report is about (YYYY-MM-DD): overdue and the assistance period are judged against it. */
  asOf: string;
  /**
   * Which progress reports count: `reported` (every report not withdrawn, the default) or
   * `validated` (only those programme staff validated, for an official publication).
   */
  basis: Basis;
  /** When this file was produced (ISO 8601, UTC). */
  generatedAt: string;
  /** Every read model had applied the event log up to this position (decimal string; -1 when empty). */
  readModelPosition: string;
  /** A label the caller gave (e.g. "Demo data"), shown in every format; null when none. */
  label: string | null;
  /** What a reader must know to read the figures right. */
  notes: string[];
  /**
   * The language of the labels, the title, the notes, State names and framework titles (`en` or
   * `ru`); English wherever a name has no Russian form. CSV column names stay English.
   */
  lang: ReportLanguage;
}

export interface ScorecardLine extends ProgressFigures {
  frameworkId: string;
  frameworkTitle: string | null;
  pillar: string;
  pillarName: string;
  lastUpdateOn: string;
  /** The State is among the framework's adopting States; its other lines are shown apart. */
  adopted: boolean;
}

export interface OverdueItem {
  deliverableId: string;
  title: string;
  frameworkId: string;
  pillar: string;
  leadAgency: string;
  dueOn: string;
  status: string;
  percentComplete: number | null;
  daysOverdue: number;
}

export interface AssistanceLine {
  pillar: string;
  provider: string;
  kind: string;
  count: number;
  totals: Money[];
}

export interface StateScorecardReport extends ReportBase {
  report: 'state-scorecard';
  state: { code: string; name: string };
  totals: ProgressFigures;
  /** Framework x pillar, as the scorecard read model groups them. */
  lines: ScorecardLine[];
  overdueItems: OverdueItem[];
  assistance: AssistanceFigures & { providers: string[]; lines: AssistanceLine[] };
  progress: ProgressPoint[];
}

export interface PillarLine extends ProgressFigures {
  pillar: string;
  pillarName: string;
}

export interface RegionalStateLine extends ProgressFigures {
  stateCode: string;
  stateName: string;
  /** All four pillars, in order, zeros included. */
  byPillar: PillarLine[];
  assistance: AssistanceFigures;
}

/**
 * A regional mechanism's own assignments (issue #13 item 2): counted here, never in a member
 * State's line.
 */
export interface RegionalMechanismLine extends ProgressFigures {
  mechanismId: string;
  /** In the report's language where the catalogue has it, else English. */
  mechanismName: string;
  /** All four pillars, in order, zeros included. */
  byPillar: PillarLine[];
}

export interface RegionalOverviewReport extends ReportBase {
  report: 'regional-overview';
  /** The five Central Asian States, always all five (zeros when nothing is recorded). */
  states: RegionalStateLine[];
  totals: ProgressFigures & { assistance: AssistanceFigures };
  /** Records booked to a DAC region (619 Central Asia, regional…), at their full value. */
  regionalAssistance: (AssistanceFigures & { regionCode: string; regionName: string })[];
  /** Deliverables assigned to regional mechanisms (not to the States), one line per mechanism. */
  regionalMechanisms: RegionalMechanismLine[];
  pillars: PillarLine[];
  /** Completed assignments at each month end, per State. */
  progress: { month: string; byState: Record<string, number> }[];
}

export interface FrameworkPillarLine extends PillarLine {
  /** Deliverables defined under this framework and pillar (cancelled ones included). */
  deliverablesDefined: number;
  /** States with at least one assignment. */
  states: string[];
}

export interface FrameworkProgress {
  frameworkId: string;
  kind: string;
  title: string;
  adoptedOn: string;
  place: string;
  adoptingStates: string[];
  lastRevisedOn: string | null;
  revisionCount: number;
  /** Shown as text, never as a link (see the HTML formatter). */
  sourceReference: string | null;
  /** States with assignments under the framework that are not among its adopting States, shown apart. */
  nonAdoptingStates: string[];
  totals: ProgressFigures & { deliverablesDefined: number };
  /** All four pillars, in order, zeros included. */
  pillars: FrameworkPillarLine[];
}

export interface FrameworkProgressReport extends ReportBase {
  report: 'framework-progress';
  /** The framework asked for, or null for every framework in the catalogue. */
  frameworkId: string | null;
  frameworks: FrameworkProgress[];
}

export interface AssistanceGroupLine {
  key: string;
  count: number;
  totals: Money[];
}

export interface AssistanceRecordLine {
  assistanceId: string;
  provider: string;
  /** The one State of a single-State record, else the shares described ("KZ 40 %, KG 30 %, …"). */
  recipientState: string;
  /** The DAC region of a regional record (e.g. 619), else null. */
  recipientRegion: string | null;
  /** Each recipient State's share and allocated part of the value. */
  shares: { stateCode: string; percentage: number; amount: Money | null }[];
  pillar: string;
  kind: string;
  deliverableId: string | null;
  frameworkId: string | null;
  frameworkTitle: string | null;
  description: string | null;
  periodStart: string;
  periodEnd: string | null;
  /** `closed` when the period ended before `asOf`, else `ongoing`. */
  status: 'ongoing' | 'closed';
  amount: Money | null;
  /** Disbursed so far (amendments record disbursements as they happen). */
  disbursed: Money | null;
}

export interface AssistanceFilter {
  provider?: string;
  recipientState?: string;
  recipientRegion?: string;
  pillar?: string;
  kind?: string;
}

export interface AssistanceReport extends ReportBase {
  report: 'assistance';
  filters: AssistanceFilter;
  count: number;
  totals: Money[];
  /** Each record once, at its whole value (with a recipientState filter: that State's part). */
  byProvider: AssistanceGroupLine[];
  /**
   * Records with a share in each State (amounts by share) and regional records in their region
   * ("region 619", in full): a shared record counts in several groups, so they add up to more.
   */
  byRecipient: AssistanceGroupLine[];
  /** Each record once, like byProvider. */
  byPillar: AssistanceGroupLine[];
  /** Each record once, like byProvider. */
  byKind: AssistanceGroupLine[];
  /** By calendar year of the period start. */
  byYear: AssistanceGroupLine[];
  /**
   * Provider x recipient x pillar x kind, as the assistance ledger summarises them: per State its
   * parts of the records by share, per region the full values of its regional records.
   */
  groups: AssistanceGroup[];
  records: AssistanceRecordLine[];
}

export type Report =
  StateScorecardReport | RegionalOverviewReport | FrameworkProgressReport | AssistanceReport;
