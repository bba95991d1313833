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
import { ProcessViewSchema } from '../dto/responses.dto';
import { type Response } from 'express';
import { HoldConferenceDto, LaunchProcessDto } from '../dto/process.dto';
import { CommandContext } from '../http/command-context.decorator';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';

@ApiTags('processes')
@Controller('processes')
export class ProcessesController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  /** Records that a process was launched (ProcessLaunched), e.g. the Dushanbe process. */
  @ApiCommand({ summary: 'Record that a process was launched (ProcessLaunched).', creates: true })
  @Post()
  @Roles('programme-admin')
  async launch(
    @Body() dto: LaunchProcessDto,
    @CommandContext() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const { id, ...rest } = dto;
    response.location(`/processes/${id}`);
    return this.commands.send('LaunchProcess', { processId: id, ...rest }, metadata);
  }

  /** Records a conference of the process (ConferenceHeld). */
  @ApiCommand({ summary: 'Record a conference of the process (ConferenceHeld).' })
  @ApiIdParam('id', 'The process.', 'dushanbe-process')
  @Post(':id/conferences')
  @Roles('programme-admin')
  holdConference(
    @Param('id', IdParamPipe) id: string,
    @Body() dto: HoldConferenceDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('HoldConference', { processId: id, ...dto }, metadata);
  }

  @ApiAggregate({
    summary: 'Current state of the process, folded from its own stream (always up to date).',
    type: ProcessViewSchema,
  })
  @ApiIdParam('id', 'The process.', 'dushanbe-process')
  @Get(':id')
  @Roles(...READ_ROLES)
  get(@Param('id', IdParamPipe) id: string): Promise<AggregateView> {
    return this.queries.execute(new GetAggregateQuery('process', id));
  }
}
