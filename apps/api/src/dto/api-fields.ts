import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * OpenAPI documentation of the recurring kinds of field. The document comes from these explicit
 * decorators only (no compiler plugin), so that the build, the tests and the generated client all
 * see the same contract; each helper states the same rule as the validator next to it.
 */

/** The slug rule of ids (dto/common.ts ID_PATTERN), written out for the document. */
export const ID_PATTERN_SOURCE = '^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$';
/** Global positions and revisions are 64-bit and travel as decimal strings. */
export const POSITION_PATTERN_SOURCE = '^\\d{1,19}$';
export const STATE_PATTERN_SOURCE = '^[A-Z]{2}$';
export const DATE_PATTERN_SOURCE = '^\\d{4}-\\d{2}-\\d{2}$';

interface FieldOptions {
  /** Query parameters and optional body fields. Default: required. */
  optional?: boolean;
  /** An array of such values. */
  each?: boolean;
  example?: unknown;
  /** Extra constraints of arrays (`minItems`…) and anything else the generic helpers lack. */
  extra?: ApiPropertyOptions;
}

function field(base: ApiPropertyOptions, description: string, options: FieldOptions): PropertyDecorator {
  const { optional = false, each = false, example, extra = {} } = options;
  const documented = {
    ...base,
    description,
    required: !optional,
    ...(each ? { isArray: true } : {}),
    ...(example === undefined ? {} : { example }),
    ...extra,
  } as ApiPropertyOptions;
  return ApiProperty(documented);
}

/** A client-chosen slug (3-64 lowercase letters, digits, hyphens), e.g. `dushanbe-declaration-2019`. */
export const ApiIdField = (description: string, example: string, options: FieldOptions = {}) =>
  field(
    { type: String, pattern: ID_PATTERN_SOURCE, minLength: 3, maxLength: 64 },
    `${description} A slug: 3-64 lowercase letters, digits or hyphens, starting and ending with a letter or digit.`,
    { example: options.each ? [example] : example, ...options },
  );

/** ISO 3166-1 alpha-2, upper case; the server checks the code against the officially assigned list. */
export const ApiStateField = (description: string, options: FieldOptions = {}) =>
  field(
    { type: String, pattern: STATE_PATTERN_SOURCE, minLength: 2, maxLength: 2 },
    `${description} ISO 3166-1 alpha-2 code (officially assigned), e.g. TJ.`,
    { example: options.each ? ['KZ', 'KG', 'TJ', 'TM', 'UZ'] : 'TJ', ...options },
  );

/** A calendar day, YYYY-MM-DD (2019-02-30 is refused). */
export const ApiDateField = (description: string, example: string, options: FieldOptions = {}) =>
  field({ type: String, format: 'date', pattern: DATE_PATTERN_SOURCE }, `${description} YYYY-MM-DD.`, {
    example: options.each ? [example] : example,
    ...options,
  });

/** A global position in the event log, as a decimal string. */
export const ApiPositionField = (description: string, options: FieldOptions = {}) =>
  field({ type: String, pattern: POSITION_PATTERN_SOURCE, maxLength: 19 }, description, {
    example: '42',
    ...options,
  });

/** Free text a person wrote: non-empty unless optional, plain text (no control characters). */
export const ApiTextField = (
  description: string,
  maxLength: number,
  example: string,
  options: FieldOptions = {},
) =>
  field(
    // Items of a list are each non-empty; a single optional text may be empty.
    { type: String, minLength: options.optional && !options.each ? 0 : 1, maxLength },
    description,
    options.each ? { ...options, example: [example] } : { example, ...options },
  );

/** One of a closed list of codes. */
export const ApiEnumField = (
  values: readonly string[],
  enumName: string,
  description: string,
  options: FieldOptions = {},
) =>
  field({ type: String, enum: [...values], enumName }, description, {
    example: options.each ? [values[0]] : values[0],
    ...options,
  });

/** An integer within a range. */
export const ApiIntField = (
  description: string,
  range: { minimum: number; maximum?: number; default?: number },
  example: number,
  options: FieldOptions = {},
) => field({ type: 'integer', ...range }, description, { example, ...options });
