import {
  ASSISTANCE_KINDS,
  type AssistanceKind,
  DAC_REGIONS,
  DAC_REGION_VOCABULARY,
  MAX_CURRENCY_DECIMALS,
  PILLAR_CODES,
  type Pillar,
} from '@ct/domain';
import { Type } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsObject,
  IsOptional,
  IsPositive,
  Matches,
  Max,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ApiStateField } from './api-fields';
import { DateField, EnumField, IdField, StateField, TextField } from './fields';
import { IsNumberWithDecimals, IsStateCode, LONG_TEXT_MAX } from './validators';

/** More recipient States than there are States would be a mistake; 200 bounds the body's work. */
const MAX_RECIPIENT_STATES = 200;
/** Disbursements added by one amendment. */
const MAX_DISBURSEMENTS = 100;

export class MoneyDto {
  // The edge bounds the shape (at most the 4 decimals of any currency); the domain knows each
  // currency's minor unit and answers 422 `too-many-decimals` (JPY 100.5, USD 1.005).
  @IsNumberWithDecimals(MAX_CURRENCY_DECIMALS)
  @IsPositive()
  @Max(1e13)
  @ApiProperty({
    type: 'number',
    exclusiveMinimum: true,
    minimum: 0,
    maximum: 1e13,
    description:
      "Amount in the currency, with at most its ISO 4217 minor unit's decimals: 0 for JPY, 2 for most, 3 for KWD (422 `too-many-decimals` otherwise).",
    example: 250000,
  })
  value!: number;

  /**
   * ISO 4217, upper case (the code list is case-sensitive; `usd` is refused). Which codes are money
   * is the domain's rule: an unknown code is 422 `unknown-currency`, XXX or XAU 422 `not-money`.
   */
  @Matches(/^[A-Z]{3}$/, { message: '$property must be three upper-case letters' })
  @ApiProperty({
    type: String,
    pattern: '^[A-Z]{3}$',
    description:
      'ISO 4217 currency, upper case (`usd` is refused with 400); codes that are not money (XXX, XAU, XAG, XPT, XPD, XTS, XDR…) are refused with 422 `not-money`, unknown codes with 422 `unknown-currency`.',
    example: 'USD',
  })
  currency!: string;
}

/** A property that must be absent when `other` is given: the legacy and the new shape exclude each other. */
function NotWith(other: string): PropertyDecorator {
  return ValidateBy({
    name: 'notWith',
    validator: {
      validate: (value: unknown, args) =>
        value === undefined || (args?.object as Record<string, unknown>)[other] === undefined,
      defaultMessage: () => `give either ${other} (one State at 100 %) or $property, not both`,
    },
  });
}

export class RecipientShareDto {
  @StateField('A recipient State.')
  stateCode!: string;

  // Two decimals (33.33 + 33.33 + 33.34): the domain checks that the shares sum to 100 (422
  // `shares-not-100`), or to at most 100 with a region (`shares-over-100`).
  @IsNumberWithDecimals(2)
  @IsPositive()
  @Max(100)
  @ApiProperty({
    type: 'number',
    exclusiveMinimum: true,
    minimum: 0,
    maximum: 100,
    description:
      "The State's share of the record's value in percent, at most two decimals. Without a region the shares sum to 100; with one, to at most 100 (the rest is regional work no State is credited with).",
    example: 40,
  })
  percentage!: number;
}

export class RecipientRegionDto {
  /** A DAC region code; which ones are accepted is the domain's rule (422 `unknown-region`). */
  @Matches(/^\d{3}$/, { message: '$property must be a three-digit DAC region code' })
  @ApiProperty({
    type: String,
    pattern: '^\\d{3}$',
    description: `OECD DAC region code (IATI Region code list): ${Object.entries(DAC_REGIONS)
      .map(([code, name]) => `${code} ${name}`)
      .join(', ')}; others are refused with 422 \`unknown-region\`.`,
    example: '619',
  })
  code!: string;

  @IsOptional()
  @Matches(/^\d{1,2}$/, { message: '$property must be an IATI RegionVocabulary code' })
  @ApiProperty({
    type: String,
    required: false,
    default: DAC_REGION_VOCABULARY,
    pattern: '^\\d{1,2}$',
    description: 'IATI RegionVocabulary; only 1 (DAC) is accepted. Default 1.',
    example: '1',
  })
  vocabulary?: string;
}

export class RecipientsDto {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RECIPIENT_STATES)
  @ValidateNested({ each: true })
  @Type(() => RecipientShareDto)
  @ApiProperty({
    type: [RecipientShareDto],
    maxItems: MAX_RECIPIENT_STATES,
    description:
      'The recipient States with their shares; absent or empty for a record booked to a region alone.',
    required: false,
  })
  states?: RecipientShareDto[];

  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RecipientRegionDto)
  @ApiProperty({
    type: RecipientRegionDto,
    required: false,
    description:
      'The region of regional work (a UNODC regional programme, an Almaty regional conference): its totals count the whole value.',
  })
  region?: RecipientRegionDto;
}

export class ProvideAssistanceDto {
  @IdField('Identity of the assistance record.', 'unodc-tj-cft-2024')
  id!: string;

  /** The UN entity or partner, e.g. UNOCT/UNCCT, UNODC, UNRCCA, OSCE, EU. */
  @TextField('The UN entity or partner, e.g. UNOCT/UNCCT, UNODC, UNRCCA, OSCE, EU.', 'UNODC')
  provider!: string;

  // Legacy clients send one State; it means that State at 100 %. Required when `recipients` is absent.
  @ValidateIf((o: ProvideAssistanceDto) => o.recipients === undefined)
  @IsStateCode()
  @ApiStateField(
    'Legacy shape: the one recipient State, at 100 %. Give either this or `recipients`, not both (a coordinator records for their own States).',
    { optional: true },
  )
  recipientState?: string;

  @IsOptional()
  @NotWith('recipientState')
  @IsObject()
  @ValidateNested()
  @Type(() => RecipientsDto)
  @ApiProperty({
    type: RecipientsDto,
    required: false,
    description:
      'Recipient States with percentage shares, and/or a DAC region. A coordinator must cover every recipient State; a region without State shares is recorded by programme-admin.',
  })
  recipients?: RecipientsDto;

  @EnumField(PILLAR_CODES, 'Pillar', 'Pillar of the UN Global Counter-Terrorism Strategy.')
  pillar!: Pillar;

  /** The deliverable the assistance supports, if any; it must be assigned to every recipient State. */
  @IdField(
    'The deliverable supported, if any; it must be assigned to every recipient State.',
    'criminalise-tf',
    {
      optional: true,
    },
  )
  deliverableId?: string;

  @EnumField(ASSISTANCE_KINDS, 'AssistanceKind', 'Kind of assistance.')
  kind!: AssistanceKind;

  @TextField(
    'Description (line feeds and tabs allowed).',
    'National workshop on terrorist-financing investigations',
    {
      optional: true,
      allowEmpty: true,
      multiline: true,
      max: LONG_TEXT_MAX,
    },
  )
  description?: string;

  @DateField('First day of the period.', '2024-01-01')
  periodStart!: string;

  @DateField('Last day of the period (not before the first).', '2024-12-31', { optional: true })
  periodEnd?: string;

  @IsOptional()
  @IsDefined()
  // ValidateNested alone passes an array (it validates each element, here none): `[]` was a 422.
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  @ApiProperty({ type: MoneyDto, required: false, description: 'Value of the assistance, if known.' })
  amount?: MoneyDto;
}

export class DisbursementDto {
  @DateField('Day the money was disbursed (not before the period starts, not in the future).', '2024-03-15')
  disbursedOn!: string;

  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  @ApiProperty({ type: MoneyDto, description: "Amount disbursed, in the record's currency." })
  amount!: MoneyDto;
}

export class AmendAssistanceDto {
  @TextField('Why the record changes (kept in the audit history).', 'Final figures from the project report', {
    multiline: true,
    max: LONG_TEXT_MAX,
  })
  reason!: string;

  @DateField('New last day of the period (not before the first).', '2025-06-30', { optional: true })
  periodEnd?: string;

  @IsOptional()
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  @ApiProperty({
    type: MoneyDto,
    required: false,
    description:
      "New value of the assistance, in the record's currency (a record without a value gets its first).",
  })
  amount?: MoneyDto;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_DISBURSEMENTS)
  @ValidateNested({ each: true })
  @Type(() => DisbursementDto)
  @ApiProperty({
    type: [DisbursementDto],
    required: false,
    maxItems: MAX_DISBURSEMENTS,
    description: 'Disbursements made since the last amendment, added to those already recorded.',
  })
  disbursements?: DisbursementDto[];
}

export class WithdrawAssistanceDto {
  @TextField(
    'Why the record is withdrawn (kept in the audit history; the record leaves every total).',
    'Recorded twice: the same workshop is unodc-kg-2024-03',
    { multiline: true, max: LONG_TEXT_MAX },
  )
  reason!: string;
}
