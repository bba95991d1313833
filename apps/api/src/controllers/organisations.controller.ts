import {
  type CommandMetadata,
  type CommandResult,
  CommandGateway,
  GetOrganisationQuery,
  ListOrganisationsQuery,
  type ReadModelAnswer,
  type ReadModelQuery,
} from '@ct/application';
import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { ApiCommand, ApiIdParam, ApiReadModel } from '../dto/api-operations';
import {
  OrganisationPageSchema,
  OrganisationQueryDto,
  OrganisationSchema,
  OrganisationsQueryDto,
  RegisterOrganisationDto,
  UpdateOrganisationDto,
} from '../dto/organisation.dto';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { CommandContext } from '../http/command-context.decorator';
import { IdParamPipe } from '../http/id-param.pipe';

const position = (minPosition: string | undefined) =>
  minPosition === undefined ? undefined : BigInt(minPosition);

/**
 * The organisations catalogue: UN entities, regional organisations, donors, national agencies and
 * regional mechanisms, with names in English and Russian. Programme administrators keep it; every
 * role reads it (free-text providers and lead agencies resolve to it).
 */
@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly commands: CommandGateway,
    private readonly queries: QueryBus,
  ) {}

  private async ask<R>(query: ReadModelQuery<unknown, R>, response: Response): Promise<R> {
    const answer: ReadModelAnswer<R> = await this.queries.execute(query);
    response.setHeader('X-Read-Model-Position', answer.checkpoint);
    return answer.result;
  }

  @ApiCommand({
    summary: 'Register an organisation in the catalogue (OrganisationRegistered).',
    creates: true,
  })
  @Post()
  @Roles('programme-admin')
  async register(
    @Body() dto: RegisterOrganisationDto,
    @CommandContext() metadata: CommandMetadata,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CommandResult> {
    const { id, ...rest } = dto;
    response.location(`/organisations/${id}`);
    return this.commands.send('RegisterOrganisation', { organisationId: id, ...rest }, metadata);
  }

  @ApiCommand({
    summary:
      'Change names, IATI code or reference, aliases, or a mechanism’s members and reporting rule (OrganisationUpdated).',
  })
  @ApiIdParam('id', 'The organisation.', 'unodc')
  @Post(':id/updates')
  @Roles('programme-admin')
  update(
    @Param('id', IdParamPipe) id: string,
    @Body() dto: UpdateOrganisationDto,
    @CommandContext() metadata: CommandMetadata,
  ): Promise<CommandResult> {
    return this.commands.send('UpdateOrganisation', { organisationId: id, ...dto }, metadata);
  }

  @ApiReadModel({
    summary: 'The organisations catalogue, by id; filter by kind, text (q) or member State.',
    type: OrganisationPageSchema,
  })
  @Get()
  @Roles(...READ_ROLES)
  list(@Query() q: OrganisationsQueryDto, @Res({ passthrough: true }) response: Response) {
    const { minPosition, ...params } = q;
    return this.ask(new ListOrganisationsQuery(params, position(minPosition)), response);
  }

  @ApiReadModel({ summary: 'One organisation of the catalogue.', type: OrganisationSchema, notFound: true })
  @ApiIdParam('id', 'The organisation.', 'unodc')
  @Get(':id')
  @Roles(...READ_ROLES)
  get(
    @Param('id', IdParamPipe) id: string,
    @Query() q: OrganisationQueryDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    return this.ask(
      new GetOrganisationQuery({ organisationId: id, lang: q.lang }, position(q.minPosition)),
      response,
    );
  }
}
