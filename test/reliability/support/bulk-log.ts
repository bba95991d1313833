import { CommandGateway, parseCommandRecords } from '@ct/application';
import { type EventToAppend } from '@ct/event-store';
import { randomUUID } from 'node:crypto';
import { loadCommands } from '../../../apps/cli/src/load-commands';
import demoScenario from '../../../apps/cli/src/seed/demo-scenario.json';
import { startApi } from '../../support/api-harness';

/**
 * Writes the demo scenario and then `progressReports` more progress reports on one of its
 * assignments into DATA_DIR's event log, through the real (hash-chained) event store but without
 * the command path, so that a log big enough to matter takes seconds, not minutes, to build. The
 * copies are valid events of the template's assignment, so every projection applies them.
 */
export async function seedBulkLog(dataDir: string, progressReports: number): Promise<{ events: number }> {
  const api = await startApi({ DATA_DIR: dataDir, PROJECTOR: 'off' });
  try {
    const loaded = await loadCommands(
      api.app.get(CommandGateway),
      parseCommandRecords(demoScenario),
      'seed:bulk',
    );
    if (loaded.failed.length > 0) throw new Error(`demo scenario failed: ${JSON.stringify(loaded.failed)}`);
    // The latest report of the first assignment reported on: copies dated on its day come after
    // everything folded before them, as the reports of a live log do. Copies of an older report
    // would all be backfills, which recompute the assignment from all its reports at every batch
    // (a storm of thousands of backfills on one assignment is a known cost, README Performance).
    const reports = (await api.allEvents()).filter((e) => e.type === 'ProgressReported');
    const first = reports[0];
    if (!first) throw new Error('the demo scenario has no progress report to copy');
    const sameAssignment = (e: (typeof reports)[number]) =>
      e.streamName === first.streamName &&
      (e.data as { stateCode?: string }).stateCode === (first.data as { stateCode?: string }).stateCode;
    const reportedOn = (e: (typeof reports)[number]) => (e.data as { reportedOn: string }).reportedOn;
    const template = reports
      .filter(sameAssignment)
      .reduce((latest, e) => (reportedOn(e) >= reportedOn(latest) ? e : latest));
    const { actor, schemaVersion, command } = template.metadata;
    const data = template.data as Record<string, unknown>;
    const CHUNK = 1000;
    for (let from = 0; from < progressReports; from += CHUNK) {
      const events: EventToAppend[] = [];
      for (let i = from; i < Math.min(from + CHUNK, progressReports); i++) {
        const commandId = `bulk-${i}`;
        events.push({
          id: randomUUID(),
          type: template.type,
          data: { ...data, percentComplete: i % 100, note: `bulk report ${i}` },
          metadata: {
            actor,
            commandId,
            correlationId: randomUUID(),
            causationId: commandId,
            recordedAt: new Date().toISOString(),
            schemaVersion,
            ...(command !== undefined ? { command } : {}),
          },
        });
      }
      await api.store.appendToStream(template.streamName, events, { expectedRevision: 'any' });
    }
    return { events: (await api.allEvents()).length };
  } finally {
    await api.close();
  }
}

/** p-th percentile (0..1) of the values, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

/**
 * Calls `${baseUrl}/health/live` every `everyMs` from this process while `work` runs and returns
 * each probe's latency: what an orchestrator's liveness probe would have seen meanwhile.
 */
export async function probeLiveness<T>(
  baseUrl: string,
  work: Promise<T>,
  everyMs = 20,
): Promise<{ result: T; latenciesMs: number[] }> {
  let done = false;
  const finished = work.finally(() => (done = true));
  const latenciesMs: number[] = [];
  const probing = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/health/live`, { signal: AbortSignal.timeout(60_000) });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`/health/live answered ${response.status}`);
      latenciesMs.push(performance.now() - started);

      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  const [result] = await Promise.all([finished, probing]);
  return { result, latenciesMs };
}

/** The same probes without the request under test: what this machine (and load) gives right now. */
export async function idleLiveness(baseUrl: string, durationMs: number, everyMs = 10): Promise<number[]> {
  const idle = new Promise<void>((resolve) => setTimeout(resolve, durationMs));
  return (await probeLiveness(baseUrl, idle, everyMs)).latenciesMs;
}

/**
 * The ceiling for liveness latency during a heavy request: 200 ms (issue #14), or three times the
 * baseline p99 when the machine (shared CI cores) or the load alone brings probes near it. A
 * request that holds the event loop for a second still fails it.
 */
export const livenessCeilingMs = (idleLatenciesMs: readonly number[]): number =>
  Math.max(200, 3 * percentile(idleLatenciesMs, 0.99));
