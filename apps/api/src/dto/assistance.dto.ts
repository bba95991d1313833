import {
  ASSISTANCE_KINDS,
  type AssistanceKind,
  MAX_CURRENCY_DECIMALS,
  PILLAR_CODES,
  type Pillar,
} from '@ct/domain';
import { Type } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import {
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsPositive,
  IsString,
  Matches,
  Max,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ApiDateField, ApiEnumField, ApiIdField, ApiStateField, ApiTextField } from './api-fields';
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, LONG_TEXT_MAX, TEXT_MAX } from './common';
import { IsPlainText } from './text';

export class MoneyDto {
  // The edge bounds the shape (at most the 4 decimals of any currency); the domain knows each
  // currency's minor unit and answers 422 `too-many-decimals` (JPY 100.5, USD 1.005).
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: MAX_CURRENCY_DECIMALS })
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

export class ProvideAssistanceDto {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Identity of the assistance record.', 'unodc-tj-cft-2024')
  id!: string;

  /** The UN entity or partner, e.g. UNOCT/UNCCT, UNODC, UNRCCA, OSCE, EU. */
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('The UN entity or partner, e.g. UNOCT/UNCCT, UNODC, UNRCCA, OSCE, EU.', TEXT_MAX, 'UNODC')
  provider!: string;

  @IsStateCode()
  @ApiStateField('The recipient State (a coordinator records for their own States).')
  recipientState!: string;

  @IsIn(PILLAR_CODES)
  @ApiEnumField(PILLAR_CODES, 'Pillar', 'Pillar of the UN Global Counter-Terrorism Strategy.')
  pillar!: Pillar;

  /** The deliverable the assistance supports, if any; it must be assigned to the recipient State. */
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField(
    'The deliverable supported, if any; it must be assigned to the recipient State.',
    'criminalise-tf',
    { optional: true },
  )
  deliverableId?: string;

  @IsIn(ASSISTANCE_KINDS)
  @ApiEnumField(ASSISTANCE_KINDS, 'AssistanceKind', 'Kind of assistance.')
  kind!: AssistanceKind;

  @IsOptional()
  @IsString()
  @IsPlainText({ multiline: true })
  @MaxLength(LONG_TEXT_MAX)
  @ApiTextField(
    'Description (line feeds and tabs allowed).',
    LONG_TEXT_MAX,
    'National workshop on terrorist-financing investigations',
    { optional: true },
  )
  description?: string;

  @IsCalendarDate()
  @ApiDateField('First day of the period.', '2024-01-01')
  periodStart!: string;

  @IsOptional()
  @IsCalendarDate()
  @ApiDateField('Last day of the period (not before the first).', '2024-12-31', { optional: true })
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
