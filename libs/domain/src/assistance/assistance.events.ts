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

/** A UN entity or partner (UNOCT/UNCCT, UNODC, UNRCCA, OSCE, EU…) provided assistance to a State. */
export interface AssistanceProvided {
  type: 'AssistanceProvided';
  data: {
    assistanceId: string;
    provider: string;
    recipientState: string;
    pillar: Pillar;
    deliverableId?: string;
    kind: AssistanceKind;
    description?: string;
    periodStart: IsoDate;
    periodEnd?: IsoDate;
    amount?: Money;
  };
}

export type AssistanceEvent = AssistanceProvided;

export interface AssistanceState {
  exists: boolean;
}

export const initialAssistanceState: AssistanceState = { exists: false };

export function evolveAssistance(state: AssistanceState, event: AssistanceEvent): AssistanceState {
  switch (event.type) {
    case 'AssistanceProvided':
      return { ...state, exists: true };
  }
}
