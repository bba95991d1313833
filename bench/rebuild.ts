/**
 * Rebuild benchmark: a generated event log of realistic shape (bench/event-log.ts), rebuilt into a
 * fresh SQLite read store in a child process (bench/rebuild-child.ts, for a clean peak RSS), next
 * to a floor read in the same run: better-sqlite3 alone stepping through the events table in
 * order and parsing the JSON columns as the store does.
 */
import Database from 'better-sqlite3';
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { type EventLogStats, generateEventLog } from './event-log';
import { type RebuildChildArgs, type RebuildChildResult } from './rebuild-child';
import { log, round } from './util';

const ROOT = join(__dirname, '..');

export interface FloorReadResult {
  rows: number;
  seconds: number;
  rowsPerSec: number;
}

export interface RebuildBenchResult {
  log: EventLogStats;
  /** Floor reads before and after the rebuild; the figure is their mean. */
  floorReads: FloorReadResult[];
  floorReadRowsPerSec: number;
  child: RebuildChildResult;
}

/**
 * What a rebuild cannot beat: every row of the events table in position order, with the work the
 * store does per row (toRecorded: two JSON.parse, two BigInt), and nothing else.
 */
export function floorRead(eventsFile: string): FloorReadResult {
  const db = new Database(eventsFile, { readonly: true });
  try {
    const statement = db.prepare<[], Record<string, unknown>>(
      'SELECT position, event_id, stream_name, revision, type, data, metadata FROM events ORDER BY position',
    );
    const started = process.hrtime.bigint();
    let rows = 0;
    let sink = 0;
    for (const row of statement.iterate()) {
      const event = {
        id: row.event_id as string,
        streamName: row.stream_name as string,
        revision: BigInt(row.revision as number),
        position: BigInt(row.position as number),
        type: row.type as string,
        data: JSON.parse(row.data as string) as unknown,
        metadata: JSON.parse(row.metadata as string) as { recordedAt: string },
      };
      sink += event.metadata.recordedAt.length;
      rows += 1;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (sink < 0) log('unreachable');
    return { rows, seconds: round(seconds, 2), rowsPerSec: round(rows / seconds, 1) };
  } finally {
    db.close();
  }
}

function runChild(args: RebuildChildArgs): Promise<RebuildChildResult> {
  const child = fork(join(__dirname, 'rebuild-child.ts'), [JSON.stringify(args)], {
    cwd: ROOT,
    execArgv: ['-r', join(ROOT, 'test/support/register-ts.js')],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let result: RebuildChildResult | undefined;
    child.on('message', (message) => (result = message as RebuildChildResult));
    child.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`rebuild child exited with ${code}`)),
    );
  });
}

export async function measureRebuild(
  dir: string,
  plan: { events: number; deliverables: number; scorecardCalls: number; asOfRuns: number },
): Promise<RebuildBenchResult> {
  const eventsFile = join(dir, 'events.sqlite');
  log(`rebuild: generating ${plan.events} events over ${plan.deliverables} deliverables`);
  const stats = generateEventLog(eventsFile, { events: plan.events, deliverables: plan.deliverables });
  log(
    `rebuild: generated ${stats.events} events in ${stats.streams} streams in ${stats.seconds.toFixed(1)} s ` +
      `(${JSON.stringify(stats.byType)})`,
  );
  const before = floorRead(eventsFile);
  log(`rebuild: floor read ${before.rowsPerSec.toFixed(0)} rows/s`);
  const child = await runChild({
    eventsFile,
    readStoreFile: join(dir, 'read-models.sqlite'),
    scorecardCalls: plan.scorecardCalls,
    asOfRuns: plan.asOfRuns,
    // The State with the shortest history, as of three quarters of the log.
    asOfState: 'TM',
    asOfPosition: Math.floor(stats.events * 0.75),
  });
  log(
    `rebuild: ${child.rebuild.eventsPerSec.toFixed(0)} events/s, peak RSS ${child.rebuild.peakRssMb} MB; ` +
      `scorecard p95 ${child.scorecard.latencyMs.p95} ms; as-of ${child.asOf.medianMs} ms cold, ${child.asOf.repeatMedianMs} ms asked again ` +
      `(${child.asOf.eventsReplayed} of ${child.asOf.eventsUpToCutoff} events)`,
  );
  const after = floorRead(eventsFile);
  log(`rebuild: floor read ${after.rowsPerSec.toFixed(0)} rows/s`);
  return {
    log: stats,
    floorReads: [before, after],
    floorReadRowsPerSec: round((before.rowsPerSec + after.rowsPerSec) / 2, 1),
    child,
  };
}
