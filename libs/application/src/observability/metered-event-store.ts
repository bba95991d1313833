import { type EventStore, WrongExpectedRevisionError } from '@ct/event-store';
import { type Metrics } from './metrics';

/**
 * The event store port with its appends and subscription drops counted. Wraps the store itself
 * (under the hash chain and upcasting), so an append is timed as the store performs it and a
 * conflict is the store's own verdict.
 */
export class MeteredEventStore implements EventStore {
  constructor(
    readonly inner: EventStore,
    private readonly metrics: Metrics,
  ) {}

  async appendToStream(...args: Parameters<EventStore['appendToStream']>) {
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

  subscribeToAll(...[options]: Parameters<EventStore['subscribeToAll']>) {
    return this.inner.subscribeToAll({
      ...options,
      onDrop: (reason) => {
        this.metrics.resubscriptions.inc();
        options.onDrop?.(reason);
      },
    });
  }

  readStream(...args: Parameters<EventStore['readStream']>) {
    return this.inner.readStream(...args);
  }
  readAll(...args: Parameters<EventStore['readAll']>) {
    return this.inner.readAll(...args);
  }
  headPosition() {
    return this.inner.headPosition();
  }
  health() {
    return this.inner.health();
  }
  close() {
    return this.inner.close();
  }
}
