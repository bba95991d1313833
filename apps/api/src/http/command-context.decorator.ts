import { type CommandMetadata } from '@ct/application';
import { type ExecutionContext, createParamDecorator } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthenticationRequired } from './auth/auth-errors';
import { SAFE_ID, type TrackedRequest } from './request-context.middleware';
import { InvalidInputException } from './validation';

/**
 * The metadata of a command sent over HTTP: the verified principal (AuthGuard), the Idempotency-Key (a retried request
 * with the same key gets the original answer and records nothing new), correlation and causation.
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
    const commandId = key ?? randomUUID();
    return {
      actor: principal.id,
      commandId,
      correlationId: request.correlationId,
      causationId: causation ?? commandId,
      now: new Date().toISOString(),
    };
  },
);
