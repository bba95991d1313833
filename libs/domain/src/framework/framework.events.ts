import { type IsoDate } from '../kernel/dates';

export type FrameworkKind = 'declaration' | 'plan-of-action';
export const FRAMEWORK_KINDS: readonly FrameworkKind[] = ['declaration', 'plan-of-action'];

/**
 * A declaration or plan of action was adopted. The id is the framework's identity, not its title:
 * there were Dushanbe Declarations in 2018, 2019 and 2022 (docs/facts/frameworks.md 2.2).
 */
export interface DeclarationAdopted {
  type: 'DeclarationAdopted';
  data: {
    frameworkId: string;
    kind: FrameworkKind;
    title: string;
    adoptedOn: IsoDate;
    place: string;
    adoptingStates: string[];
    sourceReference?: string;
  };
}

/** A framework was revised, e.g. the JPoA updated at Tashkent on 3 March 2022 (docs/facts/frameworks.md 1.1). */
export interface FrameworkRevised {
  type: 'FrameworkRevised';
  data: {
    frameworkId: string;
    revisedOn: IsoDate;
    summary: string;
    place?: string;
    /** States adopting the revised text; absent = unchanged. */
    adoptingStates?: string[];
    sourceReference?: string;
  };
}

export type FrameworkEvent = DeclarationAdopted | FrameworkRevised;

export interface FrameworkState {
  exists: boolean;
  kind?: FrameworkKind;
  title?: string;
  adoptedOn?: IsoDate;
  lastRevisedOn?: IsoDate;
  adoptingStates: string[];
}

export const initialFrameworkState: FrameworkState = { exists: false, adoptingStates: [] };

export function evolveFramework(state: FrameworkState, event: FrameworkEvent): FrameworkState {
  switch (event.type) {
    case 'DeclarationAdopted':
      return {
        exists: true,
        kind: event.data.kind,
        title: event.data.title,
        adoptedOn: event.data.adoptedOn,
        adoptingStates: event.data.adoptingStates,
      };
    case 'FrameworkRevised':
      return {
        ...state,
        lastRevisedOn: event.data.revisedOn,
        adoptingStates: event.data.adoptingStates ?? state.adoptingStates,
      };
  }
}
