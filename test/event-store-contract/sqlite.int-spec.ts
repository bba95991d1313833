import { SqliteEventStore } from '@ct/event-store';
import { runEventStoreContract } from '@ct/testing';

runEventStoreContract('SqliteEventStore', () => {
  // A short poll keeps the live-subscription cases fast; appends in this process wake it anyway.
  const store = new SqliteEventStore({ filename: ':memory:', pollIntervalMs: 20 });
  return Promise.resolve({ store, kind: 'sqlite', close: () => store.close() });
});
