import {
  AggregateNotFound,
  DomainRuleViolation,
  type OrganisationRegistered,
  type RegisterOrganisation,
  type UpdateOrganisation,
  organisationDecider,
  organisationKey,
} from '@ct/domain';
import { given } from '@ct/testing';

const NOW = '2024-06-01T09:30:00.000Z';

/** UNODC: a UN entity, IATI type 40 Multilateral, CRS channel 41128 (docs/facts/iati.md 4.1). */
const registerUnodc = (overrides: Partial<RegisterOrganisation> = {}): RegisterOrganisation => ({
  type: 'RegisterOrganisation',
  now: NOW,
  organisationId: 'unodc',
  kind: 'un-entity',
  name: { en: 'United Nations Office on Drugs and Crime' },
  iatiOrganisationType: '40',
  iatiRef: 'XM-DAC-41128',
  aliases: ['UNODC'],
  ...overrides,
});

const unodcRegistered: OrganisationRegistered = {
  type: 'OrganisationRegistered',
  data: {
    organisationId: 'unodc',
    kind: 'un-entity',
    name: { en: 'United Nations Office on Drugs and Crime' },
    iatiOrganisationType: '40',
    iatiRef: 'XM-DAC-41128',
    aliases: ['UNODC'],
  },
};

/** The Counter-Terrorism Early Warning Network for Central Asia (docs/facts/frameworks.md 1.3). */
const registerEarlyWarningNetwork = (
  overrides: Partial<RegisterOrganisation> = {},
): RegisterOrganisation => ({
  type: 'RegisterOrganisation',
  now: NOW,
  organisationId: 'ct-early-warning-network',
  kind: 'regional-mechanism',
  name: { en: 'Counter-Terrorism Early Warning Network for Central Asia' },
  memberStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  memberStatesMayReport: true,
  ...overrides,
});

const networkRegistered: OrganisationRegistered = {
  type: 'OrganisationRegistered',
  data: {
    organisationId: 'ct-early-warning-network',
    kind: 'regional-mechanism',
    name: { en: 'Counter-Terrorism Early Warning Network for Central Asia' },
    memberStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
    memberStatesMayReport: true,
    aliases: [],
  },
};

const update = (overrides: Partial<UpdateOrganisation>): UpdateOrganisation => ({
  type: 'UpdateOrganisation',
  now: NOW,
  organisationId: 'unodc',
  ...overrides,
});

describe('organisation decider', () => {
  describe('organisationKey', () => {
    it('ignores case and every kind of spacing, and nothing else', () => {
      expect(organisationKey('UNOCT / UNCCT')).toBe(organisationKey('unoct/uncct'));
      expect(organisationKey(' UN\u00a0Women\t')).toBe('unwomen');
      expect(organisationKey('Ｕ Ｎ ＯＤＣ')).toBe('unodc');
      expect(organisationKey('UNOCT/UNCCT and UNRCCA')).not.toBe(organisationKey('UNOCT/UNCCT'));
    });
  });

  describe('RegisterOrganisation', () => {
    it('records the organisation with the command data, without its type or clock', () => {
      given(organisationDecider).when(registerUnodc()).then([unodcRegistered]);
    });

    it('records a regional mechanism with its member States and whether they may report for it', () => {
      given(organisationDecider).when(registerEarlyWarningNetwork()).then([networkRegistered]);
    });

    it('records no aliases as an empty list and keeps a Russian name', () => {
      given(organisationDecider)
        .when(
          registerUnodc({
            aliases: undefined,
            name: { en: 'United Nations Office on Drugs and Crime', ru: 'УНП ООН' },
          }),
        )
        .then([
          {
            type: 'OrganisationRegistered',
            data: {
              ...unodcRegistered.data,
              name: { en: 'United Nations Office on Drugs and Crime', ru: 'УНП ООН' },
              aliases: [],
            },
          },
        ]);
    });

    it('rejects an organisation that is already registered', () => {
      given(organisationDecider, [unodcRegistered])
        .when(registerUnodc())
        .thenThrows(DomainRuleViolation, { rule: 'organisation-exists', field: 'id' });
    });

    it('rejects an unknown kind, blank names, an unknown IATI type and a malformed IATI reference at once', () => {
      given(organisationDecider)
        .when(
          registerUnodc({
            kind: 'agency' as never,
            name: { en: ' ', ru: '' },
            iatiOrganisationType: '41',
            iatiRef: 'XM DAC 41128',
          }),
        )
        .thenViolates([
          { rule: 'unknown-kind', field: 'kind' },
          { rule: 'empty-text', field: 'name.en' },
          { rule: 'empty-text', field: 'name.ru' },
          { rule: 'unknown-iati-organisation-type', field: 'iatiOrganisationType' },
          { rule: 'invalid-iati-ref', field: 'iatiRef' },
        ]);
    });

    it('rejects aliases that are blank or repeat one another once case and spacing are ignored', () => {
      given(organisationDecider)
        .when(registerUnodc({ aliases: ['UNOCT/UNCCT', 'unoct / uncct', ''] }))
        .thenViolates([
          { rule: 'duplicate-alias', field: 'aliases[1]' },
          { rule: 'empty-text', field: 'aliases[2]' },
        ]);
    });

    it('requires a mechanism to list valid member States and say whether they may report', () => {
      given(organisationDecider)
        .when(registerEarlyWarningNetwork({ memberStates: undefined, memberStatesMayReport: undefined }))
        .thenViolates([
          { rule: 'no-states', field: 'memberStates' },
          { rule: 'missing-reporting-rule', field: 'memberStatesMayReport' },
        ]);
      given(organisationDecider)
        .when(registerEarlyWarningNetwork({ memberStates: ['KZ', 'KAZ', 'KZ'] }))
        .thenViolates([
          { rule: 'unknown-state', field: 'memberStates[1]' },
          { rule: 'duplicate-state', field: 'memberStates' },
        ]);
    });

    it('refuses member States for anything but a regional mechanism', () => {
      given(organisationDecider)
        .when(registerUnodc({ memberStates: ['TJ'], memberStatesMayReport: false }))
        .thenViolates([
          { rule: 'not-a-mechanism', field: 'memberStates' },
          { rule: 'not-a-mechanism', field: 'memberStatesMayReport' },
        ]);
    });
  });

  describe('UpdateOrganisation', () => {
    it('records only the fields that change, with the reason', () => {
      given(organisationDecider, [unodcRegistered])
        .when(
          update({
            name: { en: 'United Nations Office on Drugs and Crime' },
            aliases: ['UNODC', 'UNODC ROCA'],
            reason: 'spelling used in the 2022 ledger',
          }),
        )
        .then([
          {
            type: 'OrganisationUpdated',
            data: {
              organisationId: 'unodc',
              aliases: ['UNODC', 'UNODC ROCA'],
              reason: 'spelling used in the 2022 ledger',
            },
          },
        ]);
    });

    it('removes an IATI reference with null, and the folded state no longer has it', () => {
      const removed = {
        type: 'OrganisationUpdated' as const,
        data: { organisationId: 'unodc', iatiRef: null },
      };
      given(organisationDecider, [unodcRegistered])
        .when(update({ iatiRef: null }))
        .then([removed]);
      // Removing it again changes nothing.
      given(organisationDecider, [unodcRegistered, removed])
        .when(update({ iatiRef: null }))
        .thenThrows(DomainRuleViolation, 'nothing-to-update');
    });

    it('changes the membership and reporting rule of a mechanism', () => {
      given(organisationDecider, [networkRegistered])
        .when(
          update({
            organisationId: 'ct-early-warning-network',
            memberStates: ['KZ', 'KG', 'TJ', 'UZ'],
            memberStatesMayReport: false,
          }),
        )
        .then([
          {
            type: 'OrganisationUpdated',
            data: {
              organisationId: 'ct-early-warning-network',
              memberStates: ['KZ', 'KG', 'TJ', 'UZ'],
              memberStatesMayReport: false,
            },
          },
        ]);
    });

    it('rejects an update that changes nothing', () => {
      given(organisationDecider, [unodcRegistered])
        .when(update({ aliases: ['UNODC'], iatiOrganisationType: '40' }))
        .thenThrows(DomainRuleViolation, 'nothing-to-update');
      given(organisationDecider, [unodcRegistered])
        .when(update({}))
        .thenThrows(DomainRuleViolation, 'nothing-to-update');
    });

    it('rejects an organisation that was never registered', () => {
      given(organisationDecider)
        .when(update({ aliases: ['UNODC'] }))
        .thenThrows(AggregateNotFound, { aggregate: 'organisation', id: 'unodc' });
    });

    it('checks what it changes, every rule at once', () => {
      given(organisationDecider, [unodcRegistered])
        .when(
          update({
            name: { en: '' },
            iatiOrganisationType: '99',
            aliases: ['UNODC', 'unodc'],
            memberStates: ['TJ'],
            reason: ' ',
          }),
        )
        .thenViolates([
          { rule: 'empty-text', field: 'name.en' },
          { rule: 'unknown-iati-organisation-type', field: 'iatiOrganisationType' },
          { rule: 'duplicate-alias', field: 'aliases[1]' },
          { rule: 'not-a-mechanism', field: 'memberStates' },
          { rule: 'empty-text', field: 'reason' },
        ]);
    });

    it('rejects an empty membership for a mechanism', () => {
      given(organisationDecider, [networkRegistered])
        .when(update({ organisationId: 'ct-early-warning-network', memberStates: [] }))
        .thenViolates([{ rule: 'no-states', field: 'memberStates' }]);
    });
  });
});
