import {
  EVENT_STORE,
  EsdbEventStore,
  type EventStore,
  HashChainedEventStore,
  UpcastingEventStore,
  SqliteEventStore,
} from '@ct/event-store';
import { upcastEvent } from '@ct/domain';
import { type Provider } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from './config/app-config';
import { MeteredEventStore } from './observability/metered-event-store';
import { Metrics } from './observability/metrics';

/**
 * The embedded SQLite store, or EventStoreDB when a connection string is configured; either way
 * behind the hash chain, so every event is tamper-evident whichever store holds it, and read in the
 * current schema of its type (older versions upcast on the way out, stored bytes untouched).
 */
export function createEventStore(config: AppConfig, metrics?: Metrics): EventStore {
  const store = config.EVENTSTORE_CONNECTION_STRING
    ? new EsdbEventStore(config.EVENTSTORE_CONNECTION_STRING)
    : new SqliteEventStore({ filename: join(config.DATA_DIR, 'events.sqlite') });
  const measured = metrics ? new MeteredEventStore(store, metrics) : store;
  return new UpcastingEventStore(new HashChainedEventStore(measured), upcastEvent);
}

export const eventStoreProvider: Provider = {
  provide: EVENT_STORE,
  inject: [AppConfig, Metrics],
  useFactory: (config: AppConfig, metrics: Metrics) => createEventStore(config, metrics),
};
