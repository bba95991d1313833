import { type RecordedEvent } from '@ct/event-store';
import { type ApiHarness, type TokenRequest, EVENT_STORE_TARGETS, startApi } from '../support/api-harness';

const admin: TokenRequest = { sub: 'programme.admin', roles: ['programme-admin'] };
const coordinatorKz: TokenRequest = { sub: 'coordinator.kz', roles: ['coordinator'], states: ['KZ'] };
const coordinatorKzKgTj: TokenRequest = {
  sub: 'coordinator.three',
  roles: ['coordinator'],
  states: ['KZ', 'KG', 'TJ'],
};

/**
 * A UNODC regional programme booked to DAC region 619 "Central Asia, regional" (docs/facts/iati.md
 * 4.1), split 40/30/30 across three States. 100,000.01 USD cannot be split into exact cents: the
 * largest remainder gives the odd cent to the 40 % share.
 */
const regional = {
  id: 'unodc-ca-regional-2024',
  provider: 'UNODC',
  recipients: {
    states: [
      { stateCode: 'KZ', percentage: 40 },
      { stateCode: 'KG', percentage: 30 },
      { stateCode: 'TJ', percentage: 30 },
    ],
    region: { code: '619' },
  },
  pillar: 'II',
  kind: 'training',
  periodStart: '2024-01-15',
  periodEnd: '2024-12-31',
  amount: { value: 100000.01, currency: 'USD' },
};

const ids = (events: RecordedEvent[]) => events.map((e) => e.id);

describe.each(EVENT_STORE_TARGETS)('Assistance with shares, regions, amendments (%s)', (target) => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({}, {}, { eventStore: target });
  });
  afterAll(() => api.close());

  /** Sends a request that must be refused, and checks that the log did not change. */
  async function refused(
    send: () => Promise<{ status: number; body: Record<string, unknown> }>,
    status: number,
  ) {
    const before = ids(await api.allEvents());
    const answer = await send();
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
    expect(ids(await api.allEvents())).toEqual(before);
    return answer.body;
  }

  it('records a regional record split 40/30/30: each State gets its share, the region the whole', async () => {
    const recorded = await api.http().post('/assistance').set(api.authAs(admin)).send(regional).expect(201);
    expect(recorded.headers['location']).toBe('/assistance/unodc-ca-regional-2024');
    const at = `minPosition=${recorded.body.position}`;

    const received = await api
      .http()
      .get(`/scorecards/assistance-received?${at}`)
      .set(api.authAs(coordinatorKz))
      .expect(200);
    expect(received.body).toEqual([
      { stateCode: 'KG', count: 1, totals: [{ currency: 'USD', amount: '30000.00' }], providers: ['UNODC'] },
      { stateCode: 'KZ', count: 1, totals: [{ currency: 'USD', amount: '40000.01' }], providers: ['UNODC'] },
      { stateCode: 'TJ', count: 1, totals: [{ currency: 'USD', amount: '30000.00' }], providers: ['UNODC'] },
    ]);

    const summary = await api
      .http()
      .get(`/ledger/assistance/summary?${at}`)
      .set(api.authAs(admin))
      .expect(200);
    expect(summary.body.count).toBe(1);
    expect(summary.body.totals).toEqual([{ currency: 'USD', amount: '100000.01' }]);
    const line = (recipientState: string | null, recipientRegion: string | null, amount: string) => ({
      provider: 'UNODC',
      recipientState,
      recipientRegion,
      pillar: 'II',
      kind: 'training',
      count: 1,
      totals: [{ currency: 'USD', amount }],
    });
    expect(summary.body.groups).toEqual([
      line('KG', null, '30000.00'),
      line('KZ', null, '40000.01'),
      line('TJ', null, '30000.00'),
      line(null, '619', '100000.01'),
    ]);

    const kz = await api
      .http()
      .get(`/ledger/assistance/summary?recipientState=KZ&${at}`)
      .set(api.authAs(admin))
      .expect(200);
    expect(kz.body).toEqual({
      count: 1,
      totals: [{ currency: 'USD', amount: '40000.01' }],
      groups: [line('KZ', null, '40000.01')],
    });

    const list = await api
      .http()
      .get(`/ledger/assistance?recipientState=TJ&${at}`)
      .set(api.authAs(admin))
      .expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      assistanceId: 'unodc-ca-regional-2024',
      recipients: {
        states: [
          { stateCode: 'KZ', percentage: 40, amount: { value: '40000.01', currency: 'USD' } },
          { stateCode: 'KG', percentage: 30, amount: { value: '30000.00', currency: 'USD' } },
          { stateCode: 'TJ', percentage: 30, amount: { value: '30000.00', currency: 'USD' } },
        ],
        region: { code: '619', vocabulary: '1' },
      },
      amount: { value: '100000.01', currency: 'USD' },
      disbursed: null,
      amendments: 0,
    });
  });

  it('still takes the legacy recipientState from a coordinator (that State at 100 %)', async () => {
    const recorded = await api
      .http()
      .post('/assistance')
      .set(api.authAs(coordinatorKz))
      .send({
        id: 'osce-kz-2024-legacy',
        provider: 'OSCE',
        recipientState: 'KZ',
        pillar: 'I',
        kind: 'advisory',
        periodStart: '2024-02-01',
      })
      .expect(201);
    const events = await api.allEvents();
    const provided = events.find((e) => e.streamName === 'assistance-osce-kz-2024-legacy')!;
    expect(provided.data).toMatchObject({ recipients: { states: [{ stateCode: 'KZ', percentage: 100 }] } });
    expect(provided.data).not.toHaveProperty('recipientState');
    expect(provided.metadata.schemaVersion).toBe(2);
    expect(recorded.body.replayed).toBe(false);
  });

  it('refuses what it must, and writes nothing', async () => {
    const both = await refused(
      () =>
        api
          .http()
          .post('/assistance')
          .set(api.authAs(admin))
          .send({ ...regional, id: 'both-shapes', recipientState: 'KZ' }),
      400,
    );
    expect(both).toMatchObject({ type: '/problems/invalid-input' });
    expect(JSON.stringify(both['errors'])).toContain('recipients');

    const badShare = await refused(
      () =>
        api
          .http()
          .post('/assistance')
          .set(api.authAs(admin))
          .send({
            ...regional,
            id: 'bad-share',
            recipients: {
              states: [
                { stateCode: 'KZ', percentage: 120 },
                { stateCode: 'kz', percentage: 1 },
              ],
            },
          }),
      400,
    );
    expect(JSON.stringify(badShare['errors'])).toMatch(
      /recipients\.states\.0\.percentage|recipients\.states\[0\]\.percentage/,
    );

    const notHundred = await refused(
      () =>
        api
          .http()
          .post('/assistance')
          .set(api.authAs(admin))
          .send({
            ...regional,
            id: 'not-hundred',
            recipients: {
              states: [
                { stateCode: 'KZ', percentage: 40 },
                { stateCode: 'KG', percentage: 30 },
              ],
            },
          }),
      422,
    );
    expect(notHundred['errors']).toEqual([
      expect.objectContaining({ rule: 'shares-not-100', field: 'recipients.states' }),
    ]);

    const unknownRegion = await refused(
      () =>
        api
          .http()
          .post('/assistance')
          .set(api.authAs(admin))
          .send({ ...regional, id: 'unknown-region', recipients: { states: [], region: { code: '999' } } }),
      422,
    );
    expect(unknownRegion['errors']).toEqual([
      expect.objectContaining({ rule: 'unknown-region', field: 'recipients.region.code' }),
    ]);

    // A coordinator must cover every recipient State, and a region alone belongs to no coordinator.
    await refused(
      () =>
        api
          .http()
          .post('/assistance')
          .set(api.authAs(coordinatorKz))
          .send({ ...regional, id: 'kz-not-enough' }),
      403,
    );
    await refused(
      () =>
        api
          .http()
          .post('/assistance')
          .set(api.authAs(coordinatorKzKgTj))
          .send({ ...regional, id: 'region-alone', recipients: { states: [], region: { code: '619' } } }),
      403,
    );
    // Auditors and reporters record nothing.
    await refused(
      () =>
        api
          .http()
          .post('/assistance')
          .set(api.authAs({ sub: 'auditor', roles: ['auditor'] }))
          .send({ ...regional, id: 'by-auditor' }),
      403,
    );
  });

  it('a coordinator covering every recipient State records a shared record', async () => {
    await api
      .http()
      .post('/assistance')
      .set(api.authAs(coordinatorKzKgTj))
      .send({ ...regional, id: 'shared-by-three', recipients: { states: regional.recipients.states } })
      .expect(201);
  });

  it('amend, then withdraw: the ledger changes each time, the audit keeps all three events', async () => {
    const id = regional.id;
    const summaryAt = async (position: string) =>
      (
        await api
          .http()
          .get(`/ledger/assistance/summary?recipientRegion=619&minPosition=${position}`)
          .set(api.authAs(admin))
          .expect(200)
      ).body as {
        count: number;
        totals: unknown[];
        groups: { recipientState: string | null; totals: unknown }[];
      };

    // A coordinator of one of the three States only cannot amend; an unknown record is 404.
    await refused(
      () =>
        api
          .http()
          .post(`/assistance/${id}/amendments`)
          .set(api.authAs(coordinatorKz))
          .send({ reason: 'not mine alone', periodEnd: '2025-06-30' }),
      403,
    );
    await refused(
      () =>
        api
          .http()
          .post('/assistance/no-such-record/amendments')
          .set(api.authAs(admin))
          .send({ reason: 'typo', periodEnd: '2025-06-30' }),
      404,
    );
    const currency = await refused(
      () =>
        api
          .http()
          .post(`/assistance/${id}/amendments`)
          .set(api.authAs(admin))
          .send({ reason: 'in euros now', amount: { value: 90000, currency: 'EUR' } }),
      422,
    );
    expect(currency['errors']).toEqual([
      expect.objectContaining({ rule: 'currency-changed', field: 'amount.currency' }),
    ]);

    const amended = await api
      .http()
      .post(`/assistance/${id}/amendments`)
      .set(api.authAs(coordinatorKzKgTj))
      .send({
        reason: 'Programme extended; final budget and first disbursement',
        periodEnd: '2025-06-30',
        amount: { value: 150000, currency: 'USD' },
        disbursements: [{ disbursedOn: '2024-03-01', amount: { value: 50000.01, currency: 'USD' } }],
      })
      .expect(201);
    const afterAmend = await api
      .http()
      .get(`/ledger/assistance?recipientState=KZ&minPosition=${amended.body.position}`)
      .set(api.authAs(admin))
      .expect(200);
    const record = afterAmend.body.items.find((r: { assistanceId: string }) => r.assistanceId === id);
    expect(record).toMatchObject({
      periodEnd: '2025-06-30',
      amount: { value: '150000.00', currency: 'USD' },
      disbursed: { value: '50000.01', currency: 'USD' },
      amendments: 1,
      recipients: {
        states: [
          { stateCode: 'KZ', amount: { value: '60000.00', currency: 'USD' } },
          { stateCode: 'KG', amount: { value: '45000.00', currency: 'USD' } },
          { stateCode: 'TJ', amount: { value: '45000.00', currency: 'USD' } },
        ],
      },
    });
    expect((await summaryAt(amended.body.position)).totals).toEqual([
      { currency: 'USD', amount: '150000.00' },
    ]);

    const withdrawn = await api
      .http()
      .post(`/assistance/${id}/withdrawal`)
      .set(api.authAs(admin))
      .send({ reason: 'Booked twice: the same programme is recorded by UNODC headquarters' })
      .expect(201);
    const afterWithdrawal = await summaryAt(withdrawn.body.position);
    expect(afterWithdrawal).toEqual({ count: 0, totals: [], groups: [] });
    const kz = await api
      .http()
      .get(`/scorecards/assistance-received?state=KZ&minPosition=${withdrawn.body.position}`)
      .set(api.authAs(admin))
      .expect(200);
    // What KZ still receives: the record shared by three (40 % of 100,000.01) and the legacy one.
    expect(kz.body).toEqual([
      {
        stateCode: 'KZ',
        count: 2,
        totals: [{ currency: 'USD', amount: '40000.01' }],
        providers: ['OSCE', 'UNODC'],
      },
    ]);

    const again = await refused(
      () =>
        api
          .http()
          .post(`/assistance/${id}/amendments`)
          .set(api.authAs(admin))
          .send({ reason: 'late', periodEnd: '2025-07-31' }),
      422,
    );
    expect(again['errors']).toEqual([expect.objectContaining({ rule: 'assistance-withdrawn' })]);

    const history = await api
      .http()
      .get(`/audit/streams/assistance-${id}`)
      .set(api.authAs({ sub: 'auditor', roles: ['auditor'] }))
      .expect(200);
    const events = history.body.items as {
      type: string;
      data: Record<string, unknown>;
      metadata: { actor: string };
    }[];
    expect(events.map((e) => [e.type, e.metadata.actor, e.data['reason'] ?? null])).toEqual([
      ['AssistanceProvided', 'programme.admin', null],
      ['AssistanceAmended', 'coordinator.three', 'Programme extended; final budget and first disbursement'],
      [
        'AssistanceWithdrawn',
        'programme.admin',
        'Booked twice: the same programme is recorded by UNODC headquarters',
      ],
    ]);
  });
});
