import {
  GetAssistanceReceivedQuery,
  GetScorecardQuery,
  GetTrackedDeliverableQuery,
  ListActivityQuery,
  ListAssistanceQuery,
  ListDeliverablesQuery,
  ListFrameworksQuery,
  ListProcessesQuery,
  type ReadModelAnswer,
  type ReadModelQuery,
  SummarizeAssistanceQuery,
} from '@ct/application';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
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
  ScorecardSchema,
  TrackedDeliverableDetailSchema,
  TrackedDeliverablePageSchema,
} from '../dto/responses.dto';
import { type Response } from 'express';
import {
  ActivityQueryDto,
  AssistanceQueryDto,
  AssistanceReceivedQueryDto,
  DeliverablesQueryDto,
  FrameworksQueryDto,
  ProcessesQueryDto,
  type ReadQueryDto,
  ScorecardQueryDto,
  TrackedDeliverableQueryDto,
} from '../dto/read-model.dto';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';

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

  /** State x framework x pillar: deliverables by status, percent complete, overdue as of a day. */
  @ApiReadModel({
    summary: 'State x framework x pillar: deliverables by status, percent complete, overdue as of a day.',
    type: ScorecardSchema,
  })
  @Get('scorecards')
  @Roles(...READ_ROLES)
  async scorecards(@Query() q: ScorecardQueryDto, @Res({ passthrough: true }) response: Response) {
    const asOf = q.asOf ?? new Date().toISOString().slice(0, 10);
    const page = await this.ask(
      new GetScorecardQuery(
        {
          asOf,
          stateCode: q.state,
          frameworkId: q.framework,
          pillar: q.pillar,
          limit: q.limit,
          offset: q.offset,
        },
        position(q),
      ),
      response,
    );
    return { asOf, ...page };
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
  deliverables(@Query() q: DeliverablesQueryDto, @Res({ passthrough: true }) response: Response) {
    const { framework, state, minPosition: _m, ...rest } = q;
    return this.ask(
      new ListDeliverablesQuery({ ...rest, frameworkId: framework, stateCode: state }, position(q)),
      response,
    );
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
  deliverable(
    @Param('id', IdParamPipe) id: string,
    @Query() q: TrackedDeliverableQueryDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.ask(
      new GetTrackedDeliverableQuery({ deliverableId: id, stateCode: q.state }, position(q)),
      response,
    );
  }

  /** Assistance records: provider, recipient, pillar, kind, period, amount. */
  @ApiReadModel({
    summary: 'Assistance records: provider, recipient, pillar, kind, period, amount.',
    type: AssistanceRecordPageSchema,
  })
  @Get('ledger/assistance')
  @Roles(...READ_ROLES)
  assistance(@Query() q: AssistanceQueryDto, @Res({ passthrough: true }) response: Response) {
    const { minPosition: _m, ...filters } = q;
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
