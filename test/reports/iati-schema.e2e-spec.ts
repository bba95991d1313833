import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { type ApiHarness, type TokenRequest, startApi } from '../support/api-harness';

/**
 * The IATI export checked by a real XSD validator (libxml2's, as xmllint-wasm), against the
 * official IATI 2.03 activity schema committed in test/fixtures/iati (see its README for the
 * source). Percentages summing to 100 are not an XSD rule, so they are checked here as well.
 */
const IATI = join(__dirname, '..', 'fixtures', 'iati');
const schemaFile = (fileName: string) => ({ fileName, contents: readFileSync(join(IATI, fileName), 'utf8') });

async function validate(xml: string) {
  return validateXML({
    xml: [{ fileName: 'assistance.iati.xml', contents: xml }],
    schema: [schemaFile('iati-activities-schema.xsd')],
    preload: [schemaFile('iati-common.xsd'), schemaFile('xml.xsd')],
  });
}

const admin: TokenRequest = { sub: 'programme.admin', roles: ['programme-admin'] };
const base = { pillar: 'II', kind: 'training', periodStart: '2024-01-15' };
/** Every shape a record can take: one State, shares, a region split wholly or partly, a region alone. */
const records = [
  { id: 'osce-tj-2024', provider: 'OSCE', recipientState: 'TJ', amount: { value: 1234.5, currency: 'USD' } },
  {
    id: 'eu-three-2024',
    provider: 'EU',
    recipients: {
      states: [
        { stateCode: 'KZ', percentage: 33.33 },
        { stateCode: 'KG', percentage: 33.33 },
        { stateCode: 'UZ', percentage: 33.34 },
      ],
    },
    amount: { value: 10, currency: 'EUR' },
  },
  {
    id: 'unodc-ca-split-2024',
    provider: 'UNODC',
    recipients: {
      states: [
        { stateCode: 'KZ', percentage: 40 },
        { stateCode: 'KG', percentage: 30 },
        { stateCode: 'TJ', percentage: 30 },
      ],
      region: { code: '619' },
    },
    amount: { value: 100000.01, currency: 'USD' },
  },
  {
    id: 'unoct-ca-partly-2024',
    provider: 'UNOCT/UNCCT',
    recipients: { states: [{ stateCode: 'TM', percentage: 25.5 }], region: { code: '619' } },
  },
  {
    id: 'unrcca-ca-regional-2024',
    provider: 'UNRCCA',
    // A region alone: no State shares at all (`states` may be left out).
    recipients: { region: { code: '619', vocabulary: '1' } },
    amount: { value: 50000, currency: 'USD' },
    periodEnd: '2024-03-31',
  },
];

describe('IATI export against the IATI 2.03 activity schema (xmllint-wasm)', () => {
  let api: ApiHarness;
  let xml: string;

  beforeAll(async () => {
    api = await startApi();
    let position = '0';
    for (const record of records)
      position = (
        await api
          .http()
          .post('/assistance')
          .set(api.authAs(admin))
          .send({ ...base, ...record })
          .expect(201)
      ).body.position as string;
    // Read-your-writes through the ledger first: the report routes read whatever is projected.
    await api.http().get(`/ledger/assistance?minPosition=${position}`).set(api.authAs(admin)).expect(200);
    xml = (
      await api
        .http()
        .get('/reports/assistance.iati.xml?asOf=2024-06-30')
        .set(api.authAs({ sub: 'reporter', roles: ['reporter'] }))
        .expect(200)
    ).text;
  });
  afterAll(() => api.close());

  it('validates, with recipient-country per share and recipient-region for the regional remainder', async () => {
    const result = await validate(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml.match(/<iati-activity /g)).toHaveLength(records.length);
    expect(xml).toContain('<recipient-country code="TJ" percentage="100"/>');
    expect(xml).toContain('<recipient-country code="UZ" percentage="33.34"/>');
    expect(xml).toContain('<recipient-country code="TM" percentage="25.5"/>');
    expect(xml).toContain('<recipient-region code="619" vocabulary="1" percentage="74.5"/>');
    expect(xml).toContain('<recipient-region code="619" vocabulary="1" percentage="100"/>');
  });

  it('gives every activity recipient percentages that sum to exactly 100 (in hundredths)', () => {
    const activities = xml.split('<iati-activity ').slice(1);
    for (const activity of activities) {
      const percentages = [
        ...activity.matchAll(/<recipient-(?:country|region) [^>]*percentage="([\d.]+)"/g),
      ].map((m) => Math.round(Number(m[1]) * 100));
      expect(percentages.reduce((a, b) => a + b, 0)).toBe(10_000);
    }
    // The scope says what the percentages cannot: a region split wholly across States is regional.
    expect(xml.match(/<activity-scope code="2"\/>/g)).toHaveLength(3);
    expect(xml.match(/<activity-scope code="3"\/>/g)).toHaveLength(1);
    expect(xml.match(/<activity-scope code="4"\/>/g)).toHaveLength(1);
  });

  it('is a real validator: a document that breaks the schema is refused', async () => {
    const broken = xml.replace(/<reporting-org [^]*?<\/reporting-org>/, '');
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(/reporting-org|title/);
  });
});
