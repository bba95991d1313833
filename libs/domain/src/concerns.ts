import { type DomainEvent } from './events';

/**
 * The States an event names. A State's history is every stream in which some event names it
 * (its assignments, progress, assistance, and the frameworks it adopted), so auditors and as-of
 * replays of one State can leave other States' streams aside.
 */
export function statesNamedBy(event: DomainEvent): string[] {
  switch (event.type) {
    case 'DeclarationAdopted':
      return event.data.adoptingStates;
    case 'FrameworkRevised':
      return event.data.adoptingStates ?? [];
    case 'ProcessLaunched':
      return event.data.participatingStates;
    case 'DeliverableAssigned':
      // A regional assignment is part of each member State's history (as the mechanism's entry is).
      return event.data.stateCode !== undefined
        ? [event.data.stateCode]
        : [...(event.data.mechanism?.memberStates ?? [])];
    case 'ProgressReported':
      return event.data.stateCode !== undefined
        ? [event.data.stateCode]
        : event.data.reportingState !== undefined
          ? [event.data.reportingState]
          : [];
    case 'ProgressReportCorrected':
    case 'ProgressReportWithdrawn':
    case 'ProgressReportValidated':
    case 'ProgressReportReturned':
    case 'AssignmentReopened':
    case 'AssignmentWithdrawn':
      // On a regional assignment: none beyond those its assignment already named.
      return event.data.stateCode === undefined ? [] : [event.data.stateCode];
    case 'AssistanceProvided':
      return event.data.recipients.states.map((s) => s.stateCode);
    case 'AssistanceAmended':
    case 'AssistanceWithdrawn':
      // Recipients never change: the stream is already the State's through AssistanceProvided.
      return [];
    case 'OrganisationRegistered':
    case 'OrganisationUpdated':
      // A regional mechanism's entry (its membership) is part of its member States' history.
      return event.data.memberStates ?? [];
    case 'ConferenceHeld':
    case 'DeliverableDefined':
    case 'DeliverableCancelled':
    case 'DeliverableRetired':
      return [];
  }
}

/** The deliverable an event is about, if any (its own stream, or assistance linked to it). */
export function deliverableOf(event: DomainEvent): string | undefined {
  switch (event.type) {
    case 'DeliverableDefined':
    case 'DeliverableAssigned':
    case 'ProgressReported':
    case 'DeliverableCancelled':
    case 'ProgressReportCorrected':
    case 'ProgressReportWithdrawn':
    case 'ProgressReportValidated':
    case 'ProgressReportReturned':
    case 'AssignmentReopened':
    case 'AssignmentWithdrawn':
    case 'DeliverableRetired':
      return event.data.deliverableId;
    case 'AssistanceProvided':
      return event.data.deliverableId;
    case 'AssistanceAmended':
    case 'AssistanceWithdrawn':
      return undefined;
    case 'DeclarationAdopted':
    case 'FrameworkRevised':
    case 'ProcessLaunched':
    case 'ConferenceHeld':
    case 'OrganisationRegistered':
    case 'OrganisationUpdated':
      return undefined;
  }
}
