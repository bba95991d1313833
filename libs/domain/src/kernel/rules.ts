import { isStateCode } from './code-lists';
import { type IsoDate, dayOf, isIsoDate } from './dates';
import { type RuleCheck } from './errors';

/** Input rules shared by several aggregates, so each is phrased (and tested) once. */
export function checkDate(check: RuleCheck, value: IsoDate, field: string, now: string): void {
  check.require(isIsoDate(value), 'invalid-date', `${field} must be a calendar date (YYYY-MM-DD)`, field);
  check.require(value <= dayOf(now), 'date-in-future', `${field} (${value}) cannot be after today`, field);
}

export function checkStates(check: RuleCheck, codes: readonly string[], field: string): void {
  check.require(codes.length > 0, 'no-states', `${field} needs at least one State`, field);
  codes.forEach((code, i) =>
    check.require(
      isStateCode(code),
      'unknown-state',
      `${code} is not an ISO 3166-1 alpha-2 code`,
      `${field}[${i}]`,
    ),
  );
  check.require(
    new Set(codes).size === codes.length,
    'duplicate-state',
    `${field} lists a State twice`,
    field,
  );
}

export function checkState(check: RuleCheck, code: string, field: string): void {
  check.require(isStateCode(code), 'unknown-state', `${code} is not an ISO 3166-1 alpha-2 code`, field);
}

export function checkText(check: RuleCheck, value: string, field: string): void {
  check.require(value.trim().length > 0, 'empty-text', `${field} must not be empty`, field);
}
