export * from './event-store.port';
export * from './event-id';
export * from './sqlite/sqlite-event-store';
export * from './esdb/esdb-event-store';
export * from './integrity/canonical-json';
export * from './integrity/hash-chain';
export * from './integrity/verify';
export * from './upcasting';
