import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { type ReadStore, type RebuildProgress, type RebuildResult, rebuild } from '@ct/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { READ_STORE } from '../read-models/read-store.provider';

/**
 * Rebuilds read models from the first event into new tables, then switches, while the API keeps
 * answering (`cli rebuild`). A write of the read side, so a service of the application rather than
 * a query; apps reach it here instead of opening the stores themselves.
 */
@Injectable()
export class ReadModelRebuild {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  run(
    projections: readonly string[] | 'all',
    onProgress?: (progress: RebuildProgress) => void,
  ): Promise<RebuildResult> {
    return rebuild({ store: this.store, eventStore: this.events, projections, onProgress });
  }
}
