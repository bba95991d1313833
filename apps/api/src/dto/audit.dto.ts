import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IntersectionType } from '@nestjs/swagger';
import { IsCalendarDate, PageDto, ScorecardFiltersDto } from './common';

export class HistoryQueryDto {
  /** Events strictly after this global position (the `next` of the previous page). */
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'after must be a global position (digits)' })
  after?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 100;

  /** Event types to keep (repeat the parameter for several). */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  type?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(128)
  actor?: string;

  @IsOptional()
  @IsString()
  @MaxLength(128)
  correlationId?: string;

  /** Recorded at or after (ISO date or instant). */
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;

  /** Recorded before (ISO date or instant). */
  @IsOptional()
  @IsISO8601({ strict: true })
  until?: string;

  /** `jsonl` streams every matching event as JSON Lines (no paging), for export. */
  @IsOptional()
  @IsIn(['json', 'jsonl'])
  format: 'json' | 'jsonl' = 'json';
}

/** Where to cut history: exactly one of `date` (end of that day, UTC) or `position`. */
export class AsOfQueryDto {
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'position must be a global position (digits)' })
  position?: string;
}

export class AsOfScorecardQueryDto extends IntersectionType(
  AsOfQueryDto,
  IntersectionType(PageDto, ScorecardFiltersDto),
) {}
