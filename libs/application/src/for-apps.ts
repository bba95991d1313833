/**
 * What the apps (API, CLI, projector) need of the libraries below the application: error classes
 * the API maps to problems, constants its DTOs validate against, and the port types the CLI's
 * dry-run store implements. Apps import @ct/application and @ct/domain only (eslint.config.mjs), so
 * the application is their one door; everything else they do goes through its buses and services.
 */
export {
  EVENT_STORE,
  EventStoreUnavailableError,
  StreamDeletedError,
  WrongExpectedRevisionError,
  eventIdFor,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type EventStoreHealth,
  type EventToAppend,
  type ReadStreamOptions,
  type RecordedEvent,
  type Subscription,
  type VerificationReport,
} from '@ct/event-store';
export {
  CATALOGUE_LANGUAGES,
  ORGANISATION_LANGUAGES,
  PERIOD_STATUSES,
  PROJECTION_NAMES,
  SCORECARD_STATUSES,
  progressBar,
  type CatalogueLanguage,
  type OrganisationLanguage,
  type ProjectionName,
  type ReadStore,
} from '@ct/read-models';
