import {
  IATI_ORGANISATION_TYPES,
  IATI_REF_PATTERN,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from '@ct/domain';
import { ORGANISATION_LANGUAGES, type OrganisationLanguage } from '@ct/application';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ApiEnumField, ApiIdField, ApiStateField, ApiTextField } from './api-fields';
import { ID_MESSAGE, ID_PATTERN, IsStateCode, TEXT_MAX } from './common';
import { PagedQueryDto, ReadQueryDto } from './read-model.dto';
import { IsPlainText } from './text';

const ALIASES_MAX = 50;

export class OrganisationNamesDto {
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField(
    'Name in English (always given; the fallback).',
    TEXT_MAX,
    'United Nations Office on Drugs and Crime',
  )
  en!: string;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField(
    'Name in Russian, where an official source gives one.',
    TEXT_MAX,
    'Управление Организации Объединенных Наций по наркотикам и преступности',
    {
      optional: true,
      extra: { minLength: 1 },
    },
  )
  ru?: string;
}

const IATI_REF_DESCRIPTION =
  'IATI organisation identifier, {RegistrationAgency}-{RegistrationNumber} (e.g. XM-DAC-41128 for UNODC).';

/** The fields registration and update share, each optional here; registration requires some. */
abstract class OrganisationDetailsDto {
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ALIASES_MAX)
  @IsString({ each: true })
  @IsPlainText({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(TEXT_MAX, { each: true })
  @ApiTextField(
    `Other spellings met in free-text providers and lead agencies (at most ${ALIASES_MAX}); compared without case or spacing.`,
    TEXT_MAX,
    'UNOCT/UNCCT',
    { optional: true, each: true, extra: { maxItems: ALIASES_MAX } },
  )
  aliases?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsStateCode({ each: true })
  @ApiStateField('A regional mechanism only: its member States (1-250, no repeats).', {
    optional: true,
    each: true,
    extra: { minItems: 1, maxItems: 250, uniqueItems: true },
  })
  memberStates?: string[];

  @IsOptional()
  @IsBoolean()
  @ApiProperty({
    type: Boolean,
    required: false,
    description:
      "A regional mechanism only: whether member States' coordinators may report progress for the mechanism.",
    example: true,
  })
  memberStatesMayReport?: boolean;
}

export class RegisterOrganisationDto extends OrganisationDetailsDto {
  @Matches(ID_PATTERN, { message: ID_MESSAGE })
  @ApiIdField('Stable identity of the organisation.', 'unodc')
  id!: string;

  @IsIn(ORGANISATION_KINDS)
  @ApiEnumField(ORGANISATION_KINDS, 'OrganisationKind', 'What the organisation is.')
  kind!: OrganisationKind;

  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationNamesDto)
  @ApiProperty({ type: OrganisationNamesDto, description: 'Names: English, and Russian where known.' })
  name!: OrganisationNamesDto;

  // ValidateIf instead of IsOptional: a null is refused here (there is nothing to remove yet).
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(IATI_ORGANISATION_TYPES)
  @ApiEnumField(
    IATI_ORGANISATION_TYPES,
    'IatiOrganisationType',
    'IATI OrganisationType code (40 Multilateral…).',
    {
      optional: true,
    },
  )
  iatiOrganisationType?: string;

  @ValidateIf((_, value) => value !== undefined)
  @IsString()
  @Matches(IATI_REF_PATTERN, { message: `$property: ${IATI_REF_DESCRIPTION}` })
  @MaxLength(100)
  @ApiProperty({
    type: String,
    required: false,
    pattern: IATI_REF_PATTERN.source,
    maxLength: 100,
    description: IATI_REF_DESCRIPTION,
    example: 'XM-DAC-41128',
  })
  iatiRef?: string;
}

export class UpdateOrganisationDto extends OrganisationDetailsDto {
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationNamesDto)
  @ApiProperty({
    type: OrganisationNamesDto,
    required: false,
    description: 'New names (both: a Russian name left out is removed).',
  })
  name?: OrganisationNamesDto;

  // IsOptional lets null through: null removes the code or reference.
  @IsOptional()
  @IsIn(IATI_ORGANISATION_TYPES)
  @ApiProperty({
    type: String,
    enum: [...IATI_ORGANISATION_TYPES],
    enumName: 'IatiOrganisationType',
    nullable: true,
    required: false,
    description: 'IATI OrganisationType code; null removes it.',
    example: '40',
  })
  iatiOrganisationType?: string | null;

  @IsOptional()
  @IsString()
  @Matches(IATI_REF_PATTERN, { message: `$property: ${IATI_REF_DESCRIPTION}` })
  @MaxLength(100)
  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    pattern: IATI_REF_PATTERN.source,
    maxLength: 100,
    description: `${IATI_REF_DESCRIPTION} null removes it.`,
    example: 'XM-DAC-41128',
  })
  iatiRef?: string | null;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  @ApiTextField('Why, for the audit trail.', TEXT_MAX, 'spelling used in the 2022 ledger', {
    optional: true,
    extra: { minLength: 1 },
  })
  reason?: string;
}

export class OrganisationsQueryDto extends PagedQueryDto {
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  @ApiEnumField(ORGANISATION_KINDS, 'OrganisationKind', 'Only this kind.', { optional: true })
  kind?: string;

  @IsOptional()
  @IsString()
  @IsPlainText()
  @MaxLength(TEXT_MAX)
  @ApiTextField(
    'Part of the id, a name (English or Russian) or an alias; case and spacing ignored.',
    TEXT_MAX,
    'unoct',
    {
      optional: true,
    },
  )
  q?: string;

  @IsOptional()
  @IsStateCode()
  @ApiStateField('Only the regional mechanisms this State is a member of.', { optional: true })
  memberState?: string;

  @IsOptional()
  @IsIn(ORGANISATION_LANGUAGES)
  @ApiEnumField(
    ORGANISATION_LANGUAGES,
    'Language',
    'The language of `displayName`: default en; English where there is no Russian name.',
    {
      optional: true,
    },
  )
  lang?: OrganisationLanguage;
}

export class OrganisationQueryDto extends ReadQueryDto {
  @IsOptional()
  @IsIn(ORGANISATION_LANGUAGES)
  @ApiEnumField(
    ORGANISATION_LANGUAGES,
    'Language',
    'The language of `displayName`: default en; English where there is no Russian name.',
    {
      optional: true,
    },
  )
  lang?: OrganisationLanguage;
}

/* ---------- answers ---------- */

@ApiSchema({ name: 'OrganisationNamesView' })
export class OrganisationNamesViewSchema {
  @ApiProperty({ example: 'United Nations Office on Drugs and Crime' })
  en!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Null when no Russian name is recorded.',
  })
  ru!: string | null;
}

@ApiSchema({ name: 'Organisation', description: 'An organisations catalogue entry.' })
export class OrganisationSchema {
  @ApiIdField('The organisation.', 'unodc')
  organisationId!: string;
  @ApiEnumField(ORGANISATION_KINDS, 'OrganisationKind', 'What the organisation is.')
  kind!: string;
  @ApiProperty({ type: OrganisationNamesViewSchema })
  name!: OrganisationNamesViewSchema;
  @ApiProperty({
    description: 'The name in `lang`, English where there is none.',
    example: 'United Nations Office on Drugs and Crime',
  })
  displayName!: string;
  @ApiEnumField(ORGANISATION_LANGUAGES, 'Language', 'The language `displayName` is in.')
  displayLanguage!: string;
  @ApiProperty({ type: String, nullable: true, example: '40', description: 'IATI OrganisationType code.' })
  iatiOrganisationType!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'XM-DAC-41128',
    description: 'IATI organisation identifier.',
  })
  iatiRef!: string | null;
  @ApiProperty({ type: [String], example: ['UNODC'], description: 'Other spellings resolved to it.' })
  aliases!: string[];
  @ApiProperty({
    type: [String],
    nullable: true,
    example: null,
    description: 'A regional mechanism: its member States; null for any other kind.',
  })
  memberStates!: string[] | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    example: null,
    description:
      "A regional mechanism: whether member States' coordinators may report for it; null for any other kind.",
  })
  memberStatesMayReport!: boolean | null;
}

@ApiSchema({ name: 'OrganisationPage' })
export class OrganisationPageSchema {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'Rows matching the filters, all pages.',
    example: 1,
  })
  total!: number;
  @ApiProperty({ type: 'integer', minimum: 1, maximum: 500, example: 50 })
  limit!: number;
  @ApiProperty({ type: 'integer', minimum: 0, example: 0 })
  offset!: number;
  @ApiProperty({ type: [OrganisationSchema] })
  items!: OrganisationSchema[];
}
