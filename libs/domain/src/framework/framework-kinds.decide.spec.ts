import {
  type AdoptDeclaration,
  type DeclarationAdopted,
  type ReviseFramework,
  frameworkDecider,
} from '@ct/domain';
import { given } from '@ct/testing';

const NOW = '2024-06-01T09:30:00.000Z';
const CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

/**
 * Security Council resolution 2462 (2019) on the financing of terrorism, adopted unanimously on
 * 28 March 2019 (docs/facts/strategy.md 3.2). Its adopting States are the States it addresses that
 * the tracker follows.
 */
const adoptResolution2462 = (overrides: Partial<AdoptDeclaration> = {}): AdoptDeclaration => ({
  type: 'AdoptDeclaration',
  now: NOW,
  frameworkId: 'unscr-2462-2019',
  kind: 'resolution',
  title: 'Security Council resolution 2462 (2019): Preventing and combating the financing of terrorism',
  adoptedOn: '2019-03-28',
  place: 'New York, 8496th meeting of the Security Council',
  adoptingStates: [...CENTRAL_ASIA],
  sourceReference: 'S/RES/2462 (2019)',
  ...overrides,
});

/** A Tajik national strategy (docs/facts/frameworks.md 2.1); the adoption day is the demo's own. */
const adoptTajikStrategy = (overrides: Partial<AdoptDeclaration> = {}): AdoptDeclaration => ({
  type: 'AdoptDeclaration',
  now: NOW,
  frameworkId: 'tj-strategy-extremism-terrorism-2021',
  kind: 'national-strategy',
  title: 'Strategy on Countering Extremism and Terrorism 2021-2025',
  adoptedOn: '2021-01-01',
  place: 'Dushanbe',
  adoptingStates: ['TJ'],
  ...overrides,
});

const dataOf = ({ type: _type, now: _now, ...data }: AdoptDeclaration): DeclarationAdopted['data'] => data;

const tajikStrategyAdopted: DeclarationAdopted = {
  type: 'DeclarationAdopted',
  data: dataOf(adoptTajikStrategy()),
};

const reviseTajikStrategy = (overrides: Partial<ReviseFramework> = {}): ReviseFramework => ({
  type: 'ReviseFramework',
  now: NOW,
  frameworkId: 'tj-strategy-extremism-terrorism-2021',
  revisedOn: '2023-01-01',
  summary: 'Revised action plan',
  ...overrides,
});

describe('framework decider: kinds and titles in Russian', () => {
  it('adopts a Security Council resolution as a framework', () => {
    given(frameworkDecider)
      .when(adoptResolution2462())
      .then([{ type: 'DeclarationAdopted', data: dataOf(adoptResolution2462()) }]);
  });

  it('adopts a national strategy of one State', () => {
    given(frameworkDecider).when(adoptTajikStrategy()).then([tajikStrategyAdopted]);
  });

  it('rejects a national strategy of several States', () => {
    given(frameworkDecider)
      .when(adoptTajikStrategy({ adoptingStates: ['TJ', 'UZ'] }))
      .thenViolates([{ rule: 'national-strategy-one-state', field: 'adoptingStates' }]);
  });

  it('names only the missing States when a national strategy has none', () => {
    given(frameworkDecider)
      .when(adoptTajikStrategy({ adoptingStates: [] }))
      .thenViolates([{ rule: 'no-states', field: 'adoptingStates' }]);
  });

  it('lets a revision of a national strategy restate its State but not move it to another', () => {
    given(frameworkDecider, [tajikStrategyAdopted])
      .when(reviseTajikStrategy({ adoptingStates: ['TJ'] }))
      .then([
        {
          type: 'FrameworkRevised',
          data: {
            frameworkId: 'tj-strategy-extremism-terrorism-2021',
            revisedOn: '2023-01-01',
            summary: 'Revised action plan',
            adoptingStates: ['TJ'],
          },
        },
      ]);
    given(frameworkDecider, [tajikStrategyAdopted])
      .when(reviseTajikStrategy({ adoptingStates: ['UZ'] }))
      .thenViolates([{ rule: 'national-strategy-one-state', field: 'adoptingStates' }]);
    given(frameworkDecider, [tajikStrategyAdopted])
      .when(reviseTajikStrategy({ adoptingStates: ['TJ', 'KG'] }))
      .thenViolates([{ rule: 'national-strategy-one-state', field: 'adoptingStates' }]);
  });

  it('lets a revision of another kind change its adopting States freely', () => {
    const adopted: DeclarationAdopted = { type: 'DeclarationAdopted', data: dataOf(adoptResolution2462()) };
    given(frameworkDecider, [adopted])
      .when({ ...reviseTajikStrategy(), frameworkId: 'unscr-2462-2019', adoptingStates: ['KZ', 'UZ'] })
      .then([
        {
          type: 'FrameworkRevised',
          data: {
            frameworkId: 'unscr-2462-2019',
            revisedOn: '2023-01-01',
            summary: 'Revised action plan',
            adoptingStates: ['KZ', 'UZ'],
          },
        },
      ]);
  });

  it('records a title in Russian and rejects a blank one', () => {
    // A test value: no source in docs/facts gives this strategy's Russian title.
    const command = adoptTajikStrategy({ titleRu: 'Стратегия по противодействию экстремизму и терроризму' });
    given(frameworkDecider)
      .when(command)
      .then([{ type: 'DeclarationAdopted', data: dataOf(command) }]);
    given(frameworkDecider)
      .when(adoptTajikStrategy({ titleRu: ' ' }))
      .thenViolates([{ rule: 'empty-text', field: 'titleRu' }]);
  });
});
