import { type ApiHarness, EVENT_STORE_TARGETS, type TokenRequest, startApi } from '../support/api-harness';

const admin: TokenRequest = { sub: 'programme.admin', roles: ['programme-admin'] };
const coordinatorTj: TokenRequest = { sub: 'coordinator.tj', roles: ['coordinator'], states: ['TJ'] };

/** UNODC: IATI type 40 Multilateral, CRS channel 41128 (docs/facts/iati.md 4.1). */
const unodc = {
  id: 'unodc',
  kind: 'un-entity',
  name: { en: 'United Nations Office on Drugs and Crime' },
  iatiOrganisationType: '40',
  iatiRef: 'XM-DAC-41128',
  aliases: ['UNODC'],
};

/** The Counter-Terrorism Early Warning Network for Central Asia (docs/facts/frameworks.md 1.3). */
const earlyWarningNetwork = {
  id: 'ct-early-warning-network',
  kind: 'regional-mechanism',
  name: { en: 'Counter-Terrorism Early Warning Network for Central Asia' },
  memberStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
  memberStatesMayReport: true,
};

describe.each(EVENT_STORE_TARGETS)('Organisations catalogue over HTTP (%s event store)', (eventStore) => {
  let api: ApiHarness;
  let asAdmin: Record<string, string>;

  beforeAll(async () => {
    api = await startApi({}, {}, { eventStore });
    asAdmin = api.authAs(admin);
  });
  afterAll(() => api.close());

  it('registers an organisation and reads it back from the catalogue', async () => {
    const registered = await api.http().post('/organisations').set(asAdmin).send(unodc).expect(201);
    expect(registered.headers['location']).toBe('/organisations/unodc');
    expect(registered.body).toMatchObject({
      streamName: 'organisation-unodc',
      revision: '0',
      replayed: false,
    });
    const read = await api
      .http()
      .get(`/organisations/unodc?minPosition=${registered.body.position}`)
      .set(api.authAs(coordinatorTj))
      .expect(200);
    expect(read.headers['x-read-model-position']).toMatch(/^\d+$/);
    expect(read.body).toEqual({
      organisationId: 'unodc',
      kind: 'un-entity',
      name: { en: 'United Nations Office on Drugs and Crime', ru: null },
      displayName: 'United Nations Office on Drugs and Crime',
      displayLanguage: 'en',
      iatiOrganisationType: '40',
      iatiRef: 'XM-DAC-41128',
      aliases: ['UNODC'],
      memberStates: null,
      memberStatesMayReport: null,
    });
    const [event] = (await api.allEvents()).filter((e) => e.streamName === 'organisation-unodc');
    expect(event).toMatchObject({
      type: 'OrganisationRegistered',
      data: {
        organisationId: 'unodc',
        kind: 'un-entity',
        name: { en: 'United Nations Office on Drugs and Crime' },
        aliases: ['UNODC'],
      },
      metadata: { actor: 'programme.admin', command: 'RegisterOrganisation' },
    });
    expect(event?.data).not.toHaveProperty('actingAs');
  });

  it('updates names and aliases, and lists in Russian with English as fallback', async () => {
    await api.http().post('/organisations').set(asAdmin).send(earlyWarningNetwork).expect(201);
    const updated = await api
      .http()
      .post('/organisations/unodc/updates')
      .set(asAdmin)
      .send({
        name: {
          en: 'United Nations Office on Drugs and Crime',
          ru: 'Управление Организации Объединенных Наций по наркотикам и преступности',
        },
        aliases: ['UNODC', 'UNODC ROCA'],
        reason: 'spelling used in the 2022 ledger',
      })
      .expect(201);
    expect(updated.body).toMatchObject({ streamName: 'organisation-unodc', revision: '1' });

    const ru = await api
      .http()
      .get(`/organisations?lang=ru&minPosition=${updated.body.position}`)
      .set(asAdmin)
      .expect(200);
    expect(ru.body.total).toBe(2);
    expect(
      ru.body.items.map((o: { displayName: string; displayLanguage: string }) => [
        o.displayName,
        o.displayLanguage,
      ]),
    ).toEqual([
      ['Counter-Terrorism Early Warning Network for Central Asia', 'en'],
      ['Управление Организации Объединенных Наций по наркотикам и преступности', 'ru'],
    ]);
    const en = await api.http().get('/organisations?lang=en&q=unodc%20roca').set(asAdmin).expect(200);
    expect(en.body.items).toEqual([
      expect.objectContaining({
        organisationId: 'unodc',
        displayName: 'United Nations Office on Drugs and Crime',
        aliases: ['UNODC', 'UNODC ROCA'],
      }),
    ]);
    const mechanisms = await api
      .http()
      .get('/organisations?kind=regional-mechanism&memberState=TJ')
      .set(asAdmin)
      .expect(200);
    expect(mechanisms.body.items).toEqual([
      expect.objectContaining({
        organisationId: 'ct-early-warning-network',
        memberStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
        memberStatesMayReport: true,
      }),
    ]);
  });

  it('refuses bad input with 400 naming every field, and writes nothing', async () => {
    const before = await api.allEvents();
    const response = await api
      .http()
      .post('/organisations')
      .set(asAdmin)
      .send({
        id: 'X',
        kind: 'agency',
        name: { en: '' },
        iatiOrganisationType: '41',
        iatiRef: 'not a ref',
        aliases: [''],
        memberStates: ['XX'],
        memberStatesMayReport: 'yes',
      })
      .expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect((response.body.errors as { field: string }[]).map((e) => e.field)).toEqual([
      'id',
      'kind',
      'name.en',
      'iatiOrganisationType',
      'iatiRef',
      'aliases',
      'memberStates',
      'memberStatesMayReport',
    ]);
    await api
      .http()
      .post('/organisations/unodc/updates')
      .set(asAdmin)
      .send({ iatiRef: 'XM DAC' })
      .expect(400);
    expect(await api.allEvents()).toEqual(before);
  });

  it('refuses a broken domain rule with 422 and its rule, and writes nothing', async () => {
    const before = await api.allEvents();
    const duplicate = await api.http().post('/organisations').set(asAdmin).send(unodc).expect(422);
    expect(duplicate.body.errors).toEqual([expect.objectContaining({ rule: 'organisation-exists' })]);
    const notMechanism = await api
      .http()
      .post('/organisations/unodc/updates')
      .set(asAdmin)
      .send({ memberStates: ['TJ'], aliases: ['UNODC', 'unodc'] })
      .expect(422);
    expect(notMechanism.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'memberStates', rule: 'not-a-mechanism' }),
        expect.objectContaining({ field: 'aliases[1]', rule: 'duplicate-alias' }),
      ]),
    );
    const unchanged = await api
      .http()
      .post('/organisations/unodc/updates')
      .set(asAdmin)
      .send({ aliases: ['UNODC', 'UNODC ROCA'] })
      .expect(422);
    expect(unchanged.body.errors).toEqual([expect.objectContaining({ rule: 'nothing-to-update' })]);
    const mechanismWithoutRule = await api
      .http()
      .post('/organisations')
      .set(asAdmin)
      .send({ ...earlyWarningNetwork, id: 'regional-expert-council', memberStatesMayReport: undefined })
      .expect(422);
    expect(mechanismWithoutRule.body.errors).toEqual([
      expect.objectContaining({ field: 'memberStatesMayReport', rule: 'missing-reporting-rule' }),
    ]);
    expect(await api.allEvents()).toEqual(before);
  });

  it('answers 404 for an unknown organisation, to read or to update, and writes nothing', async () => {
    const before = await api.allEvents();
    await api.http().get('/organisations/osce').set(asAdmin).expect(404);
    await api
      .http()
      .post('/organisations/osce/updates')
      .set(asAdmin)
      .send({ aliases: ['OSCE'] })
      .expect(404);
    expect(await api.allEvents()).toEqual(before);
  });

  it('lets only programme administrators write the catalogue (403, nothing written), every role read it', async () => {
    const before = await api.allEvents();
    for (const roles of [['coordinator'], ['auditor'], ['reporter']] as const) {
      const caller = api.authAs({ sub: `someone.${roles[0]}`, roles: [...roles], states: ['TJ'] });
      await api
        .http()
        .post('/organisations')
        .set(caller)
        .send({ ...unodc, id: 'unodc-2' })
        .expect(403);
      await api.http().post('/organisations/unodc/updates').set(caller).send({ aliases: [] }).expect(403);
      await api.http().get('/organisations').set(caller).expect(200);
    }
    await api.http().get('/organisations').expect(401);
    expect(await api.allEvents()).toEqual(before);
  });
});
