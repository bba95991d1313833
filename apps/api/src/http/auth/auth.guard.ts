import { AccessTokens, InvalidTokenError, type Principal, type Role } from '@ct/application';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type TrackedRequest } from '../request-context.middleware';
import { validationPipe } from '../validation';
import { PUBLIC_ROUTE, ROUTE_ROLES, STATE_SCOPE, type StateScopePolicy } from './access-policy';
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

  async canActivate(context: ExecutionContext): Promise<boolean> {
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

    const scope = this.reflector.get<StateScopePolicy | undefined>(STATE_SCOPE, handler);
    if (scope) await this.checkState(request, principal, scope);
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

  /**
   * Guards run before pipes, so the body is still raw here. It is validated with the same pipe the
   * route uses (an invalid body is answered 400, exactly as without this check) and the State is
   * read from the validated value: a raw field is never trusted. The route's pipe validates again;
   * nothing is written before both pass.
   */
  private async checkState(
    request: TrackedRequest,
    principal: Principal,
    scope: StateScopePolicy,
  ): Promise<void> {
    const dto = (await validationPipe.transform(request.body, {
      type: 'body',
      metatype: scope.body,
    })) as Record<string, unknown>;
    const state = dto[scope.field];
    if (typeof state !== 'string' || !principal.states.includes(state))
      throw new AccessDenied(
        `Your token does not cover State '${String(state)}' (${scope.field}); it covers: ${principal.states.join(', ') || 'none'}`,
      );
  }
}
