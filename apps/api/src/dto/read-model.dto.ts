import { FRAMEWORK_KINDS, PILLAR_CODES, PROGRESS_STATUSES } from '@ct/domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  ApiDateField,
  ApiEnumField,
  ApiIdField,
  ApiIntField,
  ApiPositionField,
  ApiStateField,
  ApiTextField,
} from './api-fields';
import { IsPosition, IsQueryDate } from './bounds';
import {
  AssistanceFiltersDto,
  ID_MESSAGE,
  ID_PATTERN,
  IsStateCode,
  PageDto,
  ScorecardFiltersDto,
  TEXT_MAX,
} from './common';
import { type CatalogueLanguage, LangQueryField } from './lang';
import { IsPlainText } from './text';

/** Every read-model query may wait for a command's position (read-your-writes). */
export class ReadQueryDto {
  /** The `position` of a command's answer: the query waits (bounded) until the read models include it. */
  @IsOptional()
  @IsPosition()
  @ApiPositionField(
    "The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503.",
    { optional: true },
  )
  minPosition?: string;
}

export class PagedQueryDto extends IntersectionType(ReadQueryDto, PageDto) {}

export class ScorecardQueryDto extends IntersectionType(PagedQueryDto, ScorecardFiltersDto) {
  /**
   * The day overdue is judged against (YYYY-MM-DD, from 1990-01-01 to today + 10 years); default:
   * today (UTC), echoed in the answer.
   */
  @IsOptional()
  @IsQueryDate()
  @ApiDateField(
    'The day overdue is judged against, from 1990-01-01 to today + 10 years; default today (UTC), echoed in the answer.',
    '2026-11-28',
    { optional: true },
  )
  asOf?: string;
}

export class AssistanceReceivedQueryDto extends ReadQueryDto {
  @IsOptional()
  @IsStateCode()
  @ApiStateField('Only this recipient State.', { optional: true })
  state?: string;

  @IsOptional()
  @IsIn(PILLAR_CODES)
  @ApiEnumField(PILLAR_CODES, 'Pillar', 'Only this pillar.', { optional: true })
  pillar?: string;
}

export class DeliverablesQueryDto extends PagedQueryDto {
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Only this framework.', 'dushanbe-declaration-2019', { optional: true })
  framework?: string;

  @IsOptional()
  @IsIn(PILLAR_CODES)
  @ApiEnumField(PILLAR_CODES, 'Pillar', 'Only this pillar.', { optional: true })
  pillar?: string;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(TEXT_MAX)
  @ApiTextField(
    'Only this thematic area, exactly as recorded.',
    TEXT_MAX,
    'countering the financing of terrorism',
    { optional: true },
  )
  thematicArea?: string;

  @IsOptional()
  @IsStateCode()
  @ApiStateField('Only deliverables assigned to this State.', { optional: true })
  state?: string;

  @IsOptional()
  @IsIn(PROGRESS_STATUSES)
  @ApiEnumField(PROGRESS_STATUSES, 'ProgressStatus', 'Only assignments with this status.', { optional: true })
  status?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  @ApiPropertyOptional({
    type: Boolean,
    default: false,
    description: 'Include cancelled deliverables (`true` or `false`).',
  })
  includeCancelled?: boolean;
}

export class TrackedDeliverableQueryDto extends ReadQueryDto {
  @IsOptional()
  @IsStateCode()
  @ApiStateField("Only this State's assignment and reports.", { optional: true })
  state?: string;
}

export class AssistanceQueryDto extends IntersectionType(PagedQueryDto, AssistanceFiltersDto) {
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Only assistance supporting this deliverable.', 'criminalise-tf', { optional: true })
  deliverableId?: string;

  @IsOptional()
  @IsQueryDate()
  @ApiDateField('Only periods ending on or after this day.', '2024-01-01', { optional: true })
  periodFrom?: string;

  @IsOptional()
  @IsQueryDate()
  @ApiDateField('Only periods starting on or before this day.', '2024-12-31', { optional: true })
  periodTo?: string;
}

export class ActivityQueryDto extends ReadQueryDto {
  @IsOptional()
  @IsStateCode()
  @ApiStateField('Only what concerns this State.', { optional: true })
  state?: string;

  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Only what concerns this framework.', 'dushanbe-declaration-2019', { optional: true })
  framework?: string;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(128)
  @ApiTextField('Only what this token subject recorded.', 128, 'unoct-admin', { optional: true })
  actor?: string;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(100)
  @ApiTextField('Only this event type.', 100, 'ProgressReported', { optional: true })
  type?: string;

  /** The `nextCursor` of the previous page. */
  @IsOptional()
  @IsPosition()
  @ApiPositionField('The `nextCursor` of the previous page.', { optional: true })
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  @ApiIntField('Entries per page.', { minimum: 1, maximum: 500, default: 50 }, 50, { optional: true })
  limit?: number;
}

export class FrameworksQueryDto extends PagedQueryDto {
  @IsOptional()
  @IsIn(FRAMEWORK_KINDS)
  @ApiEnumField(FRAMEWORK_KINDS, 'FrameworkKind', 'Only this kind.', { optional: true })
  kind?: string;

  @IsOptional()
  @IsStateCode()
  @ApiStateField('Only frameworks this State adopted.', { optional: true })
  state?: string;

  @LangQueryField('The language of `title`.')
  lang?: CatalogueLanguage;
}

export class ProcessesQueryDto extends PagedQueryDto {
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Only processes supporting this framework.', 'dushanbe-declaration-2019', { optional: true })
  framework?: string;

  @IsOptional()
  @IsStateCode()
  @ApiStateField('Only processes this State participates in.', { optional: true })
  state?: string;

  @LangQueryField('The language of `name` and of the conference titles.')
  lang?: CatalogueLanguage;
}
