import {
  GetOrganisationQuery,
  ListOrganisationsQuery,
  type ReadModelAnswer,
  type ReadModelQuery,
} from '@ct/application';
import { Get, Param, Query, Res } from '@nestjs/common';
import { type Response } from 'express';
import { ApiIdParam, ApiReadModel } from '../dto/api-operations';
import {
  OrganisationPageSchema,
  OrganisationQueryDto,
  OrganisationSchema,
  OrganisationsQueryDto,
  RegisterOrganisationDto,
  UpdateOrganisationDto,
} from '../dto/organisation.dto';
import { READ_ROLES, Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';
import { CommandRouteHost, CommandRoutes } from './command-routes';

const position = (minPosition: string | undefined) =>
  minPosition === undefined ? undefined : BigInt(minPosition);

/** The catalogue's reads, written by hand: the table's command routes come before them. */
class OrganisationReads extends CommandRouteHost {
  private async ask<R>(query: ReadModelQuery<unknown, R>, response: Response): Promise<R> {
    const answer: ReadModelAnswer<R> = await this.queries.execute(query);
    response.setHeader('X-Read-Model-Position', answer.checkpoint);
    return answer.result;
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

/**
 * The organisations catalogue: UN entities, regional organisations, donors, national agencies and
 * regional mechanisms, with names in English and Russian. Programme administrators keep it; every
 * role reads it (free-text providers and lead agencies resolve to it).
 */
export class OrganisationsController extends CommandRoutes(
  {
    aggregate: 'organisation',
    collection: 'organisations',
    id: { description: 'The organisation.', example: 'unodc' },
    commands: {
      register: {
        command: 'RegisterOrganisation',
        creates: true,
        body: RegisterOrganisationDto,
        roles: ['programme-admin'],
        summary: 'Register an organisation in the catalogue (OrganisationRegistered).',
      },
      update: {
        command: 'UpdateOrganisation',
        path: ':id/updates',
        body: UpdateOrganisationDto,
        roles: ['programme-admin'],
        summary:
          'Change names, IATI code or reference, aliases, or a mechanism’s members and reporting rule (OrganisationUpdated).',
      },
    },
  },
  OrganisationReads,
) {}
