import { OrganisationIndex, groupByOrganisation, withOrganisation } from '@ct/application';
import { type DomainEvent } from '@ct/domain';
import {
  type ReadStore,
  allOrganisations,
  getOrganisation,
  listOrganisations,
  membersOfMechanism,
} from '@ct/read-models';
import { type FixtureEvent } from './support/events';
import { projectInto } from './support/harness';
import { type DialectName, closePglite, dropTestSchemas, openReadStore } from './support/stores';

const fixture = (events: DomainEvent[]): FixtureEvent[] =>
  events.map((event, n) => ({
    stream: `organisation-${(event.data as { organisationId: string }).organisationId}`,
    event,
    n,
  }));

/** Names from docs/facts (strategy.md 3.3, frameworks.md 1.3, iati.md 4.1, organisations.md 8). */
const EVENTS: DomainEvent[] = [
  {
    type: 'OrganisationRegistered',
    data: {
      organisationId: 'unoct',
      kind: 'un-entity',
      name: { en: 'United Nations Office of Counter-Terrorism' },
      iatiOrganisationType: '40',
      aliases: ['UNOCT/UNCCT'],
    },
  },
  {
    type: 'OrganisationRegistered',
    data: {
      organisationId: 'unodc',
      kind: 'un-entity',
      name: {
        en: 'United Nations Office on Drugs and Crime',
        ru: 'Управление Организации Объединенных Наций по наркотикам и преступности',
      },
      iatiOrganisationType: '40',
      iatiRef: 'XM-DAC-41128',
      aliases: [],
    },
  },
  {
    type: 'OrganisationRegistered',
    data: {
      organisationId: 'ct-early-warning-network',
      kind: 'regional-mechanism',
      name: { en: 'Counter-Terrorism Early Warning Network for Central Asia' },
      aliases: [],
      memberStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
      memberStatesMayReport: true,
    },
  },
  {
    type: 'OrganisationUpdated',
    data: { organisationId: 'unodc', aliases: ['UNODC', 'UNODC ROCA'], reason: 'ledger spellings' },
  },
  {
    type: 'OrganisationUpdated',
    data: { organisationId: 'ct-early-warning-network', memberStates: ['KZ', 'KG', 'TJ', 'UZ'] },
  },
];

afterAll(async () => {
  await dropTestSchemas();
  await closePglite();
});

describe.each<DialectName>(['sqlite', 'postgres'])('organisations read model on %s', (dialect) => {
  let store: ReadStore;

  beforeAll(async () => {
    store = await openReadStore(dialect);
    await projectInto(store, fixture(EVENTS));
  }, 30_000);

  afterAll(() => store.close());

  test('lists the catalogue by id, each name in the language asked for, English when it has none', async () => {
    const ru = await listOrganisations(store.db, { lang: 'ru' });
    expect(ru.total).toBe(3);
    expect(ru.items.map((o) => [o.organisationId, o.displayName, o.displayLanguage])).toEqual([
      ['ct-early-warning-network', 'Counter-Terrorism Early Warning Network for Central Asia', 'en'],
      ['unoct', 'United Nations Office of Counter-Terrorism', 'en'],
      ['unodc', 'Управление Организации Объединенных Наций по наркотикам и преступности', 'ru'],
    ]);
    const en = await getOrganisation(store.db, { organisationId: 'unodc' });
    expect(en).toEqual({
      organisationId: 'unodc',
      kind: 'un-entity',
      name: {
        en: 'United Nations Office on Drugs and Crime',
        ru: 'Управление Организации Объединенных Наций по наркотикам и преступности',
      },
      displayName: 'United Nations Office on Drugs and Crime',
      displayLanguage: 'en',
      iatiOrganisationType: '40',
      iatiRef: 'XM-DAC-41128',
      aliases: ['UNODC', 'UNODC ROCA'],
      memberStates: null,
      memberStatesMayReport: null,
    });
    expect(await getOrganisation(store.db, { organisationId: 'osce' })).toBeUndefined();
  });

  test('filters by kind, by text in ids, names and aliases (any case or spacing, Cyrillic too) and by member State', async () => {
    const ids = async (params: Parameters<typeof listOrganisations>[1]) =>
      (await listOrganisations(store.db, params)).items.map((o) => o.organisationId);
    expect(await ids({ kind: 'regional-mechanism' })).toEqual(['ct-early-warning-network']);
    expect(await ids({ q: 'unoct / uncct' })).toEqual(['unoct']);
    expect(await ids({ q: 'Unodc Roca' })).toEqual(['unodc']);
    expect(await ids({ q: 'НАРКОТИКАМ' })).toEqual(['unodc']);
    expect(await ids({ q: 'united nations', kind: 'un-entity' })).toEqual(['unoct', 'unodc']);
    // LIKE wildcards typed by a user are letters.
    expect(await ids({ q: '%' })).toEqual([]);
    expect(await ids({ q: 'un_dc' })).toEqual([]);
    expect(await ids({ memberState: 'TJ' })).toEqual(['ct-early-warning-network']);
    expect(await ids({ memberState: 'TM' })).toEqual([]);
    expect(await ids({ limit: 1, offset: 1 })).toEqual(['unoct']);
  });

  test('answers the members of a mechanism, as last updated, and whether they may report', async () => {
    expect(await membersOfMechanism(store.db, 'ct-early-warning-network')).toEqual(['KG', 'KZ', 'TJ', 'UZ']);
    const network = await getOrganisation(store.db, { organisationId: 'ct-early-warning-network' });
    expect(network?.memberStates).toEqual(['KZ', 'KG', 'TJ', 'UZ']);
    expect(network?.memberStatesMayReport).toBe(true);
    expect(await membersOfMechanism(store.db, 'unodc')).toEqual([]);
  });

  test('the resolver maps free text to organisations through ids, names and aliases, and joins rows without SQL', async () => {
    const index = OrganisationIndex.of(await allOrganisations(store.db));
    expect(index.resolve('UNOCT/UNCCT')).toEqual({
      status: 'resolved',
      organisationId: 'unoct',
      matchedBy: 'alias',
    });
    expect(index.resolve(' unoct ')).toEqual({
      status: 'resolved',
      organisationId: 'unoct',
      matchedBy: 'id',
    });
    expect(index.resolve('united nations office on drugs and crime')).toEqual({
      status: 'resolved',
      organisationId: 'unodc',
      matchedBy: 'name',
    });
    expect(index.resolve('UNOCT/UNCCT and UNRCCA')).toEqual({ status: 'unresolved' });
    const rows = [{ provider: 'UNODC ROCA' }, { provider: 'EU' }];
    expect(withOrganisation(rows, (r) => r.provider, index, 'ru')).toEqual([
      {
        provider: 'UNODC ROCA',
        organisation: {
          organisationId: 'unodc',
          displayName: 'Управление Организации Объединенных Наций по наркотикам и преступности',
        },
      },
      { provider: 'EU', organisation: null },
    ]);
  });
});

test('an alias two organisations share resolves to neither, and an id beats another organisation alias', () => {
  const view = (organisationId: string, aliases: string[]) => ({
    organisationId,
    kind: 'un-entity',
    name: { en: organisationId.toUpperCase(), ru: null },
    displayName: organisationId.toUpperCase(),
    displayLanguage: 'en' as const,
    iatiOrganisationType: null,
    iatiRef: null,
    aliases,
    memberStates: null,
    memberStatesMayReport: null,
  });
  const index = OrganisationIndex.of([view('unoct', ['UNCCT', 'UN CT']), view('uncct', ['UN CT'])]);
  expect(index.resolve('un ct')).toEqual({
    status: 'ambiguous',
    matchedBy: 'alias',
    candidates: ['uncct', 'unoct'],
  });
  expect(index.resolve('UNCCT')).toEqual({ status: 'resolved', organisationId: 'uncct', matchedBy: 'id' });
});

test('groups rows by the organisation their spelling resolves to, unresolved spellings apart', () => {
  const view = (organisationId: string, aliases: string[]) => ({
    organisationId,
    kind: 'un-entity',
    name: { en: organisationId.toUpperCase(), ru: null },
    displayName: organisationId.toUpperCase(),
    displayLanguage: 'en' as const,
    iatiOrganisationType: null,
    iatiRef: null,
    aliases,
    memberStates: null,
    memberStatesMayReport: null,
  });
  const index = OrganisationIndex.of([view('unoct', ['UNOCT/UNCCT'])]);
  const rows = [
    { provider: 'UNOCT/UNCCT', n: 1 },
    { provider: 'EU', n: 2 },
    { provider: 'unoct', n: 3 },
    { provider: 'UNOCT / UNCCT', n: 4 },
  ];
  expect(groupByOrganisation(rows, (r) => r.provider, index)).toEqual([
    {
      key: 'unoct',
      organisation: { organisationId: 'unoct', displayName: 'UNOCT' },
      values: ['UNOCT/UNCCT', 'unoct', 'UNOCT / UNCCT'],
      rows: [rows[0], rows[2], rows[3]],
    },
    { key: 'EU', organisation: null, values: ['EU'], rows: [rows[1]] },
  ]);
});
