import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { ApiDateField, ApiIdField, ApiStateField, ApiTextField } from './api-fields';
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, TEXT_MAX } from './common';
import { IsPlainText } from './text';

export class LaunchProcessDto {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Identity of the process.', 'dushanbe-process')
  id!: string;

  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Name of the process.', TEXT_MAX, 'Dushanbe process')
  name!: string;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField(
    'The name in Russian, where a source gives it; shown with lang=ru (English `name` otherwise).',
    TEXT_MAX,
    'Душанбинский процесс',
    { optional: true },
  )
  nameRu?: string;

  /** Who launched it, e.g. the UN Under-Secretary-General for Counter-Terrorism. */
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Who launched it.', TEXT_MAX, 'UN Under-Secretary-General for Counter-Terrorism')
  launchedBy!: string;

  @IsCalendarDate()
  @ApiDateField('Day of launch.', '2018-05-03')
  launchedOn!: string;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Where it was launched.', TEXT_MAX, 'Dushanbe', { optional: true })
  place?: string;

  /** Frameworks the process supports (their ids). */
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  @ApiIdField('Frameworks the process supports (at most 100, no repeats).', 'dushanbe-declaration-2019', {
    each: true,
    extra: { maxItems: 100, uniqueItems: true },
  })
  frameworkIds!: string[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsStateCode({ each: true })
  @ApiStateField('Participating States (1-250, no repeats).', {
    each: true,
    extra: { minItems: 1, maxItems: 250, uniqueItems: true },
  })
  participatingStates!: string[];
}

export class HoldConferenceDto {
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Title of the conference.', TEXT_MAX, 'High-Level Conference on Countering Terrorism')
  title!: string;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField(
    'The title in Russian, where a source gives it; shown with lang=ru (English `title` otherwise).',
    TEXT_MAX,
    'Конференция высокого уровня',
    { optional: true },
  )
  titleRu?: string;

  @IsCalendarDate()
  @ApiDateField('First day.', '2019-05-16')
  startsOn!: string;

  @IsCalendarDate()
  @ApiDateField('Last day (not before the first).', '2019-05-17')
  endsOn!: string;

  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Where it was held.', TEXT_MAX, 'Dushanbe')
  place!: string;

  /** Frameworks adopted at the conference (their ids). */
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  @ApiIdField(
    'Frameworks adopted at the conference (at most 100, no repeats).',
    'dushanbe-declaration-2019',
    { each: true, extra: { maxItems: 100, uniqueItems: true } },
  )
  outcomeFrameworkIds!: string[];

  /**
   * An earlier conference of the series the process carries on, held before the process was
   * launched (the first Dushanbe conference, May 2018): only then may it end before the launch.
   */
  @IsOptional()
  @IsBoolean()
  @ApiProperty({
    required: false,
    type: Boolean,
    example: false,
    description:
      'An earlier conference of the series the process carries on, held before its launch (e.g. the first Dushanbe conference, May 2018): only then may it end before the launch (else 422 date-before-launch).',
  })
  partOfSeries?: boolean;
}
