import { decimalPlacesOf, isIsoDate, isStateCode } from '@ct/domain';
import { type ValidationOptions, registerDecorator } from 'class-validator';
import { ID_PATTERN_SOURCE } from './api-fields';

/**
 * The validators of the recurring kinds of field (ids, dates, States) and the bounds of free text.
 * dto/fields.ts pairs each with its OpenAPI documentation.
 */

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

/**
 * A finite number with at most `max` decimals. Not class-validator's `IsNumber({ maxDecimalPlaces })`:
 * it counts the digits after a '.' in `String(value)`, and a value small enough to print in
 * exponent notation (-5e-323, 1e-7) has none, so it threw a TypeError (a 500) instead of refusing
 * it. The domain's decimalPlacesOf reads the exact decimal expansion.
 */
export function IsNumberWithDecimals(max: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNumberWithDecimals',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be a finite number with at most ${max} decimals`, ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'number' && Number.isFinite(value) && decimalPlacesOf(value) <= max,
      },
    });
}
