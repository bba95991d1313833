import { type Basis } from '@ct/application';
import { Transform } from 'class-transformer';
import { IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { AssistanceFiltersDto, PageDto, ScorecardFiltersDto } from './common';
import {
  BasisQueryField,
  InstantQueryField,
  KnownAtQueryField,
  LimitQueryField,
  PositionQueryField,
  QueryDateField,
  RevisionQueryField,
  TextField,
} from './fields';
import { IsPlainText } from './text';

/** A filter on a token subject or a correlation id: at most 128 characters, empty allowed. */
const ACTOR_FILTER = { optional: true, allowEmpty: true, max: 128 };

export class HistoryQueryDto {
  /** Events strictly after this global position (the `next` of the previous page). */
  @PositionQueryField('Events strictly after this global position (the `next` of the previous page).')
  after?: string;

  @LimitQueryField('Events per page (json only).', { maximum: 1000, default: 100 })
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

  @TextField('Only events this token subject recorded.', 'unoct-admin', ACTOR_FILTER)
  actor?: string;

  @TextField('Only events of this request or batch.', 'seed-demo-2024', ACTOR_FILTER)
  correlationId?: string;

  /** Recorded at or after (ISO date or instant, from 1990-01-01 to today + 10 years). */
  @InstantQueryField(
    'Recorded at or after: an ISO 8601 date or instant, from 1990-01-01 to today + 10 years.',
    '2024-01-01',
  )
  since?: string;

  /** Recorded before (ISO date or instant, from 1990-01-01 to today + 10 years). */
  @InstantQueryField(
    'Recorded before: an ISO 8601 date or instant (a date means the start of that day).',
    '2025-01-01T00:00:00Z',
  )
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
  @KnownAtQueryField(
    'Record time: answer from the events recorded up to this instant, or up to the end of this day (UTC), replayed into a scratch store (costs a replay); `asOf` then defaults to its day. Default: now (the live read models, no replay).',
  )
  knownAt?: string;
}

/**
 * The two timelines of a question about the past (README, "Two timelines"): `asOf` (valid time,
 * the business day), `knownAt` (record time: what had been recorded by then; absent = now, answered
 * by the live read models with no replay). `date` and `position` are record-time cutoffs too, kept
 * for auditors: give at most one of `knownAt`, `date`, `position`.
 */
export class AsOfQueryDto {
  @QueryDateField(
    'Valid time: the business day the answer is about (statuses valid then, overdue judged then), from 1990-01-01 to today + 10 years. Default: the day of `knownAt` (today when `knownAt` is now).',
    '2024-06-01',
  )
  asOf?: string;

  @KnownAtQueryField(
    'Record time: answer from the events recorded up to this instant, or up to the end of this day (UTC), replayed into a scratch store. Default: now (the live read models, no replay). At most one of `knownAt`, `date`, `position`.',
  )
  knownAt?: string;

  @QueryDateField(
    'Record time, older spelling of `knownAt=<day>`: the events recorded up to the end of this day (UTC). At most one of `knownAt`, `date`, `position`.',
    '2024-12-31',
  )
  date?: string;

  @PositionQueryField(
    'Record time: the events up to this global position (at most the head of the log). At most one of `knownAt`, `date`, `position`.',
  )
  position?: string;

  @BasisQueryField(
    'Which progress reports count: `reported` (every report not withdrawn, as coordinators see it) or `validated` (only reports programme staff validated, as an official publication uses).',
  )
  basis?: Basis;
}

export class AsOfScorecardQueryDto extends IntersectionType(
  AsOfQueryDto,
  IntersectionType(PageDto, ScorecardFiltersDto),
) {
  @RevisionQueryField()
  revision?: string;
}

export class AsOfAssistanceQueryDto extends IntersectionType(
  AsOfQueryDto,
  IntersectionType(PageDto, AssistanceFiltersDto),
) {}
