import { BASES, type Basis } from '@ct/application';
import { FRAMEWORK_KINDS, PILLAR_CODES, PROGRESS_STATUSES, isIsoDate } from '@ct/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
} from 'class-validator';
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
import { KnownAtQueryDto } from './audit.dto';

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

const REVISION_PATTERN = /^(?:\d{4}-\d{2}-\d{2}|original)$/;

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

/**
 * Valid (business) time of a live read (issue #12): the business day asked about and which
 * reports count. The live read models answer any asOf from their effective-dated rows.
 */
export class BusinessDayQueryDto {
  /** The business day answered for (YYYY-MM-DD); default today (UTC), echoed in the answer. */
  @IsOptional()
  @IsQueryDate()
  @ApiDateField(
    'The business day answered for: each status is the one valid on that day (reports dated by then), overdue is judged against it. From 1990-01-01 to today + 10 years; default today (UTC), echoed in the answer.',
    '2026-11-28',
    { optional: true },
  )
  asOf?: string;

  @IsOptional()
  @IsIn(BASES)
  @ApiPropertyOptional({
    enum: BASES,
    enumName: 'ReportBasis',
    default: 'reported',
    description:
      'Which progress reports count: `reported` (default: every report not withdrawn, so a coordinator sees their report at once) or `validated` (only reports programme staff validated, as an official publication uses).',
  })
  basis?: Basis;
}

/** A business day, a basis and the framework revision that introduced the deliverables. */
export class BusinessTimeQueryDto extends BusinessDayQueryDto {
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

export class ScorecardQueryDto extends IntersectionType(
  IntersectionType(PagedQueryDto, ScorecardFiltersDto),
  // knownAt (record time): h3's two-timelines seam, answered through AsOfService.
  IntersectionType(BusinessTimeQueryDto, KnownAtQueryDto),
) {}

export class ReviewQueueQueryDto extends PagedQueryDto {
  @IsOptional()
  @IsStateCode()
  @ApiStateField('Only reports of this State.', { optional: true })
  state?: string;

  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Only reports on deliverables of this framework.', 'dushanbe-declaration-2019', {
    optional: true,
  })
  framework?: string;

  /** The day ages are counted to; default today (UTC). */
  @IsOptional()
  @IsQueryDate()
  @ApiDateField('The day ages are counted to; default today (UTC), echoed in the answer.', '2026-11-28', {
    optional: true,
  })
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

export class DeliverablesQueryDto extends IntersectionType(PagedQueryDto, BusinessTimeQueryDto) {
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
  @ApiEnumField(
    PROGRESS_STATUSES,
    'ProgressStatus',
    'Only deliverables with an assignment of this status on `asOf`.',
    {
      optional: true,
    },
  )
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

export class TrackedDeliverableQueryDto extends IntersectionType(
  IntersectionType(ReadQueryDto, BusinessDayQueryDto),
  // knownAt (record time): h3's two-timelines seam, answered through AsOfService.
  KnownAtQueryDto,
) {
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

/** The ledger's list also answers for a record time (`knownAt`); its summary does not. */
export class AssistanceLedgerQueryDto extends IntersectionType(AssistanceQueryDto, KnownAtQueryDto) {}

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
