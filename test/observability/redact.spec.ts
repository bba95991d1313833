import { REDACTED, redactUrl } from '@ct/application';

describe('redactUrl: query strings as they may be logged', () => {
  it.each([
    ['/frameworks?access_token=eyJhbGciOi.x.y', `/frameworks?access_token=${REDACTED}`],
    ['/a?token=t0k&key=k3y&state=TJ', `/a?token=${REDACTED}&key=${REDACTED}&state=TJ`],
    ['/a?state=TJ&API_KEY=zz&limit=5', `/a?state=TJ&API_KEY=${REDACTED}&limit=5`],
    // Percent-encoded and plus-encoded names are the same parameter to the server.
    ['/a?%74oken=secret', `/a?%74oken=${REDACTED}`],
    ['/a?access%5Ftoken=secret&x=1', `/a?access%5Ftoken=${REDACTED}&x=1`],
    // A name without a value, repeated names, an empty value.
    ['/a?token&token=2&key=', `/a?token=${REDACTED}&token=${REDACTED}&key=${REDACTED}`],
    // A malformed escape elsewhere does not stop the redaction.
    ['/a?%zz=1&token=s', `/a?%zz=1&token=${REDACTED}`],
  ])('%s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('keeps URLs without credentials exactly as they are', () => {
    for (const url of ['/health', '/deliverables/x?state=TJ&limit=10', '/a?tokens=1&monkey=2', '/a?']) {
      expect(redactUrl(url)).toBe(url);
    }
  });
});
