import { type IsoDate } from '../kernel/dates';
import { type Pillar } from '../kernel/pillars';

export const ASSISTANCE_KINDS = [
  'training',
  'legislative-drafting',
  'equipment',
  'advisory',
  'other',
] as const;
export type AssistanceKind = (typeof ASSISTANCE_KINDS)[number];

export interface Money {
  /** Decimal amount, at most two decimals. */
  value: number;
  /** ISO 4217 currency code; amounts are never converted, reports sum them per currency. */
  currency: string;
}

/**
 * DAC recipient regions this tracker accepts (IATI Region code list, vocabulary 1 "OECD DAC"):
 * docs/facts/iati.md 4.1. 619 is the one Central Asian regional work is booked to.
 */
export const DAC_REGIONS = {
  '619': 'Central Asia, regional',
  '689': 'South & Central Asia, regional',
  '798': 'Asia, regional',
} as const;
export type DacRegionCode = keyof typeof DAC_REGIONS;
/** IATI RegionVocabulary 1 = OECD DAC: the only vocabulary the codes above belong to. */
export const DAC_REGION_VOCABULARY = '1';

export interface RecipientShare {
  /** ISO 3166-1 alpha-2. */
  stateCode: string;
  /** Share of the record's value, in percent, at most two decimals (0 < p <= 100). */
  percentage: number;
}

/**
 * Who benefits from an assistance record. Without a region the State shares sum to exactly 100.
 * With a region the State shares are optional and sum to at most 100: each State's share is what
 * its own totals count, and what is left (100 minus the shares) is regional work no single State
 * can be credited with. This mirrors IATI, where recipient-country and recipient-region
 * percentages sum to 100 across both (docs/facts/iati.md 4.1). The regional total counts the
 * whole value whatever the split.
 */
export interface AssistanceRecipients {
  states: RecipientShare[];
  region?: { code: string; vocabulary: string };
}

/**
 * A UN entity or partner (UNOCT/UNCCT, UNODC, UNRCCA, OSCE, EU…) provided assistance to one or
 * more States or a region. Schema version 2: `recipients` replaced version 1's `recipientState`
 * (upcast as that one State at 100 %).
 */
export interface AssistanceProvided {
  type: 'AssistanceProvided';
  data: {
    assistanceId: string;
    provider: string;
    recipients: AssistanceRecipients;
    pillar: Pillar;
    deliverableId?: string;
    kind: AssistanceKind;
    description?: string;
    periodStart: IsoDate;
    periodEnd?: IsoDate;
    amount?: Money;
  };
}

/** Money that actually left the provider, dated: recorded as it happens, by amendments. */
export interface Disbursement {
  disbursedOn: IsoDate;
  amount: Money;
}

/**
 * A correction or update of a record: only the fields given change (the period end, the value),
 * disbursements are added to those already recorded. Recipients, provider, pillar and kind never
 * change: a record booked to the wrong recipient is withdrawn and recorded again.
 */
export interface AssistanceAmended {
  type: 'AssistanceAmended';
  data: {
    assistanceId: string;
    reason: string;
    periodEnd?: IsoDate;
    amount?: Money;
    disbursements?: Disbursement[];
  };
}

/** The record should never have been made (a duplicate, cancelled before it started…). */
export interface AssistanceWithdrawn {
  type: 'AssistanceWithdrawn';
  data: { assistanceId: string; reason: string };
}

export type AssistanceEvent = AssistanceProvided | AssistanceAmended | AssistanceWithdrawn;

export interface AssistanceState {
  exists: boolean;
  withdrawn: boolean;
  /** The State shares (empty for a region-only record): who a coordinator must cover to amend. */
  recipientStates: readonly string[];
  periodStart?: IsoDate;
  /** The currency of the value: disbursements must be in it. */
  currency?: string;
}

export const initialAssistanceState: AssistanceState = {
  exists: false,
  withdrawn: false,
  recipientStates: [],
};

export function evolveAssistance(state: AssistanceState, event: AssistanceEvent): AssistanceState {
  switch (event.type) {
    case 'AssistanceProvided':
      return {
        ...state,
        exists: true,
        recipientStates: event.data.recipients.states.map((s) => s.stateCode),
        periodStart: event.data.periodStart,
        ...(event.data.amount ? { currency: event.data.amount.currency } : {}),
      };
    case 'AssistanceAmended': {
      // Disbursements need a value to be in, so the first value recorded sets the currency.
      const currency = state.currency ?? event.data.amount?.currency;
      return { ...state, ...(currency === undefined ? {} : { currency }) };
    }
    case 'AssistanceWithdrawn':
      return { ...state, withdrawn: true };
  }
}

/** "KZ 40 %, KG 30 %, TJ 30 % (region 619 Central Asia, regional)": for summaries and reports. */
export function describeRecipients(recipients: AssistanceRecipients): string {
  const states = recipients.states.map((s) =>
    recipients.states.length === 1 && recipients.region === undefined
      ? s.stateCode
      : `${s.stateCode} ${s.percentage} %`,
  );
  const region = recipients.region
    ? `region ${recipients.region.code}${recipients.region.code in DAC_REGIONS ? ` ${DAC_REGIONS[recipients.region.code as DacRegionCode]}` : ''}`
    : undefined;
  if (region === undefined) return states.join(', ');
  return states.length === 0 ? region : `${states.join(', ')} (${region})`;
}

/** Percent in hundredths (two decimals): 100 % is 10,000. */
export const WHOLE_SHARE = 10_000;
export const shareHundredths = (percentage: number): number => Math.round(percentage * 100);

/**
 * The part of a regional record no State is credited with, in hundredths of a percent: what IATI
 * reports as the recipient-region's percentage. 0 for a record without a region.
 */
export function regionalRemainder(recipients: AssistanceRecipients): number {
  if (recipients.region === undefined) return 0;
  return WHOLE_SHARE - recipients.states.reduce((sum, s) => sum + shareHundredths(s.percentage), 0);
}

/**
 * Splits an amount in minor units by the State shares without losing or inventing a minor unit:
 * each State gets the floor of its exact share, and the units left over go one each to the largest
 * fractional remainders (Hamilton's largest-remainder method; ties to the State listed first).
 * With a region, the regional remainder takes part in the split like a share, so that the States'
 * parts and the regional remainder add up to the whole amount. Returns the States' parts, in order.
 */
export function allocateByShare(totalMinor: bigint, recipients: AssistanceRecipients): bigint[] {
  const weights = recipients.states.map((s) => BigInt(shareHundredths(s.percentage)));
  const remainder = BigInt(regionalRemainder(recipients));
  const all = remainder > 0n ? [...weights, remainder] : weights;
  const whole = BigInt(WHOLE_SHARE);
  const parts = all.map((w) => (totalMinor * w) / whole);
  const rests = all.map((w, i) => ({ i, rest: (totalMinor * w) % whole }));
  let left = totalMinor - parts.reduce((sum, p) => sum + p, 0n);
  rests.sort((a, b) => (a.rest === b.rest ? a.i - b.i : a.rest > b.rest ? -1 : 1));
  for (const { i } of rests) {
    if (left <= 0n) break;
    parts[i] = parts[i]! + 1n;
    left -= 1n;
  }
  return parts.slice(0, weights.length);
}
