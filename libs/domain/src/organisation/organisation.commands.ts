import { type AggregateDefinition } from '../kernel/command-table';
import { CATEGORIES } from '../events';
import { type OrganisationCommand, organisationDecider } from './organisation.decide';
import { type OrganisationEvent, type OrganisationState } from './organisation.events';

/**
 * The organisations catalogue: one stream per organisation. Programme administrators keep it; no
 * command acts for a State (a mechanism's members are data, not the caller's scope).
 */
export const organisationAggregate: AggregateDefinition<
  OrganisationCommand,
  OrganisationEvent,
  OrganisationState,
  undefined
> = {
  category: CATEGORIES.organisation,
  decider: organisationDecider,
  noContext: undefined,
  commands: {
    RegisterOrganisation: { streamId: (c) => c.organisationId },
    UpdateOrganisation: { streamId: (c) => c.organisationId },
  },
};
