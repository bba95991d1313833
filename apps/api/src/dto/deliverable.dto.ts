import {
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
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
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
}

export class AssignDeliverableDto {
  @IsStateCode()
  @ApiStateField('The State the deliverable is assigned to.')
  stateCode!: string;

  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('The lead agency in that State.', TEXT_MAX, 'Ministry of Internal Affairs')
  leadAgency!: string;

  @IsCalendarDate()
  @ApiDateField('Due date.', '2021-12-31')
  dueOn!: string;

  @IsCalendarDate()
  @ApiDateField('Day of assignment.', '2019-07-01')
  assignedOn!: string;
}

export class ReportProgressDto {
  @IsStateCode()
  @ApiStateField('The reporting State (must be assigned; a coordinator reports for their own States).')
  stateCode!: string;

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
    'Day of the report (not before the assignment, not before the previous report).',
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
