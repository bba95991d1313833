import {
  type EventStore,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from './event-store.port';
import { EventStoreDecorator } from './event-store-decorator';

/** Brings the data of a stored event to its type's current schema version. */
export type UpcastFunction = (
  type: string,
  version: number,
  data: unknown,
) => { version: number; data: unknown };

/** Metadata key keeping the version an upcast event was stored at, for auditors. */
export const STORED_SCHEMA_VERSION_KEY = 'storedSchemaVersion';

/**
 * Reads every event in the current shape of its type: old schema versions are upcast on the way
 * out, the stored bytes stay as written (so hash chains still verify against `inner`). Appends go
 * through untouched.
 */
export class UpcastingEventStore extends EventStoreDecorator {
  constructor(
    /** The store as written: verify and export read it, so they see the stored bytes. */
    inner: EventStore,
    private readonly upcast: UpcastFunction,
  ) {
    super(inner);
  }

  private current(event: RecordedEvent): RecordedEvent {
    const stored = Number(event.metadata.schemaVersion ?? 1);
    const { version, data } = this.upcast(event.type, stored, event.data);
    if (version === stored) return event;
    return {
      ...event,
      data,
      metadata: { ...event.metadata, schemaVersion: version, [STORED_SCHEMA_VERSION_KEY]: stored },
    };
  }

  private async *map(events: AsyncIterable<RecordedEvent>): AsyncIterable<RecordedEvent> {
    for await (const event of events) yield this.current(event);
  }

  override readStream(streamName: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent> {
    return this.map(this.inner.readStream(streamName, options));
  }

  override readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent> {
    return this.map(this.inner.readAll(options));
  }

  override subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = this.inner.subscribeToAll(options);
    const events = this.map(subscription);
    return {
      get status() {
        return subscription.status;
      },
      [Symbol.asyncIterator]: () => events[Symbol.asyncIterator](),
      close: () => subscription.close(),
    };
  }
}

/** The store as written, below any reading transformation: what verify and export must read. */
export const asStored = (store: EventStore): EventStore =>
  store instanceof UpcastingEventStore ? asStored(store.inner) : store;
