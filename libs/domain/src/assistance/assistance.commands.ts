import { type AggregateDefinition } from '../kernel/command-table';
import { CATEGORIES } from '../events';
import { type DeliverableState } from '../deliverable/deliverable.events';
import { type AssistanceCommand, type AssistanceContext, assistanceDecider } from './assistance.decide';
import { type AssistanceEvent, type AssistanceState } from './assistance.events';

export const assistanceAggregate: AggregateDefinition<
  AssistanceCommand,
  AssistanceEvent,
  AssistanceState,
  AssistanceContext,
  unknown,
  DeliverableState
> = {
  category: CATEGORIES.assistance,
  decider: assistanceDecider,
  noContext: {},
  commands: {
    ProvideAssistance: {
      streamId: (c) => c.assistanceId,
      reads: (c) => ({ deliverables: c.deliverableId === undefined ? [] : [c.deliverableId] }),
      context: (c, states) => {
        const deliverable =
          c.deliverableId === undefined ? undefined : states.deliverables.get(c.deliverableId);
        if (c.deliverableId === undefined) return {};
        return {
          deliverable: {
            exists: deliverable?.exists ?? false,
            cancelled: deliverable?.cancelled ?? false,
            assignedStates: Object.keys(deliverable?.assignments ?? {}),
          },
        };
      },
      // No `actsForState`: a record may go to several States or a region. Who may record it (a
      // coordinator must cover every recipient State) is checked at the HTTP edge, where the
      // caller's States are known (AssistanceController).
    },
    // Recipients never change after ProvideAssistance, so the edge's check of the recorded States
    // cannot be raced by a concurrent amendment.
    AmendAssistance: { streamId: (c) => c.assistanceId },
    WithdrawAssistance: { streamId: (c) => c.assistanceId },
  },
};
