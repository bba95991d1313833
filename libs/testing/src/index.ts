/**
 * Test support shared by the specs of every lib and by test/: the decider given/when/then, the
 * event-store contract every EventStore adapter must pass, and an in-memory EventStoreDB gRPC
 * emulator. Lint keeps product code from importing it and `nest build` leaves it out of dist/.
 */
export { given, DeciderSpec, DeciderOutcome, type ExpectedViolation } from './decider-spec';
export { runEventStoreContract, type ContractTarget } from './event-store-contract/contract';
export {
  SubscriptionReader,
  appendAndRead,
  collect,
  newEvent,
  uniqueName,
  waitFor,
  withTimeout,
} from './event-store-contract/helpers';
export { startEmulator, type Emulator, type EmulatorOptions } from './esdb-emulator/emulator';
