import { type CommandMetadata, commandIdFor } from '@ct/application';
import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { AuthenticationRequired } from './auth/auth-errors';
import { SAFE_ID, type TrackedRequest } from './request-context.middleware';
import { InvalidInputException } from './validation';

/**
 * The metadata of a command sent over HTTP: the verified principal (AuthGuard), the Idempotency-Key
 * (scoped to that principal: a retry of the same request gets the original answer and records
 * nothing new; the key on another request is refused), the server's correlation id and the
 * client's, causation, and the States the principal may act for.
 */
export const CommandContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandMetadata => {
    const request = context.switchToHttp().getRequest<TrackedRequest>();
    // AuthGuard sets the principal on every non-public route; a command route without one would be
    // a wiring mistake, and it must fail closed rather than record an anonymous event.
    const principal = request.principal;
    if (!principal)
      throw new AuthenticationRequired('A bearer token is required (Authorization: Bearer <token>)');
    const errors: { field: string; message: string }[] = [];
    const key = request.header('idempotency-key');
    if (key !== undefined && !SAFE_ID.test(key))
      errors.push({
        field: 'header:Idempotency-Key',
        message: 'Idempotency-Key must be 1-128 letters, digits, . _ : -',
      });
    const causation = request.header('x-causation-id');
    if (causation !== undefined && !SAFE_ID.test(causation))
      errors.push({
        field: 'header:X-Causation-Id',
        message: 'X-Causation-Id must be 1-128 letters, digits, . _ : -',
      });
    if (errors.length > 0) throw new InvalidInputException(errors);
    const commandId = commandIdFor(principal.id, key);
    return {
      actor: principal.id,
      commandId,
      idempotent: key !== undefined,
      correlationId: request.correlationId,
      ...(request.clientCorrelationId === undefined
        ? {}
        : { clientCorrelationId: request.clientCorrelationId }),
      causationId: causation ?? commandId,
      // Programme staff act for every State; anyone else only for the States of their token (and
      // the pipeline then tells the domain they act as a State's coordinator).
      actsForStates: principal.roles.includes('programme-admin') ? undefined : principal.states,
      now: new Date().toISOString(),
    };
  },
);
