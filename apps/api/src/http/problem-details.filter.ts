import { AggregateNotFound, DomainRuleViolation, violationsOf } from '@ct/domain';
import { EventStoreUnavailableError, StreamDeletedError, WrongExpectedRevisionError } from '@ct/event-store';
import { ConcurrencyConflictError, IdempotencyKeyReusedError, ReadModelBehindError } from '@ct/application';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { AccessDenied, AuthenticationRequired } from './auth/auth-errors';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType } from './problem';
import { InvalidInputException } from './validation';

/** Seconds a client should wait before retrying when the event store is unavailable. */
const RETRY_AFTER_SECONDS = 2;

/**
 * The single place where errors become HTTP answers (RFC 9457). Domain errors carry no HTTP; this
 * maps them. Unexpected errors are logged with their stack and answered without it.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl;
    if (problem.status === 503) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    // RFC 9110 §11.6.1: a 401 names the scheme the client should use.
    if (problem.status === 401)
      response.setHeader(
        'WWW-Authenticate',
        exception instanceof AuthenticationRequired ? exception.wwwAuthenticate : 'Bearer realm="ct-tracker"',
      );
    if (problem.status >= 500 && problem.status !== 503) this.logger.error(exception);
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof InvalidInputException)
      return {
        type: problemType('invalid-input'),
        title: 'Invalid input',
        status: 400,
        detail: `${exception.fieldErrors.length} field(s) are invalid: ${[...new Set(exception.fieldErrors.map((e) => e.field))].join(', ')}`,
        errors: exception.fieldErrors,
      };
    if (exception instanceof DomainRuleViolation) {
      const violations = violationsOf(exception);
      return {
        type: problemType('domain-rule-violated'),
        title: 'A rule of the domain forbids this command',
        status: 422,
        detail: violations.map((v) => v.message).join('; '),
        errors: violations.map((v) => ({ field: v.field ?? '', message: v.message, rule: v.rule })),
      };
    }
    if (exception instanceof AggregateNotFound)
      return { type: problemType('not-found'), title: 'Not found', status: 404, detail: exception.message };
    if (exception instanceof ConcurrencyConflictError || exception instanceof WrongExpectedRevisionError)
      return {
        type: problemType('concurrency-conflict'),
        title: 'The record changed while the command was decided',
        status: 409,
        detail: `${exception.message}; retry the command with the same Idempotency-Key`,
      };
    if (exception instanceof IdempotencyKeyReusedError)
      return {
        type: problemType('idempotency-key-reused'),
        title: 'Idempotency key reused',
        status: 422,
        detail: exception.message,
      };
    if (exception instanceof StreamDeletedError)
      return { type: problemType('deleted'), title: 'Deleted', status: 410, detail: exception.message };
    if (exception instanceof EventStoreUnavailableError)
      return {
        type: problemType('store-unavailable'),
        title: 'The event store is unavailable',
        status: 503,
        detail: 'Nothing was recorded. Retry with the same Idempotency-Key.',
      };
    if (exception instanceof ReadModelBehindError)
      return {
        type: problemType('read-model-behind'),
        title: 'The read models have not reached the requested position yet',
        status: 503,
        detail: exception.message,
        requestedPosition: exception.requested.toString(),
        checkpoint: exception.checkpoint.toString(),
      };
    if (exception instanceof AuthenticationRequired)
      return {
        type: problemType('unauthenticated'),
        title: 'Authentication required',
        status: 401,
        detail: exception.reason,
      };
    if (exception instanceof AccessDenied)
      return { type: problemType('forbidden'), title: 'Forbidden', status: 403, detail: exception.reason };
    // ThrottlerGuard has already set Retry-After.
    if (exception instanceof HttpException && exception.getStatus() === 429)
      return {
        type: problemType('rate-limited'),
        title: 'Too many requests',
        status: 429,
        detail: 'The rate limit for this client was reached; retry after the Retry-After delay.',
      };
    // Express's body parser (invalid JSON, a top-level value that is not an object or array, a
    // body that does not decode) and router (bad percent-encoding in the path): the adapter wraps
    // them in a 400. Name what is wrong, like every other 400.
    const cause = exception instanceof HttpException ? exception.cause : undefined;
    const fromBodyParser =
      cause instanceof SyntaxError || typeof (cause as { status?: unknown } | undefined)?.status === 'number';
    if (
      exception instanceof HttpException &&
      exception.getStatus() === 400 &&
      (fromBodyParser || cause instanceof URIError)
    )
      return {
        type: problemType('malformed-request'),
        title: 'Malformed request',
        status: 400,
        detail: (cause as Error).message,
        errors: [
          cause instanceof URIError
            ? { field: 'path', message: 'the path is not validly percent-encoded' }
            : { field: 'body', message: 'the body must be a JSON object, sent as application/json' },
        ],
      };
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const message = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      const detail = Array.isArray(message)
        ? message.map(String).join('; ')
        : typeof message === 'string'
          ? message
          : exception.message;
      return {
        type:
          status === 404
            ? problemType('not-found')
            : status === 413
              ? problemType('payload-too-large')
              : 'about:blank',
        title: exception.name.replace(/Exception$/, '').replace(/([a-z])([A-Z])/g, '$1 $2'),
        status,
        detail,
      };
    }
    // body-parser reports malformed or oversized bodies as errors with a status.
    const status = (exception as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500)
      return {
        type: problemType(status === 413 ? 'payload-too-large' : 'malformed-request'),
        title: status === 413 ? 'Payload too large' : 'Malformed request',
        status,
        detail: (exception as Error).message,
      };
    return {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred.',
    };
  }
}
