import { type Basis } from '@ct/application';
import { FRAMEWORK_KINDS, PILLAR_CODES, PROGRESS_STATUSES } from '@ct/domain';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { KnownAtQueryDto } from './audit.dto';
import { AssistanceFiltersDto, PageDto, ScorecardFiltersDto } from './common';
import {
  BasisQueryField,
  EnumField,
  IdField,
  LimitQueryField,
  PositionQueryField,
  QueryDateField,
  RevisionQueryField,
  StateField,
  TextField,
} from './fields';
import { type CatalogueLanguage, LangQueryField } from './lang';

/** Every read-model query may wait for a command's position (read-your-writes). */
export class ReadQueryDto {
  /** The `position` of a command's answer: the query waits (bounded) until the read models include it. */
  @PositionQueryField(
    "The `position` of a command's answer: the query waits (bounded) until the read models include it, else 503.",
  )
  minPosition?: string;
}

export class PagedQueryDto extends IntersectionType(ReadQueryDto, PageDto) {}

/**
 * Valid (business) time of a live read (issue #12): the business day asked about and which
 * reports count. The live read models answer any asOf from their effective-dated rows.
 */
export class BusinessDayQueryDto {
  /** The business day answered for (YYYY-MM-DD); default today (UTC), echoed in the answer. */
  @QueryDateField(
    'The business day answered for: each status is the one valid on that day (reports dated by then), overdue is judged against it. From 1990-01-01 to today + 10 years; default today (UTC), echoed in the answer.',
    '2026-11-28',
  )
  asOf?: string;

  @BasisQueryField(
    'Which progress reports count: `reported` (default: every report not withdrawn, so a coordinator sees their report at once) or `validated` (only reports programme staff validated, as an official publication uses).',
  )
  basis?: Basis;
}

/** A business day, a basis and the framework revision that introduced the deliverables. */
export class BusinessTimeQueryDto extends BusinessDayQueryDto {
  @RevisionQueryField()
  revision?: string;
}

export class ScorecardQueryDto extends IntersectionType(
  IntersectionType(PagedQueryDto, ScorecardFiltersDto),
  // knownAt (record time): answered by the as-of queries (AsOfScorecardQuery...) on the QueryBus.
  IntersectionType(BusinessTimeQueryDto, KnownAtQueryDto),
) {}

export class ReviewQueueQueryDto extends PagedQueryDto {
  @StateField('Only reports of this State.', { optional: true })
  state?: string;

  @IdField('Only reports on deliverables of this framework.', 'dushanbe-declaration-2019', { optional: true })
  framework?: string;

  /** The day ages are counted to; default today (UTC). */
  @QueryDateField('The day ages are counted to; default today (UTC), echoed in the answer.', '2026-11-28')
  asOf?: string;
}

export class AssistanceReceivedQueryDto extends ReadQueryDto {
  @StateField('Only this recipient State.', { optional: true })
  state?: string;

  @EnumField(PILLAR_CODES, 'Pillar', 'Only this pillar.', { optional: true })
  pillar?: string;
}

export class DeliverablesQueryDto extends IntersectionType(PagedQueryDto, BusinessTimeQueryDto) {
  @IdField('Only this framework.', 'dushanbe-declaration-2019', { optional: true })
  framework?: string;

  @EnumField(PILLAR_CODES, 'Pillar', 'Only this pillar.', { optional: true })
  pillar?: string;

  @TextField('Only this thematic area, exactly as recorded.', 'countering the financing of terrorism', {
    optional: true,
    allowEmpty: true,
  })
  thematicArea?: string;

  @StateField('Only deliverables assigned to this State.', { optional: true })
  state?: string;

  @EnumField(
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
  // knownAt (record time): answered by the as-of queries (AsOfScorecardQuery...) on the QueryBus.
  KnownAtQueryDto,
) {
  @StateField("Only this State's assignment and reports.", { optional: true })
  state?: string;
}

export class AssistanceQueryDto extends IntersectionType(PagedQueryDto, AssistanceFiltersDto) {
  @IdField('Only assistance supporting this deliverable.', 'criminalise-tf', { optional: true })
  deliverableId?: string;

  @QueryDateField('Only periods ending on or after this day.', '2024-01-01')
  periodFrom?: string;

  @QueryDateField('Only periods starting on or before this day.', '2024-12-31')
  periodTo?: string;
}

/** The ledger's list also answers for a record time (`knownAt`); its summary does not. */
export class AssistanceLedgerQueryDto extends IntersectionType(AssistanceQueryDto, KnownAtQueryDto) {}

export class ActivityQueryDto extends ReadQueryDto {
  @StateField('Only what concerns this State.', { optional: true })
  state?: string;

  @IdField('Only what concerns this framework.', 'dushanbe-declaration-2019', { optional: true })
  framework?: string;

  @TextField('Only what this token subject recorded.', 'unoct-admin', {
    optional: true,
    allowEmpty: true,
    max: 128,
  })
  actor?: string;

  @TextField('Only this event type.', 'ProgressReported', { optional: true, allowEmpty: true, max: 100 })
  type?: string;

  /** The `nextCursor` of the previous page. */
  @PositionQueryField('The `nextCursor` of the previous page.')
  cursor?: string;

  @LimitQueryField('Entries per page.', { maximum: 500, default: 50 })
  limit?: number;
}

export class FrameworksQueryDto extends PagedQueryDto {
  @EnumField(FRAMEWORK_KINDS, 'FrameworkKind', 'Only this kind.', { optional: true })
  kind?: string;

  @StateField('Only frameworks this State adopted.', { optional: true })
  state?: string;

  @LangQueryField('The language of `title`.')
  lang?: CatalogueLanguage;
}

export class ProcessesQueryDto extends PagedQueryDto {
  @IdField('Only processes supporting this framework.', 'dushanbe-declaration-2019', { optional: true })
  framework?: string;

  @StateField('Only processes this State participates in.', { optional: true })
  state?: string;

  @LangQueryField('The language of `name` and of the conference titles.')
  lang?: CatalogueLanguage;
}
