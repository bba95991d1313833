import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

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

  /** `esdb://host:2113?tls=false` selects EventStoreDB; unset keeps the embedded SQLite store. */
  @IsOptional()
  @Matches(/^esdb(\+discover)?:\/\/.+/, {
    message: 'EVENTSTORE_CONNECTION_STRING must start with esdb:// or esdb+discover://',
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
