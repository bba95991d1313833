import {
  AppConfig,
  type AssistanceFilter,
  CONTENT_TYPES,
  GenerateReportQuery,
  REPORT_TABLE_NAMES,
  type Report,
  type ReportKind,
  type ReportOf,
  type ReportRequest,
  fileStem,
  renderReport,
  toIatiXml,
  utcDay,
} from '@ct/application';
import { isStateCode } from '@ct/domain';
import { Controller, Get, Param, type PipeTransform, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiIatiReport, ApiIdParam, ApiReport, ApiStateParam } from '../dto/api-operations';
import { type Response } from 'express';
import { AssistanceReportQueryDto, IatiReportQueryDto, ReportQueryDto } from '../dto/report.dto';
import { Roles } from '../http/auth/access-policy';
import { IdParamPipe } from '../http/id-param.pipe';
import { InvalidInputException } from '../http/validation';

/** A State in the path: ISO 3166-1 alpha-2, so a malformed one is a 400 naming the field. */
class StateParamPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isStateCode(value))
      throw new InvalidInputException([
        {
          field: 'path:stateCode',
          message: 'stateCode must be an ISO 3166-1 alpha-2 country code (e.g. TJ)',
        },
      ]);
    return value;
  }
}

/** The report's language when the query names one (else the generators' default, English). */
const languageOf = (query: ReportQueryDto) => (query.lang ? { lang: query.lang } : {});

const withoutUndefined = (filters: AssistanceFilter): AssistanceFilter =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));

/**
 * The reports over HTTP, in JSON, CSV (one table per request: `table=`), Markdown or a
 * self-contained HTML page, and the assistance as IATI activity XML. They read the read models
 * only, through the QueryBus (GenerateReportQuery). For the `reporter` role, whose job they are,
 * and `programme-admin`, who runs the programme; coordinators and auditors have the read-model and
 * audit routes (docs/security.md).
 */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  /**
   * One report for the day asked (today, UTC, by default). Every report over HTTP is bounded: more
   * rows than REPORT_MAX_ROWS is a 413, not a stall.
   */
  private async generate<K extends ReportKind>(
    kind: K,
    query: { asOf?: string },
    params: Omit<ReportRequest<K>['params'], 'asOf' | 'maxRows'>,
  ): Promise<ReportOf<K>> {
    // The compiler cannot pair a generic kind with its parameters; the signature above does.
    const request = {
      kind,
      params: { ...params, asOf: query.asOf ?? utcDay(new Date()), maxRows: this.config.REPORT_MAX_ROWS },
    } as ReportRequest<K>;
    const { result } = await this.queries.execute(new GenerateReportQuery(request));
    return result;
  }

  private send(report: Report, query: ReportQueryDto, response: Response): void {
    const format = query.format ?? 'json';
    const table = query.table ?? '';
    if (query.table !== undefined && format !== 'csv')
      throw new InvalidInputException([{ field: 'table', message: 'table applies to format=csv only' }]);
    if (!(REPORT_TABLE_NAMES[report.report] as readonly string[]).includes(table))
      throw new InvalidInputException([
        {
          field: 'table',
          message: `table must be one of: ${REPORT_TABLE_NAMES[report.report].filter((t) => t).join(', ')}`,
        },
      ]);
    const files = renderReport(report, format);
    const file =
      format === 'csv' ? files.find((f) => f.name === `${fileStem(report, table)}.csv`)! : files[0]!;
    response
      .status(200)
      .setHeader('X-Report-As-Of', report.asOf)
      .setHeader('X-Read-Model-Position', report.readModelPosition)
      .setHeader('Content-Disposition', `inline; filename="${file.name}"`)
      .type(file.contentType)
      .send(file.content);
  }

  /** One State: frameworks x pillars by status, percent complete, overdue as of the day, assistance received. */
  @ApiReport({
    summary: 'One State: frameworks x pillars by status, percent complete, overdue, assistance received.',
  })
  @ApiStateParam()
  @Get('state-scorecard/:stateCode')
  @Roles('reporter', 'programme-admin')
  @ApiProduces('application/json', 'text/csv', 'text/markdown', 'text/html')
  async stateScorecard(
    @Param('stateCode', StateParamPipe) stateCode: string,
    @Query() query: ReportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    this.send(
      await this.generate('state-scorecard', query, { stateCode, ...languageOf(query) }),
      query,
      response,
    );
  }

  /** The five Central Asian States side by side. */
  @ApiReport({ summary: 'The five Central Asian States side by side.' })
  @Get('regional-overview')
  @Roles('reporter', 'programme-admin')
  @ApiProduces('application/json', 'text/csv', 'text/markdown', 'text/html')
  async regionalOverview(@Query() query: ReportQueryDto, @Res() response: Response): Promise<void> {
    this.send(await this.generate('regional-overview', query, languageOf(query)), query, response);
  }

  /** Every framework in the catalogue, by pillar. */
  @ApiReport({ summary: 'Every framework in the catalogue, by pillar.' })
  @Get('framework-progress')
  @Roles('reporter', 'programme-admin')
  @ApiProduces('application/json', 'text/csv', 'text/markdown', 'text/html')
  async frameworkProgress(@Query() query: ReportQueryDto, @Res() response: Response): Promise<void> {
    this.send(await this.generate('framework-progress', query, languageOf(query)), query, response);
  }

  /** One framework, by pillar (404 when the catalogue does not have it). */
  @ApiReport({ summary: 'One framework, by pillar.', notFound: true })
  @ApiIdParam('frameworkId', 'The framework.', 'dushanbe-declaration-2019')
  @Get('framework-progress/:frameworkId')
  @Roles('reporter', 'programme-admin')
  @ApiProduces('application/json', 'text/csv', 'text/markdown', 'text/html')
  async oneFrameworkProgress(
    @Param('frameworkId', IdParamPipe) frameworkId: string,
    @Query() query: ReportQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    this.send(
      await this.generate('framework-progress', query, { frameworkId, ...languageOf(query) }),
      query,
      response,
    );
  }

  /** Assistance by provider, recipient State, pillar, kind and year, amounts per currency. */
  @ApiReport({
    summary: 'Assistance by provider, recipient State, pillar, kind and year, amounts per currency.',
  })
  @Get('assistance')
  @Roles('reporter', 'programme-admin')
  @ApiProduces('application/json', 'text/csv', 'text/markdown', 'text/html')
  async assistance(@Query() query: AssistanceReportQueryDto, @Res() response: Response): Promise<void> {
    const { provider, recipientState, pillar, kind } = query;
    const report = await this.generate('assistance', query, {
      ...languageOf(query),
      filters: withoutUndefined({ provider, recipientState, pillar, kind }),
    });
    this.send(report, query, response);
  }

  /** The same records as IATI activity XML 2.03 (one iati-activity per assistance record). */
  @ApiIatiReport({ summary: 'The assistance records as IATI activity XML 2.03.' })
  @Get('assistance.iati.xml')
  @Roles('reporter', 'programme-admin')
  @ApiProduces('application/xml')
  async assistanceIati(@Query() query: IatiReportQueryDto, @Res() response: Response): Promise<void> {
    const { asOf, ...filters } = query;
    const report = await this.generate('assistance', { asOf }, { filters: withoutUndefined(filters) });
    response
      .status(200)
      .setHeader('X-Report-As-Of', report.asOf)
      .setHeader('X-Read-Model-Position', report.readModelPosition)
      .setHeader('Content-Disposition', `inline; filename="${fileStem(report)}.iati.xml"`)
      .type(CONTENT_TYPES.iati)
      .send(toIatiXml(report));
  }
}
