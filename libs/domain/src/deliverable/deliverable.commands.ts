import { type AggregateDefinition } from '../kernel/command-table';
import { CATEGORIES } from '../events';
import { type FrameworkState } from '../framework/framework.events';
import { type OrganisationState } from '../organisation/organisation.events';
import { type DeliverableCommand, type DeliverableContext, deliverableDecider } from './deliverable.decide';
import { type DeliverableEvent, type DeliverableState } from './deliverable.events';

/** A report's State, or on a regional assignment the member State reporting. */
const REPORT_SCOPE = ['stateCode', 'reportingState'] as const;

export const deliverableAggregate: AggregateDefinition<
  DeliverableCommand,
  DeliverableEvent,
  DeliverableState,
  DeliverableContext,
  FrameworkState,
  unknown,
  OrganisationState
> = {
  category: CATEGORIES.deliverable,
  decider: deliverableDecider,
  // Only a definition and a retirement need context (the framework); the others are decided on the stream alone.
  noContext: {},
  commands: {
    DefineDeliverable: {
      streamId: (c) => c.deliverableId,
      reads: (c) => ({ frameworks: [c.frameworkId] }),
      context: (c, states) => frameworkContext(states.frameworks.get(c.frameworkId)),
    },
    // To a regional mechanism: its catalogue entry (members, reporting rule) is snapshotted into the event.
    AssignDeliverable: {
      streamId: (c) => c.deliverableId,
      reads: (c) => ({ organisations: c.mechanismId === undefined ? [] : [c.mechanismId] }),
      context: (c, states) => ({
        mechanism: c.mechanismId === undefined ? undefined : states.organisations?.get(c.mechanismId),
      }),
    },
    // On a regional assignment a coordinator reports for a member State: `reportingState` is the scope.
    ReportProgress: { streamId: (c) => c.deliverableId, actsForState: REPORT_SCOPE },
    // A coordinator may correct or withdraw their own State's reports (the decider: until validated).
    CorrectProgressReport: { streamId: (c) => c.deliverableId, actsForState: REPORT_SCOPE },
    WithdrawProgressReport: { streamId: (c) => c.deliverableId, actsForState: REPORT_SCOPE },
    ValidateProgressReport: { streamId: (c) => c.deliverableId },
    ReturnProgressReport: { streamId: (c) => c.deliverableId },
    ReopenAssignment: { streamId: (c) => c.deliverableId },
    WithdrawAssignment: { streamId: (c) => c.deliverableId },
    CancelDeliverable: { streamId: (c) => c.deliverableId },
    // The retiring revision belongs to the deliverable's framework, known from its own stream.
    RetireDeliverable: {
      streamId: (c) => c.deliverableId,
      reads: (_c, state) => ({ frameworks: state.frameworkId === undefined ? [] : [state.frameworkId] }),
      context: (_c, states, state) =>
        frameworkContext(
          state.frameworkId === undefined ? undefined : states.frameworks.get(state.frameworkId),
        ),
    },
  },
};

function frameworkContext(framework: FrameworkState | undefined): DeliverableContext {
  return { frameworkAdoptedOn: framework?.adoptedOn, frameworkRevisions: framework?.revisions };
}
