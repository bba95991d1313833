import { IsBoolean, IsOptional } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { DateField, IdField, IdListField, StateListField, TextField } from './fields';

export class LaunchProcessDto {
  @IdField('Identity of the process.', 'dushanbe-process')
  id!: string;

  @TextField('Name of the process.', 'Dushanbe process')
  name!: string;

  @TextField(
    'The name in Russian, where a source gives it; shown with lang=ru (English `name` otherwise).',
    'Душанбинский процесс',
    { optional: true },
  )
  nameRu?: string;

  /** Who launched it, e.g. the UN Under-Secretary-General for Counter-Terrorism. */
  @TextField('Who launched it.', 'UN Under-Secretary-General for Counter-Terrorism')
  launchedBy!: string;

  @DateField('Day of launch.', '2018-05-03')
  launchedOn!: string;

  @TextField('Where it was launched.', 'Dushanbe', { optional: true, allowEmpty: true })
  place?: string;

  /** Frameworks the process supports (their ids). */
  @IdListField('Frameworks the process supports (at most 100, no repeats).', 'dushanbe-declaration-2019', {
    maxItems: 100,
  })
  frameworkIds!: string[];

  @StateListField('Participating States (1-250, no repeats).')
  participatingStates!: string[];
}

export class HoldConferenceDto {
  @TextField('Title of the conference.', 'High-Level Conference on Countering Terrorism')
  title!: string;

  @TextField(
    'The title in Russian, where a source gives it; shown with lang=ru (English `title` otherwise).',
    'Конференция высокого уровня',
    { optional: true },
  )
  titleRu?: string;

  @DateField('First day.', '2019-05-16')
  startsOn!: string;

  @DateField('Last day (not before the first).', '2019-05-17')
  endsOn!: string;

  @TextField('Where it was held.', 'Dushanbe')
  place!: string;

  /** Frameworks adopted at the conference (their ids). */
  @IdListField(
    'Frameworks adopted at the conference (at most 100, no repeats).',
    'dushanbe-declaration-2019',
    {
      maxItems: 100,
    },
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
