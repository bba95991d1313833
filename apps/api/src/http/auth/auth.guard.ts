import { AccessTokens, InvalidTokenError, type Principal, type Role } from '@ct/application';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type TrackedRequest } from '../request-context.middleware';
import { PUBLIC_ROUTE, ROUTE_ROLES } from './access-policy';
import { AccessDenied, AuthenticationRequired } from './auth-errors';

const BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/i;

/**
 * The global guard: verifies the bearer token, sets request.principal (the only source of the actor
 * recorded in events), then applies the route's declared policy. Deny by default: a route with no
 * @Public() and no @Roles() is forbidden to everyone.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return false;
    const handler = context.getHandler();
    if (this.reflector.get<boolean>(PUBLIC_ROUTE, handler)) return true;

    const request = context.switchToHttp().getRequest<TrackedRequest>();
    const principal = this.authenticate(request);
    request.principal = principal;

    const roles = this.reflector.get<Role[] | undefined>(ROUTE_ROLES, handler);
    if (!roles) throw new AccessDenied('No access policy is declared for this route');
    if (!roles.some((role) => principal.roles.includes(role)))
      throw new AccessDenied(`This route needs one of the roles: ${roles.join(', ')}`);
    // The State a command acts for is checked by the write pipeline against the principal's States
    // (its command table names the field), after the body has been validated once.
    return true;
  }

  private authenticate(request: TrackedRequest): Principal {
    const header = request.header('authorization');
    if (!header)
      throw new AuthenticationRequired('A bearer token is required (Authorization: Bearer <token>)');
    const match = BEARER.exec(header);
    if (!match)
      throw new AuthenticationRequired('The Authorization header is not a bearer JWT', 'invalid_request');
    try {
      return this.tokens.verify(match[1]!);
    } catch (error) {
      if (error instanceof InvalidTokenError)
        throw new AuthenticationRequired(error.message, 'invalid_token');
      throw error;
    }
  }
}
