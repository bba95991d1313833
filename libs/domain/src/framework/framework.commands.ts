import { type AggregateDefinition } from '../kernel/command-table';
import { CATEGORIES } from '../events';
import { type FrameworkCommand, frameworkDecider } from './framework.decide';
import { type FrameworkEvent, type FrameworkState } from './framework.events';

export const frameworkAggregate: AggregateDefinition<
  FrameworkCommand,
  FrameworkEvent,
  FrameworkState,
  undefined
> = {
  category: CATEGORIES.framework,
  decider: frameworkDecider,
  noContext: undefined,
  commands: {
    AdoptDeclaration: { streamId: (c) => c.frameworkId },
    ReviseFramework: { streamId: (c) => c.frameworkId },
  },
};
