import { type OrganisationCheck, checkOrganisations } from '../organisations/organisation-check';
import { ReadModelQuery, readModelHandler } from '../read-models/read-model.queries';

/**
 * Every free-text provider (assistance ledger) and lead agency (deliverable tracker) with the
 * organisation it resolves to through the catalogue's ids, names and aliases (`cli
 * check-organisations`). Reads the read models only: compare the checkpoint with the log's head
 * (GetLogHeadQuery) to know whether they are behind.
 */
export class CheckOrganisationsQuery extends ReadModelQuery<Record<string, never>, OrganisationCheck> {
  constructor() {
    super({});
  }
}

export const ORGANISATION_CHECK_QUERY_HANDLERS = [
  readModelHandler(CheckOrganisationsQuery, checkOrganisations),
];
