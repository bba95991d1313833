import { isIsoDate } from '../kernel/dates';
import { type CommandClock, type Decider } from '../kernel/decider';
import { AggregateNotFound, DomainRuleViolation, RuleCheck } from '../kernel/errors';
import { checkDate, checkStates, checkText } from '../kernel/rules';
import { type ProcessEvent, type ProcessState, evolveProcess, initialProcessState } from './process.events';

export interface LaunchProcess extends CommandClock {
  type: 'LaunchProcess';
  processId: string;
  name: string;
  launchedBy: string;
  launchedOn: string;
  place?: string;
  frameworkIds: string[];
  participatingStates: string[];
  nameRu?: string;
}

export interface HoldConference extends CommandClock {
  type: 'HoldConference';
  processId: string;
  title: string;
  startsOn: string;
  endsOn: string;
  place: string;
  outcomeFrameworkIds: string[];
  /** Held before the launch but part of the series the process carries on (see ConferenceHeld). */
  partOfSeries?: boolean;
  titleRu?: string;
}

export type ProcessCommand = LaunchProcess | HoldConference;

/** What the handler looked up in other streams: the adoption date of each framework referenced. */
export interface ProcessContext {
  frameworksAdoptedOn: ReadonlyMap<string, string>;
}

function checkFrameworksKnown(
  check: RuleCheck,
  ids: readonly string[],
  field: string,
  context: ProcessContext,
) {
  ids.forEach((id, i) =>
    check.require(
      context.frameworksAdoptedOn.has(id),
      'unknown-framework',
      `framework '${id}' does not exist`,
      `${field}[${i}]`,
    ),
  );
}

export function decideProcess(
  command: ProcessCommand,
  state: ProcessState,
  context: ProcessContext,
): ProcessEvent[] {
  const check = new RuleCheck();
  switch (command.type) {
    case 'LaunchProcess': {
      if (state.exists)
        throw new DomainRuleViolation(
          'process-exists',
          `process '${command.processId}' was already launched`,
          'id',
        );
      checkText(check, command.name, 'name');
      checkText(check, command.launchedBy, 'launchedBy');
      if (command.nameRu !== undefined) checkText(check, command.nameRu, 'nameRu');
      checkDate(check, command.launchedOn, 'launchedOn', command.now);
      checkStates(check, command.participatingStates, 'participatingStates');
      checkFrameworksKnown(check, command.frameworkIds, 'frameworkIds', context);
      command.frameworkIds.forEach((id, i) => {
        const adoptedOn = context.frameworksAdoptedOn.get(id);
        if (adoptedOn && isIsoDate(command.launchedOn))
          check.require(
            command.launchedOn >= adoptedOn,
            'date-before-adoption',
            `the process cannot support framework '${id}' before its adoption on ${adoptedOn}`,
            `frameworkIds[${i}]`,
          );
      });
      check.throwIfAny();
      const { type: _type, now: _now, ...data } = command;
      return [{ type: 'ProcessLaunched', data }];
    }
    case 'HoldConference': {
      if (!state.exists || !state.launchedOn) throw new AggregateNotFound('process', command.processId);
      checkText(check, command.title, 'title');
      checkText(check, command.place, 'place');
      if (command.titleRu !== undefined) checkText(check, command.titleRu, 'titleRu');
      checkDate(check, command.startsOn, 'startsOn', command.now);
      checkDate(check, command.endsOn, 'endsOn', command.now);
      check.require(
        command.endsOn >= command.startsOn,
        'ends-before-start',
        'endsOn is before startsOn',
        'endsOn',
      );
      // A process is often launched at a conference (Dushanbe, 16-17 May 2019), so the conference may
      // start before the launch but not end before it, unless it is marked as an earlier conference
      // of the series the process carries on (Dushanbe, 3-4 May 2018: docs/facts/frameworks.md 2.2).
      check.require(
        command.partOfSeries === true || command.endsOn >= state.launchedOn,
        'date-before-launch',
        `the conference ended before the process was launched on ${state.launchedOn}; mark it partOfSeries if it is an earlier conference of the series`,
        'endsOn',
      );
      checkFrameworksKnown(check, command.outcomeFrameworkIds, 'outcomeFrameworkIds', context);
      check.require(
        !state.conferences.some((c) => c.title === command.title && c.startsOn === command.startsOn),
        'conference-recorded',
        'this conference is already recorded',
        'title',
      );
      check.throwIfAny();
      const { type: _type, now: _now, ...data } = command;
      return [{ type: 'ConferenceHeld', data }];
    }
  }
}

export const processDecider: Decider<ProcessCommand, ProcessEvent, ProcessState, ProcessContext> = {
  initialState: initialProcessState,
  evolve: evolveProcess,
  decide: decideProcess,
};
