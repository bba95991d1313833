import { type Type, applyDecorators } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { ID_PATTERN_SOURCE, STATE_PATTERN_SOURCE } from './api-fields';
import { ProblemDto } from './problem.dto';
import { AuditEventPageSchema, CommandResultSchema, ReportSchema } from './responses.dto';

/**
 * Operation-level OpenAPI documentation: the success answer with its schema and headers, and the
 * RFC 9457 problems each kind of route can answer. Documentation only: nothing here changes what a
 * route does, and test/openapi checks the document against the running API.
 */

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503;

const RETRY_AFTER = {
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
};

const PROBLEMS: Record<ProblemStatus, { description: string; example: object; headers?: object }> = {
  400: {
    description: 'Invalid input: `errors` names every bad field (body, query, `path:`, `header:`).',
    example: {
      type: '/problems/invalid-input',
      title: 'Invalid input',
      status: 400,
      detail: '1 field(s) are invalid: adoptedOn',
      instance: '/frameworks',
      errors: [{ field: 'adoptedOn', message: 'adoptedOn must be a calendar date (YYYY-MM-DD)' }],
    },
  },
  401: {
    description: 'No valid bearer token.',
    example: {
      type: '/problems/unauthenticated',
      title: 'Authentication required',
      status: 401,
      detail: 'A bearer token is required (Authorization: Bearer <token>)',
    },
    headers: { 'WWW-Authenticate': { description: 'The scheme to use.', schema: { type: 'string' } } },
  },
  403: {
    description: "The caller's roles or States do not cover this request.",
    example: {
      type: '/problems/forbidden',
      title: 'Forbidden',
      status: 403,
      detail: 'requires role auditor',
    },
  },
  404: {
    description: 'Unknown id.',
    example: {
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      detail: 'deliverable criminalise-tf does not exist',
    },
  },
  409: {
    description:
      'The record kept changing while the command was decided; nothing was recorded. Retry with the same Idempotency-Key.',
    example: {
      type: '/problems/concurrency-conflict',
      title: 'The record changed while the command was decided',
      status: 409,
    },
  },
  413: {
    description: 'The body is over 256 kB, or the answer would be too large to compute.',
    example: { type: '/problems/payload-too-large', title: 'Payload too large', status: 413 },
  },
  422: {
    description:
      'A rule of the domain forbids the command (`errors[].rule` is stable), or an Idempotency-Key was reused for another command. Nothing was recorded.',
    example: {
      type: '/problems/domain-rule-violated',
      title: 'A rule of the domain forbids this command',
      status: 422,
      detail: 'reportedOn is before the deliverable was assigned to TJ',
      errors: [
        {
          field: 'reportedOn',
          message: 'reportedOn is before the assignment',
          rule: 'report-before-assignment',
        },
      ],
    },
  },
  429: {
    description: 'Too many requests from this client address.',
    example: { type: '/problems/rate-limited', title: 'Too many requests', status: 429 },
    headers: RETRY_AFTER,
  },
  503: {
    description:
      'The event store cannot write now (nothing was recorded), or the read models have not reached `minPosition` in time.',
    example: {
      type: '/problems/read-model-behind',
      title: 'The read models have not reached the requested position yet',
      status: 503,
      requestedPosition: '120',
      checkpoint: '118',
    },
    headers: RETRY_AFTER,
  },
};

/** The problem+json answers a route can give, each with the Problem schema and an example. */
export function ApiProblems(...statuses: ProblemStatus[]): MethodDecorator {
  return applyDecorators(
    ...statuses.map((status) => {
      const { description, example, headers } = PROBLEMS[status];
      return ApiResponse({
        status,
        description,
        ...(headers ? { headers } : {}),
        content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(ProblemDto) }, example } },
      } as Parameters<typeof ApiResponse>[0]);
    }),
  );
}

/** What an operation is in the document: its summary, and a description when it has one. */
interface OperationText {
  summary: string;
  description?: string;
}

const ApiOperationText = ({ summary, description }: OperationText, extra: { security?: [] } = {}) =>
  ApiOperation({ summary, ...(description ? { description } : {}), ...extra });

const correlationHeader = ApiHeader({
  name: 'X-Correlation-Id',
  required: false,
  description:
    'Ties the events of one request or batch together; echoed in the answer. Generated when absent.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' },
});

const ANSWER_HEADERS = {
  'X-Correlation-Id': { description: 'The correlation id of this request.', schema: { type: 'string' } },
};

/**
 * A command route: 201 with where its events landed, the Idempotency-Key that makes retries safe,
 * and every problem a command can meet. `creates` documents the Location of a new aggregate.
 */
export function ApiCommand(options: { summary: string; description?: string; creates?: boolean }) {
  const headers = {
    ...ANSWER_HEADERS,
    ...(options.creates
      ? { Location: { description: 'Where the new record is read.', schema: { type: 'string' } } }
      : {}),
  };
  return applyDecorators(
    ApiOperationText(options),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Makes a retry safe: the same key answers the original result with `replayed: true` and records nothing.',
      schema: {
        type: 'string',
        pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$',
        example: 'report-tj-2024-06-30',
      },
    }),
    ApiHeader({
      name: 'X-Causation-Id',
      required: false,
      description: 'The command or event that caused this one; defaults to the command id.',
      schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$' },
    }),
    correlationHeader,
    ApiCreatedResponse({ description: 'Recorded.', type: CommandResultSchema, headers }),
    ApiProblems(400, 401, 403, 404, 409, 413, 422, 429, 503),
  );
}

const READ_POSITION = {
  'X-Read-Model-Position': {
    description: 'The read models reflect the log at least up to this position.',
    schema: { type: 'string', pattern: '^\\d+$' },
  },
};

/** A read-model query: 200 with the given schema, the position it reflects, and its problems. */
export function ApiReadModel(options: {
  summary: string;
  description?: string;
  type: Type<unknown>;
  isArray?: boolean;
  notFound?: boolean;
}) {
  return applyDecorators(
    ApiOperationText(options),
    ApiOkResponse({
      type: options.type,
      isArray: options.isArray ?? false,
      headers: { ...READ_POSITION, ...ANSWER_HEADERS },
    }),
    ApiProblems(400, 401, 403, ...(options.notFound ? [404 as const] : []), 429, 503),
  );
}

/** A read of an aggregate folded from its own stream. */
export function ApiAggregate(options: { summary: string; type: Type<unknown> }) {
  return applyDecorators(
    ApiOperation({ summary: options.summary }),
    ApiOkResponse({ type: options.type, headers: ANSWER_HEADERS }),
    ApiProblems(400, 401, 403, 404, 429, 503),
  );
}

/** A route anyone may call without a token: no security requirement in the document. */
export function ApiPublicOperation(options: { summary: string; description?: string }) {
  return ApiOperationText(options, { security: [] });
}

/** A slug id in the path. */
export const ApiIdParam = (name: string, description: string, example: string) =>
  ApiParam({
    name,
    description: `${description} A slug: 3-64 lowercase letters, digits or hyphens.`,
    schema: { type: 'string', pattern: ID_PATTERN_SOURCE, minLength: 3, maxLength: 64 },
    example,
  });

/** An ISO 3166-1 alpha-2 State in the path. */
export const ApiStateParam = (name = 'stateCode') =>
  ApiParam({
    name,
    description: 'ISO 3166-1 alpha-2 code (officially assigned).',
    schema: { type: 'string', pattern: STATE_PATTERN_SOURCE },
    example: 'TJ',
  });

/** An audit route reading the event log: a JSON page, or every event as JSON Lines with `format=jsonl`. */
export function ApiAuditHistory(options: { summary: string; description?: string }) {
  return applyDecorators(
    ApiOperationText(options),
    ApiOkResponse({
      description:
        '`format=json` (default): one page; `format=jsonl`: every matching event, one JSON object a line.',
      headers: ANSWER_HEADERS,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(AuditEventPageSchema) } },
        'application/x-ndjson': {
          schema: { type: 'string', description: 'One AuditEvent as JSON per line.' },
        },
      },
    }),
    ApiProblems(400, 401, 403, 429, 503),
  );
}

/** An auditor's computed answer (verification, as-of). */
export function ApiAuditAnswer(options: {
  summary: string;
  description?: string;
  type: Type<unknown>;
  problems: ProblemStatus[];
}) {
  return applyDecorators(
    ApiOperationText(options),
    ApiOkResponse({ type: options.type, headers: ANSWER_HEADERS }),
    ApiProblems(...options.problems),
  );
}

const REPORT_HEADERS = {
  'X-Report-As-Of': {
    description: 'The day the report is about.',
    schema: { type: 'string', format: 'date' },
  },
  'X-Read-Model-Position': READ_POSITION['X-Read-Model-Position'],
  'Content-Disposition': { description: 'The file name of the report.', schema: { type: 'string' } },
};

/** A report in the format `format=` asks for. */
export function ApiReport(options: { summary: string; notFound?: boolean }) {
  const text = (description: string) => ({ schema: { type: 'string', description } });
  return applyDecorators(
    ApiOperation({ summary: options.summary }),
    ApiOkResponse({
      description: 'The report, in the format asked for with `format=`.',
      headers: REPORT_HEADERS,
      content: {
        'application/json': { schema: { $ref: getSchemaPath(ReportSchema) } },
        'text/csv': text('One table (`table=`), RFC 4180.'),
        'text/markdown': text('Every table, as Markdown.'),
        'text/html': text('A self-contained HTML page with charts.'),
      },
    }),
    ApiProblems(400, 401, 403, ...(options.notFound ? [404 as const] : []), 413, 429),
  );
}

/** The assistance as IATI activity XML. */
export function ApiIatiReport(options: { summary: string }) {
  return applyDecorators(
    ApiOperation({ summary: options.summary }),
    ApiOkResponse({
      description: 'IATI activity XML 2.03, one iati-activity per assistance record.',
      headers: REPORT_HEADERS,
      content: { 'application/xml': { schema: { type: 'string' } } },
    }),
    ApiProblems(400, 401, 403, 413, 429),
  );
}

/** A free-form path segment (a stream name, a correlation id) with its pattern. */
export const ApiPatternParam = (name: string, description: string, pattern: string, example: string) =>
  ApiParam({ name, description, schema: { type: 'string', pattern }, example });
