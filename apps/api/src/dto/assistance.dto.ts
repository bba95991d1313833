import { ASSISTANCE_KINDS, type AssistanceKind, PILLAR_CODES, type Pillar } from '@ct/domain';
import { Type } from 'class-transformer';
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
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, LONG_TEXT_MAX, TEXT_MAX } from './common';

export class MoneyDto {
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0.01)
  @Max(1e13)
  value!: number;

  /** ISO 4217, upper case (the code list is case-sensitive; `usd` is refused). */
  @Matches(/^[A-Z]{3}$/, { message: '$property must be three upper-case letters' })
  @IsISO4217CurrencyCode()
  currency!: string;
}

export class ProvideAssistanceDto {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  /** The UN entity or partner, e.g. UNOCT/UNCCT, UNODC, UNRCCA, OSCE, EU. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  provider!: string;

  @IsStateCode()
  recipientState!: string;

  @IsIn(PILLAR_CODES)
  pillar!: Pillar;

  /** The deliverable the assistance supports, if any; it must be assigned to the recipient State. */
  @IsOptional()
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  deliverableId?: string;

  @IsIn(ASSISTANCE_KINDS)
  kind!: AssistanceKind;

  @IsOptional()
  @IsString()
  @MaxLength(LONG_TEXT_MAX)
  description?: string;

  @IsCalendarDate()
  periodStart!: string;

  @IsOptional()
  @IsCalendarDate()
  periodEnd?: string;

  @IsOptional()
  @IsDefined()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount?: MoneyDto;
}
