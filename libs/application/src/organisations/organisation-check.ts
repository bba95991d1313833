import { type Database, allOrganisations, freeTextOrganisationValues } from '@ct/read-models';
import { type Kysely } from 'kysely';
import { type MatchedBy, OrganisationIndex } from './organisation-resolver';

export interface CheckedValue {
  value: string;
  field: 'provider' | 'leadAgency';
  occurrences: number;
}

export interface OrganisationCheck {
  organisations: number;
  resolved: (CheckedValue & { organisationId: string; matchedBy: MatchedBy })[];
  /** Names or aliases of several organisations: fix the catalogue so that each names one. */
  ambiguous: (CheckedValue & { candidates: string[] })[];
  /** No id, name or alias matches: add an alias, or register the organisation. */
  unresolved: CheckedValue[];
}

/**
 * Every free-text provider (assistance ledger) and lead agency (deliverable tracker) in the read
 * models, resolved against the organisations catalogue: what `npm run cli -- check-organisations`
 * prints.
 */
export async function checkOrganisations(db: Kysely<Database>): Promise<OrganisationCheck> {
  const [organisations, values] = await Promise.all([allOrganisations(db), freeTextOrganisationValues(db)]);
  const index = OrganisationIndex.of(organisations);
  const check: OrganisationCheck = {
    organisations: organisations.length,
    resolved: [],
    ambiguous: [],
    unresolved: [],
  };
  for (const value of values) {
    const resolution = index.resolve(value.value);
    if (resolution.status === 'resolved')
      check.resolved.push({
        ...value,
        organisationId: resolution.organisationId,
        matchedBy: resolution.matchedBy,
      });
    else if (resolution.status === 'ambiguous')
      check.ambiguous.push({ ...value, candidates: resolution.candidates });
    else check.unresolved.push(value);
  }
  return check;
}
