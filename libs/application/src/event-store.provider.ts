import {
  EVENT_STORE,
  EsdbEventStore,
  type EventStore,
  HashChainedEventStore,
  SqliteEventStore,
} from '@ct/event-store';
import { type Provider } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from './config/app-config';

/**
 * The embedded SQLite store, or EventStoreDB when a connection string is configured; either way
 * behind the hash chain, so every event is tamper-evident whichever store holds it.
 */
export function createEventStore(config: AppConfig): EventStore {
  const store = config.EVENTSTORE_CONNECTION_STRING
    ? new EsdbEventStore(config.EVENTSTORE_CONNECTION_STRING)
    : new SqliteEventStore({ filename: join(config.DATA_DIR, 'events.sqlite') });
  return new HashChainedEventStore(store);
}

export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [AppConfig],
  useFactory: createEventStore,
};
