import { type EventStore, type EventStoreHealth } from '@ct/event-store';
import {
  NO_POSITION,
  type ProjectorStatus,
  type ReadModelsDescription,
  type ReadStore,
  describeReadModels,
  minPosition,
} from '@ct/read-models';

/** The checks `/health/ready` names when it answers 503. Stable: load balancers and alerts key on them. */
export type ReadinessCheck =
  | 'shutting-down'
  | 'event-store'
  | 'read-store'
  | 'projector-erroring'
  | 'projector-stuck'
  | 'projector-standby'
  | 'projection-lag';

export interface HealthReport {
  ready: boolean;
  /** Failing checks, in a fixed order; empty when ready. */
  failing: ReadinessCheck[];
  eventStore: EventStoreHealth & { headPosition: bigint | undefined };
  readModels:
    | ({ ok: true } & ReadModelsDescription & { error?: undefined })
    | { ok: false; error: string; projections: [] };
  /** Undefined when another process runs the projector (PROJECTOR=off). */
  projector: ProjectorStatus | undefined;
  /** Lowest checkpoint over every read model, and whether the log is more than maxLagEvents beyond it. */
  lag: { checkpoint: bigint; maxLagEvents: number; beyondLimit: boolean };
}

/**
 * Whether more than `max` events follow `checkpoint`. Positions grow by at least one per event on
 * both stores (a SQLite rowid, an EventStoreDB commit position in bytes), so a position gap within
 * the limit needs no read; otherwise at most max + 1 events are read to count.
 */
async function moreEventsThan(
  store: EventStore,
  checkpoint: bigint,
  head: bigint | undefined,
  max: number,
): Promise<boolean> {
  if (head === undefined || head <= checkpoint) return false;
  if (head - checkpoint <= BigInt(max)) return false;
  let count = 0;
  for await (const event of store.readAll({
    ...(checkpoint === NO_POSITION ? {} : { fromPosition: checkpoint }),
    maxCount: max + 2,
  })) {
    if (event.position > checkpoint) count += 1;
    if (count > max) return true;
  }
  return false;
}

/** A projection's lag (in /health and in the metrics) is counted up to this many events. */
export const LAG_DETAIL_LIMIT = 10_000;

/**
 * Events after `checkpoint`, counted up to `limit`: a lag in events, never a difference of
 * positions, which are byte offsets on EventStoreDB (docs/eventstoredb-protocol.md, "Head and lag").
 */
export async function eventsAfter(
  store: EventStore,
  checkpoint: bigint,
  head: bigint | undefined,
  limit: number = LAG_DETAIL_LIMIT,
): Promise<number> {
  if (head === undefined || head <= checkpoint) return 0;
  let count = 0;
  for await (const event of store.readAll({
    ...(checkpoint === NO_POSITION ? {} : { fromPosition: checkpoint }),
    maxCount: limit + 1,
  })) {
    // A forwards read starts AT fromPosition, which the projection has applied already.
    if (event.position > checkpoint) count += 1;
    if (count >= limit) break;
  }
  return count;
}

/**
 * What this process can honestly say about serving reads and writes now. Ready needs: not shutting
 * down, both stores answering, and read models that are current: an in-process projector that is
 * active (not a standby waiting for a lease, as right after a restart), not failing, and no read
 * model more than `maxLagEvents` behind the log.
 */
export async function assessHealth(input: {
  eventStore: EventStore;
  readStore: ReadStore;
  projector: ProjectorStatus | undefined;
  maxLagEvents: number;
  shuttingDown: boolean;
}): Promise<HealthReport> {
  const { eventStore, readStore, projector, maxLagEvents } = input;
  const storeHealth = await eventStore
    .health()
    .catch((error: unknown): EventStoreHealth => ({ ok: false, kind: 'sqlite', detail: String(error) }));
  const head = storeHealth.ok ? await eventStore.headPosition().catch(() => undefined) : undefined;
  const readModels: HealthReport['readModels'] = await describeReadModels(readStore).then(
    (description) => ({ ok: true as const, ...description }),
    (error: unknown) => ({
      ok: false as const,
      error: error instanceof Error ? error.message : String(error),
      projections: [] as [],
    }),
  );
  const checkpoint = minPosition(readModels.projections.map((p) => p.checkpoint));
  const beyondLimit =
    storeHealth.ok && readModels.ok
      ? await moreEventsThan(eventStore, checkpoint, head, maxLagEvents).catch(() => true)
      : false;
  if (storeHealth.ok && readModels.ok) {
    // Projections usually share a checkpoint: count once per distinct one.
    const counts = new Map<bigint, Promise<number | undefined>>();
    for (const projection of readModels.projections) {
      let count = counts.get(projection.checkpoint);
      if (!count) {
        count = eventsAfter(eventStore, projection.checkpoint, head, LAG_DETAIL_LIMIT).catch(() => undefined);
        counts.set(projection.checkpoint, count);
      }
      const lag = await count;
      if (lag !== undefined) projection.lag = BigInt(lag);
    }
  }
  const failing: ReadinessCheck[] = [];
  if (input.shuttingDown) failing.push('shutting-down');
  if (!storeHealth.ok) failing.push('event-store');
  if (!readModels.ok) failing.push('read-store');
  if (projector) {
    if (projector.lastError !== undefined) failing.push('projector-erroring');
    if (projector.stuck) failing.push('projector-stuck');
    if (projector.role !== 'active') failing.push('projector-standby');
  }
  if (beyondLimit) failing.push('projection-lag');
  return {
    ready: failing.length === 0,
    failing,
    eventStore: { ...storeHealth, headPosition: head },
    readModels,
    projector,
    lag: { checkpoint, maxLagEvents, beyondLimit },
  };
}
