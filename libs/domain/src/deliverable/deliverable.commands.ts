import { type AggregateDefinition } from '../kernel/command-table';
import { CATEGORIES } from '../events';
import { type FrameworkState } from '../framework/framework.events';
import { type DeliverableCommand, type DeliverableContext, deliverableDecider } from './deliverable.decide';
import { type DeliverableEvent, type DeliverableState } from './deliverable.events';

export const deliverableAggregate: AggregateDefinition<
  DeliverableCommand,
  DeliverableEvent,
  DeliverableState,
  DeliverableContext,
  FrameworkState
> = {
  category: CATEGORIES.deliverable,
  decider: deliverableDecider,
  // Only a definition needs context; every later command is decided on the stream alone.
  noContext: {},
  commands: {
    DefineDeliverable: {
      streamId: (c) => c.deliverableId,
      reads: (c) => ({ frameworks: [c.frameworkId] }),
      context: (c, states) => ({ frameworkAdoptedOn: states.frameworks.get(c.frameworkId)?.adoptedOn }),
    },
    AssignDeliverable: { streamId: (c) => c.deliverableId },
    ReportProgress: { streamId: (c) => c.deliverableId, actsForState: 'stateCode' },
    CancelDeliverable: { streamId: (c) => c.deliverableId },
  },
};
