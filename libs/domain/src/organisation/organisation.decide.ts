import { type CommandClock, type Decider, commandData } from '../kernel/decider';
import { AggregateNotFound, DomainRuleViolation, RuleCheck } from '../kernel/errors';
import { checkStates, checkText } from '../kernel/rules';
import { organisationKey } from './organisation-names';
import {
  IATI_ORGANISATION_TYPES,
  IATI_REF_PATTERN,
  ORGANISATION_KINDS,
  type OrganisationEvent,
  type OrganisationKind,
  type OrganisationNames,
  type OrganisationState,
  type OrganisationUpdated,
  evolveOrganisation,
  initialOrganisationState,
} from './organisation.events';

export interface RegisterOrganisation extends CommandClock {
  type: 'RegisterOrganisation';
  organisationId: string;
  kind: OrganisationKind;
  name: OrganisationNames;
  iatiOrganisationType?: string;
  iatiRef?: string;
  aliases?: string[];
  memberStates?: string[];
  memberStatesMayReport?: boolean;
}

/** Changes the fields it carries; the kind stays what it was registered as (a new kind is a new entry). */
export interface UpdateOrganisation extends CommandClock {
  type: 'UpdateOrganisation';
  organisationId: string;
  name?: OrganisationNames;
  iatiOrganisationType?: string | null;
  iatiRef?: string | null;
  aliases?: string[];
  memberStates?: string[];
  memberStatesMayReport?: boolean;
  reason?: string;
}

export type OrganisationCommand = RegisterOrganisation | UpdateOrganisation;

function checkNames(check: RuleCheck, name: OrganisationNames): void {
  checkText(check, name.en, 'name.en');
  if (name.ru !== undefined) checkText(check, name.ru, 'name.ru');
}

function checkIati(check: RuleCheck, type: string | null | undefined, ref: string | null | undefined): void {
  if (typeof type === 'string')
    check.require(
      IATI_ORGANISATION_TYPES.includes(type),
      'unknown-iati-organisation-type',
      `${type} is not an IATI OrganisationType code`,
      'iatiOrganisationType',
    );
  if (typeof ref === 'string')
    check.require(
      IATI_REF_PATTERN.test(ref),
      'invalid-iati-ref',
      'iatiRef must be {RegistrationAgency}-{RegistrationNumber}, e.g. XM-DAC-41128',
      'iatiRef',
    );
}

/**
 * Aliases must be text, and differ from each other once case and spacing are ignored (the resolver
 * compares them that way, so two such spellings would be one alias twice).
 */
function checkAliases(check: RuleCheck, aliases: readonly string[]): void {
  const seen = new Set<string>();
  aliases.forEach((alias, i) => {
    checkText(check, alias, `aliases[${i}]`);
    const key = organisationKey(alias);
    check.require(
      key.length === 0 || !seen.has(key),
      'duplicate-alias',
      `'${alias}' repeats an earlier alias (case and spacing are ignored)`,
      `aliases[${i}]`,
    );
    seen.add(key);
  });
}

/** Membership is what makes a regional mechanism: required for one, refused for any other kind. */
function checkMembership(
  check: RuleCheck,
  kind: OrganisationKind | undefined,
  memberStates: readonly string[] | undefined,
  memberStatesMayReport: boolean | undefined,
  required: boolean,
): void {
  if (kind === 'regional-mechanism') {
    if (required || memberStates !== undefined) checkStates(check, memberStates ?? [], 'memberStates');
    check.require(
      !required || memberStatesMayReport !== undefined,
      'missing-reporting-rule',
      'a regional mechanism says whether its member States may report for it (memberStatesMayReport)',
      'memberStatesMayReport',
    );
    return;
  }
  check.require(
    memberStates === undefined,
    'not-a-mechanism',
    'only a regional mechanism has member States',
    'memberStates',
  );
  check.require(
    memberStatesMayReport === undefined,
    'not-a-mechanism',
    'only a regional mechanism says whether its member States may report',
    'memberStatesMayReport',
  );
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameNames = (a: OrganisationNames | undefined, b: OrganisationNames) =>
  a !== undefined && a.en === b.en && a.ru === b.ru;

/** The fields of an update that change something; an update that changes nothing records nothing. */
function changesOf(command: UpdateOrganisation, state: OrganisationState): OrganisationUpdated['data'] {
  const data: OrganisationUpdated['data'] = { organisationId: command.organisationId };
  if (command.name !== undefined && !sameNames(state.name, command.name)) data.name = command.name;
  if (
    command.iatiOrganisationType !== undefined &&
    (command.iatiOrganisationType ?? undefined) !== state.iatiOrganisationType
  )
    data.iatiOrganisationType = command.iatiOrganisationType;
  if (command.iatiRef !== undefined && (command.iatiRef ?? undefined) !== state.iatiRef)
    data.iatiRef = command.iatiRef;
  if (command.aliases !== undefined && !sameList(command.aliases, state.aliases))
    data.aliases = command.aliases;
  if (command.memberStates !== undefined && !sameList(command.memberStates, state.memberStates))
    data.memberStates = command.memberStates;
  if (
    command.memberStatesMayReport !== undefined &&
    command.memberStatesMayReport !== state.memberStatesMayReport
  )
    data.memberStatesMayReport = command.memberStatesMayReport;
  return data;
}

export function decideOrganisation(
  command: OrganisationCommand,
  state: OrganisationState,
): OrganisationEvent[] {
  const check = new RuleCheck();
  switch (command.type) {
    case 'RegisterOrganisation': {
      if (state.exists)
        throw new DomainRuleViolation(
          'organisation-exists',
          `organisation '${command.organisationId}' is already registered`,
          'id',
        );
      check.require(
        ORGANISATION_KINDS.includes(command.kind),
        'unknown-kind',
        `unknown kind ${command.kind}`,
        'kind',
      );
      checkNames(check, command.name);
      checkIati(check, command.iatiOrganisationType, command.iatiRef);
      checkAliases(check, command.aliases ?? []);
      checkMembership(check, command.kind, command.memberStates, command.memberStatesMayReport, true);
      check.throwIfAny();
      const { aliases, ...data } = commandData(command);
      return [{ type: 'OrganisationRegistered', data: { ...data, aliases: aliases ?? [] } }];
    }
    case 'UpdateOrganisation': {
      if (!state.exists) throw new AggregateNotFound('organisation', command.organisationId);
      if (command.name !== undefined) checkNames(check, command.name);
      checkIati(check, command.iatiOrganisationType, command.iatiRef);
      if (command.aliases !== undefined) checkAliases(check, command.aliases);
      checkMembership(check, state.kind, command.memberStates, command.memberStatesMayReport, false);
      if (command.reason !== undefined) checkText(check, command.reason, 'reason');
      check.throwIfAny();
      const changes = changesOf(command, state);
      if (Object.keys(changes).length === 1)
        throw new DomainRuleViolation(
          'nothing-to-update',
          'the update changes nothing: every field given already has that value',
        );
      return [
        {
          type: 'OrganisationUpdated',
          data: command.reason === undefined ? changes : { ...changes, reason: command.reason },
        },
      ];
    }
  }
}

export const organisationDecider: Decider<OrganisationCommand, OrganisationEvent, OrganisationState> = {
  initialState: initialOrganisationState,
  evolve: evolveOrganisation,
  decide: decideOrganisation,
};
