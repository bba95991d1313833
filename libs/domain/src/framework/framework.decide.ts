import { type CommandClock, type Decider } from '../kernel/decider';
import { AggregateNotFound, DomainRuleViolation, RuleCheck } from '../kernel/errors';
import { checkDate, checkStates, checkText } from '../kernel/rules';
import {
  FRAMEWORK_KINDS,
  type FrameworkEvent,
  type FrameworkKind,
  type FrameworkState,
  evolveFramework,
  initialFrameworkState,
} from './framework.events';

export interface AdoptDeclaration extends CommandClock {
  type: 'AdoptDeclaration';
  frameworkId: string;
  kind: FrameworkKind;
  title: string;
  adoptedOn: string;
  place: string;
  adoptingStates: string[];
  sourceReference?: string;
  titleRu?: string;
}

export interface ReviseFramework extends CommandClock {
  type: 'ReviseFramework';
  frameworkId: string;
  revisedOn: string;
  summary: string;
  place?: string;
  adoptingStates?: string[];
  sourceReference?: string;
}

export type FrameworkCommand = AdoptDeclaration | ReviseFramework;

/** A national strategy is one State's own: adopted by exactly one State, and it stays that State's. */
function checkNationalStrategyStates(
  check: RuleCheck,
  adoptingStates: readonly string[],
  stateBefore: string | undefined,
): void {
  check.require(
    adoptingStates.length === 1 && (stateBefore === undefined || adoptingStates[0] === stateBefore),
    'national-strategy-one-state',
    stateBefore === undefined
      ? 'a national strategy is adopted by exactly one State'
      : `a national strategy stays the strategy of its one State (${stateBefore})`,
    'adoptingStates',
  );
}

export function decideFramework(command: FrameworkCommand, state: FrameworkState): FrameworkEvent[] {
  const check = new RuleCheck();
  switch (command.type) {
    case 'AdoptDeclaration': {
      if (state.exists)
        throw new DomainRuleViolation(
          'framework-exists',
          `framework '${command.frameworkId}' was already adopted`,
          'id',
        );
      check.require(
        FRAMEWORK_KINDS.includes(command.kind),
        'unknown-kind',
        `unknown kind ${command.kind}`,
        'kind',
      );
      checkText(check, command.title, 'title');
      checkText(check, command.place, 'place');
      if (command.titleRu !== undefined) checkText(check, command.titleRu, 'titleRu');
      checkDate(check, command.adoptedOn, 'adoptedOn', command.now);
      checkStates(check, command.adoptingStates, 'adoptingStates');
      if (command.kind === 'national-strategy' && command.adoptingStates.length > 0)
        checkNationalStrategyStates(check, command.adoptingStates, undefined);
      check.throwIfAny();
      const { type: _type, now: _now, ...data } = command;
      return [{ type: 'DeclarationAdopted', data }];
    }
    case 'ReviseFramework': {
      if (!state.exists || !state.adoptedOn) throw new AggregateNotFound('framework', command.frameworkId);
      checkText(check, command.summary, 'summary');
      checkDate(check, command.revisedOn, 'revisedOn', command.now);
      check.require(
        command.revisedOn > (state.lastRevisedOn ?? state.adoptedOn),
        'revision-not-after-previous',
        `revisedOn must come after the adoption (${state.adoptedOn}) and every earlier revision`,
        'revisedOn',
      );
      if (command.adoptingStates) {
        checkStates(check, command.adoptingStates, 'adoptingStates');
        if (state.kind === 'national-strategy')
          checkNationalStrategyStates(check, command.adoptingStates, state.adoptingStates[0]);
      }
      check.throwIfAny();
      const { type: _type, now: _now, ...data } = command;
      return [{ type: 'FrameworkRevised', data }];
    }
  }
}

export const frameworkDecider: Decider<FrameworkCommand, FrameworkEvent, FrameworkState> = {
  initialState: initialFrameworkState,
  evolve: evolveFramework,
  decide: decideFramework,
};
