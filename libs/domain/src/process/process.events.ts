import { type IsoDate } from '../kernel/dates';

/**
 * A process that institutionalises dialogue, e.g. the "Counter-Terrorism Dushanbe process on
 * Countering Terrorism and its Financing in Central Asia", launched by the UN Under-Secretary-General
 * for Counter-Terrorism on 17 May 2019 (seed press release).
 */
export interface ProcessLaunched {
  type: 'ProcessLaunched';
  data: {
    processId: string;
    name: string;
    launchedBy: string;
    launchedOn: IsoDate;
    place?: string;
    frameworkIds: string[];
    participatingStates: string[];
  };
}

/** A milestone of a process: one of its conferences, with the frameworks it produced. */
export interface ConferenceHeld {
  type: 'ConferenceHeld';
  data: {
    processId: string;
    title: string;
    startsOn: IsoDate;
    endsOn: IsoDate;
    place: string;
    outcomeFrameworkIds: string[];
  };
}

export type ProcessEvent = ProcessLaunched | ConferenceHeld;

export interface ProcessState {
  exists: boolean;
  launchedOn?: IsoDate;
  frameworkIds: string[];
  conferences: { title: string; startsOn: IsoDate }[];
}

export const initialProcessState: ProcessState = { exists: false, frameworkIds: [], conferences: [] };

export function evolveProcess(state: ProcessState, event: ProcessEvent): ProcessState {
  switch (event.type) {
    case 'ProcessLaunched':
      return {
        ...state,
        exists: true,
        launchedOn: event.data.launchedOn,
        frameworkIds: event.data.frameworkIds,
      };
    case 'ConferenceHeld':
      return {
        ...state,
        conferences: [...state.conferences, { title: event.data.title, startsOn: event.data.startsOn }],
      };
  }
}
