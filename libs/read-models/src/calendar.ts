/**
 * Calendar arithmetic on days (`YYYY-MM-DD`) and months (`YYYY-MM`), in UTC: the read models and
 * the reports judge statuses, ages and month ends by the day, never by the host's time zone.
 */

const DAY_MS = 86_400_000;

/** The day an instant falls on in UTC (a scheduled run's as-of date, "today"). */
export const utcDay = (instant: Date): string => instant.toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The last day of a month (`2024-02` -> `2024-02-29`). */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return utcDay(new Date(Date.UTC(y, m, 0)));
}

/** Every month from `first` to `last` (`YYYY-MM`), both included; empty when `last` is earlier. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) return months;
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
}
