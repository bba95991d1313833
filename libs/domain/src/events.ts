import { type AssistanceEvent } from './assistance/assistance.events';
import { type DeliverableEvent } from './deliverable/deliverable.events';
import { type FrameworkEvent } from './framework/framework.events';
import { type OrganisationEvent } from './organisation/organisation.events';
import { type ProcessEvent } from './process/process.events';

/** Every event the domain records. Its `type` is the stored event type. */
export type DomainEvent =
  FrameworkEvent | ProcessEvent | DeliverableEvent | AssistanceEvent | OrganisationEvent;
export type DomainEventType = DomainEvent['type'];
export type EventOfType<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

/**
 * The current schema version of each event type; stored with every event so that upcasters can
 * turn older shapes into the current one on read. A `Record` over the union: adding an event type
 * without a version does not compile.
 */
export const EVENT_SCHEMA_VERSIONS: Readonly<Record<DomainEventType, number>> = {
  DeclarationAdopted: 1,
  FrameworkRevised: 1,
  ProcessLaunched: 1,
  ConferenceHeld: 1,
  DeliverableDefined: 1,
  DeliverableAssigned: 1,
  ProgressReported: 2,
  DeliverableCancelled: 1,
  ProgressReportCorrected: 1,
  ProgressReportWithdrawn: 1,
  ProgressReportValidated: 1,
  ProgressReportReturned: 1,
  AssignmentReopened: 1,
  AssignmentWithdrawn: 1,
  DeliverableRetired: 1,
  AssistanceProvided: 2,
  AssistanceAmended: 1,
  AssistanceWithdrawn: 1,
  OrganisationRegistered: 1,
  OrganisationUpdated: 1,
};

export const DOMAIN_EVENT_TYPES = Object.keys(EVENT_SCHEMA_VERSIONS) as DomainEventType[];

/** Stream categories: one stream per aggregate instance, named `<category>-<id>` (EventStoreDB convention). */
export const CATEGORIES = {
  framework: 'framework',
  process: 'process',
  deliverable: 'deliverable',
  assistance: 'assistance',
  organisation: 'organisation',
} as const;
export type Category = (typeof CATEGORIES)[keyof typeof CATEGORIES];

export const streamName = (category: Category, id: string): string => `${category}-${id}`;
