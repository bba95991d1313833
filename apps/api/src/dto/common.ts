import { ASSISTANCE_KINDS, PILLAR_CODES, isIsoDate, isStateCode } from '@ct/domain';
import { Type } from 'class-transformer';
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

/** Identifiers are slugs chosen by the client (`dushanbe-declaration-2019`) or UUIDs. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/;
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
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;
}

/** The filters of assistance lists and reports. */
export class AssistanceFiltersDto {
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  provider?: string;

  @IsOptional()
  @IsStateCode()
  recipientState?: string;

  @IsOptional()
  @IsIn(PILLAR_CODES)
  pillar?: string;

  @IsOptional()
  @IsIn(ASSISTANCE_KINDS)
  kind?: string;
}

/** The filters of a State scorecard, live or as of a past moment. */
export class ScorecardFiltersDto {
  @IsOptional()
  @IsStateCode()
  state?: string;

  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  framework?: string;

  @IsOptional()
  @IsIn(PILLAR_CODES)
  pillar?: string;
}
