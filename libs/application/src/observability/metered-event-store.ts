import { type EventStore, EventStoreDecorator, WrongExpectedRevisionError } from '@ct/event-store';
import { type Metrics } from './metrics';

/**
 * The event store port with its appends and subscription drops counted. Wraps the store itself
 * (under the hash chain and upcasting), so an append is timed as the store performs it and a
 * conflict is the store's own verdict.
 */
export class MeteredEventStore extends EventStoreDecorator {
  constructor(
    inner: EventStore,
    private readonly metrics: Metrics,
  ) {
    super(inner);
  }

  override async appendToStream(...args: Parameters<EventStore['appendToStream']>) {
    const stop = this.metrics.appendDuration.startTimer();
    try {
      const result = await this.inner.appendToStream(...args);
      stop({ outcome: 'ok' });
      return result;
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) {
        stop({ outcome: 'conflict' });
        this.metrics.appendConflicts.inc();
      } else {
        stop({ outcome: 'error' });
        this.metrics.appendErrors.inc({ error: error instanceof Error ? error.name : 'unknown' });
      }
      throw error;
    }
  }

  override subscribeToAll(...[options]: Parameters<EventStore['subscribeToAll']>) {
    return this.inner.subscribeToAll({
      ...options,
      onDrop: (reason) => {
        this.metrics.resubscriptions.inc();
        options.onDrop?.(reason);
      },
    });
  }
}
