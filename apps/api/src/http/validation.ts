import {
  type ArgumentMetadata,
  BadRequestException,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';

/** One `{ field, message }` per broken constraint, with the full path (`amount.currency`, `adoptingStates[1]`). */
export function flattenValidationErrors(
  errors: ValidationError[],
  parent = '',
): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const isIndex = /^\d+$/.test(error.property);
    // A key that is the empty string still needs a name a client can see: `[""]`.
    const field =
      error.property === ''
        ? `${parent}[""]`
        : parent === ''
          ? error.property
          : isIndex
            ? `${parent}[${error.property}]`
            : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export class InvalidInputException extends BadRequestException {
  constructor(readonly fieldErrors: { field: string; message: string }[]) {
    super('The request body is invalid');
  }
}

/** No DTO nests deeper than a few levels; anything deeper is refused before it is transformed. */
export const MAX_BODY_DEPTH = 16;

/** Keys that class-transformer drops without a word, so that the whitelist never sees them. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Names of Object.prototype's other members (`toString`, `valueOf`, `hasOwnProperty`…). class-validator
 * looks a key's rules up in a plain object, finds the inherited member there and takes such a key
 * for a declared field: `forbidNonWhitelisted` lets it through and the whitelist strips it without
 * a word. Not dangerous like `__proto__` (they are stripped), but an unknown field all the same.
 */
const INHERITED_KEYS = new Set(
  Object.getOwnPropertyNames(Object.prototype).filter((key) => !PROTOTYPE_KEYS.has(key)),
);

/** How the validation errors name `key` of `value` under `path` (`a.b`, `a[0]`, `[""]`). */
function fieldName(value: object, path: string, key: string): string {
  if (Array.isArray(value)) return `${path}[${key}]`;
  if (key === '') return `${path}[""]`;
  return path ? `${path}.${key}` : key;
}

/**
 * What the pipe must refuse before class-transformer runs: values nested deeper than `max` (checked
 * without deep recursion: it stops at that depth) and prototype keys at any depth.
 */
export function shapeErrors(
  value: unknown,
  max: number,
  path = '',
  depth = 0,
): { field: string; message: string }[] {
  if (value === null || typeof value !== 'object') return [];
  if (depth >= max) return [{ field: path || 'body', message: `nested deeper than ${max} levels` }];
  const errors: { field: string; message: string }[] = [];
  for (const [key, child] of Object.entries(value)) {
    // Named as flattenValidationErrors names them: an empty key is `[""]`, never an empty segment.
    const field = fieldName(value, path, key);
    if (!Array.isArray(value) && PROTOTYPE_KEYS.has(key))
      errors.push({ field, message: `property ${key} should not exist` });
    else errors.push(...shapeErrors(child, max, field, depth + 1));
  }
  return errors;
}

/** Keys naming an inherited member of Object.prototype, at any depth (see INHERITED_KEYS). */
export function inheritedKeyErrors(value: unknown, path = ''): { field: string; message: string }[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const field = fieldName(value, path, key);
    return !Array.isArray(value) && INHERITED_KEYS.has(key)
      ? [{ field, message: `property ${key} should not exist` }]
      : inheritedKeyErrors(child, field);
  });
}

/**
 * class-transformer and class-validator recurse through the whole body: a JSON body nested a few
 * thousand levels deep overflowed the stack (a 500). And they silently drop `__proto__` and
 * `constructor` keys instead of refusing them as unknown fields. Both are checked first, as a 400.
 * Keys naming Object.prototype's other members are refused too, named with every other bad field.
 */
class BoundedValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const errors = shapeErrors(value, MAX_BODY_DEPTH);
    if (errors.length > 0) throw new InvalidInputException(errors);
    const inherited = inheritedKeyErrors(value);
    if (inherited.length === 0) return (await super.transform(value, metadata)) as unknown;
    try {
      await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof InvalidInputException)
        throw new InvalidInputException([...inherited, ...error.fieldErrors]);
      throw error;
    }
    throw new InvalidInputException(inherited);
  }
}

/** Whitelist, forbid unknown fields, transform: the DTO is the whole contract of an endpoint. */
export const validationPipe = new BoundedValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  transform: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors) => new InvalidInputException(flattenValidationErrors(errors)),
});
