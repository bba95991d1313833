import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type EventStore, type RecordedEvent, type Subscription } from '@ct/event-store';
import { applyBatch } from './apply-batch';
import { NO_POSITION, minPosition, readCheckpoints, readLowestCheckpoint } from './checkpoints';
import { type Projection } from './projection';
import { ALL_PROJECTIONS } from './projections';
import { type ReadStore } from './read-store';
import { LockLostError, type WriterLock, writerLockFor } from './writer-lock';

export interface ProjectorOptions {
  store: ReadStore;
  eventStore: EventStore;
  /** Default: every read model. */
  projections?: readonly Projection[];
  /** Most events applied in one transaction; fewer when fewer have arrived. Default 500. */
  batchSize?: number;
  /**
   * Once live, how long a batch waits for more events before it is committed, unless a reader is
   * waiting (waitFor) for a position the batch already holds. A commit's cost grows far less than
   * its number of events (on SQLite a batch of ~13 progress reports writes ~90 pages to the WAL,
   * one of 500 ~400; plus the checkpoints and the statements compiled once per flush), so gathering
   * the API's group commits, which follow each other a few milliseconds apart under load, makes
   * fewer, larger batches. The price is up to that much staleness for reads that do not ask for a
   * position; read-your-writes (`minPosition`) does not wait for it. 0 commits whatever has arrived
   * at once. Default GATHER_MS.
   */
  gatherMs?: number;
  /** Identifies this instance in the SQLite lease. */
  ownerId?: string;
  /** Name of the writer lock; instances sharing it exclude each other. Default `projector`. */
  lockName?: string;
  /** SQLite lease duration; renewed every third of it. Default 15 s. */
  leaseMs?: number;
  /** How often a standby tries to take the lock. Default 1 s. */
  standbyPollMs?: number;
  /** Delay before resubscribing after a failure, doubling up to maxMs. */
  backoff?: { initialMs?: number; maxMs?: number };
  /** Stop by itself once every projection has reached the head seen when it started. */
  stopWhenCaughtUp?: boolean;
  onError?: (error: unknown) => void;
}

export type ProjectorRole = 'idle' | 'standby' | 'active' | 'stopped';

export interface ProjectorStatus {
  role: ProjectorRole;
  /** Lowest checkpoint over the projections run (what read-your-writes can rely on); -1 = none yet. */
  checkpoint: bigint;
  checkpoints: Record<string, bigint>;
  /** Caught up with the log and following it as events are appended. */
  live: boolean;
  eventsProcessed: number;
  batchesCommitted: number;
  resubscriptions: number;
  /**
   * The last failure since the projector last made progress; cleared once a batch commits again
   * or the subscription is caught up with everything it delivered committed.
   */
  lastError?: string;
  /** When the current run of failures began (ISO instant); absent while healthy. */
  failingSince?: string;
  /** Failures in a row without a commit in between. */
  consecutiveFailures: number;
  /**
   * The same work failed STUCK_AFTER_FAILURES times in a row without progress (e.g. a batch that
   * breaks a constraint every time it is retried): it will not get better by waiting.
   */
  stuck: boolean;
}

/** How long a live batch waits for more events by default (ProjectorOptions.gatherMs). */
export const GATHER_MS = 10;

/** Failures in a row, with no commit in between, after which the projector is reported stuck. */
export const STUCK_AFTER_FAILURES = 3;

export type WaitResult =
  { reached: true; checkpoint: bigint } | { reached: false; timedOut: true; checkpoint: bigint };

const TICK = Symbol('tick');
const nextTick = () => new Promise<typeof TICK>((resolve) => setImmediate(() => resolve(TICK)));

/**
 * Follows `$all` from the stored checkpoints and keeps the read models up to date. Each batch of
 * events is applied to every projection and the checkpoints are moved in ONE transaction, so a
 * crash anywhere leaves either the whole batch or none of it, and the restart resumes right after
 * the last committed event.
 */
export class Projector {
  private readonly projections: readonly Projection[];
  private readonly names: readonly string[];
  private readonly lock: WriterLock;
  private readonly batchSize: number;
  private readonly gatherMs: number;
  private readonly leaseMs: number;
  private checkpoints = new Map<string, bigint>();
  private role: ProjectorRole = 'idle';
  private live = false;
  private eventsProcessed = 0;
  private batchesCommitted = 0;
  private resubscriptions = 0;
  private lastError?: string;
  private failingSince?: string;
  private consecutiveFailures = 0;
  /** Waiting for the next event with everything received so far committed. */
  private idle = false;
  private stopping = false;
  private lockLost = false;
  private loop?: Promise<void>;
  private subscription?: Subscription;
  private wakeSleep?: () => void;
  /** Ends a batch's wait for more events early: a reader started waiting (waitFor). */
  private wakeGather?: () => void;
  private readonly listeners = new Set<() => void>();
  /** The positions readers are waiting for right now (waitFor), one entry per waiting call. */
  private readonly awaited = new Map<object, bigint>();

  constructor(private readonly options: ProjectorOptions) {
    this.projections = [...(options.projections ?? ALL_PROJECTIONS)].sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    this.names = this.projections.map((p) => p.name);
    this.batchSize = options.batchSize ?? 500;
    this.gatherMs = options.gatherMs ?? GATHER_MS;
    this.leaseMs = options.leaseMs ?? 15_000;
    const owner = options.ownerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.lock = writerLockFor(options.store, options.lockName ?? 'projector', owner, this.leaseMs);
  }

  /** What read-your-writes can rely on: the lowest checkpoint over the projections run. */
  private get lowest(): bigint {
    return minPosition(this.checkpoints.values());
  }

  get status(): ProjectorStatus {
    this.noticeRecovery();
    return {
      role: this.role,
      checkpoint: this.lowest,
      checkpoints: Object.fromEntries(this.checkpoints),
      live: this.live,
      eventsProcessed: this.eventsProcessed,
      batchesCommitted: this.batchesCommitted,
      resubscriptions: this.resubscriptions,
      ...(this.lastError !== undefined ? { lastError: this.lastError } : {}),
      ...(this.failingSince !== undefined ? { failingSince: this.failingSince } : {}),
      consecutiveFailures: this.consecutiveFailures,
      stuck: this.consecutiveFailures >= STUCK_AFTER_FAILURES,
    };
  }

  /**
   * A failure followed by a resubscription that finds nothing new commits nothing, so "a batch
   * committed" alone would keep a recovered projector's error for ever: being live with every
   * delivered event committed counts as recovered too.
   */
  private noticeRecovery(): void {
    if (this.consecutiveFailures === 0 || this.role !== 'active') return;
    const status = this.subscription?.status;
    if (!status?.live) return;
    const delivered = status.lastPosition;
    // `idle` too: on EventStoreDB the subscription's position also moves over the system events it
    // skips, which no checkpoint ever reaches.
    if (this.idle || delivered === undefined || this.lowest >= delivered) this.recovered();
  }

  private recovered(): void {
    this.lastError = undefined;
    this.failingSince = undefined;
    this.consecutiveFailures = 0;
  }

  /** Starts in the background; the returned promise of `done()` settles when it stops. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Settles when the projector has stopped (by stop() or, with stopWhenCaughtUp, by itself). */
  done(): Promise<void> {
    return this.loop ?? Promise.resolve();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeSleep?.();
    this.wakeGather?.();
    await this.subscription?.close().catch(() => undefined);
    await this.loop;
    this.loop = undefined;
  }

  /**
   * Read-your-writes: resolves once every projection has applied `position`, or after `timeoutMs`
   * with the checkpoint reached so far. Reads the stored checkpoints when another instance writes.
   */
  async waitFor(position: bigint, timeoutMs: number): Promise<WaitResult> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoint =
        this.role === 'active' ? this.lowest : await readLowestCheckpoint(this.options.store.db, this.names);
      if (checkpoint >= position) return { reached: true, checkpoint };
      const left = deadline - Date.now();
      if (left <= 0) return { reached: false, timedOut: true, checkpoint };
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.listeners.delete(done);
          this.awaited.delete(done);
          resolve();
        };
        const timer = setTimeout(done, Math.min(left, this.role === 'active' ? left : 100));
        this.listeners.add(done);
        this.awaited.set(done, position);
        // A batch gathering more events that already holds this position commits now.
        this.wakeGather?.();
      });
    }
  }

  private async run(): Promise<void> {
    let delay = this.options.backoff?.initialMs ?? 100;
    const maxDelay = this.options.backoff?.maxMs ?? 5_000;
    let heartbeat: NodeJS.Timeout | undefined;
    try {
      while (!this.stopping) {
        if (this.role !== 'active') {
          let acquired: boolean | undefined;
          try {
            acquired = await this.lock.tryAcquire();
          } catch (error) {
            this.report(error);
          }
          if (!acquired) {
            // The lock answered: whatever failed before is now the active instance's business.
            if (acquired === false) this.recovered();
            this.role = 'standby';
            await this.sleep(this.options.standbyPollMs ?? 1_000);
            continue;
          }
          this.role = 'active';
          this.lockLost = false;
          heartbeat = setInterval(() => void this.beat(), Math.max(this.leaseMs / 3, 50));
        }
        try {
          const finished = await this.follow(() => (delay = this.options.backoff?.initialMs ?? 100));
          if (finished) break;
        } catch (error) {
          this.report(error);
          if (error instanceof LockLostError) this.lockLost = true;
        }
        this.live = false;
        if (this.lockLost) {
          clearInterval(heartbeat);
          this.role = 'standby';
          continue;
        }
        if (this.stopping) break;
        this.resubscriptions += 1;
        await this.sleep(delay);
        delay = Math.min(delay * 2, maxDelay);
      }
    } finally {
      clearInterval(heartbeat);
      if (this.role === 'active') await this.lock.release().catch((error: unknown) => this.report(error));
      this.role = 'stopped';
      this.live = false;
      this.notify();
    }
  }

  private async beat(): Promise<void> {
    if (this.role !== 'active' || this.lockLost) return;
    try {
      await this.lock.heartbeat();
    } catch (error) {
      this.report(error);
      this.lockLost = true;
      await this.subscription?.close().catch(() => undefined);
    }
  }

  /** One subscription, from the committed checkpoints; returns true when done (caught up or stopping). */
  private async follow(onCommitted: () => void): Promise<boolean> {
    const { store, eventStore } = this.options;
    this.checkpoints = await readCheckpoints(store.db, this.names);
    const target = this.options.stopWhenCaughtUp ? await eventStore.headPosition() : undefined;
    const caughtUp = () => target === undefined || this.lowest >= target;
    if (this.options.stopWhenCaughtUp && caughtUp()) return true;
    const from = this.lowest;
    const subscription = eventStore.subscribeToAll({
      from: from === NO_POSITION ? 'start' : from,
      // The store re-establishes a dropped subscription by itself; the drop is still a failure to
      // report (lastError, the onError log) until the projector is caught up again.
      onDrop: (reason) => {
        this.resubscriptions += 1;
        this.report(reason);
      },
    });
    this.subscription = subscription;
    const iterator = subscription[Symbol.asyncIterator]();
    let pending = iterator.next();
    try {
      while (!this.stopping && !this.lockLost) {
        this.idle = true;
        const first = await pending.finally(() => (this.idle = false));
        if (first.done) return this.stopping;
        const batch: RecordedEvent[] = [first.value];
        pending = iterator.next();
        // Take what has already arrived (catch-up fills whole batches this way); once live, wait up
        // to gatherMs for more unless a reader waits for what the batch holds (see gatherMs).
        const gatherUntil = performance.now() + this.gatherMs;
        while (batch.length < this.batchSize) {
          let next = await Promise.race([pending, nextTick()]);
          if (next === TICK) {
            const left = gatherUntil - performance.now();
            if (!this.gathers(subscription, batch[batch.length - 1]!.position, left)) break;
            next = await this.orPause(pending, left);
            if (next === TICK) continue;
          }
          if (next.done) break;
          batch.push(next.value);
          pending = iterator.next();
        }
        await this.commit(batch);
        onCommitted();
        this.live = subscription.status.live;
        if (this.options.stopWhenCaughtUp && caughtUp()) return true;
      }
      return this.stopping;
    } finally {
      // The read ahead may still reject once the subscription is closed; nobody waits for it.
      pending.catch(() => undefined);
      await subscription.close().catch(() => undefined);
      this.subscription = undefined;
    }
  }

  /** Whether a live batch ending at `last` keeps waiting for more events, `left` ms at most. */
  private gathers(subscription: Subscription, last: bigint, left: number): boolean {
    if (left <= 0 || this.stopping || this.lockLost || this.options.stopWhenCaughtUp) return false;
    if (!subscription.status.live) return false;
    for (const position of this.awaited.values()) if (position <= last) return false;
    return true;
  }

  /** The next event, or TICK after `ms` or as soon as a reader starts waiting (wakeGather). */
  private async orPause<T>(next: Promise<T>, ms: number): Promise<T | typeof TICK> {
    let timer: NodeJS.Timeout | undefined;
    const pause = new Promise<typeof TICK>((resolve) => {
      timer = setTimeout(() => resolve(TICK), ms);
      this.wakeGather = () => resolve(TICK);
    });
    try {
      return await Promise.race([next, pause]);
    } finally {
      clearTimeout(timer);
      this.wakeGather = undefined;
    }
  }

  private async commit(batch: readonly RecordedEvent[]): Promise<void> {
    const { applied, position } = await applyBatch(this.options.store.db, this.projections, batch, {
      checkpoints: new Map(this.checkpoints),
      fence: (trx) => this.lock.verify(trx),
      ...(this.options.store.sqlite ? { sqlite: this.options.store.sqlite } : {}),
    });
    if (applied.length === 0) return;
    for (const p of applied) this.checkpoints.set(p.name, position);
    this.eventsProcessed += batch.length;
    this.batchesCommitted += 1;
    this.recovered();
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private report(error: unknown): void {
    this.lastError = error instanceof Error ? error.message : String(error);
    this.failingSince ??= new Date().toISOString();
    this.consecutiveFailures += 1;
    this.options.onError?.(error);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeSleep = done;
    });
  }
}
