import { type EventStore } from './event-store.port';

/**
 * A decorator of the port that forwards everything to the store it wraps: hash chaining, upcasting
 * and metering each override only what they add, and `inner` stays reachable (verify and export
 * read the store as written).
 */
export abstract class EventStoreDecorator implements EventStore {
  constructor(readonly inner: EventStore) {}

  appendToStream(
    ...args: Parameters<EventStore['appendToStream']>
  ): ReturnType<EventStore['appendToStream']> {
    return this.inner.appendToStream(...args);
  }
  readStream(...args: Parameters<EventStore['readStream']>): ReturnType<EventStore['readStream']> {
    return this.inner.readStream(...args);
  }
  readAll(...args: Parameters<EventStore['readAll']>): ReturnType<EventStore['readAll']> {
    return this.inner.readAll(...args);
  }
  subscribeToAll(
    ...args: Parameters<EventStore['subscribeToAll']>
  ): ReturnType<EventStore['subscribeToAll']> {
    return this.inner.subscribeToAll(...args);
  }
  headPosition(): ReturnType<EventStore['headPosition']> {
    return this.inner.headPosition();
  }
  health(): ReturnType<EventStore['health']> {
    return this.inner.health();
  }
  close(): ReturnType<EventStore['close']> {
    return this.inner.close();
  }
}
