import {
  type AggregateView,
  type CommandMetadata,
  type CommandResult,
  CommandGateway,
  GetAggregateQuery,
} from '@ct/application';
import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiAggregate, ApiCommand, ApiIdParam } from '../dto/api-operations';
import { DeliverableViewSchema } from '../dto/responses.dto';
import { type Response } from 'express';
import {
  AssignDeliverableDto,
  CancelDeliverableDto,
  DefineDeliverableDto,
  ReportProgressDto,
} from '../dto/deliverable.dto';
import { CommandContext } from '../http/command-context.decorator';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';

@ApiTags('deliverables')
@Controller('deliverables')
export class DeliverablesController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  /** Defines a deliverable under a framework and a Strategy pillar (DeliverableDefined). */
  @ApiCommand({
    summary: 'Define a deliverable under a framework and a pillar (DeliverableDefined).',
    creates: true,
  })
  @Post()
  @Roles('programme-admin')
  async define(
    @Body() dto: DefineDeliverableDto,
    @CommandContext() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const { id, ...rest } = dto;
    response.location(`/deliverables/${id}`);
    return this.commands.send('DefineDeliverable', { deliverableId: id, ...rest }, metadata);
  }

  /** Assigns (or re-assigns) the deliverable to a State with a lead agency and a due date. */
  @ApiCommand({
    summary:
      'Assign (or re-assign) the deliverable to a State with a lead agency and a due date (DeliverableAssigned).',
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @Post(':id/assignments')
  @Roles('programme-admin')
  assign(
    @Param('id', IdParamPipe) id: string,
    @Body() dto: AssignDeliverableDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('AssignDeliverable', { deliverableId: id, ...dto }, metadata);
  }

  /** Reports an assigned State's progress, with evidence (ProgressReported). */
  @ApiCommand({
    summary: "Report an assigned State's progress, with evidence (ProgressReported).",
    description: 'For a coordinator of that State.',
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @Post(':id/progress-reports')
  @Roles('coordinator')
  reportProgress(
    @Param('id', IdParamPipe) id: string,
    @Body() dto: ReportProgressDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('ReportProgress', { deliverableId: id, ...dto }, metadata);
  }

  /** Cancels the deliverable for every State (DeliverableCancelled). */
  @ApiCommand({ summary: 'Cancel the deliverable for every State (DeliverableCancelled).' })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @Post(':id/cancellation')
  @Roles('programme-admin')
  cancel(
    @Param('id', IdParamPipe) id: string,
    @Body() dto: CancelDeliverableDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('CancelDeliverable', { deliverableId: id, ...dto }, metadata);
  }

  @ApiAggregate({
    summary: 'Current state of the deliverable, folded from its own stream (always up to date).',
    type: DeliverableViewSchema,
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @Get(':id')
  @Roles(...READ_ROLES)
  get(@Param('id', IdParamPipe) id: string): Promise<AggregateView> {
    return this.queries.execute(new GetAggregateQuery('deliverable', id));
  }
}
