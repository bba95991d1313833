import { ASSISTANCE_KINDS, type AssistanceKind, PILLAR_CODES, type Pillar } from '@ct/domain';
import { Type } from 'class-transformer';
import { ApiProperty } from '@nestjs/swagger';
import {
  IsDefined,
  IsIn,
  IsISO4217CurrencyCode,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ApiDateField, ApiEnumField, ApiIdField, ApiStateField, ApiTextField } from './api-fields';
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, LONG_TEXT_MAX, TEXT_MAX } from './common';

export class MoneyDto {
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1e13)
  @ApiProperty({
    type: 'number',
    minimum: 0.01,
    maximum: 1e13,
    multipleOf: 0.01,
    description: 'Amount, at most two decimals.',
    example: 250000,
  })
  value!: number;

  /** ISO 4217, upper case (the code list is case-sensitive; `usd` is refused). */
  @Matches(/^[A-Z]{3}$/, { message: '$property must be three upper-case letters' })
  @IsISO4217CurrencyCode()
  @ApiProperty({
    type: String,
    pattern: '^[A-Z]{3}$',
    description: 'ISO 4217, upper case (`usd` is refused).',
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
  @ValidateNested()
  @Type(() => MoneyDto)
  @ApiProperty({ type: MoneyDto, required: false, description: 'Value of the assistance, if known.' })
  amount?: MoneyDto;
}
