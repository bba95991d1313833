import { AccessTokens, type AppConfig, InvalidTokenError, type Principal } from '@ct/application';
import { readFileSync } from 'node:fs';

/**
 * The States a principal's commands are scoped to, as the API's CommandContext
 * (apps/api/src/http/command-context.decorator.ts) decides it: programme staff act for every State
 * (undefined), anyone else for the States of their token. Keep the two in step.
 */
export const actsForStatesOf = (principal: Principal): readonly string[] | undefined =>
  principal.roles.includes('programme-admin') ? undefined : principal.states;

/** The CLI options that carry an access token, for the commands that record. */
export const TOKEN_OPTIONS = {
  token: { type: 'string' },
  'token-file': { type: 'string' },
} as const;

/**
 * The principal of the token given with --token or --token-file, verified exactly as the API
 * verifies a bearer token (same secret: AUTH_SECRET, else DATA_DIR/auth-secret; same issuer,
 * audience, lifetime and skew limits). It is the only source of the actor the CLI records: there is
 * no free-text actor. A file keeps the token out of the shell history and the process list.
 */
export function principalFromToken(
  values: Record<string, unknown>,
  config: AppConfig,
  command: string,
): Principal {
  const inline = values.token as string | undefined;
  const file = values['token-file'] as string | undefined;
  if (inline !== undefined && file !== undefined)
    throw new Error(`${command}: give --token or --token-file, not both`);
  const token = inline ?? (file === undefined ? undefined : readFileSync(file, 'utf8').trim());
  if (!token)
    throw new Error(
      `${command} records as the principal of an access token: add --token <jwt> or --token-file <file> (mint one with \`npm run -s cli -- token\`)`,
    );
  try {
    return AccessTokens.fromConfig(config).verify(token);
  } catch (error) {
    if (error instanceof InvalidTokenError)
      throw new Error(`${command}: the token is refused: ${error.message}`);
    throw error;
  }
}
