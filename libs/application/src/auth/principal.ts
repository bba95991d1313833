import { isStateCode } from '@ct/domain';

/**
 * What each role may do is decided at the HTTP edge (apps/api, @Roles on every route); this list is
 * the vocabulary shared by the API, the CLI that mints tokens and the tests.
 */
export const ROLES = ['coordinator', 'programme-admin', 'auditor', 'reporter'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** A verified caller: the token's `sub`, its roles, and the States a coordinator acts for. */
export interface Principal {
  id: string;
  roles: Role[];
  /** ISO 3166-1 alpha-2 codes; only meaningful with the coordinator role. */
  states: string[];
}

/**
 * Principal ids end up in event metadata and log lines: short, printable, no separators that could
 * forge a log line (the same rule as the other client-chosen ids).
 */
export const PRINCIPAL_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export class InvalidPrincipalError extends Error {
  override readonly name = 'InvalidPrincipalError';
}

/** Checks claims before they are signed or after they are verified: both sides apply one rule. */
export function toPrincipal(claims: { sub?: unknown; roles?: unknown; states?: unknown }): Principal {
  const { sub, roles, states = [] } = claims;
  if (typeof sub !== 'string' || !PRINCIPAL_ID.test(sub))
    throw new InvalidPrincipalError('sub must be 1-128 letters, digits, . _ : -');
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole))
    throw new InvalidPrincipalError(`roles must be a non-empty list of ${ROLES.join(', ')}`);
  if (!Array.isArray(states) || !states.every((s) => typeof s === 'string' && isStateCode(s)))
    throw new InvalidPrincipalError('states must be a list of ISO 3166-1 alpha-2 codes');
  // A coordinator acts only for its States: with none it could record nothing, and a token that
  // looks privileged but grants nothing hides a minting mistake until the first refused write.
  if (roles.includes('coordinator') && states.length === 0)
    throw new InvalidPrincipalError('a coordinator token must list at least one State (states)');
  return { id: sub, roles: [...new Set(roles)], states: [...new Set(states as string[])] };
}
