import {
  type ListOrganisationsParams,
  type OrganisationLanguage,
  type OrganisationView,
  type Page,
  getOrganisation,
  listOrganisations,
} from '@ct/read-models';
import { AggregateNotFound } from '@ct/domain';
import { type Database } from '@ct/read-models';
import { type Kysely } from 'kysely';
import { ReadModelQuery, readModelHandler } from '../read-models/read-model.queries';

export class ListOrganisationsQuery extends ReadModelQuery<ListOrganisationsParams, Page<OrganisationView>> {}
export class GetOrganisationQuery extends ReadModelQuery<
  { organisationId: string; lang?: OrganisationLanguage },
  OrganisationView
> {}

async function organisation(
  db: Kysely<Database>,
  params: { organisationId: string; lang?: OrganisationLanguage },
): Promise<OrganisationView> {
  const found = await getOrganisation(db, params);
  if (!found) throw new AggregateNotFound('organisation', params.organisationId);
  return found;
}

export const ORGANISATION_QUERY_HANDLERS = [
  readModelHandler(ListOrganisationsQuery, listOrganisations),
  readModelHandler(GetOrganisationQuery, organisation),
];
