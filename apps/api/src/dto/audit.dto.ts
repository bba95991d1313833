import { Transform, Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ApiDateField, ApiIntField, ApiPositionField, ApiTextField } from './api-fields';
import { IsPosition, IsQueryDate, IsQueryInstant } from './bounds';
import { PageDto, ScorecardFiltersDto } from './common';
import { IsPlainText } from './text';

export class HistoryQueryDto {
  /** Events strictly after this global position (the `next` of the previous page). */
  @IsOptional()
  @IsPosition()
  @ApiPositionField('Events strictly after this global position (the `next` of the previous page).', {
    optional: true,
  })
  after?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  @ApiIntField('Events per page (json only).', { minimum: 1, maximum: 1000, default: 100 }, 100, {
    optional: true,
  })
  limit = 100;

  /** Event types to keep (repeat the parameter for several). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @IsString({ each: true })
  @IsPlainText({ each: true })
  @MaxLength(100, { each: true })
  // Spelled out: for an array query parameter the helpers' length limits would land on the array.
  @ApiPropertyOptional({
    type: 'array',
    items: { type: 'string', maxLength: 100 },
    description: 'Event types to keep; repeat the parameter for several (`type=A&type=B`).',
    example: ['ProgressReported'],
  })
  type?: string[];

  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(128)
  @ApiTextField('Only events this token subject recorded.', 128, 'unoct-admin', { optional: true })
  actor?: string;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(128)
  @ApiTextField('Only events of this request or batch.', 128, 'seed-demo-2024', { optional: true })
  correlationId?: string;

  /** Recorded at or after (ISO date or instant, from 1990-01-01 to today + 10 years). */
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsQueryInstant()
  @ApiPropertyOptional({
    type: String,
    description: 'Recorded at or after: an ISO 8601 date or instant, from 1990-01-01 to today + 10 years.',
    example: '2024-01-01',
  })
  since?: string;

  /** Recorded before (ISO date or instant, from 1990-01-01 to today + 10 years). */
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsQueryInstant()
  @ApiPropertyOptional({
    type: String,
    description: 'Recorded before: an ISO 8601 date or instant (a date means the start of that day).',
    example: '2025-01-01T00:00:00Z',
  })
  until?: string;

  /** `jsonl` streams every matching event as JSON Lines (no paging), for export. */
  @IsOptional()
  @IsIn(['json', 'jsonl'])
  @ApiPropertyOptional({
    enum: ['json', 'jsonl'],
    enumName: 'HistoryFormat',
    default: 'json',
    description:
      '`json`: a page (`limit`, `after`); `jsonl`: every matching event as JSON Lines, for export.',
  })
  format: 'json' | 'jsonl' = 'json';
}

/**
 * Where to cut history: exactly one of `date` (end of that day, UTC; from 1990-01-01 to today + 10
 * years) or `position` (at most the log's head: a position past it is refused, not read as "now").
 */
export class AsOfQueryDto {
  @IsOptional()
  @IsQueryDate()
  @ApiDateField(
    'Cut at the end of this day (UTC), from 1990-01-01 to today + 10 years. Give exactly one of `date` or `position`.',
    '2024-12-31',
    { optional: true },
  )
  date?: string;

  @IsOptional()
  @IsPosition()
  @ApiPositionField(
    'Cut at this global position (at most the head of the log). Give exactly one of `date` or `position`.',
    { optional: true },
  )
  position?: string;
}

export class AsOfScorecardQueryDto extends IntersectionType(
  AsOfQueryDto,
  IntersectionType(PageDto, ScorecardFiltersDto),
) {}
