/**
 * REPORT_SCHEDULE: either a daily time `HH:MM` (UTC) or an interval `<n>m` / `<n>h` (at least one
 * minute). Deliberately small: no cron expressions, so no cron library.
 */
export const REPORT_SCHEDULE_PATTERN = /^(?:([01]\d|2[0-3]):([0-5]\d)|([1-9]\d{0,4})(m|h))$/;

export type ReportSchedule = { kind: 'daily'; hour: number; minute: number } | { kind: 'every'; ms: number };

export function parseReportSchedule(text: string): ReportSchedule {
  const match = REPORT_SCHEDULE_PATTERN.exec(text);
  if (!match)
    throw new RangeError(
      `REPORT_SCHEDULE must be HH:MM (UTC) or an interval such as 30m or 24h, got '${text}'`,
    );
  if (match[1] !== undefined) return { kind: 'daily', hour: Number(match[1]), minute: Number(match[2]) };
  return { kind: 'every', ms: Number(match[3]) * (match[4] === 'h' ? 3_600_000 : 60_000) };
}

/** The next run strictly after `now`. */
export function nextRun(schedule: ReportSchedule, now: Date): Date {
  if (schedule.kind === 'every') return new Date(now.getTime() + schedule.ms);
  const next = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), schedule.hour, schedule.minute),
  );
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/** The as-of date of a scheduled run: the current day in UTC, never the local zone of the host. */
export { utcDay } from '@ct/read-models';

export interface SchedulerHandle {
  stop(): void;
}

/**
 * Calls `run` at each scheduled time, one run at a time (a run still going when the next is due
 * makes that one skip, logged by the caller through `onSkip`; a failed run goes to `onError` and
 * the next one still happens). Timers are unref'd: the scheduler
 * never keeps a process alive on its own.
 */
export function startScheduler(
  schedule: ReportSchedule,
  run: (now: Date) => Promise<void>,
  hooks: { onSkip?: (now: Date) => void; onError?: (error: unknown) => void; clock?: () => Date } = {},
): SchedulerHandle {
  const clock = hooks.clock ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    const now = clock();
    // setTimeout holds at most ~24.8 days; a daily or hourly schedule is far below that.
    timer = setTimeout(fire, Math.max(0, nextRun(schedule, now).getTime() - now.getTime()));
    timer.unref();
  };
  const fire = () => {
    const now = clock();
    if (running) hooks.onSkip?.(now);
    else {
      running = true;
      run(now)
        .catch((error: unknown) => hooks.onError?.(error))
        .finally(() => {
          running = false;
        });
    }
    arm();
  };
  arm();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
