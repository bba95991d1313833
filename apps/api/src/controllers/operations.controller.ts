import { Metrics, ProjectorService, READ_STORE } from '@ct/application';
import { type ReadStore, describeReadModels } from '@ct/read-models';
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
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly projector: ProjectorService,
    private readonly metrics: Metrics,
  ) {}

  /**
   * 200 when the event store and the read store answer, 503 otherwise: what a load balancer or an
   * orchestrator polls. Also each projection's checkpoint and lag behind the log's head.
   */
  @Get('health')
  @Public()
  async health(@Res({ passthrough: true }) response: Response) {
    const eventStore = await this.store.health();
    const head = eventStore.ok ? await this.store.headPosition().catch(() => undefined) : undefined;
    const readModels = await describeReadModels(this.readStore).then(
      (description) => ({ ok: true as const, ...description }),
      (error: unknown) => ({ ok: false as const, detail: (error as Error).message, projections: [] }),
    );
    const healthy = eventStore.ok && readModels.ok;
    const projector = this.projector.status;
    response.status(healthy ? 200 : 503);
    return {
      status: healthy ? 'ok' : 'unhealthy',
      eventStore: { ...eventStore, headPosition: head?.toString() ?? null },
      readModels: {
        ok: readModels.ok,
        projector: projector
          ? {
              mode: 'in-process',
              role: projector.role,
              live: projector.live,
              lastError: projector.lastError ?? null,
            }
          : { mode: 'external' },
        projections: readModels.projections.map((p) => ({
          name: p.name,
          checkpoint: p.checkpoint.toString(),
          lag: head === undefined ? '0' : String(head > p.checkpoint ? head - p.checkpoint : 0n),
          updatedAt: p.updatedAt ?? null,
        })),
      },
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
