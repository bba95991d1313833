import {
  type AdoptDeclaration,
  AggregateNotFound,
  type DeclarationAdopted,
  DomainRuleViolation,
  type FrameworkKind,
  type FrameworkRevised,
  type ReviseFramework,
  frameworkDecider,
} from '@ct/domain';
import { given } from '@ct/testing';

const NOW = '2024-06-01T09:30:00.000Z';
const CENTRAL_ASIA = ['KZ', 'KG', 'TJ', 'TM', 'UZ'];

/** Dushanbe Declaration (2019): adopted by consensus at the close of the conference, 17 May 2019. */
const adoptDushanbe2019 = (overrides: Partial<AdoptDeclaration> = {}): AdoptDeclaration => ({
  type: 'AdoptDeclaration',
  now: NOW,
  frameworkId: 'dushanbe-declaration-2019',
  kind: 'declaration',
  title: 'Dushanbe Declaration',
  adoptedOn: '2019-05-17',
  place: 'Dushanbe',
  adoptingStates: [...CENTRAL_ASIA],
  ...overrides,
});

/** JPoA: adopted 30 Nov 2011 in Ashgabat; Uzbekistan was an observer then. */
const jpoaAdopted: DeclarationAdopted = {
  type: 'DeclarationAdopted',
  data: {
    frameworkId: 'jpoa',
    kind: 'plan-of-action',
    title:
      'Joint Plan of Action for the Implementation of the UN Global Counter-Terrorism Strategy in Central Asia',
    adoptedOn: '2011-11-30',
    place: 'Ashgabat',
    adoptingStates: ['KZ', 'KG', 'TJ', 'TM'],
  },
};

/** The updated JPoA, endorsed by all five States at Tashkent on 3 March 2022. */
const reviseJpoa = (overrides: Partial<ReviseFramework> = {}): ReviseFramework => ({
  type: 'ReviseFramework',
  now: NOW,
  frameworkId: 'jpoa',
  revisedOn: '2022-03-03',
  summary: 'Updated JPoA endorsed at the Tashkent High-Level Conference',
  place: 'Tashkent',
  adoptingStates: [...CENTRAL_ASIA],
  ...overrides,
});

const jpoaRevisedInTashkent: FrameworkRevised = {
  type: 'FrameworkRevised',
  data: {
    frameworkId: 'jpoa',
    revisedOn: '2022-03-03',
    summary: 'Updated JPoA endorsed at the Tashkent High-Level Conference',
    place: 'Tashkent',
    adoptingStates: [...CENTRAL_ASIA],
  },
};

describe('framework decider', () => {
  describe('AdoptDeclaration', () => {
    it('records the adoption with the command data, without its type or clock', () => {
      given(frameworkDecider)
        .when(
          adoptDushanbe2019({
            sourceReference: 'http://tajembassy.by/articles/show/alias/dushanbe-declaration',
          }),
        )
        .then([
          {
            type: 'DeclarationAdopted',
            data: {
              frameworkId: 'dushanbe-declaration-2019',
              kind: 'declaration',
              title: 'Dushanbe Declaration',
              adoptedOn: '2019-05-17',
              place: 'Dushanbe',
              adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
              sourceReference: 'http://tajembassy.by/articles/show/alias/dushanbe-declaration',
            },
          },
        ]);
    });

    it('adopts a plan of action (the JPoA, Ashgabat 2011)', () => {
      given(frameworkDecider)
        .when({ type: 'AdoptDeclaration', now: NOW, ...jpoaAdopted.data })
        .then([jpoaAdopted]);
    });

    it('accepts an adoption dated on the day of the command', () => {
      given(frameworkDecider)
        .when(adoptDushanbe2019({ adoptedOn: '2024-06-01', now: '2024-06-01T23:59:59.999Z' }))
        .then([{ type: 'DeclarationAdopted', data: { ...adoptedData(), adoptedOn: '2024-06-01' } }]);
    });

    it('rejects a framework that was already adopted', () => {
      given(frameworkDecider, [jpoaAdopted])
        .when(adoptDushanbe2019({ frameworkId: 'jpoa' }))
        .thenThrows(DomainRuleViolation, { rule: 'framework-exists', field: 'id' });
    });

    it('rejects an unknown kind', () => {
      given(frameworkDecider)
        .when(adoptDushanbe2019({ kind: 'treaty' as FrameworkKind }))
        .thenViolates([{ rule: 'unknown-kind', field: 'kind' }]);
    });

    it('rejects a blank title or place', () => {
      given(frameworkDecider)
        .when(adoptDushanbe2019({ title: '', place: '   ' }))
        .thenViolates([
          { rule: 'empty-text', field: 'title' },
          { rule: 'empty-text', field: 'place' },
        ]);
    });

    it('rejects an adoption after the day of the command', () => {
      given(frameworkDecider)
        .when(adoptDushanbe2019({ adoptedOn: '2024-06-02' }))
        .thenViolates([{ rule: 'date-in-future', field: 'adoptedOn' }]);
    });

    it.each(['2019-02-30', '2019-13-01', '2019-5-17', '17/05/2019', ''])(
      'rejects %p as an adoption date',
      (adoptedOn) => {
        given(frameworkDecider)
          .when(adoptDushanbe2019({ adoptedOn }))
          .thenViolates([{ rule: 'invalid-date', field: 'adoptedOn' }]);
      },
    );

    it('accepts 29 February in a leap year', () => {
      given(frameworkDecider)
        .when(adoptDushanbe2019({ adoptedOn: '2020-02-29' }))
        .then([{ type: 'DeclarationAdopted', data: { ...adoptedData(), adoptedOn: '2020-02-29' } }]);
    });

    it('needs at least one adopting State', () => {
      given(frameworkDecider)
        .when(adoptDushanbe2019({ adoptingStates: [] }))
        .thenViolates([{ rule: 'no-states', field: 'adoptingStates' }]);
    });

    it('rejects codes that are not ISO 3166-1 alpha-2, naming each position', () => {
      given(frameworkDecider)
        .when(adoptDushanbe2019({ adoptingStates: ['KZ', 'kg', 'TJK', 'XX'] }))
        .thenViolates([
          { rule: 'unknown-state', field: 'adoptingStates[1]' },
          { rule: 'unknown-state', field: 'adoptingStates[2]' },
          { rule: 'unknown-state', field: 'adoptingStates[3]' },
        ]);
    });

    it('rejects a State listed twice', () => {
      given(frameworkDecider)
        .when(adoptDushanbe2019({ adoptingStates: ['TJ', 'UZ', 'TJ'] }))
        .thenViolates([{ rule: 'duplicate-state', field: 'adoptingStates' }]);
    });

    it('reports every broken rule at once', () => {
      given(frameworkDecider)
        .when(
          adoptDushanbe2019({
            kind: 'convention' as FrameworkKind,
            title: ' ',
            place: '',
            adoptedOn: '2019-02-30',
            adoptingStates: ['TJ', 'ZZ', 'TJ'],
          }),
        )
        .thenViolates([
          { rule: 'unknown-kind', field: 'kind' },
          { rule: 'empty-text', field: 'title' },
          { rule: 'empty-text', field: 'place' },
          { rule: 'invalid-date', field: 'adoptedOn' },
          { rule: 'unknown-state', field: 'adoptingStates[1]' },
          { rule: 'duplicate-state', field: 'adoptingStates' },
        ]);
    });
  });

  describe('ReviseFramework', () => {
    it('records the revision (the updated JPoA, Tashkent 2022)', () => {
      given(frameworkDecider, [jpoaAdopted]).when(reviseJpoa()).then([jpoaRevisedInTashkent]);
    });

    it('keeps the adopting States unchanged when none are given', () => {
      given(frameworkDecider, [jpoaAdopted])
        .when(reviseJpoa({ adoptingStates: undefined, place: undefined }))
        .then([
          {
            type: 'FrameworkRevised',
            data: {
              frameworkId: 'jpoa',
              revisedOn: '2022-03-03',
              summary: 'Updated JPoA endorsed at the Tashkent High-Level Conference',
            },
          },
        ]);
    });

    it('rejects a revision of a framework never adopted', () => {
      given(frameworkDecider)
        .when(reviseJpoa())
        .thenThrows(AggregateNotFound, { aggregate: 'framework', id: 'jpoa' });
    });

    it('rejects a revision dated on the adoption day', () => {
      given(frameworkDecider, [jpoaAdopted])
        .when(reviseJpoa({ revisedOn: '2011-11-30' }))
        .thenViolates([{ rule: 'revision-not-after-previous', field: 'revisedOn' }]);
    });

    it('rejects a revision before the adoption', () => {
      given(frameworkDecider, [jpoaAdopted])
        .when(reviseJpoa({ revisedOn: '2010-12-15' }))
        .thenViolates([{ rule: 'revision-not-after-previous', field: 'revisedOn' }]);
    });

    it('rejects a revision that does not come after the latest revision', () => {
      const spec = given(frameworkDecider, [jpoaAdopted, jpoaRevisedInTashkent]);
      spec
        .when(reviseJpoa({ revisedOn: '2021-11-01' }))
        .thenViolates([{ rule: 'revision-not-after-previous', field: 'revisedOn' }]);
      spec
        .when(reviseJpoa({ revisedOn: '2022-03-03' }))
        .thenViolates([{ rule: 'revision-not-after-previous', field: 'revisedOn' }]);
    });

    it('accepts a later revision after an earlier one', () => {
      given(frameworkDecider, [jpoaAdopted, jpoaRevisedInTashkent])
        .when(reviseJpoa({ revisedOn: '2022-03-04', adoptingStates: undefined }))
        .then([
          {
            type: 'FrameworkRevised',
            data: {
              frameworkId: 'jpoa',
              revisedOn: '2022-03-04',
              summary: 'Updated JPoA endorsed at the Tashkent High-Level Conference',
              place: 'Tashkent',
            },
          },
        ]);
    });

    it('rejects a revision after the day of the command', () => {
      given(frameworkDecider, [jpoaAdopted])
        .when(reviseJpoa({ revisedOn: '2024-06-02' }))
        .thenViolates([{ rule: 'date-in-future', field: 'revisedOn' }]);
    });

    it('rejects an invalid calendar date', () => {
      given(frameworkDecider, [jpoaAdopted])
        .when(reviseJpoa({ revisedOn: '2022-02-30' }))
        .thenViolates([{ rule: 'invalid-date', field: 'revisedOn' }]);
    });

    it('rejects a blank summary', () => {
      given(frameworkDecider, [jpoaAdopted])
        .when(reviseJpoa({ summary: '' }))
        .thenViolates([{ rule: 'empty-text', field: 'summary' }]);
    });

    it('checks the adopting States when they are given', () => {
      given(frameworkDecider, [jpoaAdopted])
        .when(reviseJpoa({ adoptingStates: [] }))
        .thenViolates([{ rule: 'no-states', field: 'adoptingStates' }]);
      given(frameworkDecider, [jpoaAdopted])
        .when(reviseJpoa({ adoptingStates: ['UZ', 'UZB', 'UZ'] }))
        .thenViolates([
          { rule: 'unknown-state', field: 'adoptingStates[1]' },
          { rule: 'duplicate-state', field: 'adoptingStates' },
        ]);
    });

    it('reports every broken rule at once', () => {
      given(frameworkDecider, [jpoaAdopted, jpoaRevisedInTashkent])
        .when(reviseJpoa({ summary: ' ', revisedOn: '2021-11-30', adoptingStates: ['AA'] }))
        .thenViolates([
          { rule: 'empty-text', field: 'summary' },
          { rule: 'revision-not-after-previous', field: 'revisedOn' },
          { rule: 'unknown-state', field: 'adoptingStates[0]' },
        ]);
    });
  });
});

function adoptedData(): DeclarationAdopted['data'] {
  const { type: _type, now: _now, ...data } = adoptDushanbe2019();
  return data;
}
