/**
 * Query parameters that carry credentials. Browsers and some clients put bearer tokens and API keys
 * in the query string (`?access_token=`, RFC 6750 §2.3), and a request log is read by more people
 * than the tokens are meant for.
 */
const SECRET_PARAMETERS = new Set([
  'access_token',
  'id_token',
  'refresh_token',
  'token',
  'key',
  'api_key',
  'apikey',
  'password',
  'secret',
  'code',
]);

export const REDACTED = '[REDACTED]';

/**
 * The URL as it may be logged: the value of every credential-bearing query parameter replaced by
 * `[REDACTED]`, names compared case-insensitively and after percent-decoding (so `%74oken=` counts).
 * The rest of the URL is kept byte for byte. Most URLs have no query string: they are returned as
 * they are, without allocating.
 */
export function redactUrl(url: string): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const hash = url.indexOf('#', start);
  const end = hash === -1 ? url.length : hash;
  let changed = false;
  const parts = url.slice(start + 1, end).split('&');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const equals = part.indexOf('=');
    const name = equals === -1 ? part : part.slice(0, equals);
    if (SECRET_PARAMETERS.has(decodeName(name))) {
      parts[i] = `${name}=${REDACTED}`;
      changed = true;
    }
  }
  return changed ? `${url.slice(0, start + 1)}${parts.join('&')}${url.slice(end)}` : url;
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    // A malformed escape: compare the raw name rather than let a logging helper throw.
    return name.toLowerCase();
  }
}
