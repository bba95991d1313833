import { type ApiHarness, type TokenRequest, startApi } from '../support/api-harness';

const admin: TokenRequest = { sub: 'programme.admin', roles: ['programme-admin'] };
const reporter: TokenRequest = { sub: 'reporter', roles: ['reporter'] };

/** Security Council resolution 2462 (2019), adopted 28 March 2019 (docs/facts/strategy.md 3.2). */
const resolution2462 = {
  id: 'unscr-2462-2019',
  kind: 'resolution',
  title: 'Security Council resolution 2462 (2019): Preventing and combating the financing of terrorism',
  adoptedOn: '2019-03-28',
  place: 'New York, 8496th meeting of the Security Council',
  adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  sourceReference: 'S/RES/2462 (2019)',
};

/** The first Dushanbe conference's declaration, 4 May 2018 (docs/facts/frameworks.md 2.2). */
const dushanbe2018 = {
  id: 'dushanbe-declaration-2018',
  kind: 'declaration',
  title: 'Dushanbe Declaration (2018)',
  // A test value: docs/facts gives no Russian title of this declaration.
  titleRu: 'Душанбинская декларация (2018)',
  adoptedOn: '2018-05-04',
  place: 'Dushanbe, Tajikistan',
  adoptingStates: ['TJ'],
};

const dushanbe2019 = {
  id: 'dushanbe-declaration-2019',
  kind: 'declaration',
  title: 'Dushanbe Declaration (2019)',
  adoptedOn: '2019-05-17',
  place: 'Dushanbe, Tajikistan',
  adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
};

/** Launched on 17 May 2019 (UNOCT press release, docs/facts/frameworks.md 2.2). */
const dushanbeProcess = {
  id: 'dushanbe-process-2019',
  name: 'Counter-Terrorism Dushanbe process on Countering Terrorism and its Financing in Central Asia',
  launchedBy: 'UN Under-Secretary-General for Counter-Terrorism',
  launchedOn: '2019-05-17',
  place: 'Dushanbe, Tajikistan',
  frameworkIds: ['dushanbe-declaration-2019'],
  participatingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
};

/** The first conference of the series, 3-4 May 2018, a year before the launch. */
const firstConference = {
  title: 'High-Level Conference "Countering Terrorism and Preventing Violent Extremism"',
  startsOn: '2018-05-03',
  endsOn: '2018-05-04',
  place: 'Dushanbe, Tajikistan',
  outcomeFrameworkIds: ['dushanbe-declaration-2018'],
};

/** The fields a 400 names, once each (a field may break several constraints). */
const fieldsOf = (problem: { errors: { field: string }[] }) =>
  [...new Set(problem.errors.map((e) => e.field))].sort();

describe('Frameworks and processes as they happened, in English and Russian (SQLite)', () => {
  let api: ApiHarness;
  let asAdmin: Record<string, string>;
  let asReporter: Record<string, string>;
  let position = '0';

  beforeAll(async () => {
    api = await startApi();
    asAdmin = api.authAs(admin);
    asReporter = api.authAs(reporter);
    for (const framework of [resolution2462, dushanbe2018, dushanbe2019])
      position = (await api.http().post('/frameworks').set(asAdmin).send(framework).expect(201)).body
        .position as string;
    position = (await api.http().post('/processes').set(asAdmin).send(dushanbeProcess).expect(201)).body
      .position as string;
  });
  afterAll(() => api.close());

  it('lists a resolution by its kind, and titles in the language asked for with English as fallback', async () => {
    const resolutions = await api
      .http()
      .get(`/catalogue/frameworks?kind=resolution&minPosition=${position}`)
      .set(asReporter)
      .expect(200);
    expect(resolutions.body.items).toEqual([
      expect.objectContaining({
        frameworkId: 'unscr-2462-2019',
        kind: 'resolution',
        title: resolution2462.title,
        titles: { en: resolution2462.title, ru: null },
      }),
    ]);
    const inRussian = await api.http().get('/catalogue/frameworks?lang=ru').set(asReporter).expect(200);
    const titleOf = (id: string) =>
      (inRussian.body.items as { frameworkId: string; title: string }[]).find((f) => f.frameworkId === id)
        ?.title;
    expect(titleOf('dushanbe-declaration-2018')).toBe('Душанбинская декларация (2018)');
    // No Russian title recorded: English.
    expect(titleOf('dushanbe-declaration-2019')).toBe('Dushanbe Declaration (2019)');
    const inEnglish = await api.http().get('/catalogue/frameworks?state=TJ').set(asReporter).expect(200);
    expect(inEnglish.body.items).toContainEqual(
      expect.objectContaining({
        frameworkId: 'dushanbe-declaration-2018',
        title: 'Dushanbe Declaration (2018)',
        titles: { en: 'Dushanbe Declaration (2018)', ru: 'Душанбинская декларация (2018)' },
      }),
    );
  });

  it('refuses a national strategy of two States with 422 national-strategy-one-state, and writes nothing', async () => {
    const before = await api.allEvents();
    const refused = await api
      .http()
      .post('/frameworks')
      .set(asAdmin)
      .send({
        id: 'tj-strategy-extremism-terrorism-2021',
        kind: 'national-strategy',
        title: 'Strategy on Countering Extremism and Terrorism 2021-2025',
        adoptedOn: '2021-01-01',
        place: 'Dushanbe',
        adoptingStates: ['TJ', 'UZ'],
      })
      .expect(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'adoptingStates', rule: 'national-strategy-one-state' }),
    ]);
    expect(await api.allEvents()).toEqual(before);
  });

  it('refuses the 2018 conference before the launch unless it is marked part of the series', async () => {
    const before = await api.allEvents();
    const refused = await api
      .http()
      .post('/processes/dushanbe-process-2019/conferences')
      .set(asAdmin)
      .send(firstConference)
      .expect(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'endsOn', rule: 'date-before-launch' }),
    ]);
    expect(await api.allEvents()).toEqual(before);

    const recorded = await api
      .http()
      .post('/processes/dushanbe-process-2019/conferences')
      .set(asAdmin)
      .send({ ...firstConference, partOfSeries: true })
      .expect(201);
    const processes = await api
      .http()
      .get(`/catalogue/processes?lang=ru&minPosition=${recorded.body.position}`)
      .set(asReporter)
      .expect(200);
    expect(processes.body.items).toEqual([
      expect.objectContaining({
        processId: 'dushanbe-process-2019',
        name: dushanbeProcess.name,
        names: { en: dushanbeProcess.name, ru: null },
        conferences: [
          expect.objectContaining({
            title: firstConference.title,
            titles: { en: firstConference.title, ru: null },
            heldBeforeLaunch: true,
            startsOn: '2018-05-03',
          }),
        ],
      }),
    ]);
  });

  it('refuses bad input with 400 naming every bad field, and writes nothing', async () => {
    const before = await api.allEvents();
    const badKind = await api
      .http()
      .post('/frameworks')
      .set(asAdmin)
      .send({ ...resolution2462, id: 'treaty-x', kind: 'treaty', titleRu: '' })
      .expect(400);
    expect(fieldsOf(badKind.body)).toEqual(['kind', 'titleRu']);
    const badConference = await api
      .http()
      .post('/processes/dushanbe-process-2019/conferences')
      .set(asAdmin)
      .send({ ...firstConference, partOfSeries: 'yes', titleRu: 7 })
      .expect(400);
    expect(fieldsOf(badConference.body)).toEqual(['partOfSeries', 'titleRu']);
    const badLaunch = await api
      .http()
      .post('/processes')
      .set(asAdmin)
      .send({ ...dushanbeProcess, id: 'other-process', nameRu: ' ' })
      .expect(422);
    expect(badLaunch.body.errors).toEqual([expect.objectContaining({ field: 'nameRu', rule: 'empty-text' })]);
    for (const query of ['/catalogue/frameworks?lang=fr', '/catalogue/processes?lang=RU']) {
      const refused = await api.http().get(query).set(asReporter).expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'lang' })]);
    }
    expect(await api.allEvents()).toEqual(before);
  });
});
