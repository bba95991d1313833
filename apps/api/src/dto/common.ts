import { ASSISTANCE_KINDS, PILLAR_CODES, isIsoDate, isStateCode } from '@ct/domain';
import { Type } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import {
  ApiEnumField,
  ApiIdField,
  ApiIntField,
  ApiStateField,
  ApiTextField,
  ID_PATTERN_SOURCE,
} from './api-fields';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  type ValidationOptions,
  registerDecorator,
} from 'class-validator';
import { IsPlainText } from './text';

/** Identifiers are slugs chosen by the client (`dushanbe-declaration-2019`) or UUIDs. */
export const ID_PATTERN = new RegExp(ID_PATTERN_SOURCE);
export const ID_MESSAGE = '$property must be 3-64 lowercase letters, digits or hyphens (a slug or a UUID)';

export const TEXT_MAX = 500;
export const LONG_TEXT_MAX = 5000;

/** A real calendar day written YYYY-MM-DD (2019-02-30 is refused, unlike a bare regex). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a calendar date (YYYY-MM-DD)', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isIsoDate(value) },
    });
}

/** ISO 3166-1 alpha-2, upper case, from the same list the domain checks. */
export function IsStateCode(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isStateCode',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an ISO 3166-1 alpha-2 country code (e.g. TJ)', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isStateCode(value) },
    });
}

/** `limit` (at most 500) and `offset` of a paged list. */
export class PageDto {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  @ApiIntField('Rows per page.', { minimum: 1, maximum: 500, default: 50 }, 50, { optional: true })
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
  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(TEXT_MAX)
  @ApiTextField('The providing UN entity or partner, exactly as recorded.', TEXT_MAX, 'UNODC', {
    optional: true,
  })
  provider?: string;

  @IsOptional()
  @IsStateCode()
  @ApiStateField('The recipient State: records with a share for it (summaries count its share).', {
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

  @IsOptional()
  @IsIn(PILLAR_CODES)
  @ApiEnumField(PILLAR_CODES, 'Pillar', 'Pillar of the UN Global Counter-Terrorism Strategy.', {
    optional: true,
  })
  pillar?: string;

  @IsOptional()
  @IsIn(ASSISTANCE_KINDS)
  @ApiEnumField(ASSISTANCE_KINDS, 'AssistanceKind', 'Kind of assistance.', { optional: true })
  kind?: string;
}

/** The filters of a State scorecard, live or as of a past moment. */
export class ScorecardFiltersDto {
  @IsOptional()
  @IsStateCode()
  @ApiStateField('Only this State.', { optional: true })
  state?: string;

  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Only this framework.', 'dushanbe-declaration-2019', { optional: true })
  framework?: string;

  @IsOptional()
  @IsIn(PILLAR_CODES)
  @ApiEnumField(PILLAR_CODES, 'Pillar', 'Only this pillar.', { optional: true })
  pillar?: string;
}
