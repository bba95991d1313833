import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  it('rejects a short AUTH_SECRET at configuration time', () => {
    expect(() => loadConfig({ AUTH_SECRET: 'too-short' })).toThrow(/AUTH_SECRET must be at least 32 bytes/);
    expect(loadConfig({ AUTH_SECRET: 'x'.repeat(32) }).AUTH_SECRET).toHaveLength(32);
  });
});

describe('AccessTokens', () => {
  const tokens = new AccessTokens(Buffer.from('k'.repeat(48)), 'issuer', 'audience');

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

  it('parses lifetimes', () => {
    expect(parseTtl('8h')).toBe(28800);
    expect(parseTtl('30m')).toBe(1800);
    expect(parseTtl('7d')).toBe(604800);
    expect(parseTtl('90')).toBe(90);
    expect(() => parseTtl('1w')).toThrow(InvalidPrincipalError);
    expect(() => parseTtl('-1h')).toThrow(InvalidPrincipalError);
  });
});
