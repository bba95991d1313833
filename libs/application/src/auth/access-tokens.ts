import { JwtService } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { type AppConfig } from '../config/app-config';
import { loadAuthSecret } from './auth-secret';
import { InvalidPrincipalError, type Principal, toPrincipal } from './principal';

/** The only algorithm signed or accepted: a token naming any other (none, HS512, RS256) is refused. */
export const TOKEN_ALGORITHM = 'HS256';

/**
 * Default of AUTH_MAX_TOKEN_TTL: the longest lifetime (`exp - iat`) minted or accepted, so that a
 * leaked token expires by itself within a bounded time whoever signed it.
 */
export const MAX_TOKEN_TTL_SECONDS = 90 * 24 * 3600;

/** Default of AUTH_MAX_CLOCK_SKEW: how far in the future a token's `iat` may lie. */
export const MAX_CLOCK_SKEW_SECONDS = 60;

/** Tolerance on `exp` only: a token just expired on the API's clock is still expired. */
const EXPIRY_TOLERANCE_SECONDS = 5;

export interface TokenPolicy {
  maxTtlSeconds: number;
  maxClockSkewSeconds: number;
  /** Seconds since the epoch; injectable so tests can place the API's clock. */
  now: () => number;
}

const DEFAULT_POLICY: TokenPolicy = {
  maxTtlSeconds: MAX_TOKEN_TTL_SECONDS,
  maxClockSkewSeconds: MAX_CLOCK_SKEW_SECONDS,
  now: () => Math.floor(Date.now() / 1000),
};

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
  private readonly policy: TokenPolicy;

  constructor(
    secret: Buffer,
    private readonly issuer: string,
    private readonly audience: string,
    policy: Partial<TokenPolicy> = {},
  ) {
    this.policy = { ...DEFAULT_POLICY, ...policy };
    // A KeyObject, not the Buffer: given bytes, jsonwebtoken first tries to parse them as a public
    // key on every verify and only falls back after an exception (10% of the API's CPU under load).
    this.jwt = new JwtService({ secret: createSecretKey(secret) });
  }

  static fromConfig(
    config: Pick<
      AppConfig,
      | 'AUTH_SECRET'
      | 'DATA_DIR'
      | 'AUTH_ISSUER'
      | 'AUTH_AUDIENCE'
      | 'AUTH_MAX_TOKEN_TTL'
      | 'AUTH_MAX_CLOCK_SKEW'
    >,
  ): AccessTokens {
    return new AccessTokens(loadAuthSecret(config), config.AUTH_ISSUER, config.AUTH_AUDIENCE, {
      maxTtlSeconds: config.AUTH_MAX_TOKEN_TTL,
      maxClockSkewSeconds: config.AUTH_MAX_CLOCK_SKEW,
    });
  }

  /** A token for the principal valid for ttlSeconds; the claims are checked as verify will check them. */
  sign(
    principal: { id: string; roles: readonly string[]; states?: readonly string[] },
    ttlSeconds: number,
  ): string {
    const max = this.policy.maxTtlSeconds;
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > max)
      throw new InvalidPrincipalError(`ttl must be 1 s to ${formatSeconds(max)} (AUTH_MAX_TOKEN_TTL)`);
    const checked = toPrincipal({
      sub: principal.id,
      roles: principal.roles,
      states: principal.states ?? [],
    });
    // iat set explicitly from the same clock verify uses, so the lifetime check sees exactly ttl.
    return this.jwt.sign(
      { roles: checked.roles, states: checked.states, iat: this.policy.now() },
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
        clockTolerance: EXPIRY_TOLERANCE_SECONDS,
        clockTimestamp: this.policy.now(),
      });
    } catch (error) {
      // jsonwebtoken's messages ("jwt expired", "invalid algorithm", "jwt audience invalid…") name
      // the failed check without echoing the token or the secret.
      throw new InvalidTokenError(error instanceof Error ? error.message : 'invalid token');
    }
    // jsonwebtoken accepts a token without exp; an access token that never expires is refused here.
    if (typeof claims.exp !== 'number') throw new InvalidTokenError('jwt has no expiry (exp)');
    this.checkLifetime(claims.iat, claims.exp);
    // RFC 7515 §4.1.11: extensions listed in `crit` must be understood or the token refused. This
    // API understands none, and jsonwebtoken ignores the header, so any `crit` is refused here.
    if (criticalHeaderOf(token) !== undefined)
      throw new InvalidTokenError('jwt header has a crit parameter; no critical extension is supported');
    try {
      return toPrincipal(claims);
    } catch (error) {
      throw new InvalidTokenError((error as Error).message);
    }
  }

  /**
   * jsonwebtoken checks neither `iat` nor the total lifetime: a token minted with exp = 10^15 would
   * otherwise be valid for ever. A token must say when it was issued, not in the future (beyond
   * the skew), and live no longer than the cap.
   */
  private checkLifetime(iat: unknown, exp: number): void {
    if (typeof iat !== 'number' || !Number.isFinite(iat))
      throw new InvalidTokenError('jwt has no issue time (iat)');
    const { maxTtlSeconds, maxClockSkewSeconds, now } = this.policy;
    if (iat > now() + maxClockSkewSeconds)
      throw new InvalidTokenError(
        `jwt issued in the future (iat is more than ${maxClockSkewSeconds} s ahead of this server's clock)`,
      );
    if (exp - iat > maxTtlSeconds)
      throw new InvalidTokenError(
        `jwt lifetime (exp - iat) exceeds the maximum of ${formatSeconds(maxTtlSeconds)} (AUTH_MAX_TOKEN_TTL)`,
      );
  }
}

/** The `crit` member of the token's header, read after the signature was verified. */
function criticalHeaderOf(token: string): unknown {
  const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  return Object.hasOwn(header, 'crit') ? header.crit : undefined;
}

const formatSeconds = (seconds: number): string =>
  seconds % 86400 === 0
    ? `${seconds / 86400} days`
    : seconds % 3600 === 0
      ? `${seconds / 3600} h`
      : `${seconds} s`;

/** Parses a lifetime such as `8h`, `30m`, `7d`, `90s` or a bare number of seconds. */
export function parseTtl(text: string): number {
  const match = /^(\d{1,9})([smhd]?)$/.exec(text.trim());
  if (!match) throw new InvalidPrincipalError(`ttl '${text}' is not a duration such as 30m, 8h or 7d`);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}
