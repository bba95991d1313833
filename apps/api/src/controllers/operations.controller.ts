import { type HealthReport, Metrics, ProjectorService } from '@ct/application';
import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ApiPublicOperation } from '../dto/api-operations';
import { HealthDetailSchema, LivenessSchema, ReadinessSchema } from '../dto/responses.dto';
import { type Response } from 'express';
import { Public, Roles } from '../http/auth/access-policy';
import { METRICS_CONTENT_TYPE } from '../http/metrics-scrape.middleware';

/** Nothing in a health answer may be cached: a stale "ready" is worse than none. */
const NO_STORE = 'no-store';

/**
 * Liveness, readiness and the detail behind them. The two probes are public (load balancers and
 * orchestrators call them without credentials) and carry no internal detail; the detailed report,
 * with error texts, is for operators.
 */
@ApiTags('operations')
@Controller()
export class OperationsController {
  constructor(
    private readonly projector: ProjectorService,
    private readonly metrics: Metrics,
  ) {}

  /** 200 while the process answers at all: touches no store, so a slow store never restarts it. */
  @ApiPublicOperation({ summary: 'Liveness: 200 while the process answers; touches no store. Public.' })
  @ApiOkResponse({ type: LivenessSchema })
  @ApiProblems(429)
  @Get('health/live')
  @Public()
  @Header('Cache-Control', NO_STORE)
  live(): { status: 'up' } {
    return { status: 'up' };
  }

  /**
   * 200 when this instance can serve reads and writes with current read models, 503 otherwise,
   * naming the failing checks (`event-store`, `read-store`, `projector-erroring`, `projector-stuck`,
   * `projector-standby`, `projection-lag`, `shutting-down`) and nothing else.
   */
  @ApiPublicOperation({
    summary:
      'Readiness: 200 when this instance can serve with current read models, 503 naming the failing checks. Public.',
  })
  @ApiOkResponse({ type: ReadinessSchema })
  @ApiServiceUnavailableResponse({ description: 'Not ready.', type: ReadinessSchema })
  @ApiProblems(429)
  @Get('health/ready')
  @Public()
  @Header('Cache-Control', NO_STORE)
  async ready(
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ ready: boolean; failing: string[] }> {
    const report = await this.projector.health();
    response.status(report.ready ? 200 : 503);
    return { ready: report.ready, failing: report.failing };
  }

  /**
   * The detail for operators: the readiness checks, the event store and its head, the projector's
   * role and last error, each projection's checkpoint and lag. 200 when ready, 503 otherwise.
   */
  @ApiOperation({
    summary: "The detail behind readiness, for operators: stores, projector, each projection's lag.",
  })
  @ApiOkResponse({ type: HealthDetailSchema })
  @ApiServiceUnavailableResponse({ description: 'Not ready.', type: HealthDetailSchema })
  @ApiProblems(401, 403, 429)
  @Get('health')
  @Roles('auditor', 'programme-admin')
  @Header('Cache-Control', NO_STORE)
  async health(@Res({ passthrough: true }) response: Response) {
    const report = await this.projector.health();
    response.status(report.ready ? 200 : 503);
    return detailOf(report);
  }

  /**
   * Prometheus text exposition. A scraper with METRICS_TOKEN is answered by MetricsScrapeMiddleware
   * before this route; everyone else needs one of these roles.
   */
  @ApiOperation({ summary: 'Prometheus text exposition.' })
  @ApiOkResponse({
    description: 'Prometheus text format 0.0.4.',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiProblems(401, 403, 429)
  @Get('metrics')
  // Operational detail (command rates, error counts) for operators, not for every reader.
  @Roles('auditor', 'programme-admin')
  @Header('Content-Type', METRICS_CONTENT_TYPE)
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}

function detailOf(report: HealthReport) {
  const head = report.eventStore.headPosition;
  const projector = report.projector;
  return {
    status: report.ready ? 'ok' : 'unhealthy',
    ready: report.ready,
    failing: report.failing,
    eventStore: { ...report.eventStore, headPosition: head?.toString() ?? null },
    readModels: {
      ok: report.readModels.ok,
      ...(report.readModels.ok ? {} : { error: report.readModels.error }),
      maxLagEvents: report.lag.maxLagEvents,
      lagBeyondLimit: report.lag.beyondLimit,
      projector: projector
        ? {
            mode: 'in-process',
            role: projector.role,
            live: projector.live,
            lastError: projector.lastError ?? null,
            failingSince: projector.failingSince ?? null,
            consecutiveFailures: projector.consecutiveFailures,
            stuck: projector.stuck,
            resubscriptions: projector.resubscriptions,
          }
        : { mode: 'external' },
      projections: report.readModels.projections.map((p) => ({
        name: p.name,
        checkpoint: p.checkpoint.toString(),
        // In events (up to LAG_DETAIL_LIMIT); null while the event store cannot say.
        lag: p.lag?.toString() ?? null,
        updatedAt: p.updatedAt ?? null,
      })),
    },
  };
}
