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
    /** The name in Russian, where a source gives it; readers fall back to `name`. */
    nameRu?: string;
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
    /**
     * The conference belongs to the series the process carries on, though held before its launch:
     * the 2018 Dushanbe conference, first of the series, a year before the launch recorded in the
     * 2019 press release (docs/facts/frameworks.md 2.2). Absent on conferences held after the launch.
     */
    partOfSeries?: boolean;
    /** The title in Russian, where a source gives it; readers fall back to `title`. */
    titleRu?: string;
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
