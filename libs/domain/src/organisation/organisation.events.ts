/**
 * What an organisation is, for grouping and for IATI: UN entities (UNOCT, UNODC, ...), regional
 * organisations (OSCE, EAG, ...), donors, national agencies, regional mechanisms of the Central
 * Asian States (e.g. the Counter-Terrorism Early Warning Network, docs/facts/frameworks.md 1.3).
 */
export type OrganisationKind =
  'un-entity' | 'regional-organisation' | 'donor' | 'national-agency' | 'regional-mechanism' | 'other';
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'un-entity',
  'regional-organisation',
  'donor',
  'national-agency',
  'regional-mechanism',
  'other',
];

/** IATI OrganisationType codes (docs/facts/iati.md 4.1), as the code list writes them. */
export const IATI_ORGANISATION_TYPES: readonly string[] = [
  '10',
  '11',
  '15',
  '21',
  '22',
  '23',
  '24',
  '30',
  '40',
  '60',
  '70',
  '71',
  '72',
  '73',
  '80',
  '90',
];

/**
 * An IATI organisation identifier, `{RegistrationAgency}-{RegistrationNumber}` (docs/facts/iati.md
 * 4.1): an agency code of two upper-case letters and a register (XM-DAC, XI-IATI, KZ-BIN), then the
 * number; no spaces, since identifiers are matched as they are written.
 */
export const IATI_REF_PATTERN = /^[A-Z]{2}-[A-Z0-9]+-[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Names in the languages the region works in; English is always there and is the fallback. */
export interface OrganisationNames {
  en: string;
  ru?: string;
}

/** A regional mechanism's membership: the catalogue half of regional assignments (issue #13 item 2). */
export interface MechanismMembership {
  memberStates: string[];
  /** Whether a member State's coordinator may report progress on the mechanism's assignments. */
  memberStatesMayReport: boolean;
}

export interface OrganisationRegistered {
  type: 'OrganisationRegistered';
  data: {
    organisationId: string;
    kind: OrganisationKind;
    name: OrganisationNames;
    iatiOrganisationType?: string;
    iatiRef?: string;
    /** Other spellings met in free text ("UNOCT/UNCCT"), resolved to this organisation. */
    aliases: string[];
    /** Only for a regional mechanism. */
    memberStates?: string[];
    memberStatesMayReport?: boolean;
  };
}

/**
 * Some of an organisation's details changed; only the fields present changed, each replacing the
 * previous value (the aliases as a whole list). `null` removes an IATI code or reference.
 */
export interface OrganisationUpdated {
  type: 'OrganisationUpdated';
  data: {
    organisationId: string;
    name?: OrganisationNames;
    iatiOrganisationType?: string | null;
    iatiRef?: string | null;
    aliases?: string[];
    memberStates?: string[];
    memberStatesMayReport?: boolean;
    /** Why, for the audit trail. */
    reason?: string;
  };
}

export type OrganisationEvent = OrganisationRegistered | OrganisationUpdated;

export interface OrganisationState {
  exists: boolean;
  kind?: OrganisationKind;
  name?: OrganisationNames;
  iatiOrganisationType?: string;
  iatiRef?: string;
  aliases: string[];
  memberStates?: string[];
  memberStatesMayReport?: boolean;
}

export const initialOrganisationState: OrganisationState = { exists: false, aliases: [] };

export function evolveOrganisation(state: OrganisationState, event: OrganisationEvent): OrganisationState {
  switch (event.type) {
    case 'OrganisationRegistered': {
      const { organisationId: _id, ...details } = event.data;
      return { exists: true, ...details };
    }
    case 'OrganisationUpdated': {
      const { organisationId: _id, reason: _reason, iatiOrganisationType, iatiRef, ...changed } = event.data;
      const next: OrganisationState = { ...state, ...changed };
      if (iatiOrganisationType !== undefined) next.iatiOrganisationType = iatiOrganisationType ?? undefined;
      if (iatiRef !== undefined) next.iatiRef = iatiRef ?? undefined;
      return next;
    }
  }
}
