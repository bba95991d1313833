import { AccessTokens, configFromEnvironment, parseTtl } from '@ct/application';
import { type CliCommand } from '../cli-command';

export const tokenCommand: CliCommand = {
  name: 'token',
  synopsis: 'token --sub <id> --role <role> [--role <role>] [--state <XX>]... [--ttl 8h]',
  summary:
    'print an access token (JWT) for the API; roles: coordinator (needs --state for each State it reports for), programme-admin, auditor, reporter. Signed with AUTH_SECRET when set, else DATA_DIR/auth-secret, as the API does; use `npm run -s cli -- token …` so npm prints only the token',
  options: {
    sub: { type: 'string' },
    role: { type: 'string', multiple: true },
    state: { type: 'string', multiple: true },
    ttl: { type: 'string' },
  },
  run: ({ values }) => {
    const sub = values.sub as string | undefined;
    if (!sub) throw new Error('token needs --sub <principal id>');
    const roles = (values.role as string[] | undefined) ?? [];
    const states = ((values.state as string[] | undefined) ?? []).map((state) => state.toUpperCase());
    // A coordinator without States could record nothing; States without the role would mislead.
    if (roles.includes('coordinator') && states.length === 0)
      throw new Error('a coordinator token needs at least one --state (e.g. --state TJ)');
    if (!roles.includes('coordinator') && states.length > 0)
      throw new Error('--state only applies to the coordinator role');
    const ttlSeconds = parseTtl((values.ttl as string | undefined) ?? '8h');
    const tokens = AccessTokens.fromConfig(configFromEnvironment());
    console.log(tokens.sign({ id: sub, roles, states }, ttlSeconds));
    console.error(
      `token for ${sub} (${roles.join(', ')}${states.length ? `; States ${states.join(', ')}` : ''}), expires ${new Date(Date.now() + ttlSeconds * 1000).toISOString()}`,
    );
    return Promise.resolve(0);
  },
};
