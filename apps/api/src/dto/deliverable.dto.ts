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
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, LONG_TEXT_MAX, TEXT_MAX } from './common';

export class DefineDeliverableDto {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  frameworkId!: string;

  /** Pillar of the UN Global Counter-Terrorism Strategy: I, II, III or IV. */
  @IsIn(PILLAR_CODES)
  pillar!: Pillar;

  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  thematicArea!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  title!: string;

  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT_MAX)
  description?: string;

  /** Where the commitment is written (paragraph, document symbol). */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  reference?: string;

  @IsCalendarDate()
  definedOn!: string;
}

export class AssignDeliverableDto {
  @IsStateCode()
  stateCode!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  leadAgency!: string;

  @IsCalendarDate()
  dueOn!: string;

  @IsCalendarDate()
  assignedOn!: string;
}

export class ReportProgressDto {
  @IsStateCode()
  stateCode!: string;

  @IsIn(PROGRESS_STATUSES)
  status!: ProgressStatus;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  percentComplete?: number;

  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT_MAX)
  note?: string;

  /** Document symbols or links backing the report. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(TEXT_MAX, { each: true })
  evidence?: string[];

  @IsCalendarDate()
  reportedOn!: string;

  /** `self-reported` (default) or `external` (e.g. a CTED or EAG assessment). */
  @IsOptional()
  @IsIn(REPORT_SOURCES)
  source?: ReportSource;
}

export class CancelDeliverableDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(LONG_TEXT_MAX)
  reason!: string;

  @IsCalendarDate()
  cancelledOn!: string;
}
