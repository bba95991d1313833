import { CommandGateway, parseCommandRecords } from '@ct/application';
import { loadCommands } from '../../apps/cli/src/load-commands';
import demoScenario from '../../apps/cli/src/seed/demo-scenario.json';
import { type ApiHarness, startApi } from '../support/api-harness';

const auditor = { sub: 'auditor.oios', roles: ['auditor' as const] };
const reporter = { sub: 'reporting-job', roles: ['reporter' as const] };

/** Today (UTC) shifted by whole years, as the validator computes its upper bound. */
const yearsFromToday = (years: number, days = 0): string => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear() + years, now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
};

interface Problem {
  type: string;
  status: number;
  rule?: string;
  errors: { field: string; message: string; rule?: string }[];
}

/**
 * Bounded work per request: every date and position parameter has a documented range (400 naming
 * the field otherwise), and as-of replays and reports have a size cap (413 with a stable rule).
 * Each refusal writes nothing: the log is compared before and after.
 */
describe('Bounded requests', () => {
  let api: ApiHarness;
  let head: bigint;

  beforeAll(async () => {
    api = await startApi({ AS_OF_MAX_EVENTS: '40', REPORT_MAX_ROWS: '25' });
    const report = await loadCommands(
      api.app.get(CommandGateway),
      parseCommandRecords(demoScenario),
      'seed:test',
    );
    expect(report.failed).toEqual([]);
    const events = await api.allEvents();
    head = events[events.length - 1]!.position;
    await api.http().get(`/timeline?minPosition=${head}`).set(api.authAs(reporter)).expect(200);
  }, 60_000);
  afterAll(async () => {
    await api.close();
  });

  const refusals: [string, string, { sub: string; roles: ('auditor' | 'reporter')[] }][] = [
    ['/audit/as-of/scorecards?state=TJ&date=9999-12-31', 'date', auditor],
    ['/audit/as-of/scorecards?state=TJ&date=1989-12-31', 'date', auditor],
    [`/audit/as-of/scorecards?state=TJ&date=${yearsFromToday(10, 1)}`, 'date', auditor],
    ['/audit/as-of/deliverables/demo-cft-criminalisation?date=0001-01-01', 'date', auditor],
    ['/audit/as-of/scorecards?state=TJ&position=99999999999999999999', 'position', auditor],
    ['/audit/as-of/scorecards?state=TJ&position=9223372036854775808', 'position', auditor],
    ['/audit/events?since=9999-01-01', 'since', auditor],
    ['/audit/events?until=1900-01-01T00:00:00Z', 'until', auditor],
    ['/audit/events?after=9223372036854775808', 'after', auditor],
    ['/reports/regional-overview?asOf=9999-12-31', 'asOf', reporter],
    ['/reports/regional-overview?asOf=5000-01-01&format=html', 'asOf', reporter],
    ['/reports/state-scorecard/TJ?asOf=1970-01-01', 'asOf', reporter],
    ['/reports/assistance.iati.xml?asOf=9999-12-31', 'asOf', reporter],
    ['/scorecards?asOf=9999-12-31', 'asOf', reporter],
    ['/ledger/assistance?periodFrom=0001-01-01', 'periodFrom', reporter],
    ['/ledger/assistance?periodTo=3000-01-01', 'periodTo', reporter],
    ['/timeline?cursor=99999999999999999999', 'cursor', reporter],
    ['/scorecards?minPosition=9223372036854775808', 'minPosition', reporter],
  ];

  it.each(refusals)('refuses %s with a 400 naming %s', async (path, field, principal) => {
    const before = await api.allEvents();
    const response = await api.http().get(path).set(api.authAs(principal));
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.body as Problem;
    expect(problem.type).toBe('/problems/invalid-input');
    expect(problem.errors.map((e) => e.field)).toEqual([field]);
    expect(await api.allEvents()).toEqual(before);
  });

  it('refuses an as-of position past the head of the log instead of answering "now"', async () => {
    const response = await api
      .http()
      .get(`/audit/as-of/scorecards?state=TJ&position=${head + 1n}`)
      .set(api.authAs(auditor))
      .expect(400);
    expect((response.body as Problem).errors).toEqual([
      { field: 'position', message: expect.stringContaining(head.toString()) },
    ]);
  });

  it('accepts the edges of the documented ranges', async () => {
    const as = api.authAs(reporter);
    await api
      .http()
      .get(`/scorecards?asOf=${yearsFromToday(10)}`)
      .set(as)
      .expect(200);
    await api.http().get('/scorecards?asOf=1990-01-01').set(as).expect(200);
    await api
      .http()
      .get(`/audit/as-of/deliverables/demo-cft-criminalisation?position=${head}`)
      .set(api.authAs(auditor))
      .expect(200);
  });

  it('refuses an as-of that would replay more than AS_OF_MAX_EVENTS events with a 413 and a stable rule', async () => {
    const before = await api.allEvents();
    expect(before.length).toBeGreaterThan(40);
    const response = await api
      .http()
      .get(`/audit/as-of/scorecards?date=${yearsFromToday(1)}`)
      .set(api.authAs(auditor));
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: '/problems/work-too-large',
      status: 413,
      rule: 'replay-too-large',
      limit: 40,
      errors: [{ field: 'date', rule: 'replay-too-large' }],
    });
    expect(await api.allEvents()).toEqual(before);
    // Within the limit (a position early in the log) the same route answers.
    await api.http().get('/audit/as-of/scorecards?position=30').set(api.authAs(auditor)).expect(200);
  });

  it('refuses a report that would gather more than REPORT_MAX_ROWS rows with a 413 and a stable rule', async () => {
    const before = await api.allEvents();
    const response = await api
      .http()
      .get(`/reports/regional-overview?asOf=${yearsFromToday(10)}&format=html`)
      .set(api.authAs(reporter));
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({
      type: '/problems/work-too-large',
      rule: 'report-too-large',
      limit: 25,
      errors: [{ rule: 'report-too-large' }],
    });
    expect(await api.allEvents()).toEqual(before);
  });
});
