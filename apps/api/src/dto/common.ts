import { ASSISTANCE_KINDS, PILLAR_CODES } from '@ct/domain';
import { Type } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsOptional, Matches, Min } from 'class-validator';
import { ApiIntField } from './api-fields';
import { EnumField, IdField, LimitQueryField, StateField, TextField } from './fields';

// The validators of the recurring kinds of field, where DTOs elsewhere (and the CLI) import them.
export { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, LONG_TEXT_MAX, TEXT_MAX } from './validators';

/** `limit` (at most 500) and `offset` of a paged list. */
export class PageDto {
  @LimitQueryField('Rows per page.', { maximum: 500, default: 50 })
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @ApiIntField('Rows to skip.', { minimum: 0, default: 0 }, 0, { optional: true })
  offset?: number;
}

/** The filters of assistance lists and reports. */
export class AssistanceFiltersDto {
  @TextField('The providing UN entity or partner, exactly as recorded.', 'UNODC', {
    optional: true,
    allowEmpty: true,
  })
  provider?: string;

  @StateField('The recipient State: records with a share for it (summaries count its share).', {
    optional: true,
  })
  recipientState?: string;

  @IsOptional()
  @Matches(/^\d{3}$/, { message: '$property must be a three-digit DAC region code' })
  @ApiProperty({
    type: String,
    required: false,
    pattern: '^\\d{3}$',
    description: 'The DAC region of regional records, e.g. 619 (Central Asia, regional).',
    example: '619',
  })
  recipientRegion?: string;

  @EnumField(PILLAR_CODES, 'Pillar', 'Pillar of the UN Global Counter-Terrorism Strategy.', {
    optional: true,
  })
  pillar?: string;

  @EnumField(ASSISTANCE_KINDS, 'AssistanceKind', 'Kind of assistance.', { optional: true })
  kind?: string;
}

/** The filters of a State scorecard, live or as of a past moment. */
export class ScorecardFiltersDto {
  @StateField('Only this State.', { optional: true })
  state?: string;

  @IdField('Only this framework.', 'dushanbe-declaration-2019', { optional: true })
  framework?: string;

  @EnumField(PILLAR_CODES, 'Pillar', 'Only this pillar.', { optional: true })
  pillar?: string;
}
