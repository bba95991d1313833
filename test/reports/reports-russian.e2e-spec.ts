import { type ApiHarness, cftDeliverable, startApi } from '../support/api-harness';

/**
 * Reports in Russian over HTTP: labels, State names and framework titles recorded in Russian, with
 * English where a name has none; the States that did not adopt a framework shown apart.
 */

const CYRILLIC = /[\u0400-\u04FF]/;

/** Adopted by Tajikistan alone (docs/facts/frameworks.md 2.2), so Kazakhstan did not adopt it. */
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

/** Recorded without a Russian title: reports in Russian show the English one. */
const resolution2462 = {
  id: 'unscr-2462-2019',
  kind: 'resolution',
  title: 'Security Council resolution 2462 (2019)',
  adoptedOn: '2019-03-28',
  place: 'New York',
  adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
};

const AS_OF = '2024-06-30';

describe('Reports in Russian (HTTP, SQLite)', () => {
  let api: ApiHarness;
  let reporter: Record<string, string>;

  beforeAll(async () => {
    api = await startApi();
    const admin = api.authAs({ sub: 'admin.unoct', roles: ['programme-admin'] });
    reporter = api.authAs({ sub: 'reporting-job', roles: ['reporter'] });
    for (const framework of [dushanbe2018, resolution2462])
      await api.http().post('/frameworks').set(admin).send(framework).expect(201);
    const deliverables = [
      { ...cftDeliverable, id: 'border-cooperation', frameworkId: 'dushanbe-declaration-2018', pillar: 'II' },
      { ...cftDeliverable, id: 'criminalise-tf', frameworkId: 'unscr-2462-2019', definedOn: '2019-06-01' },
    ];
    let position = '0';
    for (const deliverable of deliverables) {
      await api.http().post('/deliverables').set(admin).send(deliverable).expect(201);
      for (const stateCode of ['TJ', 'KZ'])
        position = (
          await api
            .http()
            .post(`/deliverables/${deliverable.id}/assignments`)
            .set(admin)
            .send({
              stateCode,
              leadAgency: 'Ministry of Internal Affairs',
              dueOn: '2021-12-31',
              assignedOn: '2019-06-15',
            })
            .expect(201)
        ).body.position as string;
    }
    // The reports read the read models: wait until they have the last write.
    await api.http().get(`/catalogue/frameworks?minPosition=${position}`).set(reporter).expect(200);
    await api.http().get(`/scorecards?asOf=${AS_OF}&minPosition=${position}`).set(reporter).expect(200);
  });
  afterAll(() => api.close());

  it('renders the HTML State scorecard with Cyrillic labels, Russian names and English fallback', async () => {
    const response = await api
      .http()
      .get(`/reports/state-scorecard/KZ?format=html&lang=ru&asOf=${AS_OF}`)
      .set(reporter)
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const html = response.text;
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('<h1>Показатели государства: Казахстан</h1>');
    for (const label of [
      'По состоянию на',
      'Компонент II',
      'Все компоненты',
      'просрочено',
      'Рамочные документы',
    ])
      expect(html).toContain(label);
    // The title recorded in Russian, and the English one where none was recorded.
    expect(html).toContain('Душанбинская декларация (2018)');
    expect(html).toContain('Security Council resolution 2462 (2019)');
    // Kazakhstan did not adopt the 2018 declaration: its assignment under it is drawn apart and said.
    expect(html).toContain('data-chart="status-not-adopted"');
    expect(html).toContain(
      'Рамочные документы, которые Казахстан не принимал(а) (задания по ним показаны отдельно): Душанбинская декларация (2018).',
    );
    expect(CYRILLIC.test(html)).toBe(true);
  });

  it('keeps English by default, and flags the lines of frameworks the State did not adopt in JSON', async () => {
    const english = await api
      .http()
      .get(`/reports/state-scorecard/KZ?format=html&asOf=${AS_OF}`)
      .set(reporter)
      .expect(200);
    expect(english.text).toContain('<html lang="en">');
    expect(english.text).toContain('<h1>State scorecard: Kazakhstan</h1>');
    expect(english.text).not.toContain('Душанбинская');
    expect(CYRILLIC.test(english.text)).toBe(false);

    const json = await api
      .http()
      .get(`/reports/state-scorecard/KZ?lang=ru&asOf=${AS_OF}`)
      .set(reporter)
      .expect(200);
    expect(json.body).toMatchObject({ lang: 'ru', state: { code: 'KZ', name: 'Казахстан' } });
    const lines = json.body.lines as { frameworkId: string; adopted: boolean; frameworkTitle: string }[];
    expect(lines.map((l) => [l.frameworkId, l.adopted, l.frameworkTitle]).sort()).toEqual([
      ['dushanbe-declaration-2018', false, 'Душанбинская декларация (2018)'],
      ['unscr-2462-2019', true, 'Security Council resolution 2462 (2019)'],
    ]);
  });

  it('lists the States that did not adopt a framework in framework progress, and names the five States in Russian', async () => {
    const progress = await api
      .http()
      .get(`/reports/framework-progress?lang=ru&asOf=${AS_OF}`)
      .set(reporter)
      .expect(200);
    expect(progress.body.title).toBe('Ход выполнения рамочных документов');
    const frameworks = progress.body.frameworks as { frameworkId: string; nonAdoptingStates: string[] }[];
    expect(frameworks.map((f) => [f.frameworkId, f.nonAdoptingStates])).toEqual([
      ['dushanbe-declaration-2018', ['KZ']],
      ['unscr-2462-2019', []],
    ]);
    const regional = await api
      .http()
      .get(`/reports/regional-overview?format=html&lang=ru&asOf=${AS_OF}`)
      .set(reporter)
      .expect(200);
    for (const name of ['Казахстан', 'Кыргызстан', 'Таджикистан', 'Туркменистан', 'Узбекистан'])
      expect(regional.text).toContain(name);
    expect(regional.text).toContain('<h1>Региональный обзор: Центральная Азия</h1>');
  });

  it('writes the Markdown in Russian too, column names of the CSV staying English', async () => {
    const markdown = await api
      .http()
      .get(`/reports/state-scorecard/TJ?format=md&lang=ru&asOf=${AS_OF}`)
      .set(reporter)
      .expect(200);
    expect(markdown.text).toContain('# Показатели государства: Таджикистан');
    expect(markdown.text).toContain(`По состоянию на **${AS_OF}**`);
    expect(markdown.text).toContain('## Рамочные документы × компоненты');
    expect(markdown.text).toMatch(/Итого: 2 задания;/);
    expect(markdown.text).toContain('| 2021-12-31 | не начато |');
    const kazakhstan = await api
      .http()
      .get(`/reports/state-scorecard/KZ?format=md&lang=ru&asOf=${AS_OF}`)
      .set(reporter)
      .expect(200);
    expect(kazakhstan.text).toContain('- Рамочные документы, которые Казахстан не принимал(а)');
    const csv = await api
      .http()
      .get(`/reports/state-scorecard/TJ?format=csv&lang=ru&asOf=${AS_OF}`)
      .set(reporter)
      .expect(200);
    expect(csv.text).toContain('state_code,framework_id,framework_title,pillar');
    expect(csv.text).toContain('Душанбинская декларация (2018)');
  });

  it("gives the generators' notes in Russian", async () => {
    const assistance = await api
      .http()
      .get(`/reports/assistance?lang=ru&asOf=${AS_OF}`)
      .set(reporter)
      .expect(200);
    expect(assistance.body.title).toBe('Отчёт об оказанной помощи');
    const notes = assistance.body.notes as string[];
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note).toMatch(CYRILLIC);
    expect(notes[0]).toBe(
      `Записи, период которых начался не позднее ${AS_OF}. Суммы указаны по валютам и не пересчитываются; записи без суммы учитываются в числе записей, но не в суммах.`,
    );
  });

  it('refuses an unknown language with 400 naming lang', async () => {
    const refused = await api.http().get('/reports/regional-overview?lang=kk').set(reporter).expect(400);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'lang' })]);
  });
});
