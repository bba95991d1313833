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
import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
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
import {
  ApiDateField,
  ApiEnumField,
  ApiIdField,
  ApiIntField,
  ApiStateField,
  ApiTextField,
} from './api-fields';
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, LONG_TEXT_MAX, TEXT_MAX } from './common';
import { IsPlainText } from './text';

export class DefineDeliverableDto {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Identity of the deliverable.', 'criminalise-tf')
  id!: string;

  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('The framework it implements (must exist).', 'dushanbe-declaration-2019')
  frameworkId!: string;

  /** Pillar of the UN Global Counter-Terrorism Strategy: I, II, III or IV. */
  @IsIn(PILLAR_CODES)
  @ApiEnumField(
    PILLAR_CODES,
    'Pillar',
    'Pillar of the UN Global Counter-Terrorism Strategy: I, II, III or IV.',
  )
  pillar!: Pillar;

  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Thematic area.', TEXT_MAX, 'countering the financing of terrorism')
  thematicArea!: string;

  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('What is to be delivered.', TEXT_MAX, 'Criminalise terrorist financing for any purpose')
  title!: string;

  @IsOptional()
  @IsString()
  @IsPlainText({ multiline: true })
  @MaxLength(LONG_TEXT_MAX)
  @ApiTextField(
    'Longer description (line feeds and tabs allowed).',
    LONG_TEXT_MAX,
    'Including the financing of individual terrorists.',
    { optional: true },
  )
  description?: string;

  /** Where the commitment is written (paragraph, document symbol). */
  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(TEXT_MAX)
  @ApiTextField(
    'Where the commitment is written (paragraph, document symbol).',
    TEXT_MAX,
    'UNSCR 2462 (2019)',
    { optional: true },
  )
  reference?: string;

  @IsCalendarDate()
  @ApiDateField('Day of definition (not before the framework was adopted).', '2019-06-01')
  definedOn!: string;

  /** The framework revision that introduced the deliverable; absent = the original text. */
  @IsOptional()
  @IsCalendarDate()
  @ApiDateField(
    "The `revisedOn` of the framework revision that introduced the deliverable (one of the framework's revisions; definedOn not before it). Absent = the framework's original text.",
    '2022-03-03',
    { optional: true },
  )
  revision?: string;
}

export class AssignDeliverableDto {
  /** A State, or instead a regional mechanism: exactly one of `stateCode` and `mechanismId`. */
  @ValidateIf((o: { mechanismId?: string }) => o.mechanismId === undefined)
  @IsStateCode()
  @ApiStateField(
    'The State the deliverable is assigned to. Absent when `mechanismId` is given (exactly one of the two).',
    { optional: true },
  )
  stateCode?: string;

  @ValidateIf((o: { stateCode?: string }) => o.stateCode === undefined)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField(
    'The regional mechanism the deliverable is assigned to instead of a State: an organisations catalogue entry of kind `regional-mechanism`, whose member States and reporting rule are recorded with the assignment.',
    'ct-early-warning-network',
    { optional: true },
  )
  mechanismId?: string;

  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField(
    "The lead agency in that State (for a regional mechanism, the organisation leading the mechanism's work).",
    TEXT_MAX,
    'Ministry of Internal Affairs',
  )
  leadAgency!: string;

  @IsCalendarDate()
  @ApiDateField('Due date.', '2021-12-31')
  dueOn!: string;

  @IsCalendarDate()
  @ApiDateField('Day of assignment.', '2019-07-01')
  assignedOn!: string;
}

export class ReportProgressDto {
  /** A State, or instead a regional mechanism: exactly one of `stateCode` and `mechanismId`. */
  @ValidateIf((o: { mechanismId?: string }) => o.mechanismId === undefined)
  @IsStateCode()
  @ApiStateField(
    'The reporting State (must be assigned; a coordinator reports for their own States). Absent when `mechanismId` is given (exactly one of the two).',
    { optional: true },
  )
  stateCode?: string;

  @ValidateIf((o: { stateCode?: string }) => o.stateCode === undefined)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField(
    'The regional mechanism whose assignment the report is on, instead of a State.',
    'ct-early-warning-network',
    { optional: true },
  )
  mechanismId?: string;

  /**
   * On a regional assignment: the member State the coordinator reports for (their scope). Programme
   * staff may name one or none.
   */
  @IsOptional()
  @IsStateCode()
  @ApiStateField(
    "Only on a regional mechanism's assignment: the member State whose coordinator reports (required from a coordinator, who acts only for their own States; allowed only where the mechanism lets its member States report). Programme staff may leave it out.",
    { optional: true },
  )
  reportingState?: string;

  @IsIn(PROGRESS_STATUSES)
  @ApiEnumField(PROGRESS_STATUSES, 'ProgressStatus', 'Status as of the report.')
  status!: ProgressStatus;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  @ApiIntField('Percent complete.', { minimum: 0, maximum: 100 }, 60, { optional: true })
  percentComplete?: number;

  @IsOptional()
  @IsString()
  @IsPlainText({ multiline: true })
  @MaxLength(LONG_TEXT_MAX)
  @ApiTextField('Note (line feeds and tabs allowed).', LONG_TEXT_MAX, 'Draft law submitted to parliament', {
    optional: true,
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

  @IsCalendarDate()
  @ApiDateField(
    "Day the report is about (its business date): not in the future, not before the assignment, not from the assignment's completion on until it is reopened. Earlier than other reports is fine (a backfill).",
    '2020-06-30',
  )
  reportedOn!: string;

  /** `self-reported` (default) or `external` (e.g. a CTED or EAG assessment). */
  @IsOptional()
  @IsIn(REPORT_SOURCES)
  @ApiEnumField(
    REPORT_SOURCES,
    'ReportSource',
    '`self-reported` (default) or `external` (e.g. a CTED or EAG assessment).',
    { optional: true },
  )
  source?: ReportSource;
}

export class CancelDeliverableDto {
  @IsString()
  @IsPlainText({ multiline: true })
  @IsNotEmpty()
  @MaxLength(LONG_TEXT_MAX)
  @ApiTextField(
    'Why it is cancelled (line feeds and tabs allowed).',
    LONG_TEXT_MAX,
    'Superseded by the 2022 revision of the Joint Plan of Action',
  )
  reason!: string;

  @IsCalendarDate()
  @ApiDateField('Day of cancellation.', '2022-03-03')
  cancelledOn!: string;
}

/** Why a record changes: required, plain text, line feeds allowed. */
const ReasonField = (description: string, example: string) =>
  applyDecorators(
    IsString(),
    IsPlainText({ multiline: true }),
    IsNotEmpty(),
    MaxLength(LONG_TEXT_MAX),
    ApiTextField(`${description} (line feeds and tabs allowed).`, LONG_TEXT_MAX, example),
  );

/** The new values of a report (the full set, not a diff) and why. */
export class CorrectProgressReportDto extends ReportProgressDto {
  /** Unlike a new report, a correction keeps the report's source unless it gives one. */
  @IsOptional()
  @IsIn(REPORT_SOURCES)
  @ApiEnumField(
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
  /** A State, or instead a regional mechanism: exactly one of `stateCode` and `mechanismId`. */
  @ValidateIf((o: { mechanismId?: string }) => o.mechanismId === undefined)
  @IsStateCode()
  @ApiStateField(
    "The report's State (a coordinator acts only for their own States). Absent when `mechanismId` is given (exactly one of the two).",
    { optional: true },
  )
  stateCode?: string;

  @ValidateIf((o: { stateCode?: string }) => o.stateCode === undefined)
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField(
    'The regional mechanism a regional report is on, instead of a State.',
    'ct-early-warning-network',
    { optional: true },
  )
  mechanismId?: string;

  /**
   * On a regional assignment: the member State the coordinator reports for (their scope). Programme
   * staff may name one or none.
   */
  @IsOptional()
  @IsStateCode()
  @ApiStateField(
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
  @IsOptional()
  @IsString()
  @IsPlainText({ multiline: true })
  @IsNotEmpty()
  @MaxLength(LONG_TEXT_MAX)
  @ApiTextField('What was checked (line feeds and tabs allowed).', LONG_TEXT_MAX, 'Law No. 112 checked', {
    optional: true,
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

  @IsCalendarDate()
  @ApiDateField(
    'From this day the assignment is in progress again (not before its completion).',
    '2024-02-01',
  )
  reopenedOn!: string;
}

export class WithdrawAssignmentDto {
  @IsIn(ASSIGNMENT_WITHDRAWAL_OUTCOMES)
  @ApiEnumField(
    ASSIGNMENT_WITHDRAWAL_OUTCOMES,
    'AssignmentWithdrawalOutcome',
    '`withdrawn` (the State no longer takes part) or `not-applicable` (the deliverable does not apply to it).',
  )
  outcome!: AssignmentWithdrawalOutcome;

  @ReasonField('Why', 'No maritime border')
  reason!: string;

  @IsCalendarDate()
  @ApiDateField(
    "From this day the State's assignment stops counting (not before the assignment).",
    '2024-01-15',
  )
  withdrawnOn!: string;
}

export class RetireDeliverableDto {
  @IsCalendarDate()
  @ApiDateField(
    "The `revisedOn` of the framework revision that retires the deliverable (one of its framework's revisions); it stops counting from that day.",
    '2022-03-03',
  )
  revision!: string;

  @IsOptional()
  @IsString()
  @IsPlainText({ multiline: true })
  @IsNotEmpty()
  @MaxLength(LONG_TEXT_MAX)
  @ApiTextField('Why (line feeds and tabs allowed).', LONG_TEXT_MAX, 'Merged into the regional deliverable', {
    optional: true,
  })
  reason?: string;
}
