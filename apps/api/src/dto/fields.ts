import { applyDecorators } from '@nestjs/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import {
  ApiDateField,
  ApiEnumField,
  ApiIdField,
  ApiPositionField,
  ApiStateField,
  ApiTextField,
} from './api-fields';
import { IsPosition, IsQueryDate } from './bounds';
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
