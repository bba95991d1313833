import {
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
  recipientState: 'KG',
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
    recipientState: 'KG',
    pillar: 'III',
    kind: 'training',
    periodStart: '2023-10-09',
  },
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

    it.each(['KGZ', 'kg', 'XX', ''])('rejects %p as the recipient State', (recipientState) => {
      given(assistanceDecider, [], noDeliverable)
        .when(provide({ recipientState }))
        .thenViolates([{ rule: 'unknown-state', field: 'recipientState' }]);
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
          .when(provide({ deliverableId: 'jpoa-iii-early-warning', recipientState: 'UZ' }))
          .thenViolates([{ rule: 'state-not-assigned', field: 'recipientState' }]);
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
            recipientState: 'AF',
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
          { rule: 'state-not-assigned', field: 'recipientState' },
        ]);
    });
  });
});
