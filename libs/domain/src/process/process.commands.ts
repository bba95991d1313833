import { type AggregateDefinition, type ContextStates } from '../kernel/command-table';
import { CATEGORIES } from '../events';
import { type FrameworkState } from '../framework/framework.events';
import { type ProcessCommand, type ProcessContext, processDecider } from './process.decide';
import { type ProcessEvent, type ProcessState } from './process.events';

/** Adoption date of each referenced framework that exists. */
const adoptionDates = (states: ContextStates<FrameworkState, unknown>): ProcessContext => {
  const frameworksAdoptedOn = new Map<string, string>();
  for (const [id, framework] of states.frameworks)
    if (framework.adoptedOn) frameworksAdoptedOn.set(id, framework.adoptedOn);
  return { frameworksAdoptedOn };
};

export const processAggregate: AggregateDefinition<
  ProcessCommand,
  ProcessEvent,
  ProcessState,
  ProcessContext,
  FrameworkState
> = {
  category: CATEGORIES.process,
  decider: processDecider,
  noContext: { frameworksAdoptedOn: new Map() },
  commands: {
    LaunchProcess: {
      streamId: (c) => c.processId,
      reads: (c) => ({ frameworks: c.frameworkIds }),
      context: (_, states) => adoptionDates(states),
    },
    HoldConference: {
      streamId: (c) => c.processId,
      reads: (c) => ({ frameworks: c.outcomeFrameworkIds }),
      context: (_, states) => adoptionDates(states),
    },
  },
};
