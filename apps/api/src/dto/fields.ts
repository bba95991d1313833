import { applyDecorators } from '@nestjs/common';
import { BASES } from '@ct/application';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ApiDateField,
  ApiEnumField,
  ApiIdField,
  ApiIntField,
  ApiPositionField,
  ApiStateField,
  ApiTextField,
} from './api-fields';
import {
  IsDayOrZonedInstant,
  IsPosition,
  IsQueryDate,
  IsQueryInstant,
  IsRevision,
  KNOWN_AT_PATTERN,
  REVISION_PATTERN,
} from './bounds';
import { IsPlainText } from './text';
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, LONG_TEXT_MAX, TEXT_MAX } from './validators';

/**
 * Validated and documented fields: each kind's class-validator rules and its OpenAPI documentation
 * as one decorator, so a DTO states a field once (`@DateField('Day of adoption.', '2019-05-17')`)
 * and the rule and the document cannot drift apart. Each is exactly the stack of decorators the
 * DTOs carried before, in the same order (the order in which a 400 lists a field's broken rules).
 */

/**
 * Decorators in the order they would be written above a property. Written there, the bottom one
 * applies first; `applyDecorators` would apply the top one first and so reorder the constraints.
 */
export const stacked =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorate of [...decorators].reverse()) decorate(target, key);
  };

interface Presence {
  /** Query parameters and optional body fields: absent is fine, given must be valid. */
  optional?: boolean;
}

const presence = ({ optional = false }: Presence): PropertyDecorator[] => (optional ? [IsOptional()] : []);

/** A client-chosen slug id. */
export const IdField = (description: string, example: string, options: Presence = {}) =>
  stacked(
    ...presence(options),
    Matches(ID_PATTERN, { message: ID_MESSAGE }),
    ApiIdField(description, example, options),
  );

/** A list of slug ids, no repeats. */
export const IdListField = (description: string, example: string, { maxItems }: { maxItems: number }) =>
  stacked(
    IsArray(),
    ArrayMaxSize(maxItems),
    ArrayUnique(),
    Matches(ID_PATTERN, { each: true, message: ID_MESSAGE }),
    ApiIdField(description, example, { each: true, extra: { maxItems, uniqueItems: true } }),
  );

/** An officially assigned ISO 3166-1 alpha-2 State code. */
export const StateField = (description: string, options: Presence = {}) =>
  stacked(...presence(options), IsStateCode(), ApiStateField(description, options));

/** The States of a framework or process: 1-250 codes, no repeats. */
export const StateListField = (description: string, options: Presence = {}) =>
  stacked(
    ...presence(options),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(250),
    ArrayUnique(),
    IsStateCode({ each: true }),
    ApiStateField(description, {
      ...options,
      each: true,
      extra: { minItems: 1, maxItems: 250, uniqueItems: true },
    }),
  );

/** A calendar day of a record (YYYY-MM-DD; 2019-02-30 is refused). */
export const DateField = (description: string, example: string, options: Presence = {}) =>
  stacked(...presence(options), IsCalendarDate(), ApiDateField(description, example, options));

/** A day a query asks about: optional, from 1990-01-01 to today + 10 years (dto/bounds.ts). */
export const QueryDateField = (description: string, example: string) =>
  stacked(IsOptional(), IsQueryDate(), ApiDateField(description, example, { optional: true }));

/** A global position a query names: optional, decimal digits within 64 bits. */
export const PositionQueryField = (description: string) =>
  stacked(IsOptional(), IsPosition(), ApiPositionField(description, { optional: true }));

/** How many rows a page holds: optional, 1 to `maximum`, `default` when absent. */
export const LimitQueryField = (description: string, range: { maximum: number; default: number }) =>
  stacked(
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(range.maximum),
    ApiIntField(description, { minimum: 1, ...range }, range.default, { optional: true }),
  );

/** An ISO 8601 date or instant a query names, from 1990-01-01 to today + 10 years. */
export const InstantQueryField = (description: string, example: string) =>
  stacked(
    IsOptional(),
    IsISO8601({ strict: true }),
    IsQueryInstant(),
    ApiPropertyOptional({ type: String, description, example }),
  );

/**
 * Record time (README, Two timelines): a day (its end, UTC) or an instant with its zone, from
 * 1990-01-01 to today + 10 years.
 */
export const KnownAtQueryField = (description: string) =>
  stacked(
    IsOptional(),
    IsISO8601({ strict: true }),
    IsDayOrZonedInstant(),
    IsQueryInstant(),
    ApiPropertyOptional({
      type: String,
      pattern: KNOWN_AT_PATTERN.source,
      description,
      example: '2024-06-01',
    }),
  );

/** Which progress reports count: `reported` (default) or `validated`. */
export const BasisQueryField = (description: string) =>
  stacked(
    IsOptional(),
    IsIn(BASES),
    ApiPropertyOptional({ enum: BASES, enumName: 'ReportBasis', default: 'reported', description }),
  );

/** Only the deliverables a framework revision (or the original text) introduced. */
export const RevisionQueryField = () =>
  stacked(
    IsOptional(),
    IsRevision(),
    ApiPropertyOptional({
      type: String,
      pattern: REVISION_PATTERN.source,
      description:
        'Only deliverables introduced by the framework revision of this date (`revisedOn`), or by the original text (`original`).',
      example: '2022-03-03',
    }),
  );

/** One of a closed list of codes. */
export const EnumField = (
  values: readonly string[],
  enumName: string,
  description: string,
  options: Presence = {},
) => stacked(...presence(options), IsIn(values), ApiEnumField(values, enumName, description, options));

interface TextOptions extends Presence {
  /** Default TEXT_MAX (500). */
  max?: number;
  /** Line feeds and tabs allowed (notes, reasons); other control characters never. */
  multiline?: boolean;
  /** An optional text that may also be given empty (filters, references); otherwise non-empty. */
  allowEmpty?: boolean;
}

/** Free text a person wrote: plain text (dto/text.ts), at most `max` characters. */
export const TextField = (description: string, example: string, options: TextOptions = {}) => {
  const { max = TEXT_MAX, multiline = false, allowEmpty = false } = options;
  return stacked(
    ...presence(options),
    IsString(),
    IsPlainText(multiline ? { multiline } : {}),
    ...(allowEmpty ? [] : [IsNotEmpty()]),
    MaxLength(max),
    ApiTextField(description, max, example, options.optional ? { optional: true } : {}),
  );
};

/**
 * Why a record changes: required, non-empty, line feeds and tabs allowed, at most LONG_TEXT_MAX.
 * Its rules are checked (and a 400 lists them) in the order it always had: type, text, emptiness,
 * length.
 */
export const ReasonField = (description: string, example: string) =>
  applyDecorators(
    IsString(),
    IsPlainText({ multiline: true }),
    IsNotEmpty(),
    MaxLength(LONG_TEXT_MAX),
    ApiTextField(`${description} (line feeds and tabs allowed).`, LONG_TEXT_MAX, example),
  );
