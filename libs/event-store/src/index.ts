export * from './event-store.port';
export * from './event-id';
export * from './sqlite/sqlite-event-store';
export * from './esdb/esdb-event-store';
