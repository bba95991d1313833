/**
 * The write path, measured three ways in the same process:
 * - the floor: better-sqlite3 alone doing what one append does, durably, one at a time, in blocks
 *   alternating with the blocks of commands it is compared with;
 * - progress reports through the Nest CommandBus into the embedded store, one at a time;
 * - the same with many commands in flight, where the store's group commit can batch fsyncs;
 * - many writers on ONE (deliverable, State) assignment, i.e. one hot stream, against one writer on it.
 */
import { CommandGateway, TrackerModule, loadConfig } from '@ct/application';
import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { ACTOR, pair, progressBody, reportCommand, seed } from './fixtures';
import { type Latency, latencyOf, log, now, round, secondsSince } from './util';

/** The embedded store's schema (libs/event-store/src/sqlite/sqlite-event-store.ts), for the floor. */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id    TEXT    NOT NULL,
    stream_name TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    UNIQUE (stream_name, revision)
  );
  CREATE INDEX IF NOT EXISTS events_event_id ON events (event_id);
  CREATE TABLE IF NOT EXISTS streams (
    stream_name TEXT PRIMARY KEY,
    revision    INTEGER NOT NULL
  ) WITHOUT ROWID;
`;

export interface FloorResult {
  appends: number;
  seconds: number;
  appendsPerSec: number;
}

/**
 * Raw better-sqlite3, same durability as the store (WAL, synchronous=FULL): per append, in one
 * transaction, read the stream's revision, insert the event, update the stream's revision. Appends
 * are made in blocks, interleaved with the blocks of commands they are compared with.
 */
export class Floor {
  private readonly db: Database.Database;
  private readonly append: (k: number) => void;
  private next = 0;
  private appends = 0;
  private seconds = 0;

  constructor(dir: string) {
    this.db = new Database(join(dir, 'floor.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
    const revisionOf = this.db.prepare<[string], { revision: number }>(
      'SELECT revision FROM streams WHERE stream_name = ?',
    );
    const insert = this.db.prepare(
      'INSERT INTO events (event_id, stream_name, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const upsert = this.db.prepare(
      'INSERT INTO streams (stream_name, revision) VALUES (?, ?) ON CONFLICT (stream_name) DO UPDATE SET revision = excluded.revision',
    );
    this.append = this.db.transaction((k: number) => {
      const { deliverableId } = pair(k);
      const stream = `deliverable-${deliverableId}`;
      const revision = (revisionOf.get(stream)?.revision ?? -1) + 1;
      const recordedAt = new Date().toISOString();
      const id = randomUUID();
      const meta = { actor: ACTOR, commandId: id, correlationId: id, causationId: id, recordedAt };
      insert.run(
        id,
        stream,
        revision,
        'ProgressReported',
        JSON.stringify({ deliverableId, ...progressBody(k) }),
        JSON.stringify({ ...meta, schemaVersion: 1, command: 'ReportProgress' }),
        recordedAt,
      );
      upsert.run(stream, revision);
    });
    for (let i = 0; i < 200; i++) this.append(this.next++); // warm-up
  }

  /** `count` appends, one at a time (each its own durable transaction), timed. */
  block(count: number): void {
    const start = now();
    for (let i = 0; i < count; i++) this.append(this.next++);
    this.seconds += secondsSince(start);
    this.appends += count;
  }

  result(): FloorResult {
    return { appends: this.appends, seconds: this.seconds, appendsPerSec: this.appends / this.seconds };
  }

  close(): void {
    this.db.close();
  }
}

export interface CommandsResult {
  commands: number;
  inFlight: number;
  seconds: number;
  commandsPerSec: number;
  errors: Record<string, number>;
  /** Per command, from send() to its answer. */
  latencyMs: Latency;
  /** Process CPU time (user + system) per command: less sensitive to the disk than throughput. */
  cpuMsPerCommand: number;
  /** Appends per group-commit transaction, when the store is the embedded one. */
  meanBatch?: number;
  setupCommands: number;
  setupSeconds: number;
  /** The floor measured in blocks alternating with this phase's blocks of commands. */
  floor: FloorResult;
}

/** Commands and floor appends alternate in blocks of this many, so that both see the same disk. */
const BLOCK = 500;

async function openTracker(
  dataDir: string,
): Promise<{ app: INestApplicationContext; gateway: CommandGateway; store: EventStore }> {
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PROJECTOR: 'off' });
  const app = await NestFactory.createApplicationContext(TrackerModule.forRoot(config), { logger: false });
  return { app, gateway: app.get(CommandGateway), store: app.get<EventStore>(EVENT_STORE) };
}

/** Counts appends per flush of the embedded store's group commit (reads private fields; bench only). */
function watchBatches(store: EventStore): () => number | undefined {
  // Decorators (e.g. the hash chain) keep the store they wrap in `inner`.
  let target = store as unknown as { inner?: unknown };
  while (target.inner) target = target.inner;
  const internals = target as { pending?: unknown[]; flush?: () => void };
  const original = internals.flush;
  if (typeof original !== 'function' || !Array.isArray(internals.pending)) return () => undefined;
  let flushes = 0;
  let appends = 0;
  internals.flush = function (this: typeof internals) {
    const waiting = this.pending?.length ?? 0;
    if (waiting > 0) {
      flushes += 1;
      appends += waiting;
    }
    original.call(this);
  };
  return () => (flushes === 0 ? undefined : appends / flushes);
}

/**
 * ReportProgress commands through CommandGateway.send (the Nest CommandBus, AggregateStore, the
 * embedded store) on a fresh data directory, `inFlight` at a time, each awaited.
 */
export async function measureCommands(
  parentDir: string,
  commands: number,
  inFlight: number,
  label: string,
): Promise<CommandsResult> {
  const dataDir = mkdtempSync(join(parentDir, 'commands-'));
  const { app, gateway, store } = await openTracker(dataDir);
  try {
    const setupStart = now();
    const setupCommands = await seed(gateway);
    const setupSeconds = secondsSince(setupStart);
    log(`${label}: seeded ${setupCommands} commands in ${setupSeconds.toFixed(1)} s`);

    const errors: Record<string, number> = {};
    const durations: number[] = [];
    let next = 0;
    let done = 0;
    /** Commands k in [from, to), `inFlight` at a time. */
    const run = async (from: number, to: number, record: boolean) => {
      next = from;
      const worker = async () => {
        for (let k = next++; k < to; k = next++) {
          const started = now();
          try {
            await gateway.send(...reportCommand(k));
          } catch (error) {
            const name = (error as Error).name;
            errors[name] = (errors[name] ?? 0) + 1;
          }
          if (record) {
            durations.push(secondsSince(started) * 1000);
            done += 1;
            if (done % 1000 === 0) log(`${label}: ${done}/${commands}`);
          }
        }
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
    };
    await run(0, Math.min(500, commands), false); // warm-up: every pair once
    const batches = watchBatches(store);
    const floor = new Floor(mkdtempSync(join(parentDir, 'floor-')));
    let seconds = 0;
    let cpuMicros = 0;
    try {
      for (let from = 0; from < commands; from += BLOCK) {
        const start = now();
        const cpu = process.cpuUsage();
        await run(500 + from, 500 + Math.min(commands, from + BLOCK), true);
        const used = process.cpuUsage(cpu);
        cpuMicros += used.user + used.system;
        seconds += secondsSince(start);
        floor.block(Math.min(BLOCK, commands - from));
      }
    } finally {
      floor.close();
    }
    return {
      commands,
      inFlight,
      seconds,
      commandsPerSec: commands / seconds,
      errors,
      latencyMs: latencyOf(durations),
      cpuMsPerCommand: round(cpuMicros / 1000 / commands, 4),
      meanBatch: batches(),
      setupCommands,
      setupSeconds,
      floor: floor.result(),
    };
  } finally {
    await app.close();
  }
}

export interface HotStreamResult {
  commands: number;
  writers: number;
  seconds: number;
  commandsPerSec: number;
  /** Commands answered with a result (201 over HTTP). */
  accepted: number;
  /** Commands refused, by error name (a 409 would be ConcurrencyConflictError). */
  refused: Record<string, number>;
  acceptedShare: number;
  /** Accepted commands whose event is not in the stream afterwards: must be 0. */
  lost: number;
}

/**
 * `commands` progress reports on one assignment (one stream), `writers` at a time: a busy
 * deliverable during a reporting deadline. Inside one process commands on a stream queue up, so
 * every one should land; throughput is compared with one writer on the same stream.
 */
export async function measureHotStream(
  parentDir: string,
  commands: number,
  writers: number,
  label: string,
): Promise<HotStreamResult> {
  const dataDir = mkdtempSync(join(parentDir, 'hot-'));
  const { app, gateway, store } = await openTracker(dataDir);
  try {
    await seed(gateway);
    const refused: Record<string, number> = {};
    const acceptedIds = new Set<string>();
    let next = 0;
    const start = now();
    const worker = async () => {
      for (let k = next++; k < commands; k = next++) {
        try {
          const result = await gateway.send(...reportCommand(k, 0));
          for (const id of result.eventIds) acceptedIds.add(id);
        } catch (error) {
          const name = (error as Error).name;
          refused[name] = (refused[name] ?? 0) + 1;
        }
        if ((k + 1) % 1000 === 0) log(`${label}: ${k + 1}/${commands}`);
      }
    };
    await Promise.all(Array.from({ length: writers }, worker));
    const seconds = secondsSince(start);
    const stored = new Set<string>();
    for await (const event of store.readStream(`deliverable-${pair(0).deliverableId}`)) stored.add(event.id);
    const lost = [...acceptedIds].filter((id) => !stored.has(id)).length;
    return {
      commands,
      writers,
      seconds,
      commandsPerSec: commands / seconds,
      accepted: acceptedIds.size,
      refused,
      acceptedShare: round(acceptedIds.size / commands, 4),
      lost,
    };
  } finally {
    await app.close();
  }
}
