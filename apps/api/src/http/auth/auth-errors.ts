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
      ? `Bearer realm="ct-tracker", error="${this.bearerError}", error_description="${this.reason.replace(/["\\]/g, '')}"`
      : 'Bearer realm="ct-tracker"';
  }
}

/** 403: a verified principal whose roles or States do not cover this request. */
export class AccessDenied extends ForbiddenException {
  constructor(readonly reason: string) {
    super(reason);
  }
}
