import { PILLAR_CODES, PROGRESS_STATUSES } from '@ct/domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { IntersectionType } from '@nestjs/swagger';
import {
  AssistanceFiltersDto,
  ID_MESSAGE,
  ID_PATTERN,
  IsCalendarDate,
  IsStateCode,
  PageDto,
  ScorecardFiltersDto,
  TEXT_MAX,
} from './common';

/** Every read-model query may wait for a command's position (read-your-writes). */
export class ReadQueryDto {
  /** The `position` of a command's answer: the query waits (bounded) until the read models include it. */
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'minPosition must be a global position (digits)' })
  minPosition?: string;
}

export class PagedQueryDto extends IntersectionType(ReadQueryDto, PageDto) {}

export class ScorecardQueryDto extends IntersectionType(PagedQueryDto, ScorecardFiltersDto) {
  /** The day overdue is judged against (YYYY-MM-DD); default: today (UTC), echoed in the answer. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class AssistanceReceivedQueryDto extends ReadQueryDto {
  @IsOptional()
  @IsStateCode()
  state?: string;

  @IsOptional()
  @IsIn(PILLAR_CODES)
  pillar?: string;
}

export class DeliverablesQueryDto extends PagedQueryDto {
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  framework?: string;

  @IsOptional()
  @IsIn(PILLAR_CODES)
  pillar?: string;

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  thematicArea?: string;

  @IsOptional()
  @IsStateCode()
  state?: string;

  @IsOptional()
  @IsIn(PROGRESS_STATUSES)
  status?: string;

  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeCancelled?: boolean;
}

export class TrackedDeliverableQueryDto extends ReadQueryDto {
  @IsOptional()
  @IsStateCode()
  state?: string;
}

export class AssistanceQueryDto extends IntersectionType(PagedQueryDto, AssistanceFiltersDto) {
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  deliverableId?: string;

  @IsOptional()
  @IsCalendarDate()
  periodFrom?: string;

  @IsOptional()
  @IsCalendarDate()
  periodTo?: string;
}

export class ActivityQueryDto extends ReadQueryDto {
  @IsOptional()
  @IsStateCode()
  state?: string;

  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  framework?: string;

  @IsOptional()
  @IsString()
  @MaxLength(128)
  actor?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  type?: string;

  /** The `nextCursor` of the previous page. */
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'cursor must be digits' })
  cursor?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class FrameworksQueryDto extends PagedQueryDto {
  @IsOptional()
  @IsIn(['declaration', 'plan-of-action'])
  kind?: string;

  @IsOptional()
  @IsStateCode()
  state?: string;
}

export class ProcessesQueryDto extends PagedQueryDto {
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  framework?: string;

  @IsOptional()
  @IsStateCode()
  state?: string;
}
