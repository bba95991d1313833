import {
  AggregateNotFound,
  type AmendAssistance,
  type AssistanceAmended,
  type AssistanceRecipients,
  type AssistanceWithdrawn,
  type WithdrawAssistance,
  allocateByShare,
  describeRecipients,
  regionalRemainder,
  type AssistanceContext,
  type AssistanceKind,
  type AssistanceProvided,
  DomainRuleViolation,
  type Pillar,
  type ProvideAssistance,
  assistanceDecider,
  decimalPlacesOf,
} from '@ct/domain';
import { given } from '@ct/testing';

const NOW = '2024-06-01T09:30:00.000Z';

/** UNOCT/UNCCT training for Kyrgyzstan at the October 2023 regional conference (9-13 Oct 2023). */
const provide = (overrides: Partial<ProvideAssistance> = {}): ProvideAssistance => ({
  type: 'ProvideAssistance',
  now: NOW,
  assistanceId: 'unoct-kg-2023-10',
  provider: 'UNOCT/UNCCT',
  recipients: { states: [{ stateCode: 'KG', percentage: 100 }] },
  pillar: 'III',
  kind: 'training',
  periodStart: '2023-10-09',
  ...overrides,
});

const provided: AssistanceProvided = {
  type: 'AssistanceProvided',
  data: {
    assistanceId: 'unoct-kg-2023-10',
    provider: 'UNOCT/UNCCT',
    recipients: { states: [{ stateCode: 'KG', percentage: 100 }] },
    pillar: 'III',
    kind: 'training',
    periodStart: '2023-10-09',
  },
};

const withdrawn: AssistanceWithdrawn = {
  type: 'AssistanceWithdrawn',
  data: { assistanceId: 'unoct-kg-2023-10', reason: 'recorded twice' },
};

const noDeliverable: AssistanceContext = {};
const assignedToKgAndTj: AssistanceContext = {
  deliverable: { exists: true, cancelled: false, assignedStates: ['KG', 'TJ'] },
};

describe('assistance decider', () => {
  describe('ProvideAssistance', () => {
    it('records the minimal assistance with the command data, without its type or clock', () => {
      given(assistanceDecider, [], noDeliverable).when(provide()).then([provided]);
    });

    it('records every optional field, including the deliverable it supports', () => {
      given(assistanceDecider, [], assignedToKgAndTj)
        .when(
          provide({
            deliverableId: 'jpoa-iii-early-warning',
            description: 'Counter-Terrorism Early Warning Network for Central Asia: regional conference',
            periodEnd: '2023-10-13',
            amount: { value: 125000.5, currency: 'USD' },
          }),
        )
        .then([
          {
            type: 'AssistanceProvided',
            data: {
              ...provided.data,
              deliverableId: 'jpoa-iii-early-warning',
              description: 'Counter-Terrorism Early Warning Network for Central Asia: regional conference',
              periodEnd: '2023-10-13',
              amount: { value: 125000.5, currency: 'USD' },
            },
          },
        ]);
    });

    it('rejects assistance that is already recorded', () => {
      given(assistanceDecider, [provided], noDeliverable)
        .when(provide())
        .thenThrows(DomainRuleViolation, { rule: 'assistance-exists', field: 'id' });
    });

    it('rejects a blank provider', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ provider: '  ' }))
        .thenViolates([{ rule: 'empty-text', field: 'provider' }]);
    });

    it.each(['KGZ', 'kg', 'XX', ''])('rejects %p as the recipient State', (stateCode) => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ recipients: { states: [{ stateCode, percentage: 100 }] } }))
        .thenViolates([{ rule: 'unknown-state', field: 'recipients.states[0].stateCode' }]);
    });

    it.each(['V', '', 'toString'])('rejects %p as a pillar', (pillar) => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ pillar: pillar as Pillar }))
        .thenViolates([{ rule: 'unknown-pillar', field: 'pillar' }]);
    });

    it.each(['training', 'legislative-drafting', 'equipment', 'advisory', 'other'] as AssistanceKind[])(
      'accepts the kind %s',
      (kind) => {
        given(assistanceDecider, [], noDeliverable)
          .when(provide({ kind }))
          .then([{ type: 'AssistanceProvided', data: { ...provided.data, kind } }]);
      },
    );

    it('rejects an unknown kind', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ kind: 'grant' as AssistanceKind }))
        .thenViolates([{ rule: 'unknown-kind', field: 'kind' }]);
    });

    it('rejects a period that starts after the day of the command', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ periodStart: '2024-06-02' }))
        .thenViolates([{ rule: 'date-in-future', field: 'periodStart' }]);
    });

    it('accepts a period that ends after the day of the command (an ongoing programme)', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ periodStart: '2022-01-01', periodEnd: '2025-12-31' }))
        .then([
          {
            type: 'AssistanceProvided',
            data: { ...provided.data, periodStart: '2022-01-01', periodEnd: '2025-12-31' },
          },
        ]);
    });

    it('rejects invalid calendar dates', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ periodStart: '2023-02-29', periodEnd: '2023-04-31' }))
        .thenViolates([
          { rule: 'invalid-date', field: 'periodStart' },
          { rule: 'invalid-date', field: 'periodEnd' },
        ]);
    });

    it('rejects a period that ends before it starts, but accepts a one-day period', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ periodEnd: '2023-10-08' }))
        .thenViolates([{ rule: 'ends-before-start', field: 'periodEnd' }]);
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ periodEnd: '2023-10-09' }))
        .then([{ type: 'AssistanceProvided', data: { ...provided.data, periodEnd: '2023-10-09' } }]);
    });

    it.each([0.07, 1.1, 19.99, 4.35, 0.29, 250000, 9999999999999.99, 1e13])(
      'accepts %p as an amount',
      (value) => {
        given(assistanceDecider, [], noDeliverable)
          .when(provide({ amount: { value, currency: 'EUR' } }))
          .then([
            { type: 'AssistanceProvided', data: { ...provided.data, amount: { value, currency: 'EUR' } } },
          ]);
      },
    );

    it.each([0, -100, 1e13 + 0.01, 2e13, Number.NaN, Number.POSITIVE_INFINITY])(
      'rejects %p as an amount',
      (value) => {
        given(assistanceDecider, [], noDeliverable)
          .when(provide({ amount: { value, currency: 'USD' } }))
          .thenViolates([{ rule: 'invalid-amount', field: 'amount.value' }]);
      },
    );

    it.each([
      [10.005, 'USD', 2, 3],
      [0.001, 'EUR', 2, 3],
      [100.5, 'JPY', 0, 1],
      [1.0001, 'KWD', 3, 4],
      [1.00001, 'CLF', 4, 5],
      [1e-7, 'USD', 2, 7],
    ])('rejects %p %s: more decimals than its minor unit (%p)', (value, currency, allowed, has) => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ amount: { value, currency } }))
        .thenViolates([{ rule: 'too-many-decimals', field: 'amount.value' }]);
      expect(() =>
        assistanceDecider.decide(
          provide({ amount: { value, currency } }),
          assistanceDecider.initialState,
          noDeliverable,
        ),
      ).toThrow(`${currency} has ${allowed} decimal`);
      expect(decimalPlacesOf(value)).toBe(has);
    });

    it.each([
      [100, 'JPY'],
      [1.234, 'KWD'],
      [0.001, 'BHD'],
      [1.2345, 'CLF'],
      [100.5, 'EUR'],
      [100.5, 'KZT'],
    ])('accepts %p %s within its minor unit', (value, currency) => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ amount: { value, currency } }))
        .then([{ type: 'AssistanceProvided', data: { ...provided.data, amount: { value, currency } } }]);
    });

    it('bounds amounts in minor units, so that 4-decimal currencies stay exact', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ amount: { value: 1e12, currency: 'CLF' } }))
        .thenViolates([{ rule: 'invalid-amount', field: 'amount.value' }]);
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ amount: { value: 1e11, currency: 'CLF' } }))
        .then([
          {
            type: 'AssistanceProvided',
            data: { ...provided.data, amount: { value: 1e11, currency: 'CLF' } },
          },
        ]);
    });

    it.each(['XXX', 'XAU', 'XAG', 'XPT', 'XPD', 'XTS', 'XDR', 'XSU', 'XUA', 'XBA'])(
      'refuses %p: an ISO 4217 code that is not money',
      (currency) => {
        given(assistanceDecider, [], noDeliverable)
          .when(provide({ amount: { value: 1500, currency } }))
          .thenViolates([{ rule: 'not-money', field: 'amount.currency' }]);
      },
    );

    it('accepts Central Asian currencies', () => {
      for (const currency of ['KZT', 'KGS', 'TJS', 'TMT', 'UZS'])
        given(assistanceDecider, [], noDeliverable)
          .when(provide({ amount: { value: 1500, currency } }))
          .then([
            { type: 'AssistanceProvided', data: { ...provided.data, amount: { value: 1500, currency } } },
          ]);
    });

    it.each(['usd', 'US$', 'XYZ', ''])('rejects %p as a currency', (currency) => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ amount: { value: 1500, currency } }))
        .thenViolates([{ rule: 'unknown-currency', field: 'amount.currency' }]);
    });

    describe('supporting a deliverable', () => {
      it('rejects a deliverable that does not exist', () => {
        given(assistanceDecider, [], noDeliverable)
          .when(provide({ deliverableId: 'jpoa-iii-early-warning' }))
          .thenViolates([{ rule: 'unknown-deliverable', field: 'deliverableId' }]);
        given(assistanceDecider, [], { deliverable: { exists: false, cancelled: false, assignedStates: [] } })
          .when(provide({ deliverableId: 'jpoa-iii-early-warning' }))
          .thenViolates([{ rule: 'unknown-deliverable', field: 'deliverableId' }]);
      });

      it('rejects a cancelled deliverable', () => {
        given(assistanceDecider, [], {
          deliverable: { exists: true, cancelled: true, assignedStates: ['KG'] },
        })
          .when(provide({ deliverableId: 'jpoa-iii-early-warning' }))
          .thenViolates([{ rule: 'deliverable-cancelled', field: 'deliverableId' }]);
      });

      it('rejects a recipient the deliverable is not assigned to', () => {
        given(assistanceDecider, [], assignedToKgAndTj)
          .when(
            provide({
              deliverableId: 'jpoa-iii-early-warning',
              recipients: {
                states: [
                  { stateCode: 'KG', percentage: 50 },
                  { stateCode: 'UZ', percentage: 50 },
                ],
              },
            }),
          )
          .thenViolates([{ rule: 'state-not-assigned', field: 'recipients.states[1].stateCode' }]);
      });

      it('ignores the deliverable context when no deliverable is named', () => {
        given(assistanceDecider, [], { deliverable: { exists: false, cancelled: true, assignedStates: [] } })
          .when(provide())
          .then([provided]);
      });
    });

    it('reports every broken rule at once', () => {
      given(assistanceDecider, [], { deliverable: { exists: true, cancelled: true, assignedStates: ['TJ'] } })
        .when(
          provide({
            provider: '',
            recipients: { states: [{ stateCode: 'AF', percentage: 100 }] },
            pillar: 'V' as Pillar,
            kind: 'loan' as AssistanceKind,
            periodStart: '2024-07-01',
            periodEnd: '2024-06-30',
            amount: { value: -19.99, currency: 'usd' },
            deliverableId: 'jpoa-iii-early-warning',
          }),
        )
        .thenViolates([
          { rule: 'empty-text', field: 'provider' },
          { rule: 'unknown-pillar', field: 'pillar' },
          { rule: 'unknown-kind', field: 'kind' },
          { rule: 'date-in-future', field: 'periodStart' },
          { rule: 'ends-before-start', field: 'periodEnd' },
          { rule: 'invalid-amount', field: 'amount.value' },
          { rule: 'unknown-currency', field: 'amount.currency' },
          { rule: 'deliverable-cancelled', field: 'deliverableId' },
          { rule: 'state-not-assigned', field: 'recipients.states[0].stateCode' },
        ]);
    });
  });

  describe('recipients with shares and regions', () => {
    const split = {
      states: [
        { stateCode: 'KZ', percentage: 40 },
        { stateCode: 'KG', percentage: 30 },
        { stateCode: 'TJ', percentage: 30 },
      ],
    };
    const region619 = { code: '619', vocabulary: '1' };

    it('records several States whose shares sum to 100', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ recipients: split }))
        .then([{ type: 'AssistanceProvided', data: { ...provided.data, recipients: split } }]);
    });

    it('records a region alone (DAC 619 "Central Asia, regional")', () => {
      const recipients = { states: [], region: region619 };
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ recipients }))
        .then([{ type: 'AssistanceProvided', data: { ...provided.data, recipients } }]);
    });

    it('records a region split 40/30/30 across States, and one with a regional remainder', () => {
      for (const recipients of [
        { ...split, region: region619 },
        { states: [{ stateCode: 'UZ', percentage: 33.33 }], region: region619 },
      ])
        given(assistanceDecider, [], noDeliverable)
          .when(provide({ recipients }))
          .then([{ type: 'AssistanceProvided', data: { ...provided.data, recipients } }]);
    });

    it('accepts shares with two decimals that sum to exactly 100', () => {
      const thirds = {
        states: [
          { stateCode: 'KZ', percentage: 33.33 },
          { stateCode: 'KG', percentage: 33.33 },
          { stateCode: 'TJ', percentage: 33.34 },
        ],
      };
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ recipients: thirds }))
        .then([{ type: 'AssistanceProvided', data: { ...provided.data, recipients: thirds } }]);
    });

    it('refuses no recipient at all', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ recipients: { states: [] } }))
        .thenViolates([{ rule: 'no-recipient', field: 'recipients' }]);
    });

    it('refuses State shares that do not sum to 100 without a region', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(
          provide({
            recipients: {
              states: [
                { stateCode: 'KZ', percentage: 40 },
                { stateCode: 'KG', percentage: 30 },
              ],
            },
          }),
        )
        .thenViolates([{ rule: 'shares-not-100', field: 'recipients.states' }]);
    });

    it('refuses State shares of a regional record above 100', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(
          provide({
            recipients: {
              states: [
                { stateCode: 'KZ', percentage: 60 },
                { stateCode: 'KG', percentage: 50 },
              ],
              region: region619,
            },
          }),
        )
        .thenViolates([{ rule: 'shares-over-100', field: 'recipients.states' }]);
    });

    it.each([0, -10, 100.01, 33.333, Number.NaN])('refuses %p as a share', (percentage) => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ recipients: { states: [{ stateCode: 'KZ', percentage }], region: region619 } }))
        .thenViolates(
          percentage > 100
            ? [
                { rule: 'invalid-percentage', field: 'recipients.states[0].percentage' },
                { rule: 'shares-over-100', field: 'recipients.states' },
              ]
            : [{ rule: 'invalid-percentage', field: 'recipients.states[0].percentage' }],
        );
    });

    it('refuses a State listed twice', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(
          provide({
            recipients: {
              states: [
                { stateCode: 'KZ', percentage: 50 },
                { stateCode: 'KZ', percentage: 50 },
              ],
            },
          }),
        )
        .thenViolates([{ rule: 'duplicate-state', field: 'recipients.states' }]);
    });

    it.each([
      ['999', '1'],
      ['619', '2'],
      ['toString', '1'],
    ])('refuses region %p in vocabulary %p', (code, vocabulary) => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ recipients: { states: [], region: { code, vocabulary } } }))
        .thenViolates([{ rule: 'unknown-region', field: 'recipients.region.code' }]);
    });

    it('lets a region-only record support a deliverable whatever its assigned States', () => {
      const recipients = { states: [], region: region619 };
      given(assistanceDecider, [], assignedToKgAndTj)
        .when(provide({ recipients, deliverableId: 'jpoa-iii-early-warning' }))
        .then([
          {
            type: 'AssistanceProvided',
            data: { ...provided.data, recipients, deliverableId: 'jpoa-iii-early-warning' },
          },
        ]);
    });

    it('takes the legacy recipientState (command files, demo data) as that State at 100 %', () => {
      const { recipients: _new, ...legacy } = provide();
      given(assistanceDecider, [], noDeliverable)
        .when({ ...legacy, recipientState: 'KG' })
        .then([provided]);
      given(assistanceDecider, [], noDeliverable)
        .when({ ...legacy, recipientState: 'XX' })
        .thenViolates([{ rule: 'unknown-state', field: 'recipientState' }]);
      given(assistanceDecider, [], {
        deliverable: { exists: true, cancelled: false, assignedStates: ['TJ'] },
      })
        .when({ ...legacy, recipientState: 'KG', deliverableId: 'jpoa-iii-early-warning' })
        .thenViolates([{ rule: 'state-not-assigned', field: 'recipientState' }]);
    });

    it('refuses both shapes at once', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ recipientState: 'KG' }))
        .thenViolates([{ rule: 'ambiguous-recipients', field: 'recipientState' }]);
    });

    it('records nothing the pipeline adds to a command (clock, capacity)', () => {
      given(assistanceDecider, [], noDeliverable)
        .when({ ...provide(), actingAs: 'programme-staff' })
        .then([provided]);
    });
  });

  describe('AmendAssistance', () => {
    const valued: AssistanceProvided = {
      type: 'AssistanceProvided',
      data: { ...provided.data, amount: { value: 100000, currency: 'USD' } },
    };
    const amend = (overrides: Partial<AmendAssistance> = {}): AmendAssistance => ({
      type: 'AmendAssistance',
      now: NOW,
      assistanceId: 'unoct-kg-2023-10',
      reason: 'final figures from the project report',
      ...overrides,
    });

    it('records a new period end, a new value and disbursements, with the reason', () => {
      given(assistanceDecider, [valued], noDeliverable)
        .when(
          amend({
            periodEnd: '2024-03-31',
            amount: { value: 120000, currency: 'USD' },
            disbursements: [{ disbursedOn: '2024-01-15', amount: { value: 60000, currency: 'USD' } }],
          }),
        )
        .then([
          {
            type: 'AssistanceAmended',
            data: {
              assistanceId: 'unoct-kg-2023-10',
              reason: 'final figures from the project report',
              periodEnd: '2024-03-31',
              amount: { value: 120000, currency: 'USD' },
              disbursements: [{ disbursedOn: '2024-01-15', amount: { value: 60000, currency: 'USD' } }],
            },
          },
        ]);
    });

    it('gives a record without a value its first value', () => {
      given(assistanceDecider, [provided], noDeliverable)
        .when(amend({ amount: { value: 5000, currency: 'EUR' } }))
        .then([
          {
            type: 'AssistanceAmended',
            data: {
              assistanceId: 'unoct-kg-2023-10',
              reason: 'final figures from the project report',
              amount: { value: 5000, currency: 'EUR' },
            },
          },
        ]);
    });

    it('refuses an amendment of a record that does not exist', () => {
      given(assistanceDecider, [], noDeliverable)
        .when(amend({ periodEnd: '2024-03-31' }))
        .thenThrows(AggregateNotFound, { aggregate: 'assistance', id: 'unoct-kg-2023-10' });
    });

    it('refuses an amendment of a withdrawn record', () => {
      given(assistanceDecider, [valued, withdrawn], noDeliverable)
        .when(amend({ periodEnd: '2024-03-31' }))
        .thenThrows(DomainRuleViolation, { rule: 'assistance-withdrawn', field: 'id' });
    });

    it('refuses an amendment that changes nothing, and one without a reason', () => {
      given(assistanceDecider, [valued], noDeliverable)
        .when(amend({ reason: ' ' }))
        .thenViolates([
          { rule: 'empty-text', field: 'reason' },
          { rule: 'nothing-to-amend', field: 'amendment' },
        ]);
    });

    it('refuses a period end before the start, a changed currency, bad disbursements', () => {
      given(assistanceDecider, [valued], noDeliverable)
        .when(
          amend({
            periodEnd: '2023-10-01',
            amount: { value: 90000, currency: 'EUR' },
            disbursements: [
              { disbursedOn: '2023-09-30', amount: { value: 10, currency: 'USD' } },
              { disbursedOn: '2024-06-02', amount: { value: 10, currency: 'EUR' } },
              { disbursedOn: '2024-01-01', amount: { value: -1, currency: 'USD' } },
            ],
          }),
        )
        .thenViolates([
          { rule: 'ends-before-start', field: 'periodEnd' },
          { rule: 'currency-changed', field: 'amount.currency' },
          { rule: 'disbursed-before-start', field: 'disbursements[0].disbursedOn' },
          { rule: 'date-in-future', field: 'disbursements[1].disbursedOn' },
          { rule: 'currency-mismatch', field: 'disbursements[1].amount.currency' },
          { rule: 'invalid-amount', field: 'disbursements[2].amount.value' },
        ]);
    });

    it('refuses disbursements before the record has a value', () => {
      given(assistanceDecider, [provided], noDeliverable)
        .when(
          amend({ disbursements: [{ disbursedOn: '2024-01-15', amount: { value: 10, currency: 'USD' } }] }),
        )
        .thenViolates([{ rule: 'no-amount', field: 'disbursements' }]);
    });

    it('takes the currency of a value given in an earlier amendment', () => {
      const firstValue: AssistanceAmended = {
        type: 'AssistanceAmended',
        data: {
          assistanceId: 'unoct-kg-2023-10',
          reason: 'budget known',
          amount: { value: 10, currency: 'EUR' },
        },
      };
      given(assistanceDecider, [provided, firstValue], noDeliverable)
        .when(
          amend({ disbursements: [{ disbursedOn: '2024-01-15', amount: { value: 10, currency: 'USD' } }] }),
        )
        .thenViolates([{ rule: 'currency-mismatch', field: 'disbursements[0].amount.currency' }]);
    });
  });

  describe('WithdrawAssistance', () => {
    const withdraw: WithdrawAssistance = {
      type: 'WithdrawAssistance',
      now: NOW,
      assistanceId: 'unoct-kg-2023-10',
      reason: 'recorded twice',
    };

    it('records the withdrawal with its reason', () => {
      given(assistanceDecider, [provided], noDeliverable).when(withdraw).then([withdrawn]);
    });

    it('refuses a second withdrawal, an unknown record and an empty reason', () => {
      given(assistanceDecider, [provided, withdrawn], noDeliverable)
        .when(withdraw)
        .thenThrows(DomainRuleViolation, { rule: 'assistance-withdrawn', field: 'id' });
      given(assistanceDecider, [], noDeliverable)
        .when(withdraw)
        .thenThrows(AggregateNotFound, { aggregate: 'assistance', id: 'unoct-kg-2023-10' });
      given(assistanceDecider, [provided], noDeliverable)
        .when({ ...withdraw, reason: '' })
        .thenViolates([{ rule: 'empty-text', field: 'reason' }]);
    });
  });
});

describe('allocating a value by share', () => {
  const recipients = (percentages: number[], region = false): AssistanceRecipients => ({
    states: percentages.map((percentage, i) => ({
      stateCode: ['KZ', 'KG', 'TJ', 'TM', 'UZ'][i]!,
      percentage,
    })),
    ...(region ? { region: { code: '619', vocabulary: '1' } } : {}),
  });

  it('splits 40/30/30 exactly when it can', () => {
    expect(allocateByShare(10_000_000n, recipients([40, 30, 30]))).toEqual([
      4_000_000n,
      3_000_000n,
      3_000_000n,
    ]);
  });

  it('never loses or invents a minor unit (largest remainder; ties to the first listed)', () => {
    expect(allocateByShare(100n, recipients([33.33, 33.33, 33.34]))).toEqual([33n, 33n, 34n]);
    expect(allocateByShare(1n, recipients([50, 50]))).toEqual([1n, 0n]);
    expect(allocateByShare(10n, recipients([33.34, 33.33, 33.33]))).toEqual([4n, 3n, 3n]);
    for (const total of [0n, 1n, 7n, 99n, 1001n, 123456789n, 10n ** 15n]) {
      const parts = allocateByShare(total, recipients([12.5, 17.25, 70.25]));
      expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
    }
  });

  it('leaves the regional remainder out of the States and gives a region alone nothing per State', () => {
    expect(allocateByShare(1000n, recipients([40, 30], true))).toEqual([400n, 300n]);
    expect(allocateByShare(1000n, recipients([], true))).toEqual([]);
    expect(regionalRemainder(recipients([40, 30], true))).toBe(3000);
    expect(regionalRemainder(recipients([40, 30, 30], true))).toBe(0);
    expect(regionalRemainder(recipients([100]))).toBe(0);
  });

  it('describes the recipients for people', () => {
    expect(describeRecipients(recipients([100]))).toBe('KZ');
    expect(describeRecipients(recipients([40, 30, 30], true))).toBe(
      'KZ 40 %, KG 30 %, TJ 30 % (region 619 Central Asia, regional)',
    );
    expect(describeRecipients(recipients([], true))).toBe('region 619 Central Asia, regional');
  });
});
