import { type ReadStore, listFrameworks, listProcesses } from '@ct/read-models';
import { type FixtureEvent } from './support/events';
import { projectInto } from './support/harness';
import { type DialectName, closePglite, dropTestSchemas, openReadStore } from './support/stores';

/**
 * The catalogue in English and Russian on both dialects: Russian names where recorded, English
 * otherwise, and a conference of the series held before the launch. The Russian strings are test
 * values, not recorded titles (docs/facts has none for these).
 */
const events: FixtureEvent[] = [
  {
    stream: 'framework-dushanbe-2018',
    event: {
      type: 'DeclarationAdopted',
      data: {
        frameworkId: 'dushanbe-2018',
        kind: 'declaration',
        title: 'Dushanbe Declaration (2018)',
        titleRu: 'Душанбинская декларация (2018)',
        adoptedOn: '2018-05-04',
        place: 'Dushanbe',
        adoptingStates: ['TJ'],
      },
    },
  },
  {
    stream: 'framework-unscr-2462',
    event: {
      type: 'DeclarationAdopted',
      data: {
        frameworkId: 'unscr-2462',
        kind: 'resolution',
        title: 'Security Council resolution 2462 (2019)',
        adoptedOn: '2019-03-28',
        place: 'New York',
        adoptingStates: ['KZ', 'TJ'],
      },
    },
  },
  {
    stream: 'process-dushanbe',
    event: {
      type: 'ProcessLaunched',
      data: {
        processId: 'dushanbe',
        name: 'Dushanbe process',
        nameRu: 'Душанбинский процесс',
        launchedBy: 'USG UNOCT',
        launchedOn: '2019-05-17',
        frameworkIds: ['unscr-2462'],
        participatingStates: ['TJ'],
      },
    },
  },
  {
    stream: 'process-dushanbe',
    event: {
      type: 'ConferenceHeld',
      data: {
        processId: 'dushanbe',
        title: 'First conference',
        titleRu: 'Первая конференция',
        startsOn: '2018-05-03',
        endsOn: '2018-05-04',
        place: 'Dushanbe',
        outcomeFrameworkIds: ['dushanbe-2018'],
        partOfSeries: true,
      },
    },
  },
  {
    stream: 'process-dushanbe',
    event: {
      type: 'ConferenceHeld',
      data: {
        processId: 'dushanbe',
        title: 'Second conference',
        startsOn: '2019-05-16',
        endsOn: '2019-05-17',
        place: 'Dushanbe',
        outcomeFrameworkIds: [],
      },
    },
  },
].map((e, n) => ({ ...e, n }) as FixtureEvent);

afterAll(async () => {
  await dropTestSchemas();
  await closePglite();
});

describe.each<DialectName>(['sqlite', 'postgres'])('catalogue names on %s', (dialect) => {
  let store: ReadStore;

  beforeAll(async () => {
    store = await openReadStore(dialect);
    await projectInto(store, events);
  }, 30_000);
  afterAll(() => store.close());

  it('gives the Russian title with lang=ru, English where there is none, and both always', async () => {
    const russian = await listFrameworks(store.db, { lang: 'ru' });
    expect(russian.items.map((f) => [f.frameworkId, f.kind, f.title, f.titles])).toEqual([
      [
        'dushanbe-2018',
        'declaration',
        'Душанбинская декларация (2018)',
        { en: 'Dushanbe Declaration (2018)', ru: 'Душанбинская декларация (2018)' },
      ],
      [
        'unscr-2462',
        'resolution',
        'Security Council resolution 2462 (2019)',
        { en: 'Security Council resolution 2462 (2019)', ru: null },
      ],
    ]);
    const english = await listFrameworks(store.db, { kind: 'resolution' });
    expect(english.items.map((f) => f.title)).toEqual(['Security Council resolution 2462 (2019)']);
    expect((await listFrameworks(store.db, { lang: 'en' })).items[0]!.title).toBe(
      'Dushanbe Declaration (2018)',
    );
  });

  it('names the process and its conferences in the language asked for, the 2018 one held before the launch', async () => {
    const [process] = (await listProcesses(store.db, { lang: 'ru' })).items;
    expect(process).toMatchObject({
      name: 'Душанбинский процесс',
      names: { en: 'Dushanbe process', ru: 'Душанбинский процесс' },
    });
    expect(process!.conferences.map((c) => [c.title, c.heldBeforeLaunch])).toEqual([
      ['Первая конференция', true],
      ['Second conference', false],
    ]);
    const [inEnglish] = (await listProcesses(store.db)).items;
    expect(inEnglish!.name).toBe('Dushanbe process');
    expect(inEnglish!.conferences[0]!.title).toBe('First conference');
  });
});
