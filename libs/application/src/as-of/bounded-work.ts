// Moved to @ct/read-models (reports, below the application, bound their work with it too); kept
// here so the as-of service's imports stay as they are.
export { TimeSlicer, WORK_SLICE_MS, type WorkLimitRule, WorkTooLargeError } from '@ct/read-models';
