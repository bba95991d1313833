export * from './database';
export {
  type ReadStore,
  type ReadStoreConfig,
  type LockSession,
  type MovedAside,
  createReadStore,
} from './read-store';
export {
  type Projection,
  type ProjectionName,
  PROJECTION_NAMES,
  RenameTablesPlugin,
  asDomainEvent,
  flushProjections,
} from './projection';
export { PendingByTransaction, insertRows } from './pending';
export { PROJECTIONS, ALL_PROJECTIONS, selectProjections } from './projections';
export {
  CheckpointMovedError,
  NO_POSITION,
  minPosition,
  readCheckpoints,
  readLowestCheckpoint,
} from './checkpoints';
export { applyBatch, type ApplyBatchOptions, type AppliedBatch } from './apply-batch';
export { LockLostError } from './writer-lock';
export {
  GATHER_MS,
  Projector,
  type ProjectorOptions,
  type ProjectorStatus,
  type ProjectorRole,
  type WaitResult,
} from './projector';
export { rebuild, type RebuildOptions, type RebuildProgress, type RebuildResult } from './rebuild';
export { describeReadModels, type ReadModelsDescription, type ProjectionHealth } from './describe';
export { progressBar } from './progress-bar';
export * from './paging';
export * from './catalogue/catalogue.queries';
export * from './state-scorecard/state-scorecard.queries';
export * from './deliverable-tracker/deliverable-tracker.queries';
export * from './assistance-ledger/assistance-ledger.queries';
export * from './activity-timeline/activity-timeline.queries';
export * from './review-queue/review-queue.queries';
export * from './assignment-periods';
export * from './regional-rows';
export * from './organisations/organisations.queries';
export {
  projectionsMissing,
  projectionsNamed,
  recordingTables,
  registeredOrganisations,
  replayIntoScratchStore,
  scratchStoreBytes,
  streamsConcerningState,
  streamsRecordedBetween,
  type ScratchReplay,
} from './as-of';
export * from './organisations/organisation-index';
export * from './calendar';
export * from './bounded-work';
export * from './completions';
