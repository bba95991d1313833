import { plainToInstance, Transform } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
  validateSync,
} from 'class-validator';

import { GATHER_MS } from '@ct/read-models';
import { REPORT_SCHEDULE_PATTERN } from '@ct/reports';

/** HS256 keys shorter than the hash output weaken the MAC (RFC 7518 §3.2). */
export const AUTH_SECRET_MIN_BYTES = 32;

@ValidatorConstraint({ name: 'minBytes' })
class MinUtf8Bytes implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && Buffer.byteLength(value, 'utf8') >= AUTH_SECRET_MIN_BYTES;
  }
  defaultMessage(): string {
    // Never echo the value: it is a secret.
    return `AUTH_SECRET must be at least ${AUTH_SECRET_MIN_BYTES} bytes (e.g. openssl rand -base64 48)`;
  }
}

/**
 * A duration in whole seconds: `90d`, `12h`, `30m`, `60s` or a bare number of seconds. Anything
 * else is left as it is, so @IsInt refuses it with the variable's name.
 */
const toSeconds = (fallback: number) =>
  Transform(({ value }: { value: unknown }) => {
    if (value === undefined) return fallback;
    const match = typeof value === 'string' ? /^(\d{1,9})([smhd]?)$/.exec(value.trim()) : null;
    if (!match) return value;
    return Number(match[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as 's'];
  });

const toInt = (fallback: number) =>
  Transform(({ value }: { value: unknown }) => (value === undefined ? fallback : Number(value)));

/**
 * Every setting the system reads from its environment, validated once at boot. Nothing else in the
 * code base reads `process.env`: it asks for this object.
 */
export class AppConfig {
  @Transform(({ value }: { value: unknown }) => (value === undefined ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /** Where the embedded stores keep their files (events.sqlite, read-models.sqlite). */
  @IsString()
  DATA_DIR = './data';

  /**
   * `kurrentdb://host:2113?tls=false` (or the older `esdb://`) selects EventStoreDB/KurrentDB; unset
   * keeps the embedded SQLite store. Credentials and TLS options: docs/eventstoredb-protocol.md.
   */
  @IsOptional()
  @Matches(/^(esdb|kurrentdb|kurrent)(\+discover)?:\/\/.+/, {
    message:
      'EVENTSTORE_CONNECTION_STRING must start with kurrentdb://, esdb:// (or their +discover:// forms)',
  })
  EVENTSTORE_CONNECTION_STRING?: string;

  /** `postgres://…` puts the read models in PostgreSQL; unset keeps them in SQLite under DATA_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** `in-process` runs the projector inside the API (embedded default); `off` when apps/projector runs it. */
  @IsIn(['in-process', 'off'])
  PROJECTOR = 'in-process';

  /** Longest a query waits for the projection to reach a requested position (read-your-writes). */
  @Transform(({ value }: { value: unknown }) => (value === undefined ? 5000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(60000)
  READ_WAIT_TIMEOUT_MS = 5000;

  /**
   * HMAC key that signs and verifies access tokens (HS256). Set it in production, identical on every
   * API instance and for the CLI that mints tokens; when unset, DATA_DIR/auth-secret is generated
   * on first start and reused (see loadAuthSecret).
   */
  @IsOptional()
  @Validate(MinUtf8Bytes)
  AUTH_SECRET?: string;

  /** `iss` written into and required from every token. */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  AUTH_ISSUER = 'ct-commitments-tracker';

  /** `aud` written into and required from every token: a token for another service is refused. */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  AUTH_AUDIENCE = 'ct-commitments-tracker-api';

  /**
   * Longest token lifetime (`exp - iat`) the API accepts and the CLI mints: `90d` (the default),
   * `8h`, or seconds. A token without `iat` is refused, since its lifetime cannot be known.
   */
  @toSeconds(90 * 86400)
  @IsInt({ message: 'AUTH_MAX_TOKEN_TTL must be a duration such as 90d, 8h or 3600 (seconds)' })
  @Min(60)
  @Max(366 * 86400)
  AUTH_MAX_TOKEN_TTL = 90 * 86400;

  /** How far ahead of this server's clock a token's `iat` may be (clock skew): `60s` by default. */
  @toSeconds(60)
  @IsInt({ message: 'AUTH_MAX_CLOCK_SKEW must be a duration such as 60s or 2m' })
  @Min(0)
  @Max(600)
  AUTH_MAX_CLOCK_SKEW = 60;

  /** Requests per minute per client address before 429; 0 turns rate limiting off. */
  @toInt(600)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE = 600;

  /**
   * Proxy hops in front of the API whose X-Forwarded-For is trusted (Express `trust proxy`). 0 (the
   * default) uses the socket address, so a client cannot pick its own rate-limit bucket.
   */
  @toInt(0)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY_HOPS = 0;

  /**
   * Browser origins allowed by CORS, comma-separated (`https://tracker.example.org`). Empty (the
   * default) sends no CORS headers at all: browsers on other origins cannot call the API.
   */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((origin) => origin.trim())
          .filter((origin) => origin !== '')
      : (value ?? []),
  )
  @IsArray()
  @Matches(/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/, {
    each: true,
    message: 'CORS_ORIGINS must be a comma-separated list of origins such as https://tracker.example.org',
  })
  CORS_ORIGINS: string[] = [];

  /**
   * When set, apps/projector writes every report (as of the current UTC day) on this schedule: a
   * daily time `HH:MM` (UTC) or an interval such as `30m` or `24h`. Unset: no scheduled reports.
   */
  @IsOptional()
  @Matches(REPORT_SCHEDULE_PATTERN, {
    message: 'REPORT_SCHEDULE must be a daily time HH:MM (UTC) or an interval such as 30m or 24h',
  })
  REPORT_SCHEDULE?: string;

  /** Where scheduled reports are written; default DATA_DIR/reports. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  REPORT_OUT_DIR?: string;

  /**
   * `/health/ready` answers 503 while a read model is more than this many events behind the log:
   * a query with `minPosition` would then wait, so a load balancer should prefer another instance.
   */
  @toInt(1000)
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  READY_MAX_LAG_EVENTS = 1000;

  /**
   * Most events one as-of answer may replay; beyond it the request is refused (413,
   * `replay-too-large`) before it can hold a scratch store of the whole log in memory.
   */
  @toInt(1_000_000)
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  AS_OF_MAX_EVENTS = 1_000_000;

  /**
   * Most read-model rows one report over HTTP may gather; beyond it 413 (`report-too-large`). Keeps
   * the synchronous rendering of the largest allowed report short (see bench/README.md).
   */
  @toInt(50_000)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  REPORT_MAX_ROWS = 50_000;

  /**
   * How long the projector, once live, lets a batch wait for more events before committing it
   * (ms): fewer, larger commits under a stream of writes, for up to that much staleness of reads
   * that ask for no position (`minPosition` never waits for it). 0 commits at once. The default is
   * the projector library's own (GATHER_MS); bench/README.md ("Live batches gather") has the trade-off.
   */
  @toInt(GATHER_MS)
  @IsInt()
  @Min(0)
  @Max(1000)
  PROJECTOR_GATHER_MS = GATHER_MS;

  /**
   * Memory (MB) the State as-of replays kept for the next as-of of the same State may take together
   * (scratch stores in memory, oldest closed first; one State at 750,000 events is about 60 MB).
   * 0 keeps none: every as-of replays from the start.
   */
  @toInt(256)
  @IsInt()
  @Min(0)
  @Max(65_536)
  AS_OF_KEPT_REPLAYS_MB = 256;

  /**
   * SQLite read store only: the check run on the file at start (`quick`: PRAGMA quick_check,
   * `full`: integrity_check, `off`). A file that fails it, or cannot be opened, is moved aside and
   * rebuilt from the event log: read models are derived data.
   */
  @IsIn(['quick', 'full', 'off'])
  READ_STORE_INTEGRITY_CHECK: 'quick' | 'full' | 'off' = 'quick';

  /**
   * Bearer token a Prometheus scraper sends to GET /metrics (`Authorization: Bearer <token>`), so
   * that scraping needs no user's JWT. Unset: /metrics needs an auditor or programme-admin token.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._~+/=-]{32,512}$/, {
    // Never echo the value: it is a secret.
    message:
      'METRICS_TOKEN must be 32-512 characters of A-Z a-z 0-9 . _ ~ + / = - (e.g. openssl rand -hex 32)',
  })
  METRICS_TOKEN?: string;
}

export const CONFIG_KEYS = [
  'PORT',
  'HOST',
  'DATA_DIR',
  'EVENTSTORE_CONNECTION_STRING',
  'DATABASE_URL',
  'LOG_LEVEL',
  'PROJECTOR',
  'READ_WAIT_TIMEOUT_MS',
  'AUTH_SECRET',
  'AUTH_ISSUER',
  'AUTH_AUDIENCE',
  'AUTH_MAX_TOKEN_TTL',
  'AUTH_MAX_CLOCK_SKEW',
  'RATE_LIMIT_PER_MINUTE',
  'TRUST_PROXY_HOPS',
  'CORS_ORIGINS',
  'REPORT_SCHEDULE',
  'REPORT_OUT_DIR',
  'READY_MAX_LAG_EVENTS',
  'AS_OF_MAX_EVENTS',
  'REPORT_MAX_ROWS',
  'PROJECTOR_GATHER_MS',
  'AS_OF_KEPT_REPLAYS_MB',
  'READ_STORE_INTEGRITY_CHECK',
  'METRICS_TOKEN',
] as const satisfies readonly (keyof AppConfig)[];

export class InvalidConfigError extends Error {
  override readonly name = 'InvalidConfigError';
}

/** Builds the typed configuration, or throws naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // An empty variable counts as unset, as in most twelve-factor tooling.
  const present = Object.fromEntries(CONFIG_KEYS.flatMap((key) => (env[key] ? [[key, env[key]]] : [])));
  const config = plainToInstance(AppConfig, present, { exposeDefaultValues: true });
  const errors = validateSync(config);
  if (errors.length > 0) {
    const lines = errors.flatMap((e) =>
      Object.values(e.constraints ?? {}).map((m) => `  ${e.property}: ${m}`),
    );
    throw new InvalidConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}

/**
 * The configuration of this process: its environment, with `overrides` that an entry point imposes
 * (the CLI never runs a projector; apps/projector always does). The only reader of `process.env`.
 */
export const configFromEnvironment = (
  overrides: Partial<Record<(typeof CONFIG_KEYS)[number], string>> = {},
): AppConfig => loadConfig({ ...process.env, ...overrides });
