import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { NO_POSITION, PROJECTION_NAMES, type ReadStore, readCheckpoints } from '@ct/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { eventsAfter } from '../read-models/health';
import { READ_STORE } from '../read-models/read-store.provider';
import { Metrics, type ProjectionSnapshot } from './metrics';

/**
 * Feeds the projection gauges from the stored checkpoints (so they are right whether this process
 * or apps/projector runs the projector) and the event log. Lag is in events, counted, not a
 * difference of positions: EventStoreDB positions are byte offsets.
 */
@Injectable()
export class ProjectionMetrics {
  constructor(
    metrics: Metrics,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
  ) {
    metrics.observeProjections(() => this.snapshot());
  }

  async snapshot(): Promise<ProjectionSnapshot[]> {
    const checkpoints = await readCheckpoints(this.readStore.db, PROJECTION_NAMES);
    const head = await this.eventStore.headPosition().then(
      (position) => ({ ok: true as const, position }),
      () => ({ ok: false as const }),
    );
    // Projections usually share a checkpoint: count once per distinct one.
    const lags = new Map<bigint, Promise<number | undefined>>();
    const lagAfter = (checkpoint: bigint) => {
      if (!head.ok) return Promise.resolve(undefined);
      if (head.position === undefined || head.position <= checkpoint) return Promise.resolve(0);
      let lag = lags.get(checkpoint);
      if (!lag)
        lags.set(
          checkpoint,
          (lag = eventsAfter(this.eventStore, checkpoint, head.position).catch(() => undefined)),
        );
      return lag;
    };
    return Promise.all(
      PROJECTION_NAMES.map(async (name) => {
        const checkpoint = checkpoints.get(name) ?? NO_POSITION;
        return { name, checkpoint, lagEvents: await lagAfter(checkpoint) };
      }),
    );
  }
}
