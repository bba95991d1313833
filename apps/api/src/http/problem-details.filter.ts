import { AggregateNotFound, DomainRuleViolation, violationsOf } from '@ct/domain';
import {
  ConcurrencyConflictError,
  CutoffPastHeadError,
  EventStoreUnavailableError,
  IdempotencyKeyReusedError,
  ReadModelBehindError,
  StateNotCoveredError,
  StreamDeletedError,
  WorkTooLargeError,
  WrongExpectedRevisionError,
} from '@ct/application';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import { type Request, type Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { isNativeError } from 'node:util/types';
import { AccessDenied, AuthenticationRequired } from './auth/auth-errors';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType } from './problem';
import { type FailedResponse } from './request-context.middleware';
import { InvalidInputException } from './validation';

/**
 * Problem types of the statuses no domain error maps to (Nest's and Express's own HttpExceptions,
 * body-parser errors): a stable type and a human title each, never `about:blank` and never the
 * exception's class name. Listed in the README's error table.
 */
const STATUS_PROBLEMS: Readonly<Record<number, { slug: string; title: string }>> = {
  400: { slug: 'bad-request', title: 'Bad request' },
  404: { slug: 'not-found', title: 'Not found' },
  405: { slug: 'method-not-allowed', title: 'Method not allowed' },
  406: { slug: 'not-acceptable', title: 'Not acceptable' },
  408: { slug: 'request-timeout', title: 'Request timeout' },
  409: { slug: 'conflict', title: 'Conflict' },
  410: { slug: 'gone', title: 'Gone' },
  411: { slug: 'length-required', title: 'Length required' },
  412: { slug: 'precondition-failed', title: 'Precondition failed' },
  413: { slug: 'payload-too-large', title: 'Payload too large' },
  414: { slug: 'uri-too-long', title: 'URI too long' },
  415: { slug: 'unsupported-media-type', title: 'Unsupported media type' },
  422: { slug: 'unprocessable-content', title: 'Unprocessable content' },
  429: { slug: 'rate-limited', title: 'Too many requests' },
  431: { slug: 'headers-too-large', title: 'Request header fields too large' },
  500: { slug: 'internal-error', title: 'Internal server error' },
  501: { slug: 'not-implemented', title: 'Not implemented' },
  502: { slug: 'bad-gateway', title: 'Bad gateway' },
  503: { slug: 'service-unavailable', title: 'Service unavailable' },
  504: { slug: 'gateway-timeout', title: 'Gateway timeout' },
};

/** A status outside the table still gets a type of its own and its HTTP reason phrase. */
export function problemForStatus(status: number): Pick<ProblemDetails, 'type' | 'title' | 'status'> {
  const known = STATUS_PROBLEMS[status];
  if (known) return { type: problemType(known.slug), title: known.title, status };
  const phrase = STATUS_CODES[status] ?? (status >= 500 ? 'Server error' : 'Client error');
  return { type: problemType(`http-${status}`), title: phrase, status };
}

/** Seconds a client should wait before retrying when the event store is unavailable. */
const RETRY_AFTER_SECONDS = 2;

/**
 * The single place where errors become HTTP answers (RFC 9457). Domain errors carry no HTTP; this
 * maps them. Unexpected errors are logged with their stack and answered without it.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
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
    // The request's log line (RequestContextMiddleware) reports it at error level, with its stack.
    if (problem.status >= 500 && problem.status !== 503)
      (response as FailedResponse).err =
        // isNativeError: errors made in another realm (a native addon, a VM context) are errors too.
        exception instanceof Error || isNativeError(exception) ? exception : new Error(String(exception));
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
    // A record-time position past the log's head: bad input, named like the validation pipe names it.
    if (exception instanceof CutoffPastHeadError)
      return {
        type: problemType('invalid-input'),
        title: 'Invalid input',
        status: 400,
        detail: `1 field(s) are invalid: ${exception.field}`,
        errors: [{ field: exception.field, message: exception.message }],
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
        rule: exception.rule,
        errors: [{ field: 'header:Idempotency-Key', message: exception.message, rule: exception.rule }],
      };
    if (exception instanceof WorkTooLargeError)
      return {
        type: problemType('work-too-large'),
        title: 'The answer would be too large to compute',
        status: 413,
        detail: exception.message,
        rule: exception.rule,
        limit: exception.limit,
        errors: [{ field: exception.field, message: exception.message, rule: exception.rule }],
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
    if (exception instanceof StateNotCoveredError)
      return { type: problemType('forbidden'), title: 'Forbidden', status: 403, detail: exception.message };
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
      return { ...problemForStatus(status), detail };
    }
    // body-parser reports malformed or oversized bodies, and unsupported charsets or encodings, as
    // errors with a status: named by that status (413, 415) or as a malformed request.
    const status = (exception as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500)
      return {
        ...(status === 400
          ? { type: problemType('malformed-request'), title: 'Malformed request' }
          : problemForStatus(status)),
        status,
        detail: (exception as Error).message,
      };
    return {
      type: problemType('internal-error'),
      title: 'Internal server error',
      status: 500,
      detail: 'An unexpected error occurred.',
    };
  }
}
