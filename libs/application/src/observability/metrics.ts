import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { LAG_DETAIL_LIMIT } from '../read-models/health';

/** What the projection gauges show, read when /metrics is scraped (see ProjectionMetrics). */
export interface ProjectionSnapshot {
  name: string;
  checkpoint: bigint;
  /** Events in the log after the checkpoint; undefined when the event store cannot say now. */
  lagEvents: number | undefined;
}

/** Prometheus metrics of this process (one registry per app instance, so tests do not share it). */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private projectionSource?: () => Promise<ProjectionSnapshot[]>;
  private pendingSnapshot?: Promise<ProjectionSnapshot[]>;

  readonly commands = new Counter({
    name: 'ct_commands_total',
    help: 'Commands handled, by command type and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly commandDuration = new Histogram({
    name: 'ct_command_duration_seconds',
    help: 'Time to handle a command, from the bus to the durable append',
    labelNames: ['command'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  /** `route` is the route template (`/deliverables/:id`), never the raw path: bounded cardinality. */
  readonly httpDuration = new Histogram({
    name: 'ct_http_request_duration_seconds',
    help: 'HTTP requests by method, route template (`unmatched` when no route matched) and status, with their duration',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'ct_event_store_append_duration_seconds',
    help: 'Appends to the event store by outcome (ok, conflict, error), with their duration',
    labelNames: ['outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });

  readonly appendConflicts = new Counter({
    name: 'ct_event_store_append_conflicts_total',
    help: 'Appends refused because the stream was not at the expected revision (optimistic concurrency)',
    registers: [this.registry],
  });

  readonly appendErrors = new Counter({
    name: 'ct_event_store_append_errors_total',
    help: 'Appends that failed for another reason than a conflict, by error name',
    labelNames: ['error'] as const,
    registers: [this.registry],
  });

  readonly resubscriptions = new Counter({
    name: 'ct_event_store_resubscriptions_total',
    help: 'Subscriptions to $all that dropped and were re-established',
    registers: [this.registry],
  });

  readonly projectionCheckpoint = new Gauge({
    name: 'ct_projection_checkpoint',
    help: 'Last log position applied by each projection (-1: none yet)',
    labelNames: ['projection'] as const,
    registers: [this.registry],
    collect: () => this.collectProjections(),
  });

  readonly projectionLag = new Gauge({
    name: 'ct_projection_lag_events',
    help: `Events in the log after each projection's checkpoint (counted up to ${LAG_DETAIL_LIMIT}; absent while the event store does not answer)`,
    labelNames: ['projection'] as const,
    registers: [this.registry],
    collect: () => this.collectProjections(),
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Where the projection gauges read their values at each scrape. */
  observeProjections(source: () => Promise<ProjectionSnapshot[]>): void {
    this.projectionSource = source;
  }

  /** Both projection gauges are filled from one read per scrape. */
  private async collectProjections(): Promise<void> {
    if (!this.projectionSource) return;
    this.pendingSnapshot ??= this.projectionSource().finally(() =>
      setImmediate(() => (this.pendingSnapshot = undefined)),
    );
    // A scrape during a store outage still answers, with what could be read.
    const snapshot = await this.pendingSnapshot.catch(() => []);
    this.projectionCheckpoint.reset();
    this.projectionLag.reset();
    for (const projection of snapshot) {
      this.projectionCheckpoint.set({ projection: projection.name }, Number(projection.checkpoint));
      if (projection.lagEvents !== undefined)
        this.projectionLag.set({ projection: projection.name }, projection.lagEvents);
    }
  }
}
