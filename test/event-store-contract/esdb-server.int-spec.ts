import { EsdbEventStore } from '@ct/event-store';
import { runEventStoreContract } from '@ct/testing';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

/**
 * For a real EventStoreDB only (e.g. `EVENTSTORE_CONNECTION_STRING=esdb://localhost:2113?tls=false`):
 * without the variable this describe is skipped, the single allowed exception to "no skip".
 */
const describeIfServer = connectionString ? describe : describe.skip;

runEventStoreContract(
  'EsdbEventStore on a real EventStoreDB (EVENTSTORE_CONNECTION_STRING)',
  () => {
    const store = new EsdbEventStore(connectionString!);
    return Promise.resolve({ store, kind: 'eventstoredb', close: () => store.close() });
  },
  { describe: describeIfServer },
);
