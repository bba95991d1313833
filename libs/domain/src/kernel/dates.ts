/**
 * Calendar dates (`YYYY-MM-DD`): adoption, due and reporting dates are days in the life of a
 * declaration, not instants, so they carry no time zone. They compare correctly as strings.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): value is IsoDate {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The calendar day of an ISO instant as written (handlers pass UTC `toISOString()` instants); the domain never reads a clock. */
export const dayOf = (instant: string): IsoDate => instant.slice(0, 10);
