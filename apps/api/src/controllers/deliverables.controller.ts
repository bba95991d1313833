import {
  type AggregateView,
  type CommandMetadata,
  type CommandResult,
  CommandGateway,
  GetAggregateQuery,
} from '@ct/application';
import { isStateCode } from '@ct/domain';
import { Body, Controller, Get, Param, type PipeTransform, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { ID_PATTERN_SOURCE } from '../dto/api-fields';
import { ApiAggregate, ApiCommand, ApiIdParam } from '../dto/api-operations';
import { DeliverableViewSchema } from '../dto/responses.dto';
import { type Response } from 'express';
import {
  AssignDeliverableDto,
  CancelDeliverableDto,
  CorrectProgressReportDto,
  DefineDeliverableDto,
  ReopenAssignmentDto,
  ReportProgressDto,
  RetireDeliverableDto,
  ReturnProgressReportDto,
  ValidateProgressReportDto,
  WithdrawAssignmentDto,
  WithdrawProgressReportDto,
} from '../dto/deliverable.dto';
import { ID_PATTERN } from '../dto/common';
import { CommandContext } from '../http/command-context.decorator';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';
import { InvalidInputException } from '../http/validation';

/** A report id in the path: the event id of its ProgressReported event (a UUID), named in a 400. */
class ReportIdParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!ID_PATTERN.test(value))
      throw new InvalidInputException([
        { field: 'path:reportId', message: 'reportId must be the event id of a ProgressReported event' },
      ]);
    return value;
  }
}

/**
 * An assignment in the path: a State's code (`TJ`) or, for a regional assignment, the mechanism's
 * catalogue id (`ct-early-warning-network`); they cannot be confused (upper-case pair vs slug).
 */
class AssigneeParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (isStateCode(value) || ID_PATTERN.test(value)) return value;
    throw new InvalidInputException([
      {
        field: 'path:stateCode',
        message:
          "stateCode must be an ISO 3166-1 alpha-2 country code (e.g. TJ) or a regional mechanism's id (e.g. ct-early-warning-network)",
      },
    ]);
  }
}

/** The command fields the path's assignment names (the parameter stays a string: see the pipe). */
const assigneeFields = (key: string): { stateCode: string } | { mechanismId: string } =>
  isStateCode(key) ? { stateCode: key } : { mechanismId: key };

const ApiAssigneeParam = () =>
  ApiParam({
    name: 'stateCode',
    description:
      "The assignment: a State's ISO 3166-1 alpha-2 code (e.g. TJ), or for a regional assignment the mechanism's catalogue id (e.g. ct-early-warning-network).",
    schema: { type: 'string', pattern: '^(?:[A-Z]{2}|[a-z0-9][a-z0-9-]{1,62}[a-z0-9])$' },
    example: 'TJ',
  });

const ApiReportIdParam = () =>
  ApiParam({
    name: 'reportId',
    description:
      "The progress report: the event id of its ProgressReported event, i.e. `eventIds[0]` of the report's 201 answer.",
    schema: { type: 'string', pattern: ID_PATTERN_SOURCE, minLength: 3, maxLength: 64 },
    example: '1f0c4a9e-2b7d-5c3e-9a4f-6d8e0b1c2a3f',
  });

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

  /** Assigns (or re-assigns) the deliverable to a State or a regional mechanism, with a lead agency and a due date. */
  @ApiCommand({
    summary:
      'Assign (or re-assign) the deliverable to a State (stateCode) or a regional mechanism of the organisations catalogue (mechanismId: its members and reporting rule are recorded with it), with a lead agency and a due date (DeliverableAssigned).',
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

  /** Reports an assigned State's (or regional mechanism's) progress, with evidence (ProgressReported). */
  @ApiCommand({
    summary: "Report an assigned State's or regional mechanism's progress, with evidence (ProgressReported).",
    description:
      "For a coordinator of that State, or programme staff. On a regional mechanism's assignment (`mechanismId`): programme staff always; a member State's coordinator (naming it in `reportingState`) only where the mechanism lets its member States report. The answer's `eventIds[0]` is the report's id: the `reportId` with which it is later corrected, withdrawn, validated or returned. Reports may be dated before earlier ones (a backfill); not from the assignment's completion on until it is reopened.",
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @Post(':id/progress-reports')
  // Programme staff record what no State reports: a regional mechanism's progress (issue #13 item 2).
  @Roles('coordinator', 'programme-admin')
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

  /** Corrects a progress report with new values and a reason (ProgressReportCorrected). */
  @ApiCommand({
    summary: 'Correct a progress report: its new values (the full set) and why (ProgressReportCorrected).',
    description:
      "A coordinator of the report's State while it is not validated (their correction resubmits it for review, also after a return); programme staff at any time (the review state is kept). A withdrawn report cannot be corrected. The event names the version it supersedes.",
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @ApiReportIdParam()
  @Post(':id/progress-reports/:reportId/corrections')
  @Roles('coordinator', 'programme-admin')
  correctReport(
    @Param('id', IdParamPipe) id: string,
    @Param('reportId', ReportIdParamPipe) reportId: string,
    @Body() dto: CorrectProgressReportDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('CorrectProgressReport', { deliverableId: id, reportId, ...dto }, metadata);
  }

  /** Withdraws a progress report with a reason (ProgressReportWithdrawn). */
  @ApiCommand({
    summary: 'Withdraw a progress report, with a reason (ProgressReportWithdrawn); its history stays.',
    description:
      "A coordinator of the report's State while it is not validated; programme staff at any time.",
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @ApiReportIdParam()
  @Post(':id/progress-reports/:reportId/withdrawal')
  @Roles('coordinator', 'programme-admin')
  withdrawReport(
    @Param('id', IdParamPipe) id: string,
    @Param('reportId', ReportIdParamPipe) reportId: string,
    @Body() dto: WithdrawProgressReportDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('WithdrawProgressReport', { deliverableId: id, reportId, ...dto }, metadata);
  }

  /** Validates a submitted progress report (ProgressReportValidated). */
  @ApiCommand({
    summary: 'Validate a submitted progress report (ProgressReportValidated).',
    description: 'Programme staff. Only a submitted report (not validated, returned or withdrawn).',
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @ApiReportIdParam()
  @Post(':id/progress-reports/:reportId/validation')
  @Roles('programme-admin')
  validateReport(
    @Param('id', IdParamPipe) id: string,
    @Param('reportId', ReportIdParamPipe) reportId: string,
    @Body() dto: ValidateProgressReportDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('ValidateProgressReport', { deliverableId: id, reportId, ...dto }, metadata);
  }

  /** Returns a submitted progress report to its coordinator with a comment (ProgressReportReturned). */
  @ApiCommand({
    summary: 'Return a submitted progress report for clarification, with a comment (ProgressReportReturned).',
    description: "Programme staff. The coordinator's correction resubmits it.",
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @ApiReportIdParam()
  @Post(':id/progress-reports/:reportId/return')
  @Roles('programme-admin')
  returnReport(
    @Param('id', IdParamPipe) id: string,
    @Param('reportId', ReportIdParamPipe) reportId: string,
    @Body() dto: ReturnProgressReportDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('ReturnProgressReport', { deliverableId: id, reportId, ...dto }, metadata);
  }

  /** Reopens a State's completed assignment (AssignmentReopened). */
  @ApiCommand({
    summary: "Reopen a State's completed assignment, with a reason (AssignmentReopened).",
    description:
      'Programme staff. From `reopenedOn` the assignment is in progress again, and reports may follow.',
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @ApiAssigneeParam()
  @Post(':id/assignments/:stateCode/reopening')
  @Roles('programme-admin')
  reopenAssignment(
    @Param('id', IdParamPipe) id: string,
    @Param('stateCode', AssigneeParamPipe) assignee: string,
    @Body() dto: ReopenAssignmentDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send(
      'ReopenAssignment',
      { deliverableId: id, ...assigneeFields(assignee), ...dto },
      metadata,
    );
  }

  /** Withdraws one State's assignment, or marks it not applicable (AssignmentWithdrawn). */
  @ApiCommand({
    summary: "Withdraw one State's assignment or mark it not applicable (AssignmentWithdrawn).",
    description:
      "Programme staff. From `withdrawnOn` that State's assignment stops counting; the other States are untouched and its history stays.",
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @ApiAssigneeParam()
  @Post(':id/assignments/:stateCode/withdrawal')
  @Roles('programme-admin')
  withdrawAssignment(
    @Param('id', IdParamPipe) id: string,
    @Param('stateCode', AssigneeParamPipe) assignee: string,
    @Body() dto: WithdrawAssignmentDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send(
      'WithdrawAssignment',
      { deliverableId: id, ...assigneeFields(assignee), ...dto },
      metadata,
    );
  }

  /** Retires the deliverable by a revision of its framework (DeliverableRetired). */
  @ApiCommand({
    summary: 'Retire the deliverable by a revision of its framework (DeliverableRetired).',
    description:
      "Programme staff. `revision` is the `revisedOn` of one of the framework's revisions; the deliverable stops counting from that day and its history stays.",
  })
  @ApiIdParam('id', 'The deliverable.', 'criminalise-tf')
  @Post(':id/retirement')
  @Roles('programme-admin')
  retire(
    @Param('id', IdParamPipe) id: string,
    @Body() dto: RetireDeliverableDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('RetireDeliverable', { deliverableId: id, ...dto }, metadata);
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
