import { type ApiHarness, cftDeliverable, dushanbe2019, startApi } from '../support/api-harness';
import { parseCsv } from '@ct/application';

/** The report routes over HTTP: content types, the as-of echo, validation answers. */
describe('Reports over HTTP', () => {
  let api: ApiHarness;
  const reporter = () => api.authAs({ sub: 'reporter.press', roles: ['reporter'] });

  beforeAll(async () => {
    api = await startApi();
    const admin = api.authAs({ sub: 'admin.unoct', roles: ['programme-admin'] });
    await api.http().post('/frameworks').set(admin).send(dushanbe2019).expect(201);
    await api.http().post('/deliverables').set(admin).send(cftDeliverable).expect(201);
    await api
      .http()
      .post('/deliverables/criminalise-tf/assignments')
      .set(admin)
      .send({
        stateCode: 'TJ',
        leadAgency: 'Financial intelligence unit',
        dueOn: '2021-12-31',
        assignedOn: '2019-06-15',
      })
      .expect(201);
    const last = await api
      .http()
      .post('/assistance')
      .set(api.authAs({ sub: 'coordinator.tj', roles: ['coordinator'], states: ['TJ'] }))
      .send({
        id: 'demo-http-assistance',
        provider: 'UNODC',
        recipientState: 'TJ',
        pillar: 'II',
        kind: 'training',
        periodStart: '2024-01-01',
        periodEnd: '2024-01-05',
        amount: { value: 1234.5, currency: 'USD' },
      })
      .expect(201);
    // Reports read the read models: wait until the projection has the last write.
    await api.http().get(`/ledger/assistance?minPosition=${last.body.position}`).set(reporter()).expect(200);
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers JSON by default, with the as-of date echoed', async () => {
    const response = await api
      .http()
      .get('/reports/state-scorecard/TJ?asOf=2024-06-30')
      .set(reporter())
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['x-report-as-of']).toBe('2024-06-30');
    expect(response.body).toMatchObject({
      report: 'state-scorecard',
      asOf: '2024-06-30',
      state: { code: 'TJ' },
    });
    expect(response.body.totals).toMatchObject({ deliverables: 1, overdue: 1 });
    expect(response.body.assistance.totals).toEqual([{ currency: 'USD', amount: '1234.50' }]);
  });

  it('serves CSV, Markdown, HTML and IATI XML with their content types', async () => {
    const csv = await api
      .http()
      .get('/reports/regional-overview?asOf=2024-06-30&format=csv')
      .set(reporter())
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(csv.text);
    expect(header!.slice(0, 2)).toEqual(['as_of', 'state_code']);
    expect(rows.map((r) => r[1])).toEqual(['KZ', 'KG', 'TJ', 'TM', 'UZ']);
    const overdue = await api
      .http()
      .get('/reports/state-scorecard/TJ?asOf=2024-06-30&format=csv&table=overdue')
      .set(reporter())
      .expect(200);
    expect(parseCsv(overdue.text)[1]).toContain('criminalise-tf');
    const md = await api.http().get('/reports/framework-progress?format=md').set(reporter()).expect(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    const html = await api.http().get('/reports/regional-overview?format=html').set(reporter()).expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.text.match(/data-chart="status"/g)).toHaveLength(5);
    const xml = await api
      .http()
      .get('/reports/assistance.iati.xml?recipientState=TJ')
      .set(reporter())
      .expect(200);
    expect(xml.headers['content-type']).toMatch(/^application\/xml/);
    expect(xml.text).toContain('<iati-activities version="2.03"');
    expect(xml.text).toContain('<value currency="USD" value-date="2024-01-01">1234.50</value>');
  });

  it('answers 400 problem+json naming every bad field, and 404 for an unknown framework', async () => {
    const bad = await api
      .http()
      .get('/reports/assistance?asOf=2024-02-30&format=pdf&pillar=V&colour=red')
      .set(reporter())
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'asOf',
      'colour',
      'format',
      'pillar',
    ]);
    const state = await api.http().get('/reports/state-scorecard/XX').set(reporter()).expect(400);
    expect(state.body.errors[0].field).toBe('path:stateCode');
    const table = await api
      .http()
      .get('/reports/regional-overview?format=csv&table=overdue')
      .set(reporter())
      .expect(400);
    expect(table.body.errors[0].field).toBe('table');
    await api.http().get('/reports/framework-progress/no-such-framework').set(reporter()).expect(404);
  });
});
