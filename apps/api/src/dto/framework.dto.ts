import { FRAMEWORK_KINDS, type FrameworkKind } from '@ct/domain';
import { DateField, EnumField, IdField, StateListField, TextField } from './fields';

export class AdoptDeclarationDto {
  /** Identity of the framework; include the year where names repeat (`dushanbe-declaration-2019`). */
  @IdField('Identity of the framework; include the year where names repeat.', 'dushanbe-declaration-2019')
  id!: string;

  @EnumField(
    FRAMEWORK_KINDS,
    'FrameworkKind',
    'Declaration, plan of action, resolution (e.g. Security Council resolution 2462 (2019)) or national strategy (exactly one adopting State).',
  )
  kind!: FrameworkKind;

  @TextField('Title as published.', 'Dushanbe Declaration')
  title!: string;

  /** The title in Russian where a source gives it; reports and `lang=ru` fall back to `title` without it. */
  @TextField(
    'The title in Russian, where a source gives it; shown with lang=ru (English `title` otherwise).',
    'Душанбинская декларация',
    { optional: true },
  )
  titleRu?: string;

  /** Day of adoption, YYYY-MM-DD. */
  @DateField('Day of adoption.', '2019-05-17')
  adoptedOn!: string;

  @TextField('Where it was adopted.', 'Dushanbe')
  place!: string;

  /** ISO 3166-1 alpha-2 codes of the adopting States. */
  @StateListField('The adopting States (1-250, no repeats).')
  adoptingStates!: string[];

  /** Where the text is published: a UN document symbol or a URL. */
  @TextField('Where the text is published: a UN document symbol or a URL.', 'A/73/892', {
    optional: true,
    allowEmpty: true,
  })
  sourceReference?: string;
}

export class ReviseFrameworkDto {
  @DateField('Day of the revision.', '2022-03-03')
  revisedOn!: string;

  @TextField('What changed.', 'Updated Joint Plan of Action adopted in Tashkent')
  summary!: string;

  @TextField('Where it was revised.', 'Tashkent', { optional: true, allowEmpty: true })
  place?: string;

  @StateListField('The adopting States after the revision (1-250, no repeats).', { optional: true })
  adoptingStates?: string[];

  @TextField('Where the revised text is published.', 'A/76/PV.57', { optional: true, allowEmpty: true })
  sourceReference?: string;
}
