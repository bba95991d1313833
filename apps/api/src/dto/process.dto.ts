import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { ID_MESSAGE, ID_PATTERN, IsCalendarDate, IsStateCode, TEXT_MAX } from './common';

export class LaunchProcessDto {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  id!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  name!: string;

  /** Who launched it, e.g. the UN Under-Secretary-General for Counter-Terrorism. */
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  launchedBy!: string;

  @IsCalendarDate()
  launchedOn!: string;

  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  place?: string;

  /** Frameworks the process supports (their ids). */
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  frameworkIds!: string[];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsStateCode({ each: true })
  participatingStates!: string[];
}

export class HoldConferenceDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  title!: string;

  @IsCalendarDate()
  startsOn!: string;

  @IsCalendarDate()
  endsOn!: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  place!: string;

  /** Frameworks adopted at the conference (their ids). */
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @Matches(ID_PATTERN, { each: true, message: ID_MESSAGE })
  outcomeFrameworkIds!: string[];
}
