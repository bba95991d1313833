import { CATALOGUE_LANGUAGES, type CatalogueLanguage } from '@ct/application';
import { applyDecorators } from '@nestjs/common';
import { IsIn, IsOptional } from 'class-validator';
import { ApiEnumField } from './api-fields';

export { CATALOGUE_LANGUAGES, type CatalogueLanguage };

/**
 * The optional `lang` query parameter of the catalogue and report routes: `en` (default) or `ru`.
 * Names recorded only in English are shown in English whatever is asked (the fallback).
 */
export const LangQueryField = (description: string): PropertyDecorator =>
  applyDecorators(
    IsOptional(),
    IsIn(CATALOGUE_LANGUAGES),
    ApiEnumField(
      CATALOGUE_LANGUAGES,
      'Language',
      `${description} Default en; English where a name has no Russian form.`,
      {
        optional: true,
      },
    ),
  );
