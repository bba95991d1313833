import { EsdbEventStore } from '@ct/event-store';
import { runEventStoreContract, startEmulator, type ContractTarget } from '@ct/testing';

/** Short deadlines and backoff: an outage test must fail fast and recover fast, never hang. */
async function emulatorTarget(serverFeatures: boolean): Promise<ContractTarget> {
  const emulator = await startEmulator({ serverFeatures });
  const store = new EsdbEventStore(emulator.connectionString, {
    appendDeadlineMs: 2_000,
    healthTimeoutMs: 1_000,
    resubscribeMinDelayMs: 20,
    resubscribeMaxDelayMs: 200,
  });
  return {
    store,
    kind: 'eventstoredb',
    outage: emulator,
    close: async () => {
      await store.close();
      await emulator.close();
    },
  };
}

runEventStoreContract('EsdbEventStore on the emulator (BatchAppend)', () => emulatorTarget(true), {
  outages: true,
});

runEventStoreContract(
  'EsdbEventStore on the emulator without ServerFeatures (Append)',
  () => emulatorTarget(false),
  {
    outages: true,
  },
);
