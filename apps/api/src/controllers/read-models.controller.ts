import {
  type AsOfAnswer,
  AsOfDeliverableQuery,
  AsOfLedgerQuery,
  type AsOfQuery,
  AsOfScorecardQuery,
  type Basis,
  type Cutoff,
  GetAssistanceReceivedQuery,
  GetScorecardQuery,
  GetTrackedDeliverableQuery,
  ListActivityQuery,
  ListAssistanceQuery,
  ListDeliverablesQuery,
  ListFrameworksQuery,
  ListProcessesQuery,
  ListReviewQueueQuery,
  type ReadModelAnswer,
  type QueryAnswer,
  type ReadModelQuery,
  StateNotCoveredError,
  SummarizeAssistanceQuery,
  type Timelines,
} from '@ct/application';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiIdParam, ApiReadModel } from '../dto/api-operations';
import {
  ActivityPageSchema,
  AssistanceReceivedSchema,
  AssistanceRecordPageSchema,
  AssistanceSummarySchema,
  CatalogueFrameworkPageSchema,
  CatalogueProcessPageSchema,
  ReviewQueuePageSchema,
  ScorecardSchema,
  TrackedDeliverableDetailSchema,
  TrackedDeliverablePageSchema,
} from '../dto/responses.dto';
import { type Response } from 'express';
import {
  ActivityQueryDto,
  AssistanceLedgerQueryDto,
  AssistanceQueryDto,
  AssistanceReceivedQueryDto,
  DeliverablesQueryDto,
  FrameworksQueryDto,
  ProcessesQueryDto,
  ReviewQueueQueryDto,
  type ReadQueryDto,
  ScorecardQueryDto,
  TrackedDeliverableQueryDto,
} from '../dto/read-model.dto';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';
import { type TrackedRequest } from '../http/request-context.middleware';

/** Today (UTC): the default business day of a live read. */
const today = () => new Date().toISOString().slice(0, 10);

/** `knownAt` (validated: a day or a zoned instant) as a record-time cutoff: a day means its end, UTC. */
const knownAtCutoff = (knownAt: string): Cutoff =>
  /^\d{4}-\d{2}-\d{2}$/.test(knownAt) ? { date: knownAt } : { instant: knownAt };

/** The two timelines of a live route asked for a record time: `asOf` then defaults to its day. */
const recordTime = (q: { asOf?: string; basis?: Basis; revision?: string }, knownAt: string): Timelines => ({
  ...(q.asOf !== undefined ? { asOf: q.asOf } : {}),
  knownAt: knownAtCutoff(knownAt),
  basis: q.basis ?? 'reported',
  ...(q.revision !== undefined ? { revision: q.revision } : {}),
});

const position = (query: ReadQueryDto) =>
  query.minPosition === undefined ? undefined : BigInt(query.minPosition);

/**
 * The read models (projections) over HTTP, for dashboards and reporting jobs. Every answer says in
 * `X-Read-Model-Position` which log position it reflects at least; pass a command's `position` as
 * `minPosition` to read your own write.
 */
@ApiTags('read models')
@Controller()
export class ReadModelsController {
  constructor(private readonly queries: QueryBus) {}

  private async ask<R>(query: ReadModelQuery<unknown, R>, response: Response): Promise<R> {
    const answer: ReadModelAnswer<R> = await this.queries.execute(query);
    response.setHeader('X-Read-Model-Position', answer.checkpoint);
    return answer.result;
  }

  /**
   * Record time in the past (README, Two timelines): the log recorded by then, replayed. The
   * position header is the last event replayed.
   */
  private async replayed<R>(query: AsOfQuery<unknown, R>, response: Response): Promise<AsOfAnswer<R>> {
    const answer: QueryAnswer<AsOfAnswer<R>> = await this.queries.execute(query);
    response.setHeader('X-Read-Model-Position', answer.checkpoint);
    return answer.result;
  }

  /** State x framework x pillar: deliverables by status, percent complete, overdue as of a day. */
  @ApiReadModel({
    summary: 'State x framework x pillar: deliverables by status, percent complete, overdue as of a day.',
    type: ScorecardSchema,
  })
  @Get('scorecards')
  @Roles(...READ_ROLES)
  async scorecards(@Query() q: ScorecardQueryDto, @Res({ passthrough: true }) response: Response) {
    const scope = {
      stateCode: q.state,
      frameworkId: q.framework,
      pillar: q.pillar,
      limit: q.limit,
      offset: q.offset,
    };
    if (q.knownAt !== undefined) {
      const answer = await this.replayed(new AsOfScorecardQuery(recordTime(q, q.knownAt), scope), response);
      return { asOf: answer.asOf, basis: answer.basis, knownAt: answer.knownAt, ...answer.result };
    }
    const asOf = q.asOf ?? today();
    const basis = q.basis ?? 'reported';
    const page = await this.ask(
      new GetScorecardQuery(
        { asOf, basis, ...(q.revision !== undefined ? { revision: q.revision } : {}), ...scope },
        position(q),
      ),
      response,
    );
    return { asOf, basis, ...page };
  }

  /** Assistance received per State: count, totals per currency, providers. */
  @ApiReadModel({
    summary: 'Assistance received per State: count, totals per currency, providers.',
    type: AssistanceReceivedSchema,
    isArray: true,
  })
  @Get('scorecards/assistance-received')
  @Roles(...READ_ROLES)
  assistanceReceived(@Query() q: AssistanceReceivedQueryDto, @Res({ passthrough: true }) response: Response) {
    return this.ask(
      new GetAssistanceReceivedQuery({ stateCode: q.state, pillar: q.pillar }, position(q)),
      response,
    );
  }

  /** Deliverables with every assigned State's lead agency, due date and status. */
  @ApiReadModel({
    summary: "Deliverables with every assigned State's lead agency, due date and status.",
    type: TrackedDeliverablePageSchema,
  })
  @Get('tracker/deliverables')
  @Roles(...READ_ROLES)
  async deliverables(@Query() q: DeliverablesQueryDto, @Res({ passthrough: true }) response: Response) {
    const { framework, state, minPosition: _m, asOf: day, basis: given, ...rest } = q;
    const asOf = day ?? today();
    const basis = given ?? 'reported';
    const page = await this.ask(
      new ListDeliverablesQuery(
        { ...rest, asOf, basis, frameworkId: framework, stateCode: state },
        position(q),
      ),
      response,
    );
    return { asOf, basis, ...page };
  }

  /** One deliverable with the dated list of progress reports of each State. */
  @ApiReadModel({
    summary: 'One deliverable with the dated progress reports of each State.',
    type: TrackedDeliverableDetailSchema,
    notFound: true,
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @Get('tracker/deliverables/:id')
  @Roles(...READ_ROLES)
  async deliverable(
    @Param('id', IdParamPipe) id: string,
    @Query() q: TrackedDeliverableQueryDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    if (q.knownAt !== undefined) {
      // The deliverable's stream recorded by then, replayed.
      const answer = await this.replayed(
        new AsOfDeliverableQuery(recordTime(q, q.knownAt), {
          deliverableId: id,
          ...(q.state !== undefined ? { stateCode: q.state } : {}),
        }),
        response,
      );
      return { asOf: answer.asOf, basis: answer.basis, knownAt: answer.knownAt, ...answer.result };
    }
    const asOf = q.asOf ?? today();
    const basis = q.basis ?? 'reported';
    const detail = await this.ask(
      new GetTrackedDeliverableQuery({ deliverableId: id, stateCode: q.state, asOf, basis }, position(q)),
      response,
    );
    return { asOf, basis, ...detail };
  }

  /**
   * Progress reports awaiting review by programme staff, oldest first, with their age in days.
   * Programme staff and auditors see every State's (`state` filters by assignee); a coordinator
   * (without either role) sees only the States their token covers (`state` narrows to one of
   * them): their assignments' reports and the regional reports those States sent.
   */
  @ApiReadModel({
    summary: 'Progress reports awaiting review, oldest first, with their age in days.',
    description:
      'Reports in review state `submitted` (not validated, returned or withdrawn), oldest submission first. programme-admin and auditor see every State; a coordinator the assignments of the States of their token and the regional reports those States sent (`reportingState`), but not those another member sent (asking for another State is a 403).',
    type: ReviewQueuePageSchema,
  })
  @Get('review-queue')
  @Roles('programme-admin', 'auditor', 'coordinator')
  async reviewQueue(
    @Query() q: ReviewQueueQueryDto,
    @Req() request: TrackedRequest,
    @Res({ passthrough: true }) response: Response,
  ) {
    const asOf = q.asOf ?? today();
    const principal = request.principal;
    const staff = principal?.roles.some((r) => r === 'programme-admin' || r === 'auditor') ?? false;
    let stateCodes: string[] | undefined;
    if (!staff) {
      const covered = principal?.states ?? [];
      if (q.state !== undefined && !covered.includes(q.state))
        throw new StateNotCoveredError(q.state, 'state', covered);
      // Their States' reports, the regional ones they sent included (assigned to the mechanism).
      stateCodes = q.state !== undefined ? [q.state] : covered;
    }
    const page = await this.ask(
      new ListReviewQueueQuery(
        {
          asOf,
          ...(q.state !== undefined && staff ? { stateCode: q.state } : {}),
          ...(stateCodes !== undefined ? { stateCodes } : {}),
          ...(q.framework !== undefined ? { frameworkId: q.framework } : {}),
          limit: q.limit,
          offset: q.offset,
        },
        position(q),
      ),
      response,
    );
    return { asOf, ...page };
  }

  /** Assistance records: provider, recipient, pillar, kind, period, amount. */
  @ApiReadModel({
    summary: 'Assistance records: provider, recipient, pillar, kind, period, amount.',
    type: AssistanceRecordPageSchema,
  })
  @Get('ledger/assistance')
  @Roles(...READ_ROLES)
  async assistance(@Query() q: AssistanceLedgerQueryDto, @Res({ passthrough: true }) response: Response) {
    const { minPosition: _m, knownAt, ...filters } = q;
    if (knownAt !== undefined) {
      // The ledger as the log recorded by then makes it (the records are not effective-dated).
      const answer = await this.replayed(
        new AsOfLedgerQuery({ knownAt: knownAtCutoff(knownAt) }, filters),
        response,
      );
      return { knownAt: answer.knownAt, ...answer.result };
    }
    return this.ask(new ListAssistanceQuery(filters, position(q)), response);
  }

  /** Provider x recipient x pillar x kind with totals per currency. */
  @ApiReadModel({
    summary: 'Provider x recipient x pillar x kind, with totals per currency.',
    type: AssistanceSummarySchema,
  })
  @Get('ledger/assistance/summary')
  @Roles(...READ_ROLES)
  assistanceSummary(@Query() q: AssistanceQueryDto, @Res({ passthrough: true }) response: Response) {
    const { minPosition: _m, limit: _l, offset: _o, ...filters } = q;
    return this.ask(new SummarizeAssistanceQuery(filters, position(q)), response);
  }

  /** What was recorded, newest first. */
  @ApiReadModel({ summary: 'What was recorded, newest first.', type: ActivityPageSchema })
  @Get('timeline')
  @Roles(...READ_ROLES)
  timeline(@Query() q: ActivityQueryDto, @Res({ passthrough: true }) response: Response) {
    const { state, framework, minPosition: _m, ...rest } = q;
    return this.ask(
      new ListActivityQuery({ ...rest, stateCode: state, frameworkId: framework }, position(q)),
      response,
    );
  }

  @ApiReadModel({
    summary: 'Frameworks: titles, dates, adopting States.',
    type: CatalogueFrameworkPageSchema,
  })
  @Get('catalogue/frameworks')
  @Roles(...READ_ROLES)
  frameworks(@Query() q: FrameworksQueryDto, @Res({ passthrough: true }) response: Response) {
    const { state, minPosition: _m, ...rest } = q;
    return this.ask(new ListFrameworksQuery({ ...rest, stateCode: state }, position(q)), response);
  }

  @ApiReadModel({ summary: 'Processes and their conferences.', type: CatalogueProcessPageSchema })
  @Get('catalogue/processes')
  @Roles(...READ_ROLES)
  processes(@Query() q: ProcessesQueryDto, @Res({ passthrough: true }) response: Response) {
    const { state, framework, minPosition: _m, ...rest } = q;
    return this.ask(
      new ListProcessesQuery({ ...rest, stateCode: state, frameworkId: framework }, position(q)),
      response,
    );
  }
}
