import { ROLES, type Role } from '@ct/application';
import { SetMetadata, type Type } from '@nestjs/common';

export const PUBLIC_ROUTE = 'ct:public-route';
export const ROUTE_ROLES = 'ct:route-roles';
export const STATE_SCOPE = 'ct:state-scope';

/**
 * A route anyone may call without a token (health checks from load balancers). The guard denies
 * every route that carries neither this nor @Roles, so forgetting a decorator closes a route
 * instead of opening it.
 */
export const Public = (): MethodDecorator => SetMetadata(PUBLIC_ROUTE, true);

/** The roles of which the caller needs at least one. Declared per route, never per controller, so
 * a new route added to a controller does not inherit a policy meant for its neighbours. */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator => SetMetadata(ROUTE_ROLES, roles);

/** Every role may read: aggregates and read models are not secret inside the programme. */
export const READ_ROLES = [...ROLES] as [Role, ...Role[]];

export interface StateScopePolicy {
  /** The route's body DTO: the body is validated before the State in it is trusted. */
  body: Type<object>;
  /** The body field naming the State the command acts for. */
  field: string;
}

/**
 * The command acts for the State named in body[field]; the caller must hold that State in its
 * `states` claim. A body that fails validation is answered 400 before any State is compared.
 */
export const StateScoped = <T extends object>(body: Type<T>, field: keyof T & string): MethodDecorator =>
  SetMetadata(STATE_SCOPE, { body, field } satisfies StateScopePolicy);
