import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AggregateStore } from './commands/aggregate-store';
import { CommandGateway } from './commands/command-gateway';
import { CommandPipeline } from './commands/command-pipeline';
import { AppConfig } from './config/app-config';
import { eventStoreProvider } from './event-store.provider';
import { Metrics } from './observability/metrics';
import { ProjectionMetrics } from './observability/projection-metrics';
import { GetAggregateHandler } from './queries/get-aggregate.query';
import { AuditLog } from './audit/audit-log';
import { AsOfService } from './as-of/as-of.service';
import { ProjectorService } from './read-models/projector.service';
import { READ_MODEL_QUERY_HANDLERS } from './read-models/read-model.queries';
import { ORGANISATION_QUERY_HANDLERS } from './organisations/organisation.queries';
import { EVENT_LOG_QUERY_HANDLERS } from './queries/audit.queries';
import { AS_OF_QUERY_HANDLERS } from './queries/as-of.queries';
import { ORGANISATION_CHECK_QUERY_HANDLERS } from './queries/organisation-check.query';
import { ReadModelRebuild } from './maintenance/read-model-rebuild';
import { READ_STORE, readStoreProvider } from './read-models/read-store.provider';
import { REPORT_QUERY_HANDLERS, ReportWriter } from './reports/report.queries';
import { type ReadStore } from '@ct/read-models';

/**
 * The application core as one Nest module: the event store and the read store chosen by
 * configuration, command and query handlers on @nestjs/cqrs, the projector, metrics. Apps (API,
 * CLI, projector) import it and add their edge.
 */
export interface TrackerOverrides {
  readStore?: ReadStore;
}

@Module({})
export class TrackerModule implements OnApplicationShutdown {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly projector: ProjectorService,
  ) {}

  /**
   * `overrides.readStore` hands in an already opened read store, for tests that run the read models
   * on an in-process PostgreSQL (PGlite) that no connection string can reach.
   */
  static forRoot(config: AppConfig, overrides: TrackerOverrides = {}): DynamicModule {
    return {
      module: TrackerModule,
      global: true,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: AppConfig, useValue: config },
        eventStoreProvider,
        AggregateStore,
        CommandGateway,
        Metrics,
        ProjectionMetrics,
        CommandPipeline,
        GetAggregateHandler,
        AuditLog,
        AsOfService,
        overrides.readStore ? { provide: READ_STORE, useValue: overrides.readStore } : readStoreProvider,
        ProjectorService,
        ...READ_MODEL_QUERY_HANDLERS,
        ...ORGANISATION_QUERY_HANDLERS,
        ...REPORT_QUERY_HANDLERS,
        ReportWriter,
        ...EVENT_LOG_QUERY_HANDLERS,
        ...AS_OF_QUERY_HANDLERS,
        ...ORGANISATION_CHECK_QUERY_HANDLERS,
        ReadModelRebuild,
      ],
      exports: [
        AppConfig,
        EVENT_STORE,
        READ_STORE,
        AggregateStore,
        CommandGateway,
        Metrics,
        CqrsModule,
        AuditLog,
        AsOfService,
        ProjectorService,
        ReadModelRebuild,
        ReportWriter,
      ],
    };
  }

  /** In dependency order: stop the projector, then close what it reads from and writes to. */
  async onApplicationShutdown(): Promise<void> {
    await this.projector.stop();
    await this.readStore.close();
    await this.store.close();
  }
}
