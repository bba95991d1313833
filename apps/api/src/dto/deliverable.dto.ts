import {
  ASSIGNMENT_WITHDRAWAL_OUTCOMES,
  type AssignmentWithdrawalOutcome,
  PILLAR_CODES,
  PROGRESS_STATUSES,
  type Pillar,
  type ProgressStatus,
  REPORT_SOURCES,
  type ReportSource,
} from '@ct/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { ApiIdField, ApiIntField, ApiStateField, ApiTextField } from './api-fields';
import { DateField, EnumField, IdField, ReasonField, StateField, TextField, stacked } from './fields';
import { IsPlainText } from './text';
import { ID_MESSAGE, ID_PATTERN, IsStateCode, LONG_TEXT_MAX, TEXT_MAX } from './validators';

export class DefineDeliverableDto {
  @IdField('Identity of the deliverable.', 'criminalise-tf')
  id!: string;

  @IdField('The framework it implements (must exist).', 'dushanbe-declaration-2019')
  frameworkId!: string;

  /** Pillar of the UN Global Counter-Terrorism Strategy: I, II, III or IV. */
  @EnumField(PILLAR_CODES, 'Pillar', 'Pillar of the UN Global Counter-Terrorism Strategy: I, II, III or IV.')
  pillar!: Pillar;

  @TextField('Thematic area.', 'countering the financing of terrorism')
  thematicArea!: string;

  @TextField('What is to be delivered.', 'Criminalise terrorist financing for any purpose')
  title!: string;

  @TextField(
    'Longer description (line feeds and tabs allowed).',
    'Including the financing of individual terrorists.',
    { optional: true, allowEmpty: true, multiline: true, max: LONG_TEXT_MAX },
  )
  description?: string;

  /** Where the commitment is written (paragraph, document symbol). */
  @TextField('Where the commitment is written (paragraph, document symbol).', 'UNSCR 2462 (2019)', {
    optional: true,
    allowEmpty: true,
  })
  reference?: string;

  @DateField('Day of definition (not before the framework was adopted).', '2019-06-01')
  definedOn!: string;

  /** The framework revision that introduced the deliverable; absent = the original text. */
  @DateField(
    "The `revisedOn` of the framework revision that introduced the deliverable (one of the framework's revisions; definedOn not before it). Absent = the framework's original text.",
    '2022-03-03',
    { optional: true },
  )
  revision?: string;
}

/**
 * A State, or instead a regional mechanism: exactly one of `stateCode` and `mechanismId`. Each is
 * checked while the other is absent, so a body with neither names both (no @IsOptional here).
 */
const AssigneeStateField = (description: string) =>
  stacked(
    ValidateIf((o: { mechanismId?: string }) => o.mechanismId === undefined),
    IsStateCode(),
    ApiStateField(description, { optional: true }),
  );
const AssigneeMechanismField = (description: string) =>
  stacked(
    ValidateIf((o: { stateCode?: string }) => o.stateCode === undefined),
    Matches(ID_PATTERN, { message: ID_MESSAGE }),
    ApiIdField(description, 'ct-early-warning-network', { optional: true }),
  );

export class AssignDeliverableDto {
  @AssigneeStateField(
    'The State the deliverable is assigned to. Absent when `mechanismId` is given (exactly one of the two).',
  )
  stateCode?: string;

  @AssigneeMechanismField(
    'The regional mechanism the deliverable is assigned to instead of a State: an organisations catalogue entry of kind `regional-mechanism`, whose member States and reporting rule are recorded with the assignment.',
  )
  mechanismId?: string;

  @TextField(
    "The lead agency in that State (for a regional mechanism, the organisation leading the mechanism's work).",
    'Ministry of Internal Affairs',
  )
  leadAgency!: string;

  @DateField('Due date.', '2021-12-31')
  dueOn!: string;

  @DateField('Day of assignment.', '2019-07-01')
  assignedOn!: string;
}

export class ReportProgressDto {
  @AssigneeStateField(
    'The reporting State (must be assigned; a coordinator reports for their own States). Absent when `mechanismId` is given (exactly one of the two).',
  )
  stateCode?: string;

  @AssigneeMechanismField('The regional mechanism whose assignment the report is on, instead of a State.')
  mechanismId?: string;

  /**
   * On a regional assignment: the member State the coordinator reports for (their scope). Programme
   * staff may name one or none.
   */
  @StateField(
    "Only on a regional mechanism's assignment: the member State whose coordinator reports (required from a coordinator, who acts only for their own States; allowed only where the mechanism lets its member States report). Programme staff may leave it out.",
    { optional: true },
  )
  reportingState?: string;

  @EnumField(PROGRESS_STATUSES, 'ProgressStatus', 'Status as of the report.')
  status!: ProgressStatus;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  @ApiIntField('Percent complete.', { minimum: 0, maximum: 100 }, 60, { optional: true })
  percentComplete?: number;

  @TextField('Note (line feeds and tabs allowed).', 'Draft law submitted to parliament', {
    optional: true,
    allowEmpty: true,
    multiline: true,
    max: LONG_TEXT_MAX,
  })
  note?: string;

  /** Document symbols or links backing the report. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsPlainText({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(TEXT_MAX, { each: true })
  @ApiTextField(
    'Document symbols or links backing the report (at most 50).',
    TEXT_MAX,
    'https://example.org/law-draft.pdf',
    { optional: true, each: true, extra: { maxItems: 50 } },
  )
  evidence?: string[];

  @DateField(
    "Day the report is about (its business date): not in the future, not before the assignment, not from the assignment's completion on until it is reopened. Earlier than other reports is fine (a backfill).",
    '2020-06-30',
  )
  reportedOn!: string;

  /** `self-reported` (default) or `external` (e.g. a CTED or EAG assessment). */
  @EnumField(
    REPORT_SOURCES,
    'ReportSource',
    '`self-reported` (default) or `external` (e.g. a CTED or EAG assessment).',
    { optional: true },
  )
  source?: ReportSource;
}

export class CancelDeliverableDto {
  @TextField(
    'Why it is cancelled (line feeds and tabs allowed).',
    'Superseded by the 2022 revision of the Joint Plan of Action',
    { multiline: true, max: LONG_TEXT_MAX },
  )
  reason!: string;

  @DateField('Day of cancellation.', '2022-03-03')
  cancelledOn!: string;
}

/** The new values of a report (the full set, not a diff) and why. */
export class CorrectProgressReportDto extends ReportProgressDto {
  /** Unlike a new report, a correction keeps the report's source unless it gives one. */
  @EnumField(
    REPORT_SOURCES,
    'ReportSource',
    "`self-reported` or `external`; absent = the report's current source.",
    { optional: true },
  )
  declare source?: ReportSource;

  @ReasonField('Why the report is corrected', 'Typed 85 instead of 58')
  reason!: string;
}

/** The State a report belongs to: the coordinator's scope is checked against it. */
class ReportStateDto {
  @AssigneeStateField(
    "The report's State (a coordinator acts only for their own States). Absent when `mechanismId` is given (exactly one of the two).",
  )
  stateCode?: string;

  @AssigneeMechanismField('The regional mechanism a regional report is on, instead of a State.')
  mechanismId?: string;

  /**
   * On a regional assignment: the member State the coordinator reports for (their scope). Programme
   * staff may name one or none.
   */
  @StateField(
    'Only on a regional report: the member State whose coordinator acts (required from a coordinator, who changes only the reports their State sent).',
    { optional: true },
  )
  reportingState?: string;
}

export class WithdrawProgressReportDto extends ReportStateDto {
  @ReasonField('Why the report is withdrawn', 'Entered on the wrong deliverable')
  reason!: string;
}

export class ValidateProgressReportDto extends ReportStateDto {
  @TextField('What was checked (line feeds and tabs allowed).', 'Law No. 112 checked', {
    optional: true,
    multiline: true,
    max: LONG_TEXT_MAX,
  })
  comment?: string;
}

export class ReturnProgressReportDto extends ReportStateDto {
  @ReasonField('What the coordinator should clarify', 'Which law? Give its number.')
  comment!: string;
}

export class ReopenAssignmentDto {
  @ReasonField('Why the completed assignment is reopened', 'EAG follow-up found gaps')
  reason!: string;

  @DateField('From this day the assignment is in progress again (not before its completion).', '2024-02-01')
  reopenedOn!: string;
}

export class WithdrawAssignmentDto {
  @EnumField(
    ASSIGNMENT_WITHDRAWAL_OUTCOMES,
    'AssignmentWithdrawalOutcome',
    '`withdrawn` (the State no longer takes part) or `not-applicable` (the deliverable does not apply to it).',
  )
  outcome!: AssignmentWithdrawalOutcome;

  @ReasonField('Why', 'No maritime border')
  reason!: string;

  @DateField("From this day the State's assignment stops counting (not before the assignment).", '2024-01-15')
  withdrawnOn!: string;
}

export class RetireDeliverableDto {
  @DateField(
    "The `revisedOn` of the framework revision that retires the deliverable (one of its framework's revisions); it stops counting from that day.",
    '2022-03-03',
  )
  revision!: string;

  @TextField('Why (line feeds and tabs allowed).', 'Merged into the regional deliverable', {
    optional: true,
    multiline: true,
    max: LONG_TEXT_MAX,
  })
  reason?: string;
}
