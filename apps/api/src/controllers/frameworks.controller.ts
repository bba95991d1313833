import {
  type AggregateView,
  type CommandMetadata,
  type CommandResult,
  CommandGateway,
  GetAggregateQuery,
} from '@ct/application';
import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ApiAggregate, ApiCommand, ApiIdParam } from '../dto/api-operations';
import { FrameworkViewSchema } from '../dto/responses.dto';
import { type Response } from 'express';
import { AdoptDeclarationDto, ReviseFrameworkDto } from '../dto/framework.dto';
import { CommandContext } from '../http/command-context.decorator';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';

@ApiTags('frameworks')
@Controller('frameworks')
export class FrameworksController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  /** Records that a declaration or plan of action was adopted (DeclarationAdopted). */
  @ApiCommand({
    summary: 'Record that a declaration or plan of action was adopted (DeclarationAdopted).',
    creates: true,
  })
  @Post()
  @Roles('programme-admin')
  async adopt(
    @Body() dto: AdoptDeclarationDto,
    @CommandContext() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const { id, ...rest } = dto;
    response.location(`/frameworks/${id}`);
    return this.commands.send('AdoptDeclaration', { frameworkId: id, ...rest }, metadata);
  }

  /** Records a revision of the framework (FrameworkRevised), e.g. the JPoA update of 2022. */
  @ApiCommand({ summary: 'Record a revision of the framework (FrameworkRevised).' })
  @ApiIdParam('id', 'The framework.', 'jpoa-central-asia-2011')
  @Post(':id/revisions')
  @Roles('programme-admin')
  @HttpCode(201)
  revise(
    @Param('id', IdParamPipe) id: string,
    @Body() dto: ReviseFrameworkDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('ReviseFramework', { frameworkId: id, ...dto }, metadata);
  }

  /** Current state, folded from the framework's own stream (always up to date). */
  @ApiAggregate({
    summary: 'Current state of the framework, folded from its own stream (always up to date).',
    type: FrameworkViewSchema,
  })
  @ApiIdParam('id', 'The framework.', 'dushanbe-declaration-2019')
  @Get(':id')
  @Roles(...READ_ROLES)
  get(@Param('id', IdParamPipe) id: string): Promise<AggregateView> {
    return this.queries.execute(new GetAggregateQuery('framework', id));
  }
}
