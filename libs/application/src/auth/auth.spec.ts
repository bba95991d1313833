import { createHmac } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { AccessTokens, InvalidTokenError, MAX_TOKEN_TTL_SECONDS, parseTtl } from './access-tokens';
import { AUTH_SECRET_FILE, loadAuthSecret } from './auth-secret';
import { InvalidPrincipalError } from './principal';

describe('loadAuthSecret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ct-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('generates a private random secret on first use and reuses it', () => {
    const dataDir = join(dir, 'data');
    const first = loadAuthSecret({ DATA_DIR: dataDir });
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dataDir, AUTH_SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(loadAuthSecret({ DATA_DIR: dataDir }).equals(first)).toBe(true);
    expect(loadAuthSecret({ DATA_DIR: join(dir, 'other') }).equals(first)).toBe(false);
  });

  it('prefers AUTH_SECRET and then writes no file', () => {
    const secret = 's'.repeat(40);
    expect(loadAuthSecret({ DATA_DIR: dir, AUTH_SECRET: secret }).toString()).toBe(secret);
    expect(() => statSync(join(dir, AUTH_SECRET_FILE))).toThrow();
  });

  it('refuses a secret file others can read, or one too short', () => {
    const file = join(dir, AUTH_SECRET_FILE);
    writeFileSync(file, 'x'.repeat(48), { mode: 0o644 });
    chmodSync(file, 0o644);
    expect(() => loadAuthSecret({ DATA_DIR: dir })).toThrow(/chmod 600/);
    writeFileSync(file, 'short', { mode: 0o600 });
    chmodSync(file, 0o600);
    expect(() => loadAuthSecret({ DATA_DIR: dir })).toThrow(/fewer than 32 bytes/);
    expect(readFileSync(file, 'utf8')).toBe('short'); // never silently replaced
  });

  it('creates the data directory 0700, and refuses a world-writable one without writing a key', () => {
    const dataDir = join(dir, 'fresh');
    loadAuthSecret({ DATA_DIR: dataDir });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const open = join(dir, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    expect(() => loadAuthSecret({ DATA_DIR: open })).toThrow(`Refusing to use the data directory ${open}`);
    expect(existsSync(join(open, AUTH_SECRET_FILE))).toBe(false);
  });

  it('rejects a short AUTH_SECRET at configuration time', () => {
    expect(() => loadConfig({ AUTH_SECRET: 'too-short' })).toThrow(/AUTH_SECRET must be at least 32 bytes/);
    expect(loadConfig({ AUTH_SECRET: 'x'.repeat(32) }).AUTH_SECRET).toHaveLength(32);
  });

  it('reads the token lifetime cap and the clock skew as durations', () => {
    expect(loadConfig({})).toMatchObject({ AUTH_MAX_TOKEN_TTL: 90 * 86400, AUTH_MAX_CLOCK_SKEW: 60 });
    expect(loadConfig({ AUTH_MAX_TOKEN_TTL: '8h', AUTH_MAX_CLOCK_SKEW: '2m' })).toMatchObject({
      AUTH_MAX_TOKEN_TTL: 28800,
      AUTH_MAX_CLOCK_SKEW: 120,
    });
    expect(() => loadConfig({ AUTH_MAX_TOKEN_TTL: 'forever' })).toThrow(
      /AUTH_MAX_TOKEN_TTL must be a duration/,
    );
    expect(() => loadConfig({ AUTH_MAX_TOKEN_TTL: '400d' })).toThrow(/AUTH_MAX_TOKEN_TTL/);
    expect(() => loadConfig({ AUTH_MAX_CLOCK_SKEW: '1h' })).toThrow(/AUTH_MAX_CLOCK_SKEW/);
  });
});

describe('AccessTokens', () => {
  const key = Buffer.from('k'.repeat(48));
  const tokens = new AccessTokens(key, 'issuer', 'audience');
  const now = () => Math.floor(Date.now() / 1000);

  /** A token signed by hand, so each one breaks exactly one rule that sign() would never break. */
  function forge(claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const head = `${part({ alg: 'HS256', typ: 'JWT', ...header })}.${part({
      sub: 'a',
      roles: ['auditor'],
      iss: 'issuer',
      aud: 'audience',
      iat: now(),
      exp: now() + 600,
      ...claims,
    })}`;
    return `${head}.${createHmac('sha256', key).update(head).digest('base64url')}`;
  }

  it('round-trips a principal', () => {
    const token = tokens.sign(
      { id: 'coordinator.tj', roles: ['coordinator', 'auditor'], states: ['TJ', 'KZ'] },
      60,
    );
    expect(tokens.verify(token)).toEqual({
      id: 'coordinator.tj',
      roles: ['coordinator', 'auditor'],
      states: ['TJ', 'KZ'],
    });
  });

  it('refuses a token from another issuer, audience or secret', () => {
    const token = tokens.sign({ id: 'a', roles: ['reporter'] }, 60);
    expect(() => new AccessTokens(Buffer.from('k'.repeat(48)), 'other', 'audience').verify(token)).toThrow(
      InvalidTokenError,
    );
    expect(() => new AccessTokens(Buffer.from('k'.repeat(48)), 'issuer', 'other').verify(token)).toThrow(
      InvalidTokenError,
    );
    expect(() => new AccessTokens(Buffer.from('j'.repeat(48)), 'issuer', 'audience').verify(token)).toThrow(
      /signature/,
    );
  });

  it('accepts the hand-built baseline the next cases break', () => {
    expect(tokens.verify(forge({})).id).toBe('a');
  });

  it('refuses a lifetime beyond the cap, and a token without iat', () => {
    expect(() => tokens.verify(forge({ exp: 1e15 }))).toThrow(/lifetime .* exceeds the maximum of 90 days/);
    expect(tokens.verify(forge({ exp: now() + MAX_TOKEN_TTL_SECONDS })).id).toBe('a');
    expect(() => tokens.verify(forge({ exp: now() + MAX_TOKEN_TTL_SECONDS + 1 }))).toThrow(InvalidTokenError);
    expect(() => tokens.verify(forge({ iat: undefined }))).toThrow(/no issue time \(iat\)/);
    expect(() => tokens.verify(forge({ iat: 'yesterday' }))).toThrow(/iat/);
    const short = new AccessTokens(key, 'issuer', 'audience', { maxTtlSeconds: 3600 });
    expect(() => short.verify(forge({ exp: now() + 3601 }))).toThrow(/maximum of 1 h/);
    expect(() => short.sign({ id: 'a', roles: ['auditor'] }, 3601)).toThrow(/1 h/);
  });

  it('refuses an iat in the future beyond the clock skew', () => {
    expect(tokens.verify(forge({ iat: now() + 50, exp: now() + 600 })).id).toBe('a');
    expect(() => tokens.verify(forge({ iat: now() + 120, exp: now() + 600 }))).toThrow(
      /issued in the future/,
    );
    const strict = new AccessTokens(key, 'issuer', 'audience', { maxClockSkewSeconds: 0 });
    expect(() => strict.verify(forge({ iat: now() + 5 }))).toThrow(/issued in the future/);
  });

  it('refuses any crit header, even an empty one', () => {
    expect(() => tokens.verify(forge({}, { crit: ['exp'] }))).toThrow(/crit/);
    expect(() => tokens.verify(forge({}, { crit: [] }))).toThrow(/crit/);
  });

  it('judges time on the injected clock, and signs iat from it', () => {
    const later = new AccessTokens(key, 'issuer', 'audience', { now: () => now() + 86400 });
    expect(() => later.verify(forge({}))).toThrow(/expired/);
    const token = later.sign({ id: 'a', roles: ['auditor'] }, 60);
    expect(() => tokens.verify(token)).toThrow(/issued in the future/);
  });

  it('mints only well-formed principals with a bounded lifetime', () => {
    expect(() => tokens.sign({ id: 'a', roles: [] }, 60)).toThrow(InvalidPrincipalError);
    expect(() => tokens.sign({ id: 'a', roles: ['root'] }, 60)).toThrow(InvalidPrincipalError);
    expect(() => tokens.sign({ id: 'has space', roles: ['auditor'] }, 60)).toThrow(InvalidPrincipalError);
    expect(() => tokens.sign({ id: 'a', roles: ['coordinator'], states: ['XX'] }, 60)).toThrow(
      InvalidPrincipalError,
    );
    expect(() => tokens.sign({ id: 'a', roles: ['auditor'] }, 0)).toThrow(InvalidPrincipalError);
    expect(() => tokens.sign({ id: 'a', roles: ['auditor'] }, MAX_TOKEN_TTL_SECONDS + 1)).toThrow(
      InvalidPrincipalError,
    );
  });

  it('refuses a coordinator without States, when minting and when verifying', () => {
    expect(() => tokens.sign({ id: 'c', roles: ['coordinator'] }, 60)).toThrow(/at least one State/);
    expect(() => tokens.verify(forge({ roles: ['coordinator', 'auditor'], states: [] }))).toThrow(
      /at least one State/,
    );
    expect(tokens.verify(forge({ roles: ['coordinator'], states: ['UZ'] })).states).toEqual(['UZ']);
  });

  it('parses lifetimes', () => {
    expect(parseTtl('8h')).toBe(28800);
    expect(parseTtl('30m')).toBe(1800);
    expect(parseTtl('7d')).toBe(604800);
    expect(parseTtl('90')).toBe(90);
    expect(() => parseTtl('1w')).toThrow(InvalidPrincipalError);
    expect(() => parseTtl('-1h')).toThrow(InvalidPrincipalError);
  });
});
