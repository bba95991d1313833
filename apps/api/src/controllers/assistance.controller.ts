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
import { AssistanceViewSchema } from '../dto/responses.dto';
import { type Response } from 'express';
import { ProvideAssistanceDto } from '../dto/assistance.dto';
import { CommandContext } from '../http/command-context.decorator';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';

@ApiTags('assistance')
@Controller('assistance')
export class AssistanceController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  /** Records assistance provided by a UN entity or partner to a State (AssistanceProvided). */
  @ApiCommand({
    summary: 'Record assistance provided by a UN entity or partner to a State (AssistanceProvided).',
    description: 'For a coordinator of the recipient State.',
    creates: true,
  })
  @Post()
  @Roles('coordinator')
  async provide(
    @Body() dto: ProvideAssistanceDto,
    @CommandContext() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const { id, amount, ...rest } = dto;
    response.location(`/assistance/${id}`);
    const payload = {
      assistanceId: id,
      ...rest,
      ...(amount ? { amount: { value: amount.value, currency: amount.currency } } : {}),
    };
    return this.commands.send('ProvideAssistance', payload, metadata);
  }

  @ApiAggregate({
    summary: 'Current state of the assistance record, folded from its own stream (always up to date).',
    type: AssistanceViewSchema,
  })
  @ApiIdParam('id', 'The assistance record.', 'unodc-tj-cft-2024')
  @Get(':id')
  @Roles(...READ_ROLES)
  get(@Param('id', IdParamPipe) id: string): Promise<AggregateView> {
    return this.queries.execute(new GetAggregateQuery('assistance', id));
  }
}
