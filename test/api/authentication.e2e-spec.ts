import { loadAuthSecret } from '@ct/application';
import { createHmac, generateKeyPairSync, sign as rsaSign } from 'node:crypto';
import { type ApiHarness, dushanbe2019, startApi } from '../support/api-harness';

/**
 * Tokens are built by hand here (not with the signing code under test) so that each one breaks
 * exactly one rule: algorithm, signature, expiry, issuer, audience, claims.
 */
const b64 = (value: object | Buffer) =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

function hs(alg: 'HS256' | 'HS384' | 'HS512', secret: Buffer, payload: object, header: object = {}): string {
  const head = `${b64({ alg, typ: 'JWT', ...header })}.${b64(payload)}`;
  const digest = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  return `${head}.${createHmac(digest, secret).update(head).digest('base64url')}`;
}

describe('Authentication: only valid HS256 tokens from this issuer for this audience', () => {
  let api: ApiHarness;
  let secret: Buffer;
  const now = () => Math.floor(Date.now() / 1000);
  const claims = (overrides: Record<string, unknown> = {}) => ({
    sub: 'admin.unoct',
    roles: ['programme-admin'],
    states: [],
    iss: api.config.AUTH_ISSUER,
    aud: api.config.AUTH_AUDIENCE,
    iat: now(),
    exp: now() + 600,
    ...overrides,
  });

  beforeAll(async () => {
    api = await startApi();
    secret = loadAuthSecret(api.config);
  });
  afterAll(async () => {
    await api.close();
  });

  async function expectRefused(authorization: string | undefined, error?: RegExp) {
    const before = await api.allEvents();
    const call = api.http().post('/frameworks');
    const response = await (authorization ? call.set('Authorization', authorization) : call).send(
      dushanbe2019,
    );
    expect(response.status).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="ct-tracker"/);
    if (error) expect(response.body.detail).toMatch(error);
    expect(response.body).toMatchObject({ type: '/problems/unauthenticated', status: 401 });
    expect(JSON.stringify(response.body)).not.toContain(secret.toString());
    expect(await api.allEvents()).toEqual(before);
    return response;
  }

  it('accepts a hand-built HS256 token with the right claims (the baseline the others break)', async () => {
    await api
      .http()
      .post('/frameworks')
      .set('Authorization', `Bearer ${hs('HS256', secret, claims())}`)
      .send({ ...dushanbe2019, id: 'baseline-framework' })
      .expect(201);
  });

  it('refuses a missing token, or a header that is not a bearer JWT', async () => {
    const missing = await expectRefused(undefined);
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="ct-tracker"');
    await expectRefused('Basic YWRtaW46YWRtaW4=');
    await expectRefused('Bearer');
    await expectRefused('Bearer not-a-jwt');
  });

  it('refuses an expired token', async () => {
    const response = await expectRefused(
      `Bearer ${hs('HS256', secret, claims({ iat: now() - 7200, exp: now() - 3600 }))}`,
      /expired/,
    );
    expect(response.headers['www-authenticate']).toMatch(/error="invalid_token"/);
  });

  it('refuses a token without exp', async () => {
    const { exp: _exp, ...noExpiry } = claims();
    await expectRefused(`Bearer ${hs('HS256', secret, noExpiry)}`, /exp/);
  });

  it('refuses a tampered payload and a token signed with another secret', async () => {
    const genuine = hs('HS256', secret, claims({ roles: ['reporter'] }));
    const [header, , signature] = genuine.split('.');
    await expectRefused(`Bearer ${header}.${b64(claims())}.${signature}`, /signature/);
    await expectRefused(`Bearer ${hs('HS256', Buffer.from('x'.repeat(48)), claims())}`, /signature/);
  });

  it('refuses alg none, HS384/HS512 and RS256 tokens', async () => {
    await expectRefused(`Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.`);
    await expectRefused(`Bearer ${hs('HS512', secret, claims())}`, /algorithm/);
    await expectRefused(`Bearer ${hs('HS384', secret, claims())}`, /algorithm/);
    // Key confusion: an RS256 header over an HMAC keyed with the secret, and a real RS256 signature.
    await expectRefused(`Bearer ${hs('HS256', secret, claims(), { alg: 'RS256' })}`);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const head = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims())}`;
    await expectRefused(`Bearer ${head}.${b64(rsaSign('sha256', Buffer.from(head), privateKey))}`);
  });

  it('refuses another issuer or another audience', async () => {
    await expectRefused(`Bearer ${hs('HS256', secret, claims({ iss: 'someone-else' }))}`, /issuer/);
    await expectRefused(`Bearer ${hs('HS256', secret, claims({ aud: 'another-api' }))}`, /audience/);
    const { aud: _aud, ...noAudience } = claims();
    await expectRefused(`Bearer ${hs('HS256', secret, noAudience)}`, /audience/);
  });

  it('refuses tokens without sub or roles, or with unknown roles or States', async () => {
    const { sub: _sub, ...noSubject } = claims();
    await expectRefused(`Bearer ${hs('HS256', secret, noSubject)}`, /sub/);
    const { roles: _roles, ...noRoles } = claims();
    await expectRefused(`Bearer ${hs('HS256', secret, noRoles)}`, /roles/);
    await expectRefused(`Bearer ${hs('HS256', secret, claims({ roles: [] }))}`, /roles/);
    await expectRefused(`Bearer ${hs('HS256', secret, claims({ roles: ['root'] }))}`, /roles/);
    await expectRefused(`Bearer ${hs('HS256', secret, claims({ sub: 'evil\nline' }))}`, /sub/);
    await expectRefused(`Bearer ${hs('HS256', secret, claims({ states: ['XX'] }))}`, /states/);
  });

  it('never takes the actor from X-Actor: the token subject is recorded', async () => {
    await api
      .http()
      .post('/frameworks')
      .set(api.authAs({ sub: 'admin.unoct', roles: ['programme-admin'] }))
      .set('X-Actor', 'someone.else')
      .send({ ...dushanbe2019, id: 'actor-check' })
      .expect(201);
    const last = (await api.allEvents()).at(-1)!;
    expect(last.metadata.actor).toBe('admin.unoct');
  });
});
