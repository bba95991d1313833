import { parse } from 'yaml';

export interface ComposeService {
  image?: string;
  build?: string | { context: string };
  command?: string[] | string;
  environment?: Record<string, string | number | boolean | null>;
  depends_on?: Record<string, { condition?: string }> | string[];
  healthcheck?: { test?: string[] | string; interval?: string; retries?: number; disable?: boolean };
  restart?: string;
  ports?: string[];
  volumes?: string[];
}

export interface ComposeFile {
  name?: string;
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
  secrets?: Record<string, unknown>;
}

/** The file as written: interpolations left as they are, merge keys (`<<: *anchor`) applied. */
export const parseCompose = (text: string): ComposeFile => parse(text, { merge: true }) as ComposeFile;

export class InterpolationError extends Error {}

/**
 * Compose's variable interpolation (the compose specification, "Interpolation"): `${VAR}`,
 * `${VAR:-default}` / `${VAR-default}`, `${VAR:?error}` / `${VAR?error}`, `$$` for a literal `$`.
 * What `docker compose config` would do with these variables, so that the tests can check what a
 * real start gets without a Docker engine (Debian's docker-compose v1 rejects today's format).
 */
export function interpolate(value: string, env: Record<string, string | undefined>): string {
  return value.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, name?: string, colon?: string, operator?: string, word?: string, bare?: string) => {
      if (match === '$$') return '$';
      if (bare) return env[bare] ?? '';
      const current = env[name!];
      const missing = current === undefined || (colon === ':' && current === '');
      if (operator === '-') return missing ? word! : (current ?? '');
      if (operator === '?') {
        if (missing) throw new InterpolationError(`${name}: ${word || 'required'}`);
        return current ?? '';
      }
      return current ?? '';
    },
  );
}

/** Every string of a parsed value interpolated, recursively. */
export function interpolateAll<T>(value: T, env: Record<string, string | undefined>): T {
  if (typeof value === 'string') return interpolate(value, env) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => interpolateAll(item, env)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolateAll(item as unknown, env)]),
    ) as T;
  return value;
}

/** A service's environment as the strings the process sees. */
export function environmentOf(service: ComposeService): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([key, value]) => [
      key,
      value === null ? '' : String(value),
    ]),
  );
}

export function dependenciesOf(service: ComposeService): Record<string, { condition?: string }> {
  const dependsOn = service.depends_on ?? {};
  return Array.isArray(dependsOn) ? Object.fromEntries(dependsOn.map((name) => [name, {}])) : dependsOn;
}
