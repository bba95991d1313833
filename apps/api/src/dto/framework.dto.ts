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
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, TEXT_MAX } from './common';

export class AdoptDeclarationDto {
  /** Identity of the framework; include the year where names repeat (`dushanbe-declaration-2019`). */
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @IsIn(FRAMEWORK_KINDS)
  kind!: FrameworkKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  title!: string;

  /** Day of adoption, YYYY-MM-DD. */
  @IsCalendarDate()
  adoptedOn!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  place!: string;

  /** ISO 3166-1 alpha-2 codes of the adopting States. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsStateCode({ each: true })
  adoptingStates!: string[];

  /** Where the text is published: a UN document symbol or a URL. */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  sourceReference?: string;
}

export class ReviseFrameworkDto {
  @IsCalendarDate()
  revisedOn!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  summary!: string;

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  place?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsStateCode({ each: true })
  adoptingStates?: string[];

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  sourceReference?: string;
}
