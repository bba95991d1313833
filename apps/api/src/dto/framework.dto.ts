import { FRAMEWORK_KINDS, type FrameworkKind } from '@ct/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ApiDateField, ApiEnumField, ApiIdField, ApiStateField, ApiTextField } from './api-fields';
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, TEXT_MAX } from './common';
import { IsPlainText } from './text';

export class AdoptDeclarationDto {
  /** Identity of the framework; include the year where names repeat (`dushanbe-declaration-2019`). */
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Identity of the framework; include the year where names repeat.', 'dushanbe-declaration-2019')
  id!: string;

  @IsIn(FRAMEWORK_KINDS)
  @ApiEnumField(
    FRAMEWORK_KINDS,
    'FrameworkKind',
    'Declaration, plan of action, resolution (e.g. Security Council resolution 2462 (2019)) or national strategy (exactly one adopting State).',
  )
  kind!: FrameworkKind;

  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Title as published.', TEXT_MAX, 'Dushanbe Declaration')
  title!: string;

  /** The title in Russian where a source gives it; reports and `lang=ru` fall back to `title` without it. */
  @IsOptional()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField(
    'The title in Russian, where a source gives it; shown with lang=ru (English `title` otherwise).',
    TEXT_MAX,
    'Душанбинская декларация',
    { optional: true },
  )
  titleRu?: string;

  /** Day of adoption, YYYY-MM-DD. */
  @IsCalendarDate()
  @ApiDateField('Day of adoption.', '2019-05-17')
  adoptedOn!: string;

  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Where it was adopted.', TEXT_MAX, 'Dushanbe')
  place!: string;

  /** ISO 3166-1 alpha-2 codes of the adopting States. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsStateCode({ each: true })
  @ApiStateField('The adopting States (1-250, no repeats).', {
    each: true,
    extra: { minItems: 1, maxItems: 250, uniqueItems: true },
  })
  adoptingStates!: string[];

  /** Where the text is published: a UN document symbol or a URL. */
  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Where the text is published: a UN document symbol or a URL.', TEXT_MAX, 'A/73/892', {
    optional: true,
  })
  sourceReference?: string;
}

export class ReviseFrameworkDto {
  @IsCalendarDate()
  @ApiDateField('Day of the revision.', '2022-03-03')
  revisedOn!: string;

  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('What changed.', TEXT_MAX, 'Updated Joint Plan of Action adopted in Tashkent')
  summary!: string;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Where it was revised.', TEXT_MAX, 'Tashkent', { optional: true })
  place?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsStateCode({ each: true })
  @ApiStateField('The adopting States after the revision (1-250, no repeats).', {
    optional: true,
    each: true,
    extra: { minItems: 1, maxItems: 250, uniqueItems: true },
  })
  adoptingStates?: string[];

  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Where the revised text is published.', TEXT_MAX, 'A/76/PV.57', { optional: true })
  sourceReference?: string;
}
