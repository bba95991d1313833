import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  registerDecorator,
} from 'class-validator';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ApiDateField, ApiIntField, ApiPositionField, ApiTextField } from './api-fields';
import { IsPosition, IsQueryDate, IsQueryInstant } from './bounds';
import { AssistanceFiltersDto, PageDto, ScorecardFiltersDto } from './common';
import { BASES, type Basis } from '@ct/application';
import { isIsoDate } from '@ct/domain';
import { IsPlainText } from './text';

/** A day (its end, UTC) or an instant with its zone: an instant without a zone names no moment. */
const KNOWN_AT_PATTERN =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;
/**
 * A day or an instant with its zone (`2024-06` or `2024-06-01T10:00` name no single moment). What
 * is not a date at all is @IsISO8601's to say: one error per defect.
 */
function IsDayOrZonedInstant(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDayOrZonedInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message:
          '$property must be a date (YYYY-MM-DD, meaning its end, UTC) or an instant with its zone (Z or ±hh:mm)',
      },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || Number.isNaN(Date.parse(value)) || KNOWN_AT_PATTERN.test(value),
      },
    });
}

/** A framework revision: its date (`revisedOn`, a calendar date) or `original` (the text as adopted). */
function IsRevision(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isRevision',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a revision date (YYYY-MM-DD) or `original`' },
      validator: {
        validate: (value: unknown) =>
          value === 'original' ||
          (typeof value === 'string' && REVISION_PATTERN.test(value) && isIsoDate(value)),
      },
    });
}

const REVISION_PATTERN = /^(?:\d{4}-\d{2}-\d{2}|original)$/;

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
 * Record time on the live read routes (`/scorecards`, `/tracker/deliverables/{id}`): absent = now
 * (the live read models); a day or an instant replays the log recorded by then (README, Two timelines).
 */
export class KnownAtQueryDto {
  @IsOptional()
  @IsISO8601({ strict: true })
  @IsDayOrZonedInstant()
  @IsQueryInstant()
  @ApiPropertyOptional({
    type: String,
    pattern: KNOWN_AT_PATTERN.source,
    description:
      'Record time: answer from the events recorded up to this instant, or up to the end of this day (UTC), replayed into a scratch store (costs a replay); `asOf` then defaults to its day. Default: now (the live read models, no replay).',
    example: '2024-06-01',
  })
  knownAt?: string;
}

/**
 * The two timelines of a question about the past (README, "Two timelines"): `asOf` (valid time,
 * the business day), `knownAt` (record time: what had been recorded by then; absent = now, answered
 * by the live read models with no replay). `date` and `position` are record-time cutoffs too, kept
 * for auditors: give at most one of `knownAt`, `date`, `position`.
 */
export class AsOfQueryDto {
  @IsOptional()
  @IsQueryDate()
  @ApiDateField(
    'Valid time: the business day the answer is about (statuses valid then, overdue judged then), from 1990-01-01 to today + 10 years. Default: the day of `knownAt` (today when `knownAt` is now).',
    '2024-06-01',
    { optional: true },
  )
  asOf?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  @IsDayOrZonedInstant()
  @IsQueryInstant()
  @ApiPropertyOptional({
    type: String,
    pattern: KNOWN_AT_PATTERN.source,
    description:
      'Record time: answer from the events recorded up to this instant, or up to the end of this day (UTC), replayed into a scratch store. Default: now (the live read models, no replay). At most one of `knownAt`, `date`, `position`.',
    example: '2024-06-01',
  })
  knownAt?: string;

  @IsOptional()
  @IsQueryDate()
  @ApiDateField(
    'Record time, older spelling of `knownAt=<day>`: the events recorded up to the end of this day (UTC). At most one of `knownAt`, `date`, `position`.',
    '2024-12-31',
    { optional: true },
  )
  date?: string;

  @IsOptional()
  @IsPosition()
  @ApiPositionField(
    'Record time: the events up to this global position (at most the head of the log). At most one of `knownAt`, `date`, `position`.',
    { optional: true },
  )
  position?: string;

  @IsOptional()
  @IsIn(BASES)
  @ApiPropertyOptional({
    enum: BASES,
    enumName: 'ReportBasis',
    default: 'reported',
    description:
      'Which progress reports count: `reported` (every report not withdrawn, as coordinators see it) or `validated` (only reports programme staff validated, as an official publication uses).',
  })
  basis?: Basis;
}

export class AsOfScorecardQueryDto extends IntersectionType(
  AsOfQueryDto,
  IntersectionType(PageDto, ScorecardFiltersDto),
) {
  @IsOptional()
  @IsRevision()
  @ApiPropertyOptional({
    type: String,
    pattern: REVISION_PATTERN.source,
    description:
      'Only deliverables introduced by the framework revision of this date (`revisedOn`), or by the original text (`original`).',
    example: '2022-03-03',
  })
  revision?: string;
}

export class AsOfAssistanceQueryDto extends IntersectionType(
  AsOfQueryDto,
  IntersectionType(PageDto, AssistanceFiltersDto),
) {}
