import { type CommandResult, PERIOD_STATUSES, SCORECARD_STATUSES } from '@ct/application';
import { FRAMEWORK_KINDS, PILLAR_CODES, PROGRESS_STATUSES } from '@ct/domain';
import { ASSIGNMENT_WITHDRAWAL_OUTCOMES, REPORT_SOURCES, REVIEW_STATES } from '@ct/domain';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import {
  ApiDateField,
  ApiEnumField,
  ApiIdField,
  ApiPositionField,
  ApiStateField,
  DATE_PATTERN_SOURCE,
  POSITION_PATTERN_SOURCE,
} from './api-fields';

/**
 * The answers of the API, for the OpenAPI document only: handlers return the application's own
 * types, and test/openapi checks real answers against these schemas, so the two cannot drift apart
 * unnoticed. Names are the schema names a generated client sees.
 */

/**
 * A State's ISO 3166-1 alpha-2 code, or where the row or report is a regional mechanism's (issue
 * #13 item 2), the mechanism's catalogue id: both are assignment keys in the read models.
 */
const ASSIGNEE_PATTERN = '^(?:[A-Z]{2}|[a-z0-9][a-z0-9-]{1,62}[a-z0-9])$';
const ApiAssigneeField = (description: string, options: { optional?: boolean } = {}) =>
  ApiProperty({
    type: String,
    pattern: ASSIGNEE_PATTERN,
    required: options.optional !== true,
    example: 'TJ',
    description: `${description} ISO 3166-1 alpha-2 code (e.g. TJ), or for a regional mechanism's assignment (kind regional) the mechanism's catalogue id (e.g. ct-early-warning-network).`,
  });

/** The fields that mark a row as a regional mechanism's; absent on a State's row. */
class RegionalRowFieldsSchema {
  @ApiProperty({
    enum: ['regional'],
    required: false,
    description: "Present on a regional mechanism's row only.",
  })
  kind?: string;
  @ApiIdField("The regional mechanism (its row's stateCode).", 'ct-early-warning-network', { optional: true })
  mechanismId?: string;
  @ApiPropertyOptional({
    example: 'Counter-Terrorism Early Warning Network for Central Asia',
    description: "The mechanism's English name in the organisations catalogue.",
  })
  mechanismName?: string;
  @ApiPropertyOptional({ description: "The mechanism's Russian name, when the catalogue has one." })
  mechanismNameRu?: string;
}

/** Which progress reports an answer counted: the `basis` asked for (ReportBasis). */
const ApiBasisAnswer = (description: string) =>
  ApiProperty({ enum: ['reported', 'validated'], enumName: 'ReportBasis', description });
/** The record time a live route's answer was replayed up to: present only when `knownAt` was asked. */
const ApiKnownAtAnswer = (
  description = 'Only when `knownAt` was asked: the record time the log was replayed up to (README, Two timelines).',
) => ApiPropertyOptional({ type: String, example: '2024-06-01', description });

const nullableString = (description: string, example?: string) =>
  ApiProperty({ type: String, nullable: true, description, ...(example ? { example } : {}) });
const nullableDate = (description: string, example?: string) =>
  ApiProperty({
    type: String,
    format: 'date',
    pattern: DATE_PATTERN_SOURCE,
    nullable: true,
    description,
    ...(example ? { example } : {}),
  });
const count = (description: string, example = 1) =>
  ApiProperty({ type: 'integer', minimum: 0, description, example });
/**
 * An object of a named schema, or null. Not `{ type: X, nullable: true }`: Swagger writes that as
 * `nullable` beside `allOf: [$ref]`, and in OpenAPI 3.0.3 `nullable` only widens the `type` of its
 * own schema object, so the `allOf` still refuses null (a validating client rejects the answer).
 * A `null` alternative says it plainly, and openapi-typescript still types it `X | null`.
 */
const nullableObject =
  (schema: new () => object, description?: string): PropertyDecorator =>
  (target, key) => {
    // A schema named only by a $ref is not collected on its own: register it with the class.
    ApiExtraModels(schema)(target.constructor);
    ApiProperty({
      anyOf: [{ $ref: getSchemaPath(schema) }, { type: 'object', nullable: true, enum: [null] }],
      ...(description ? { description } : {}),
    })(target, key);
  };

@ApiSchema({ name: 'CommandResult', description: 'Where the events of an accepted command landed.' })
export class CommandResultSchema implements CommandResult {
  @ApiProperty({ description: 'The aggregate stream written.', example: 'deliverable-criminalise-tf' })
  streamName!: string;

  @ApiPositionField("Revision of the stream's last event after the command.")
  revision!: string;

  @ApiPositionField(
    "Global position of the command's last event: pass it as `minPosition` to read your own write.",
  )
  position!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Ids of the events recorded, derived from the command id.',
    example: ['0f9c1c55-6a39-5d4c-9e55-1d7b1f0e2f4a'],
  })
  eventIds!: string[];

  @ApiProperty({
    description:
      'True when this Idempotency-Key had already been handled: the original answer, nothing recorded.',
    example: false,
  })
  replayed!: boolean;
}

/* ---------- aggregates, folded from their own streams ---------- */

@ApiSchema({ name: 'FrameworkState' })
export class FrameworkStateSchema {
  @ApiProperty({ example: true })
  exists!: boolean;
  @ApiEnumField(
    FRAMEWORK_KINDS,
    'FrameworkKind',
    'Declaration, plan of action, resolution or national strategy.',
    { optional: true },
  )
  kind?: string;
  @ApiPropertyOptional({ example: 'Dushanbe Declaration' })
  title?: string;
  @ApiDateField('Day of adoption.', '2019-05-17', { optional: true })
  adoptedOn?: string;
  @ApiDateField('Day of the latest revision.', '2022-03-03', { optional: true })
  lastRevisedOn?: string;
  @ApiDateField('The `revisedOn` of every revision, in recording order.', '2022-03-03', { each: true })
  revisions!: string[];
  @ApiStateField('Adopting States.', { each: true })
  adoptingStates!: string[];
}

@ApiSchema({ name: 'ProcessConferenceState' })
export class ProcessConferenceStateSchema {
  @ApiProperty({ example: 'High-Level Conference on Countering Terrorism' })
  title!: string;
  @ApiDateField('First day.', '2019-05-16')
  startsOn!: string;
}

@ApiSchema({ name: 'ProcessState' })
export class ProcessStateSchema {
  @ApiProperty({ example: true })
  exists!: boolean;
  @ApiDateField('Day of launch.', '2018-05-03', { optional: true })
  launchedOn?: string;
  @ApiIdField('Frameworks the process supports.', 'dushanbe-declaration-2019', { each: true })
  frameworkIds!: string[];
  @ApiProperty({ type: [ProcessConferenceStateSchema] })
  conferences!: ProcessConferenceStateSchema[];
}

@ApiSchema({ name: 'AssignmentReopening' })
export class AssignmentReopeningSchema {
  @ApiDateField('From this day the assignment is in progress again.', '2024-02-01')
  reopenedOn!: string;
  @ApiProperty({ type: 'integer', minimum: 0, example: 7, description: 'Position in the stream.' })
  recordedAt!: number;
}

@ApiSchema({ name: 'AssignmentWithdrawal' })
export class AssignmentWithdrawalSchema {
  @ApiEnumField(ASSIGNMENT_WITHDRAWAL_OUTCOMES, 'AssignmentWithdrawalOutcome', 'Withdrawn or not applicable.')
  outcome!: string;
  @ApiDateField("From this day the State's assignment stops counting.", '2024-01-15')
  withdrawnOn!: string;
}

@ApiSchema({
  name: 'ProgressReportState',
  description: 'The current version of a progress report (its latest correction, if any).',
})
export class ProgressReportStateSchema {
  @ApiStateField("The report's State; absent on a regional mechanism's report.", { optional: true })
  stateCode?: string;
  @ApiIdField(
    'The regional mechanism, on a regional report (instead of stateCode).',
    'ct-early-warning-network',
    {
      optional: true,
    },
  )
  mechanismId?: string;
  @ApiStateField('On a regional report: the member State whose coordinator reported it.', { optional: true })
  reportingState?: string;
  @ApiProperty({
    example: '1f0c4a9e-2b7d-5c3e-9a4f-6d8e0b1c2a3f',
    description: 'Event id of the current version: what the next correction supersedes.',
  })
  versionId!: string;
  @ApiEnumField(PROGRESS_STATUSES, 'ProgressStatus', 'Status reported.')
  status!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, required: false, example: 60 })
  percentComplete?: number;
  @ApiPropertyOptional({ example: 'Draft law submitted to parliament' })
  note?: string;
  @ApiPropertyOptional({ type: [String], example: ['https://example.org/law-draft.pdf'] })
  evidence?: string[];
  @ApiDateField('Day the report is about.', '2020-06-30')
  reportedOn!: string;
  @ApiEnumField(REPORT_SOURCES, 'ReportSource', 'Self-reported or external.')
  source!: string;
  @ApiEnumField(REVIEW_STATES, 'ReviewState', 'Submitted, validated or returned by programme staff.')
  review!: string;
  @ApiProperty({ example: false })
  withdrawn!: boolean;
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    example: 3,
    description:
      'Position of the original report in the stream (breaks ties between reports of the same day).',
  })
  recordedAt!: number;
}

@ApiSchema({ name: 'MechanismSnapshot' })
export class MechanismSnapshotSchema {
  @ApiProperty({
    type: 'object',
    properties: { en: { type: 'string' }, ru: { type: 'string' } },
    required: ['en'],
    description: "The mechanism's names as of the assignment.",
  })
  name!: { en: string; ru?: string };
  @ApiStateField('Member States as of the assignment.', { each: true })
  memberStates!: string[];
  @ApiProperty({ example: true, description: "Whether member States' coordinators may report." })
  memberStatesMayReport!: boolean;
}

@ApiSchema({ name: 'AssignmentState' })
export class AssignmentStateSchema {
  @ApiPropertyOptional({
    type: MechanismSnapshotSchema,
    description: "Only on a regional mechanism's assignment: the mechanism as of its (latest) assignment.",
  })
  mechanism?: MechanismSnapshotSchema;
  @ApiDateField('Day of the (latest) assignment.', '2019-07-01')
  assignedOn!: string;
  @ApiDateField('Due date.', '2021-12-31')
  dueOn!: string;
  @ApiEnumField(PROGRESS_STATUSES, 'ProgressStatus', 'Latest reported status.')
  status!: string;
  @ApiDateField('Day of the latest progress report.', '2020-06-30', { optional: true })
  lastReportedOn?: string;
  @ApiDateField('Day of the report that made the assignment completed, while it is.', '2023-06-01', {
    optional: true,
  })
  completedOn?: string;
  @ApiProperty({ type: [String], description: "The State's report ids, in recording order." })
  reportIds!: string[];
  @ApiProperty({ type: [AssignmentReopeningSchema] })
  reopenings!: AssignmentReopeningSchema[];
  @ApiPropertyOptional({ type: AssignmentWithdrawalSchema })
  withdrawal?: AssignmentWithdrawalSchema;
}

@ApiSchema({ name: 'DeliverableState' })
export class DeliverableStateSchema {
  @ApiProperty({ example: true })
  exists!: boolean;
  @ApiIdField('The framework.', 'dushanbe-declaration-2019', { optional: true })
  frameworkId?: string;
  @ApiEnumField(PILLAR_CODES, 'Pillar', 'Pillar of the UN Global Counter-Terrorism Strategy.', {
    optional: true,
  })
  pillar?: string;
  @ApiDateField('Day of definition.', '2019-06-01', { optional: true })
  definedOn?: string;
  @ApiProperty({ example: false })
  cancelled!: boolean;
  @ApiProperty({
    type: 'object',
    description: "By State (ISO 3166-1 alpha-2), and by mechanism id for a regional mechanism's assignment.",
    additionalProperties: { $ref: getSchemaPath(AssignmentStateSchema) },
  })
  assignments!: Record<string, AssignmentStateSchema>;
  @ApiDateField('The framework revision that introduced it; absent = the original text.', '2022-03-03', {
    optional: true,
  })
  revision?: string;
  @ApiDateField('The framework revision that retired it.', '2022-03-03', { optional: true })
  retiredBy?: string;
  @ApiProperty({
    type: 'object',
    description: 'Progress reports by report id (the event id of their ProgressReported).',
    additionalProperties: { $ref: getSchemaPath(ProgressReportStateSchema) },
  })
  reports!: Record<string, ProgressReportStateSchema>;
  @ApiProperty({ type: 'integer', minimum: 0, example: 5, description: 'Events folded.' })
  folded!: number;
}

@ApiSchema({ name: 'AssistanceState' })
export class AssistanceStateSchema {
  @ApiProperty({ example: true })
  exists!: boolean;
  @ApiProperty({ example: false, description: 'Withdrawn records count in no list or total.' })
  withdrawn!: boolean;
  @ApiStateField('The recipient States with a share (empty for a region alone); they never change.', {
    each: true,
  })
  recipientStates!: string[];
  @ApiDateField('First day of the period.', '2024-01-01', { optional: true })
  periodStart?: string;
  @ApiProperty({
    required: false,
    pattern: '^[A-Z]{3}$',
    example: 'USD',
    description: 'Currency of the value.',
  })
  currency?: string;
}

abstract class AggregateViewBase {
  @ApiIdField('The aggregate id.', 'dushanbe-declaration-2019')
  id!: string;
  @ApiProperty({ example: 'framework-dushanbe-declaration-2019' })
  streamName!: string;
  @ApiPositionField('Revision of the last event folded.')
  revision!: string;
}

@ApiSchema({ name: 'FrameworkView', description: "A framework's current state, from its own stream." })
export class FrameworkViewSchema extends AggregateViewBase {
  @ApiProperty({ type: FrameworkStateSchema })
  state!: FrameworkStateSchema;
}

@ApiSchema({ name: 'ProcessView', description: "A process's current state, from its own stream." })
export class ProcessViewSchema extends AggregateViewBase {
  @ApiProperty({ type: ProcessStateSchema })
  state!: ProcessStateSchema;
}

@ApiSchema({ name: 'DeliverableView', description: "A deliverable's current state, from its own stream." })
export class DeliverableViewSchema extends AggregateViewBase {
  @ApiProperty({ type: DeliverableStateSchema })
  state!: DeliverableStateSchema;
}

@ApiSchema({ name: 'AssistanceView', description: "An assistance record's state, from its own stream." })
export class AssistanceViewSchema extends AggregateViewBase {
  @ApiProperty({ type: AssistanceStateSchema })
  state!: AssistanceStateSchema;
}

/* ---------- read models ---------- */

abstract class OffsetPageBase {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Rows matching the filters, all pages.',
    example: 1,
  })
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 500, example: 50 })
  limit!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 0 })
  offset!: number;
}

@ApiSchema({ name: 'ScorecardStatusCounts', description: 'Assignments by status.' })
export class ScorecardStatusCountsSchema {
  @count('Not started.', 0) 'not-started'!: number;
  @count('In progress.', 1) 'in-progress'!: number;
  @count('Blocked.', 0) blocked!: number;
  @count('Completed.', 1) completed!: number;
  @count('Cancelled.', 0) cancelled!: number;
}

// Keeps the documented statuses and the read model's in step: a new status fails to compile here.
const _statusesDocumented: Record<(typeof SCORECARD_STATUSES)[number], number> =
  {} as ScorecardStatusCountsSchema;

@ApiSchema({
  name: 'ScorecardNotCounted',
  description: 'Assignments that stopped counting by `asOf` (not in `deliverables`, the percent or overdue).',
})
export class ScorecardNotCountedSchema {
  @count('Withdrawn from the State.', 0) withdrawn!: number;
  @count('Found not applicable to the State.', 0) 'not-applicable'!: number;
  @count('Retired by a framework revision.', 0) retired!: number;
}

@ApiSchema({ name: 'ScorecardRow' })
export class ScorecardRowSchema extends RegionalRowFieldsSchema {
  @ApiAssigneeField('The State.')
  stateCode!: string;
  @ApiIdField('The framework.', 'dushanbe-declaration-2019')
  frameworkId!: string;
  @ApiEnumField(PILLAR_CODES, 'Pillar', 'Pillar of the UN Global Counter-Terrorism Strategy.')
  pillar!: string;
  @count('Deliverables assigned to the State.', 2)
  deliverables!: number;
  @ApiProperty({ type: ScorecardStatusCountsSchema })
  byStatus!: ScorecardStatusCountsSchema;
  @ApiProperty({
    type: 'number',
    minimum: 0,
    maximum: 100,
    nullable: true,
    description: 'Average latest percent of the assignments not cancelled; null when all are cancelled.',
    example: 57.5,
  })
  percentComplete!: number | null;
  @count('Open assignments due before `asOf`.', 0)
  overdue!: number;
  @ApiDateField('Day of the latest change.', '2024-06-30')
  lastUpdateOn!: string;
  @count('Of the completed ones, those completed after their due date.', 0)
  completedLate!: number;
  @ApiProperty({ type: ScorecardNotCountedSchema })
  notCounted!: ScorecardNotCountedSchema;
}

@ApiSchema({ name: 'ScorecardPage' })
export class ScorecardPageSchema extends OffsetPageBase {
  @ApiProperty({ type: [ScorecardRowSchema] })
  items!: ScorecardRowSchema[];
}

@ApiSchema({
  name: 'Scorecard',
  description: 'A page of the State scorecard, with the day overdue is judged on.',
})
export class ScorecardSchema extends ScorecardPageSchema {
  @ApiDateField('The day overdue is judged against.', '2026-11-28')
  asOf!: string;
  @ApiBasisAnswer('Which reports counted.')
  basis!: string;
  @ApiKnownAtAnswer()
  knownAt?: string;
}

@ApiSchema({ name: 'CurrencyTotal' })
export class CurrencyTotalSchema {
  @ApiProperty({ description: 'ISO 4217.', pattern: '^[A-Z]{3}$', example: 'USD' })
  currency!: string;
  @ApiProperty({
    description: 'Exact decimal, two decimals.',
    pattern: '^\\d+\\.\\d{2}$',
    example: '250000.00',
  })
  amount!: string;
}

@ApiSchema({ name: 'AssistanceReceived' })
export class AssistanceReceivedSchema {
  @ApiStateField('The recipient State.')
  stateCode!: string;
  @count('Assistance records.', 3)
  count!: number;
  @ApiProperty({ type: [CurrencyTotalSchema], description: 'Per currency, never converted.' })
  totals!: CurrencyTotalSchema[];
  @ApiProperty({ type: [String], example: ['UNODC', 'UNOCT/UNCCT'] })
  providers!: string[];
}

@ApiSchema({ name: 'TrackedAssignment' })
export class TrackedAssignmentSchema extends RegionalRowFieldsSchema {
  @ApiAssigneeField('The State.')
  stateCode!: string;
  @ApiProperty({ example: 'Ministry of Internal Affairs' })
  leadAgency!: string;
  @ApiDateField('Day of assignment.', '2019-07-01')
  assignedOn!: string;
  @ApiDateField('Due date.', '2021-12-31')
  dueOn!: string;
  @ApiEnumField(
    PERIOD_STATUSES,
    'AssignmentStatus',
    'Status on `asOf` under `basis`: a progress status, or why it no longer counts (withdrawn, not-applicable, retired, cancelled).',
  )
  status!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, nullable: true, example: 60 })
  percentComplete!: number | null;
  @nullableDate('Day of the latest report counted by `asOf`.', '2020-06-30')
  lastReportedOn!: string | null;
  @count('Progress reports counted by `asOf`.', 2)
  reportCount!: number;
  @nullableDate('`reportedOn` of the report that made it completed, while completed.', '2021-11-30')
  completedOn!: string | null;
  @ApiProperty({ example: false, description: 'Completed after its due date.' })
  completedLate!: boolean;
}

@ApiSchema({ name: 'TrackedDeliverable' })
export class TrackedDeliverableSchema {
  @ApiIdField('The deliverable.', 'criminalise-tf')
  deliverableId!: string;
  @ApiIdField('The framework.', 'dushanbe-declaration-2019')
  frameworkId!: string;
  @ApiEnumField(PILLAR_CODES, 'Pillar', 'Pillar of the UN Global Counter-Terrorism Strategy.')
  pillar!: string;
  @ApiProperty({ example: 'countering the financing of terrorism' })
  thematicArea!: string;
  @ApiProperty({ example: 'Criminalise terrorist financing for any purpose' })
  title!: string;
  @nullableString('Longer description.')
  description!: string | null;
  @nullableString('Where the commitment is written.', 'UNSCR 2462 (2019)')
  reference!: string | null;
  @ApiDateField('Day of definition.', '2019-06-01')
  definedOn!: string;
  @ApiProperty({ example: false })
  cancelled!: boolean;
  @nullableDate('Day of cancellation.')
  cancelledOn!: string | null;
  @nullableString('Why it was cancelled.')
  cancellationReason!: string | null;
  @nullableDate(
    'The framework revision (its `revisedOn`) that introduced it; null = the original text.',
    '2022-03-03',
  )
  revision!: string | null;
  @ApiProperty({ example: false, description: 'Retired on or before `asOf`.' })
  retired!: boolean;
  @nullableDate('The revision that retired it.')
  retiredOn!: string | null;
  @nullableString('Why it was retired.')
  retirementReason!: string | null;
  @ApiProperty({ type: [TrackedAssignmentSchema] })
  assignments!: TrackedAssignmentSchema[];
}

@ApiSchema({ name: 'TrackedDeliverablePage' })
export class TrackedDeliverablePageSchema extends OffsetPageBase {
  @ApiProperty({ type: [TrackedDeliverableSchema] })
  items!: TrackedDeliverableSchema[];
  @ApiDateField('The business day answered for.', '2026-11-28')
  asOf!: string;
  @ApiBasisAnswer('Which reports counted.')
  basis!: string;
}

@ApiSchema({ name: 'ReportTrailEntry', description: 'One event about a progress report.' })
export class ReportTrailEntrySchema {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;
  @ApiProperty({ example: 'ProgressReportCorrected' })
  type!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The version a correction replaced.' })
  supersedes!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: "A correction's new values.",
  })
  values!: Record<string, unknown> | null;
  @nullableString("A correction's or withdrawal's reason, a review's comment.")
  reason!: string | null;
  @ApiProperty({ example: 'focal-point-tj' })
  actor!: string;
  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

@ApiSchema({ name: 'ProgressReport' })
export class ProgressReportSchema {
  @ApiPositionField('Global position of the report.')
  position!: string;
  @ApiAssigneeField('The reporting State.')
  stateCode!: string;
  @ApiDateField('Day of the report.', '2020-06-30')
  reportedOn!: string;
  @ApiEnumField(PROGRESS_STATUSES, 'ProgressStatus', 'Reported status.')
  status!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, nullable: true, example: 60 })
  percentComplete!: number | null;
  @nullableString('Note.', 'Draft law submitted to parliament')
  note!: string | null;
  @ApiProperty({ type: [String], example: ['https://example.org/law-draft.pdf'] })
  evidence!: string[];
  @ApiProperty({
    format: 'uuid',
    description: "The report's identity: its ProgressReported event id (what corrections and reviews name).",
  })
  reportId!: string;
  @ApiProperty({
    format: 'uuid',
    description: 'Event id of the current version (the original or its latest correction).',
  })
  versionId!: string;
  @ApiProperty({ enum: REPORT_SOURCES, enumName: 'ReportSource', description: 'Self-reported or external.' })
  source!: string;
  @ApiProperty({ enum: REVIEW_STATES, enumName: 'ReviewState', description: 'Review by programme staff.' })
  review!: string;
  @ApiProperty({ example: false })
  withdrawn!: boolean;
  @ApiProperty({ example: true, description: 'Whether it counts under the `basis` asked for.' })
  counted!: boolean;
  @ApiProperty({
    type: [ReportTrailEntrySchema],
    description: 'Every event about the report, oldest first: the corrections chain and the review trail.',
  })
  history!: ReportTrailEntrySchema[];
}

@ApiSchema({ name: 'AssignmentLifecycle', description: 'A reopening or withdrawal of one State assignment.' })
export class AssignmentLifecycleSchema {
  @ApiAssigneeField('The State.')
  stateCode!: string;
  @ApiProperty({ enum: ['reopened', ...ASSIGNMENT_WITHDRAWAL_OUTCOMES] })
  kind!: string;
  @ApiDateField('From when it holds.', '2024-06-01')
  effectiveOn!: string;
  @ApiProperty({ example: 'Reassessment by CTED' })
  reason!: string;
  @ApiProperty({ example: 'unoct-admin' })
  actor!: string;
  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}

@ApiSchema({ name: 'TrackedDeliverableDetail', description: 'A deliverable with every progress report.' })
export class TrackedDeliverableDetailSchema extends TrackedDeliverableSchema {
  @ApiProperty({
    type: [ProgressReportSchema],
    description: 'Reports dated by `asOf`, per State in business order (reportedOn, then recording order).',
  })
  reports!: ProgressReportSchema[];
  @ApiProperty({
    type: [AssignmentLifecycleSchema],
    description: 'Reopenings and withdrawals dated by `asOf`.',
  })
  lifecycle!: AssignmentLifecycleSchema[];
  @ApiDateField('The business day answered for.', '2026-11-28')
  asOf!: string;
  @ApiBasisAnswer('Which reports counted.')
  basis!: string;
  @ApiKnownAtAnswer()
  knownAt?: string;
}

@ApiSchema({ name: 'ReviewQueueItem', description: 'A progress report awaiting review.' })
export class ReviewQueueItemSchema extends RegionalRowFieldsSchema {
  @ApiProperty({ format: 'uuid', description: 'The report id (its ProgressReported event id).' })
  reportId!: string;
  @ApiIdField('The deliverable.', 'criminalise-tf')
  deliverableId!: string;
  @nullableString('The deliverable title.')
  title!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'dushanbe-declaration-2019' })
  frameworkId!: string | null;
  @ApiAssigneeField('Whom the assignment is for.')
  stateCode!: string;
  @ApiPropertyOptional({
    type: String,
    pattern: '^[A-Z]{2}$',
    example: 'KZ',
    description:
      "On a regional mechanism's assignment (kind regional): the member State whose coordinator sent the report; absent when programme staff recorded it.",
  })
  reportingState?: string;
  @ApiDateField('Day of the report (its current version).', '2024-06-30')
  reportedOn!: string;
  @ApiEnumField(PROGRESS_STATUSES, 'ProgressStatus', 'Reported status.')
  status!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 100, nullable: true, example: 60 })
  percentComplete!: number | null;
  @ApiProperty({
    format: 'date-time',
    description: 'When it entered the queue (its report or resubmission).',
  })
  submittedAt!: string;
  @ApiProperty({ example: 'focal-point-tj' })
  submittedBy!: string;
  @count('Whole days from submission to `asOf`.', 3)
  ageDays!: number;
}

@ApiSchema({ name: 'ReviewQueuePage' })
export class ReviewQueuePageSchema extends OffsetPageBase {
  @ApiProperty({ type: [ReviewQueueItemSchema] })
  items!: ReviewQueueItemSchema[];
  @ApiDateField('The day ages are counted to.', '2026-11-28')
  asOf!: string;
}

@ApiSchema({ name: 'Money' })
export class MoneySchema {
  @ApiProperty({
    description: 'Exact decimal, two decimals.',
    pattern: '^\\d+\\.\\d{2}$',
    example: '250000.00',
  })
  value!: string;
  @ApiProperty({ description: 'ISO 4217.', pattern: '^[A-Z]{3}$', example: 'USD' })
  currency!: string;
}

@ApiSchema({
  name: 'AssistanceShareView',
  description: "A recipient State's share and its part of the value.",
})
export class AssistanceShareViewSchema {
  @ApiStateField('A recipient State.')
  stateCode!: string;
  @ApiProperty({ type: 'number', minimum: 0, maximum: 100, example: 40 })
  percentage!: number;
  @nullableObject(MoneySchema, 'Its part of the value, allocated by share without losing a minor unit.')
  amount!: MoneySchema | null;
}

@ApiSchema({ name: 'AssistanceRegion' })
export class AssistanceRegionSchema {
  @ApiProperty({ example: '619', pattern: '^\\d{3}$', description: 'OECD DAC region code.' })
  code!: string;
  @ApiProperty({ example: '1', description: 'IATI RegionVocabulary (1 = DAC).' })
  vocabulary!: string;
}

@ApiSchema({ name: 'AssistanceRecipientsView' })
export class AssistanceRecipientsViewSchema {
  @ApiProperty({ type: [AssistanceShareViewSchema] })
  states!: AssistanceShareViewSchema[];
  @nullableObject(AssistanceRegionSchema, 'The DAC region of a regional record; null when it has none.')
  region!: AssistanceRegionSchema | null;
}

@ApiSchema({ name: 'AssistanceRecord' })
export class AssistanceRecordSchema {
  @ApiIdField('The assistance record.', 'unodc-tj-cft-2024')
  assistanceId!: string;
  @ApiPositionField('Global position of the record.')
  position!: string;
  @ApiProperty({ example: 'UNODC' })
  provider!: string;
  @ApiProperty({ type: AssistanceRecipientsViewSchema })
  recipients!: AssistanceRecipientsViewSchema;
  @ApiEnumField(PILLAR_CODES, 'Pillar', 'Pillar of the UN Global Counter-Terrorism Strategy.')
  pillar!: string;
  @ApiProperty({ example: 'training' })
  kind!: string;
  @ApiProperty({ type: String, nullable: true, pattern: '^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$' })
  deliverableId!: string | null;
  @nullableString('Description.')
  description!: string | null;
  @ApiDateField('First day.', '2024-01-01')
  periodStart!: string;
  @nullableDate('Last day.', '2024-12-31')
  periodEnd!: string | null;
  @nullableObject(MoneySchema, 'The current value (after amendments); null when none was recorded.')
  amount!: MoneySchema | null;
  @nullableObject(MoneySchema, 'Sum of the disbursements recorded so far; null before the first.')
  disbursed!: MoneySchema | null;
  @count('Amendments (the audit history has each, with its reason).', 0)
  amendments!: number;
}

@ApiSchema({ name: 'AssistanceRecordPage' })
export class AssistanceRecordPageSchema extends OffsetPageBase {
  @ApiProperty({ type: [AssistanceRecordSchema] })
  items!: AssistanceRecordSchema[];
  @ApiKnownAtAnswer(
    'Only when `knownAt` was asked (GET /ledger/assistance): the record time the log was replayed up to (README, Two timelines).',
  )
  knownAt?: string;
}

@ApiSchema({ name: 'AssistanceGroup' })
export class AssistanceGroupSchema {
  @ApiProperty({ example: 'UNODC' })
  provider!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^[A-Z]{2}$',
    example: 'TJ',
    description: 'The State credited with its shares of the records; null on a regional group.',
  })
  recipientState!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^\\d{3}$',
    example: null,
    description: 'A DAC region with the full values of its regional records; null on a State group.',
  })
  recipientRegion!: string | null;
  @ApiEnumField(PILLAR_CODES, 'Pillar', 'Pillar of the UN Global Counter-Terrorism Strategy.')
  pillar!: string;
  @ApiProperty({ example: 'training' })
  kind!: string;
  @count('Records.', 2)
  count!: number;
  @ApiProperty({
    type: [CurrencyTotalSchema],
    description: 'Per currency; records without an amount add nothing.',
  })
  totals!: CurrencyTotalSchema[];
}

@ApiSchema({ name: 'AssistanceSummary' })
export class AssistanceSummarySchema {
  @ApiProperty({ type: [AssistanceGroupSchema] })
  groups!: AssistanceGroupSchema[];
  @count('Records.', 2)
  count!: number;
  @ApiProperty({ type: [CurrencyTotalSchema] })
  totals!: CurrencyTotalSchema[];
}

@ApiSchema({ name: 'ActivityEntry' })
export class ActivityEntrySchema {
  @ApiPositionField('Global position of the event.')
  position!: string;
  @ApiProperty({ example: 'deliverable-criminalise-tf' })
  streamName!: string;
  @ApiProperty({ example: 'ProgressReported' })
  type!: string;
  @ApiProperty({ example: 'TJ reported in-progress on criminalise-tf' })
  summary!: string;
  @ApiStateField('States concerned.', { each: true })
  states!: string[];
  @nullableString('The framework concerned.', 'dushanbe-declaration-2019')
  frameworkId!: string | null;
  @ApiProperty({ description: 'Who recorded it (the token subject).', example: 'tj-focal-point' })
  actor!: string;
  @ApiProperty({ format: 'date-time', example: '2024-06-30T10:00:00.000Z' })
  recordedAt!: string;
}

@ApiSchema({ name: 'ActivityPage', description: 'Newest first.' })
export class ActivityPageSchema {
  @ApiProperty({ type: [ActivityEntrySchema] })
  items!: ActivityEntrySchema[];
  @ApiPropertyOptional({
    pattern: POSITION_PATTERN_SOURCE,
    description: 'Pass as `cursor` for the next page; absent on the last page.',
    example: '41',
  })
  nextCursor?: string;
}

@ApiSchema({
  name: 'CatalogueNames',
  description: 'A name as recorded in English, and in Russian where a source gave one.',
})
export class CatalogueNamesSchema {
  @ApiProperty({ example: 'Dushanbe Declaration' })
  en!: string;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'Null when none was recorded.' })
  ru!: string | null;
}

@ApiSchema({ name: 'CatalogueFramework' })
export class CatalogueFrameworkSchema {
  @ApiIdField('The framework.', 'dushanbe-declaration-2019')
  frameworkId!: string;
  @ApiEnumField(
    FRAMEWORK_KINDS,
    'FrameworkKind',
    'Declaration, plan of action, resolution or national strategy.',
  )
  kind!: string;
  @ApiProperty({
    example: 'Dushanbe Declaration',
    description: 'In the language asked for (`lang`); English where there is no Russian title.',
  })
  title!: string;
  @ApiProperty({ type: CatalogueNamesSchema })
  titles!: CatalogueNamesSchema;
  @ApiDateField('Day of adoption.', '2019-05-17')
  adoptedOn!: string;
  @ApiProperty({ example: 'Dushanbe' })
  place!: string;
  @ApiStateField('Adopting States.', { each: true })
  adoptingStates!: string[];
  @nullableString('Where the text is published.', 'A/73/892')
  sourceReference!: string | null;
  @nullableDate('Day of the latest revision.')
  lastRevisedOn!: string | null;
  @nullableString('Summary of the latest revision.')
  lastRevisionSummary!: string | null;
  @count('Revisions.', 0)
  revisionCount!: number;
}

@ApiSchema({ name: 'CatalogueFrameworkPage' })
export class CatalogueFrameworkPageSchema extends OffsetPageBase {
  @ApiProperty({ type: [CatalogueFrameworkSchema] })
  items!: CatalogueFrameworkSchema[];
}

@ApiSchema({ name: 'CatalogueConference' })
export class CatalogueConferenceSchema {
  @ApiProperty({
    example: 'High-Level Conference on Countering Terrorism',
    description: 'In the language asked for (`lang`); English where there is no Russian title.',
  })
  title!: string;
  @ApiProperty({ type: CatalogueNamesSchema })
  titles!: CatalogueNamesSchema;
  @ApiProperty({
    example: false,
    description:
      'Ended before the process was launched: an earlier conference of the series, recorded with partOfSeries.',
  })
  heldBeforeLaunch!: boolean;
  @ApiDateField('First day.', '2019-05-16')
  startsOn!: string;
  @ApiDateField('Last day.', '2019-05-17')
  endsOn!: string;
  @ApiProperty({ example: 'Dushanbe' })
  place!: string;
  @ApiIdField('Frameworks adopted there.', 'dushanbe-declaration-2019', { each: true })
  outcomeFrameworkIds!: string[];
}

@ApiSchema({ name: 'CatalogueProcess' })
export class CatalogueProcessSchema {
  @ApiIdField('The process.', 'dushanbe-process')
  processId!: string;
  @ApiProperty({
    example: 'Dushanbe process',
    description: 'In the language asked for (`lang`); English where there is no Russian name.',
  })
  name!: string;
  @ApiProperty({ type: CatalogueNamesSchema })
  names!: CatalogueNamesSchema;
  @ApiProperty({ example: 'UN Under-Secretary-General for Counter-Terrorism' })
  launchedBy!: string;
  @ApiDateField('Day of launch.', '2018-05-03')
  launchedOn!: string;
  @nullableString('Where.', 'Dushanbe')
  place!: string | null;
  @ApiIdField('Frameworks the process supports.', 'dushanbe-declaration-2019', { each: true })
  frameworkIds!: string[];
  @ApiStateField('Participating States.', { each: true })
  participatingStates!: string[];
  @ApiProperty({ type: [CatalogueConferenceSchema] })
  conferences!: CatalogueConferenceSchema[];
}

@ApiSchema({ name: 'CatalogueProcessPage' })
export class CatalogueProcessPageSchema extends OffsetPageBase {
  @ApiProperty({ type: [CatalogueProcessSchema] })
  items!: CatalogueProcessSchema[];
}

/* ---------- audit ---------- */

@ApiSchema({ name: 'EventMetadata', description: 'Who, when, through which command; more keys may follow.' })
export class EventMetadataSchema {
  @ApiProperty({ description: 'The verified token subject.', example: 'unoct-admin' })
  actor!: string;
  @ApiProperty({ example: 'adopt-dushanbe-2019' })
  commandId!: string;
  @ApiProperty({ example: 'b3c7f1f6-2f0e-4b8e-9a65-1f0b1c2d3e4f' })
  correlationId!: string;
  @ApiProperty({ example: 'adopt-dushanbe-2019' })
  causationId!: string;
  @ApiProperty({ format: 'date-time', example: '2024-06-30T10:00:00.000Z' })
  recordedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  schemaVersion!: number;
  @ApiPropertyOptional({ example: 'AdoptDeclaration' })
  command?: string;
}

@ApiSchema({ name: 'AuditEvent' })
export class AuditEventSchema {
  @ApiProperty({ format: 'uuid' })
  eventId!: string;
  @ApiProperty({ example: 'DeclarationAdopted' })
  type!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  schemaVersion!: number;
  @ApiProperty({ example: 'framework-dushanbe-declaration-2019' })
  streamName!: string;
  @ApiPositionField('Revision in its stream.')
  revision!: string;
  @ApiPositionField('Global position.')
  position!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event as recorded.' })
  data!: Record<string, unknown>;
  @ApiProperty({ type: EventMetadataSchema })
  metadata!: EventMetadataSchema;
}

@ApiSchema({ name: 'AuditEventPage' })
export class AuditEventPageSchema {
  @ApiProperty({ type: [AuditEventSchema] })
  items!: AuditEventSchema[];
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: POSITION_PATTERN_SOURCE,
    description: 'Pass as `after` for the next page; null when this page reached the end.',
  })
  next!: string | null;
}

@ApiSchema({ name: 'BrokenLink' })
export class BrokenLinkSchema {
  @ApiProperty({ example: 'deliverable-criminalise-tf' })
  streamName!: string;
  @ApiPositionField('Global position.')
  position!: string;
  @ApiPositionField('Revision in its stream.')
  revision!: string;
  @ApiProperty({ format: 'uuid' })
  eventId!: string;
  @ApiProperty({
    enum: ['content-altered', 'chain-broken', 'revision-gap', 'hash-missing'],
    description: 'What is wrong: altered content, a broken chain, a revision gap or a missing hash.',
  })
  problem!: string;
}

@ApiSchema({ name: 'VerificationReport' })
export class VerificationReportSchema {
  @ApiProperty({ description: 'True when every hash chain is intact.', example: true })
  ok!: boolean;
  @count('Events read.', 12)
  eventsChecked!: number;
  @count('Streams read.', 4)
  streamsChecked!: number;
  @ApiProperty({ type: [BrokenLinkSchema], description: 'The first broken link of each broken stream.' })
  brokenLinks!: BrokenLinkSchema[];
  @ApiProperty({
    pattern: '^[0-9a-f]{64}$',
    description: 'SHA-256 over every stream head: keep it outside the system and compare later.',
  })
  anchor!: string;
}

@ApiSchema({ name: 'Cutoff' })
export class CutoffSchema {
  @ApiPositionField('The position cut at.', { optional: true })
  position?: string;
  @ApiDateField('The day cut at (end of that day, UTC).', '2024-12-31', { optional: true })
  date?: string;
  @ApiPropertyOptional({ type: String, description: 'The instant cut at (events recorded at or before it).' })
  instant?: string;
}

abstract class AsOfBase {
  @ApiPropertyOptional({
    type: CutoffSchema,
    description:
      'Where the log was cut (record time); absent when the live read models answered (knownAt now).',
  })
  cutoff?: CutoffSchema;
  @ApiDateField(
    'Valid time: the business day answered for (statuses valid then, overdue judged then).',
    '2024-12-31',
  )
  asOf!: string;
  @ApiProperty({
    type: String,
    example: '2024-06-01',
    description:
      'Record time: `now` (the live read models answered, no replay), the day or instant given, or for a position the recording instant of the event there.',
  })
  knownAt!: string;
  @ApiBasisAnswer('Which progress reports counted.')
  basis!: string;
  @count('Events replayed for the answer (0 when knownAt is now).', 12)
  eventsReplayed!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    pattern: POSITION_PATTERN_SOURCE,
    description: 'The last event replayed, or the position the live read models had applied (knownAt now).',
  })
  lastPosition!: string | null;
}

@ApiSchema({ name: 'AsOfScorecard', description: 'The State scorecard as it was at the cutoff.' })
export class AsOfScorecardSchema extends AsOfBase {
  @ApiProperty({ type: ScorecardPageSchema })
  result!: ScorecardPageSchema;
}

@ApiSchema({ name: 'AsOfDeliverable', description: "A deliverable's tracker entry as it was at the cutoff." })
export class AsOfDeliverableSchema extends AsOfBase {
  @ApiProperty({ type: TrackedDeliverableDetailSchema })
  result!: TrackedDeliverableDetailSchema;
}

@ApiSchema({
  name: 'AsOfAssistancePage',
  description: 'The assistance ledger for a business day as known at a record time.',
})
export class AsOfAssistancePageSchema extends AsOfBase {
  @ApiProperty({ type: AssistanceRecordPageSchema })
  result!: AssistanceRecordPageSchema;
}

/* ---------- operations ---------- */

@ApiSchema({ name: 'Liveness' })
export class LivenessSchema {
  @ApiProperty({ enum: ['up'] })
  status!: 'up';
}

@ApiSchema({ name: 'Readiness' })
export class ReadinessSchema {
  @ApiProperty({ example: true })
  ready!: boolean;
  @ApiProperty({
    type: [String],
    description:
      'Failing checks: `event-store`, `read-store`, `projector-erroring`, `projector-stuck`, `projector-standby`, `projection-lag`, `shutting-down`.',
    example: [],
  })
  failing!: string[];
}

@ApiSchema({
  name: 'HealthDetail',
  description:
    "Readiness with the detail behind it: the event store's head, the projector, each projection's lag.",
})
export class HealthDetailSchema {
  @ApiProperty({ enum: ['ok', 'unhealthy'] })
  status!: string;
  @ApiProperty({ example: true })
  ready!: boolean;
  @ApiProperty({ type: [String], example: [] })
  failing!: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: '`ok`, `headPosition` (decimal string or null) and, when down, the error.',
  })
  eventStore!: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      '`ok`, the projector (`mode`, `role`, `live`, `lastError`…) and `projections` (name, checkpoint, lag).',
  })
  readModels!: Record<string, unknown>;
}

/* ---------- reports ---------- */

@ApiSchema({
  name: 'Report',
  description:
    'A report as JSON. Every kind has these fields; the rest is described by its JSON Schema in libs/reports/src/schemas/<report>.schema.json.',
})
export class ReportSchema {
  @ApiProperty({ enum: ['state-scorecard', 'regional-overview', 'framework-progress', 'assistance'] })
  report!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  schemaVersion!: number;
  @ApiProperty({ example: 'State scorecard: Tajikistan' })
  title!: string;
  @ApiDateField('The day the report is about.', '2026-11-28')
  asOf!: string;
  @ApiProperty({ format: 'date-time' })
  generatedAt!: string;
  @ApiProperty({ pattern: '^-?\\d+$', description: 'Every read model had applied the log up to here.' })
  readModelPosition!: string;
}

/** Schemas referenced only through `$ref` (never a route's direct type): registered with the document. */
export const REFERENCED_ONLY_SCHEMAS = [
  AssignmentStateSchema,
  AuditEventPageSchema,
  ReportSchema,
  ProgressReportStateSchema,
];
