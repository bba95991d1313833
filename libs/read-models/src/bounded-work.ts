import { setImmediate as nextMacrotask } from 'node:timers/promises';

/** The stable `rule` of a request refused because answering it would take too much work. */
export type WorkLimitRule = 'replay-too-large' | 'report-too-large';

/**
 * A request whose answer would exceed a configured size (events replayed, rows gathered): refused
 * as a whole (413) instead of holding the process for minutes. Nothing was written.
 */
export class WorkTooLargeError extends Error {
  override readonly name = 'WorkTooLargeError';
  constructor(
    readonly rule: WorkLimitRule,
    /** The parameter a client can change to ask for less (e.g. `state`, `position`, `asOf`). */
    readonly field: string,
    readonly limit: number,
    message: string,
  ) {
    super(message);
  }
}

/** Longest stretch of synchronous work between two turns of the event loop. */
export const WORK_SLICE_MS = 10;

/**
 * Cooperative time slicing. better-sqlite3 answers synchronously, so a replay or a report built
 * from thousands of awaited queries still never lets the event loop run: promises resolve as
 * microtasks. Calling `tick()` in such loops gives timers and sockets (health probes, other
 * requests) a turn every `sliceMs` of work, at the cost of one setImmediate per slice.
 */
export class TimeSlicer {
  private since = performance.now();

  constructor(private readonly sliceMs = WORK_SLICE_MS) {}

  async tick(): Promise<void> {
    if (performance.now() - this.since < this.sliceMs) return;
    await nextMacrotask();
    this.since = performance.now();
  }
}
