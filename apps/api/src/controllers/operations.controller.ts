import { Metrics } from '@ct/application';
import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { Public, Roles } from '../http/auth/access-policy';

@ApiTags('operations')
@Controller()
export class OperationsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly metrics: Metrics,
  ) {}

  /** 200 when the event store answers, 503 otherwise: what a load balancer or orchestrator polls. */
  @Get('health')
  @Public()
  async health(@Res({ passthrough: true }) response: Response) {
    const eventStore = await this.store.health();
    const head = eventStore.ok ? await this.store.headPosition().catch(() => undefined) : undefined;
    const healthy = eventStore.ok;
    response.status(healthy ? 200 : 503);
    return {
      status: healthy ? 'ok' : 'unhealthy',
      eventStore: { ...eventStore, headPosition: head?.toString() ?? null },
    };
  }

  /** Prometheus text exposition. */
  @Get('metrics')
  // Operational detail (command rates, error counts) for operators, not for every reader.
  @Roles('auditor', 'programme-admin')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metricsText(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
