import {
  AsOfService,
  AuditLog,
  type Cutoff,
  type LogFilter,
  type Timelines,
  toAuditEvent,
} from '@ct/application';
import { isStateCode } from '@ct/domain';
import {
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
  asStored,
  verifyHashChains,
} from '@ct/event-store';
import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
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
 * (`?after=<next>`), or streamed whole as JSON Lines with `?format=jsonl`.
 */
@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly audit: AuditLog,
    private readonly asOf: AsOfService,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /** The global log, filterable by type, actor, correlation id and time range. */
  @Roles('auditor')
  @ApiAuditHistory({ summary: 'The global log, filterable by type, actor, correlation id and time range.' })
  @Get('events')
  log(@Query() query: HistoryQueryDto, @Res() response: Response) {
    return this.send(this.audit.log(filterOf(query)), query, response);
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
    return this.send(this.audit.stream(streamName, filterOf(query)), query, response);
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
    return this.send(this.audit.forState(stateCode, filterOf(query)), query, response);
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
    return this.send(this.audit.forDeliverable(id, filterOf(query)), query, response);
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
    return this.send(this.audit.log({ ...filterOf(query), correlationId }), query, response);
  }

  /** Walks every hash chain; `ok: false` names the first broken link of each stream. */
  @Roles('auditor')
  @ApiAuditAnswer({
    summary: 'Walk every hash chain; `ok: false` names the first broken link of each stream.',
    type: VerificationReportSchema,
    problems: [401, 403, 429, 503],
  })
  @Get('verify')
  verify() {
    return verifyHashChains(asStored(this.store));
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
    return this.asOf.scorecard(await this.timelinesOf(q), {
      stateCode: q.state,
      frameworkId: q.framework,
      pillar: q.pillar,
      limit: q.limit,
      offset: q.offset,
    });
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
    const answer = await this.asOf.deliverable(await this.timelinesOf(q), id);
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
    return this.asOf.ledger(await this.timelinesOf(q), filters);
  }

  /**
   * The two timelines of the query. A position past the log's head names a moment that has not
   * happened: refused rather than read as "now", so an auditor never mistakes it for a cutoff that
   * was honoured.
   */
  private async timelinesOf(query: AsOfQueryDto & { revision?: string }): Promise<Timelines> {
    const cutoff = cutoffOf(query);
    if (cutoff && 'position' in cutoff) {
      const head = await this.store.headPosition();
      if (head === undefined || cutoff.position > head)
        throw new InvalidInputException([
          {
            field: 'position',
            message: `position must be at most the log's head (${head === undefined ? 'the log is empty' : head.toString()})`,
          },
        ]);
    }
    return {
      ...(query.asOf !== undefined ? { asOf: query.asOf } : {}),
      ...(cutoff ? { knownAt: cutoff } : {}),
      ...(query.basis !== undefined ? { basis: query.basis } : {}),
      ...(query.revision !== undefined ? { revision: query.revision } : {}),
    };
  }

  private async send(history: AsyncIterable<RecordedEvent>, query: HistoryQueryDto, response: Response) {
    if (query.format === 'json') {
      response.json(await this.audit.page(history, query.limit));
      return;
    }
    response.status(200).type('application/x-ndjson');
    for await (const event of history) {
      if (!response.write(`${JSON.stringify(toAuditEvent(event))}\n`)) await once(response, 'drain');
    }
    response.end();
  }
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
