import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { type AppConfig } from '../config/app-config';
import { loadAuthSecret } from './auth-secret';
import { InvalidPrincipalError, type Principal, toPrincipal } from './principal';

/** The only algorithm signed or accepted: a token naming any other (none, HS512, RS256) is refused. */
export const TOKEN_ALGORITHM = 'HS256';

/** Longest lifetime the CLI mints: a leaked token must expire by itself within a bounded time. */
export const MAX_TOKEN_TTL_SECONDS = 90 * 24 * 3600;

/** Small clock skew between the minting machine and the API. */
const CLOCK_TOLERANCE_SECONDS = 5;

export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';
}

/**
 * Signs and verifies access tokens (JWT, HS256, with issuer and audience). The API, the CLI's
 * `token` command and the tests all use this class with the secret from loadAuthSecret, so a token
 * minted by one is accepted by the others.
 */
export class AccessTokens {
  private readonly jwt: JwtService;

  constructor(
    secret: Buffer,
    private readonly issuer: string,
    private readonly audience: string,
  ) {
    // A KeyObject, not the Buffer: given bytes, jsonwebtoken first tries to parse them as a public
    // key on every verify and only falls back after an exception (10% of the API's CPU under load).
    this.jwt = new JwtService({ secret: createSecretKey(secret) });
  }

  static fromConfig(
    config: Pick<AppConfig, 'AUTH_SECRET' | 'DATA_DIR' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>,
  ): AccessTokens {
    return new AccessTokens(loadAuthSecret(config), config.AUTH_ISSUER, config.AUTH_AUDIENCE);
  }

  /** A token for the principal valid for ttlSeconds; the claims are checked as verify will check them. */
  sign(
    principal: { id: string; roles: readonly string[]; states?: readonly string[] },
    ttlSeconds: number,
  ): string {
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > MAX_TOKEN_TTL_SECONDS)
      throw new InvalidPrincipalError(`ttl must be 1 s to ${MAX_TOKEN_TTL_SECONDS / 86400} days`);
    const checked = toPrincipal({
      sub: principal.id,
      roles: principal.roles,
      states: principal.states ?? [],
    });
    return this.jwt.sign(
      { roles: checked.roles, states: checked.states },
      {
        algorithm: TOKEN_ALGORITHM,
        subject: checked.id,
        issuer: this.issuer,
        audience: this.audience,
        expiresIn: ttlSeconds,
      },
    );
  }

  /** The principal of a valid token; throws InvalidTokenError (with a reason safe to show) otherwise. */
  verify(token: string): Principal {
    let claims: Record<string, unknown>;
    try {
      claims = this.jwt.verify<Record<string, unknown>>(token, {
        algorithms: [TOKEN_ALGORITHM],
        issuer: this.issuer,
        audience: this.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
      });
    } catch (error) {
      // jsonwebtoken's messages ("jwt expired", "invalid algorithm", "jwt audience invalid…") name
      // the failed check without echoing the token or the secret.
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    // jsonwebtoken accepts a token without exp; an access token that never expires is refused here.
    if (typeof claims.exp !== 'number') throw new InvalidTokenError('jwt has no expiry (exp)');
    try {
      return toPrincipal(claims);
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
  }
}

/** Parses a lifetime such as `8h`, `30m`, `7d`, `90s` or a bare number of seconds. */
export function parseTtl(text: string): number {
  const match = /^(\d{1,9})([smhd]?)$/.exec(text.trim());
  if (!match) throw new InvalidPrincipalError(`ttl '${text}' is not a duration such as 30m, 8h or 7d`);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}
