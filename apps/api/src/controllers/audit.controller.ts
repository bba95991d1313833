import {
  type AuditEvent,
  AsOfDeliverableQuery,
  AsOfLedgerQuery,
  AsOfScorecardQuery,
  type Cutoff,
  GetEventHistoryQuery,
  type HistoryScope,
  type LogFilter,
  type Page,
  type QueryAnswer,
  StreamEventHistoryQuery,
  type Timelines,
  type VerificationReport,
  VerifyHashChainsQuery,
} from '@ct/application';
import { isStateCode } from '@ct/domain';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import {
  ApiAuditAnswer,
  ApiAuditHistory,
  ApiIdParam,
  ApiPatternParam,
  ApiStateParam,
} from '../dto/api-operations';
import {
  AsOfAssistancePageSchema,
  AsOfDeliverableSchema,
  AsOfScorecardSchema,
  VerificationReportSchema,
} from '../dto/responses.dto';
import { type Response } from 'express';
import { once } from 'node:events';
import {
  AsOfAssistanceQueryDto,
  AsOfQueryDto,
  AsOfScorecardQueryDto,
  HistoryQueryDto,
} from '../dto/audit.dto';
import { Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';
import { InvalidInputException } from '../http/validation';

const STREAM_NAME = /^[a-z]+-[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/;

/**
 * History for auditors (read-only), read from the event store itself. Every list is paged by global position
 * (`?after=<next>`), or streamed whole as JSON Lines with `?format=jsonl`. Every read is a query on
 * the QueryBus (libs/application/src/queries): the controller parses the request and writes the answer.
 */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly queries: QueryBus) {}

  /** The global log, filterable by type, actor, correlation id and time range. */
  @Roles('auditor')
  @ApiAuditHistory({ summary: 'The global log, filterable by type, actor, correlation id and time range.' })
  @Get('events')
  log(@Query() query: HistoryQueryDto, @Res() response: Response) {
    return this.send({ kind: 'log' }, filterOf(query), query, response);
  }

  /** Every event of one stream (`deliverable-<id>`, `framework-<id>`…). */
  @Roles('auditor')
  @ApiAuditHistory({ summary: 'Every event of one stream.' })
  @ApiPatternParam(
    'streamName',
    '`<category>-<id>`, e.g. `deliverable-criminalise-tf`.',
    '^[a-z]+-[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$',
    'deliverable-criminalise-tf',
  )
  @Get('streams/:streamName')
  stream(
    @Param('streamName') streamName: string,
    @Query() query: HistoryQueryDto,
    @Res() response: Response,
  ) {
    if (!STREAM_NAME.test(streamName))
      throw new InvalidInputException([
        { field: 'path:streamName', message: 'streamName must be <category>-<id>' },
      ]);
    return this.send({ kind: 'stream', streamName }, filterOf(query), query, response);
  }

  /** Every event of every stream that concerns the State. */
  @Roles('auditor')
  @ApiAuditHistory({ summary: 'Every event of every stream that concerns the State.' })
  @ApiStateParam()
  @Get('states/:stateCode/events')
  state(@Param('stateCode') stateCode: string, @Query() query: HistoryQueryDto, @Res() response: Response) {
    if (!isStateCode(stateCode))
      throw new InvalidInputException([
        { field: 'path:stateCode', message: 'stateCode must be ISO 3166-1 alpha-2' },
      ]);
    return this.send({ kind: 'state', stateCode }, filterOf(query), query, response);
  }

  /** The deliverable's stream and the assistance recorded against it. */
  @Roles('auditor')
  @ApiAuditHistory({ summary: "The deliverable's stream and the assistance recorded against it." })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @Get('deliverables/:id/events')
  deliverable(
    @Param('id', IdParamPipe) id: string,
    @Query() query: HistoryQueryDto,
    @Res() response: Response,
  ) {
    return this.send({ kind: 'deliverable', deliverableId: id }, filterOf(query), query, response);
  }

  /** Everything one request or one batch caused, in order. */
  @Roles('auditor')
  @ApiAuditHistory({ summary: 'Everything one request or one batch caused, in order.' })
  @ApiPatternParam(
    'correlationId',
    'The X-Correlation-Id of the request or batch.',
    '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$',
    'seed-demo-2024',
  )
  @Get('correlations/:correlationId')
  correlation(
    @Param('correlationId') correlationId: string,
    @Query() query: HistoryQueryDto,
    @Res() response: Response,
  ) {
    return this.send({ kind: 'log' }, { ...filterOf(query), correlationId }, query, response);
  }

  /** Walks every hash chain; `ok: false` names the first broken link of each stream. */
  @Roles('auditor')
  @ApiAuditAnswer({
    summary: 'Walk every hash chain; `ok: false` names the first broken link of each stream.',
    type: VerificationReportSchema,
    problems: [401, 403, 429, 503],
  })
  @Get('verify')
  async verify() {
    const answer: QueryAnswer<VerificationReport> = await this.queries.execute(new VerifyHashChainsQuery());
    return answer.result;
  }

  /**
   * The State scorecard for a business day (`asOf`) as known at a record time (`knownAt`, `date`
   * or `position`); with no record time, the live read models answer (no replay). In the past, the
   * events recorded up to it are replayed with the projector's code; scoped to one State, only its
   * history is read.
   */
  @Roles('auditor')
  @ApiAuditAnswer({
    summary: 'The State scorecard for a business day (asOf) as known at a record time (knownAt).',
    type: AsOfScorecardSchema,
    problems: [400, 401, 403, 413, 429, 503],
  })
  @Get('as-of/scorecards')
  async scorecardAsOf(@Query() q: AsOfScorecardQueryDto) {
    const query = new AsOfScorecardQuery(timelinesOf(q), {
      stateCode: q.state,
      frameworkId: q.framework,
      pillar: q.pillar,
      limit: q.limit,
      offset: q.offset,
    });
    return (await this.queries.execute(query)).result;
  }

  /** One deliverable's tracker entry for a business day (`asOf`) as known at a record time. */
  @Roles('auditor')
  @ApiAuditAnswer({
    summary: "One deliverable's tracker entry for a business day (asOf) as known at a record time (knownAt).",
    type: AsOfDeliverableSchema,
    problems: [400, 401, 403, 404, 413, 429, 503],
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @Get('as-of/deliverables/:id')
  async deliverableAsOf(@Param('id', IdParamPipe) id: string, @Query() q: AsOfQueryDto) {
    const { result: answer } = await this.queries.execute(
      new AsOfDeliverableQuery(timelinesOf(q), { deliverableId: id }),
    );
    // The entry is the one GET /tracker/deliverables/{id} gives, which names its day and basis.
    return { ...answer, result: { asOf: answer.asOf, basis: answer.basis, ...answer.result } };
  }

  /** The assistance ledger for a business day (`asOf`) as known at a record time. */
  @Roles('auditor')
  @ApiAuditAnswer({
    summary: 'The assistance ledger for a business day (asOf) as known at a record time (knownAt).',
    type: AsOfAssistancePageSchema,
    problems: [400, 401, 403, 413, 429, 503],
  })
  @Get('as-of/assistance')
  async assistanceAsOf(@Query() q: AsOfAssistanceQueryDto) {
    const { asOf: _a, knownAt: _k, date: _d, position: _p, basis: _b, ...filters } = q;
    return (await this.queries.execute(new AsOfLedgerQuery(timelinesOf(q), filters))).result;
  }

  private async send(scope: HistoryScope, filter: LogFilter, query: HistoryQueryDto, response: Response) {
    if (query.format === 'json') {
      const page: QueryAnswer<Page<AuditEvent>> = await this.queries.execute(
        new GetEventHistoryQuery(scope, filter, query.limit),
      );
      response.json(page.result);
      return;
    }
    const history: QueryAnswer<AsyncIterable<AuditEvent>> = await this.queries.execute(
      new StreamEventHistoryQuery(scope, filter),
    );
    response.status(200).type('application/x-ndjson');
    for await (const event of history.result) {
      if (!response.write(`${JSON.stringify(event)}\n`)) await once(response, 'drain');
    }
    response.end();
  }
}

/**
 * The two timelines of the query. (A position past the log's head is refused by the query:
 * CutoffPastHeadError, answered 400 on `position`.)
 */
function timelinesOf(query: AsOfQueryDto & { revision?: string }): Timelines {
  const cutoff = cutoffOf(query);
  return {
    ...(query.asOf !== undefined ? { asOf: query.asOf } : {}),
    ...(cutoff ? { knownAt: cutoff } : {}),
    ...(query.basis !== undefined ? { basis: query.basis } : {}),
    ...(query.revision !== undefined ? { revision: query.revision } : {}),
  };
}

/** The record-time cutoff asked for, if any: at most one of knownAt, date (a day) or position. */
function cutoffOf(query: AsOfQueryDto): Cutoff | undefined {
  const given = (['knownAt', 'date', 'position'] as const).filter((field) => query[field] !== undefined);
  if (given.length > 1)
    throw new InvalidInputException(
      given.map((field) => ({ field, message: 'give at most one of knownAt, date or position' })),
    );
  if (query.position !== undefined) return { position: BigInt(query.position) };
  if (query.date !== undefined) return { date: query.date };
  if (query.knownAt !== undefined)
    return /^\d{4}-\d{2}-\d{2}$/.test(query.knownAt) ? { date: query.knownAt } : { instant: query.knownAt };
  return undefined;
}

function filterOf(query: HistoryQueryDto): LogFilter {
  return {
    after: query.after === undefined ? undefined : BigInt(query.after),
    types: query.type,
    actor: query.actor,
    correlationId: query.correlationId,
    since: query.since,
    until: query.until,
  };
}
