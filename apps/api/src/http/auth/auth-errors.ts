import { ForbiddenException, UnauthorizedException } from '@nestjs/common';

/** 401: no token, or one that does not verify. `error` follows RFC 6750 §3.1 (WWW-Authenticate). */
export class AuthenticationRequired extends UnauthorizedException {
  constructor(
    readonly reason: string,
    readonly bearerError?: 'invalid_token' | 'invalid_request',
  ) {
    super(reason);
  }

  get wwwAuthenticate(): string {
    return this.bearerError
      ? // RFC 6750 §3: error_description is printable ASCII without `"` and `\`. The reason can
        // quote bytes of a tampered token, which Node refuses in a header (a 500 before this).
        `Bearer realm="ct-tracker", error="${this.bearerError}", error_description="${this.reason.replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '')}"`
      : 'Bearer realm="ct-tracker"';
  }
}

/** 403: a verified principal whose roles or States do not cover this request. */
export class AccessDenied extends ForbiddenException {
  constructor(readonly reason: string) {
    super(reason);
  }
}
