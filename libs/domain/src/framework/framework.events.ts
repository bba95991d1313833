import { type IsoDate } from '../kernel/dates';

/**
 * What kind of text a framework is. `resolution`: a UN resolution (Security Council resolution
 * 2462 (2019), docs/facts/strategy.md 3.2); its adopting States are the States it addresses that the
 * tracker follows. `national-strategy`: one State's own strategy (the Tajik national strategies,
 * docs/facts/frameworks.md 2.1), so it has exactly one adopting State.
 */
export type FrameworkKind = 'declaration' | 'plan-of-action' | 'resolution' | 'national-strategy';
export const FRAMEWORK_KINDS: readonly FrameworkKind[] = [
  'declaration',
  'plan-of-action',
  'resolution',
  'national-strategy',
];

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
    /** The title in Russian, where a source gives it; readers fall back to `title`. */
    titleRu?: string;
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
  /** The `revisedOn` date of every revision: a deliverable names one as the revision that introduced or retired it. */
  revisions: IsoDate[];
  adoptingStates: string[];
}

export const initialFrameworkState: FrameworkState = { exists: false, adoptingStates: [], revisions: [] };

export function evolveFramework(state: FrameworkState, event: FrameworkEvent): FrameworkState {
  switch (event.type) {
    case 'DeclarationAdopted':
      return {
        exists: true,
        kind: event.data.kind,
        title: event.data.title,
        adoptedOn: event.data.adoptedOn,
        adoptingStates: event.data.adoptingStates,
        revisions: [],
      };
    case 'FrameworkRevised':
      return {
        ...state,
        lastRevisedOn: event.data.revisedOn,
        revisions: [...state.revisions, event.data.revisedOn],
        adoptingStates: event.data.adoptingStates ?? state.adoptingStates,
      };
  }
}
