import { ROLES, type Role } from '@ct/application';
import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'ct:public-route';
export const ROUTE_ROLES = 'ct:route-roles';

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
