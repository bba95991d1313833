import { type DomainEvent } from '@ct/domain';
import { type ReadStore, assistanceReceived, listAssistance, summarizeAssistance } from '@ct/read-models';
import { type FixtureEvent } from './support/events';
import { projectInto } from './support/harness';
import { type DialectName, closePglite, dropTestSchemas, openReadStore } from './support/stores';

const streamOf = (event: DomainEvent) =>
  `assistance-${(event.data as { assistanceId: string }).assistanceId}`;
const fixture = (events: DomainEvent[]): FixtureEvent[] =>
  events.map((event, n) => ({ stream: streamOf(event), event, n }));

const base = { pillar: 'II' as const, kind: 'training' as const, periodStart: '2024-01-15' };

/** A regional record split 40/30/30 (DAC 619), a region alone, one shared record amended, one withdrawn. */
const EVENTS: DomainEvent[] = [
  {
    type: 'AssistanceProvided',
    data: {
      ...base,
      assistanceId: 'regional-split',
      provider: 'UNODC',
      recipients: {
        states: [
          { stateCode: 'KZ', percentage: 40 },
          { stateCode: 'KG', percentage: 30 },
          { stateCode: 'TJ', percentage: 30 },
        ],
        region: { code: '619', vocabulary: '1' },
      },
      amount: { value: 100000.01, currency: 'USD' },
    },
  },
  {
    type: 'AssistanceProvided',
    data: {
      ...base,
      assistanceId: 'region-alone',
      provider: 'UNRCCA',
      recipients: { states: [], region: { code: '619', vocabulary: '1' } },
      amount: { value: 5000, currency: 'USD' },
    },
  },
  {
    type: 'AssistanceProvided',
    data: {
      ...base,
      assistanceId: 'thirds',
      provider: 'EU',
      recipients: {
        states: [
          { stateCode: 'KZ', percentage: 33.33 },
          { stateCode: 'KG', percentage: 33.33 },
          { stateCode: 'TJ', percentage: 33.34 },
        ],
      },
      amount: { value: 1, currency: 'EUR' },
    },
  },
  {
    type: 'AssistanceAmended',
    data: {
      assistanceId: 'thirds',
      reason: 'final budget',
      periodEnd: '2024-12-31',
      amount: { value: 10, currency: 'EUR' },
      disbursements: [
        { disbursedOn: '2024-02-01', amount: { value: 2.5, currency: 'EUR' } },
        { disbursedOn: '2024-03-01', amount: { value: 0.5, currency: 'EUR' } },
      ],
    },
  },
  {
    type: 'AssistanceProvided',
    data: {
      ...base,
      assistanceId: 'withdrawn-one',
      provider: 'OSCE',
      recipients: { states: [{ stateCode: 'KZ', percentage: 100 }] },
      amount: { value: 999, currency: 'USD' },
    },
  },
  { type: 'AssistanceWithdrawn', data: { assistanceId: 'withdrawn-one', reason: 'recorded twice' } },
];

afterAll(async () => {
  await dropTestSchemas();
  await closePglite();
});

describe.each<DialectName>(['sqlite', 'postgres'])('assistance ledger with shares on %s', (dialect) => {
  let store: ReadStore;

  beforeAll(async () => {
    store = await openReadStore(dialect);
    await projectInto(store, fixture(EVENTS));
  }, 60_000);
  afterAll(() => store.close());

  it('gives each State its share to the minor unit, and the scorecard reads the same parts', async () => {
    expect(await assistanceReceived(store.db, {})).toEqual([
      {
        stateCode: 'KG',
        count: 2,
        totals: [
          { currency: 'EUR', amount: '3.33' },
          { currency: 'USD', amount: '30000.00' },
        ],
        providers: ['EU', 'UNODC'],
      },
      {
        stateCode: 'KZ',
        count: 2,
        totals: [
          { currency: 'EUR', amount: '3.33' },
          { currency: 'USD', amount: '40000.01' },
        ],
        providers: ['EU', 'UNODC'],
      },
      {
        stateCode: 'TJ',
        count: 2,
        totals: [
          { currency: 'EUR', amount: '3.34' },
          { currency: 'USD', amount: '30000.00' },
        ],
        providers: ['EU', 'UNODC'],
      },
    ]);
  });

  it('shows regional totals in full, each record once in the grand totals, withdrawn ones nowhere', async () => {
    const summary = await summarizeAssistance(store.db);
    expect(summary.count).toBe(3);
    expect(summary.totals).toEqual([
      { currency: 'EUR', amount: '10.00' },
      { currency: 'USD', amount: '105000.01' },
    ]);
    expect(summary.groups.filter((g) => g.recipientRegion !== null)).toEqual([
      {
        provider: 'UNODC',
        recipientState: null,
        recipientRegion: '619',
        pillar: 'II',
        kind: 'training',
        count: 1,
        totals: [{ currency: 'USD', amount: '100000.01' }],
      },
      {
        provider: 'UNRCCA',
        recipientState: null,
        recipientRegion: '619',
        pillar: 'II',
        kind: 'training',
        count: 1,
        totals: [{ currency: 'USD', amount: '5000.00' }],
      },
    ]);
    expect((await summarizeAssistance(store.db, { recipientRegion: '619' })).count).toBe(2);
    expect(
      (await listAssistance(store.db, { recipientState: 'KZ' })).items.map((r) => r.assistanceId),
    ).toEqual(['regional-split', 'thirds']);
  });

  it('shows the amended values, the disbursements and their parts', async () => {
    const [thirds] = (await listAssistance(store.db, { provider: 'EU' })).items;
    expect(thirds).toMatchObject({
      periodEnd: '2024-12-31',
      amount: { value: '10.00', currency: 'EUR' },
      disbursed: { value: '3.00', currency: 'EUR' },
      amendments: 1,
      recipients: {
        states: [
          { stateCode: 'KZ', percentage: 33.33, amount: { value: '3.33', currency: 'EUR' } },
          { stateCode: 'KG', percentage: 33.33, amount: { value: '3.33', currency: 'EUR' } },
          { stateCode: 'TJ', percentage: 33.34, amount: { value: '3.34', currency: 'EUR' } },
        ],
        region: null,
      },
    });
  });
});
