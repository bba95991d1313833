// Moved to @ct/read-models (reports, below the application, resolve providers with it too); kept
// here so the application's imports and exports stay as they are.
export {
  type MatchedBy,
  type OrganisationGroup,
  OrganisationIndex,
  type OrganisationRef,
  type Resolution,
  groupByOrganisation,
  withOrganisation,
} from '@ct/read-models';
