import { isIsoDate } from '@ct/domain';
import { type ValidationOptions, registerDecorator } from 'class-validator';

/**
 * The earliest day a query may name: before the first framework this system tracks (the JPoA of
 * 2011, the Declaration of 2019) with room for older history, and far from the dates that make a
 * report's month series or an as-of cutoff degenerate.
 */
export const EARLIEST_QUERY_DATE = '1990-01-01';

/** How far past today a query date may reach: planning horizons ("overdue by the end of 2030"). */
export const QUERY_YEARS_AHEAD = 10;

/** The latest day a query may name, from today's UTC date: read when a request is validated. */
export function latestQueryDate(now: Date = new Date()): string {
  const latest = new Date(
    Date.UTC(now.getUTCFullYear() + QUERY_YEARS_AHEAD, now.getUTCMonth(), now.getUTCDate()),
  );
  return latest.toISOString().slice(0, 10);
}

/** Largest 64-bit signed value: positions travel as decimal strings and are parsed with BigInt. */
const MAX_POSITION = 9_223_372_036_854_775_807n;

const rangeMessage = (what: string) =>
  `$property must be ${what} between ${EARLIEST_QUERY_DATE} and today + ${QUERY_YEARS_AHEAD} years`;

/** A calendar day (YYYY-MM-DD) within [EARLIEST_QUERY_DATE, today + QUERY_YEARS_AHEAD years]. */
export function IsQueryDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isQueryDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: rangeMessage('a calendar date (YYYY-MM-DD)'), ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' &&
          isIsoDate(value) &&
          value >= EARLIEST_QUERY_DATE &&
          value <= latestQueryDate(),
      },
    });
}

/** An ISO 8601 date or instant (already checked by @IsISO8601) whose day lies within the same range. */
export function IsQueryInstant(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isQueryInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: rangeMessage('a date or instant'), ...options },
      validator: {
        validate: (value: unknown) => {
          // Not a date at all is @IsISO8601's to say: one error per defect, not two for one field.
          if (typeof value !== 'string') return true;
          const time = Date.parse(value);
          if (Number.isNaN(time)) return true;
          const day = new Date(time).toISOString().slice(0, 10);
          return day >= EARLIEST_QUERY_DATE && day <= latestQueryDate();
        },
      },
    });
}

/** A global position: decimal digits within 64 bits (whether the log reaches it is the route's check). */
export function IsPosition(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPosition',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a global position: decimal digits, at most 2^63-1', ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_POSITION,
      },
    });
}

/** A framework revision as a query names it: its `revisedOn` date, or `original` (the text as adopted). */
export const REVISION_PATTERN = /^(?:\d{4}-\d{2}-\d{2}|original)$/;

/** A framework revision: its date (`revisedOn`, a calendar date) or `original` (the text as adopted). */
export function IsRevision(): PropertyDecorator {
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

/** A day (its end, UTC) or an instant with its zone: an instant without a zone names no moment. */
export const KNOWN_AT_PATTERN =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * A day or an instant with its zone (`2024-06` or `2024-06-01T10:00` name no single moment). What
 * is not a date at all is @IsISO8601's to say: one error per defect.
 */
export function IsDayOrZonedInstant(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDayOrZonedInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message:
          '$property must be a date (YYYY-MM-DD, meaning its end, UTC) or an instant with its zone (Z or ±hh:mm)',
      },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || Number.isNaN(Date.parse(value)) || KNOWN_AT_PATTERN.test(value),
      },
    });
}
