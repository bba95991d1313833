import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AggregateStore } from './commands/aggregate-store';
import { CommandGateway } from './commands/command-gateway';
import { COMMAND_HANDLERS } from './commands';
import { AppConfig } from './config/app-config';
import { eventStoreProvider } from './event-store.provider';
import { Metrics } from './observability/metrics';
import { GetAggregateHandler } from './queries/get-aggregate.query';
import { AuditLog } from './audit/audit-log';

/**
 * The application core as one Nest module: the event store chosen by configuration, command and
 * query handlers on @nestjs/cqrs, metrics. Apps (API, CLI, projector) import it and add their edge.
 */
@Module({})
export class TrackerModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(config: AppConfig): DynamicModule {
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
        ...COMMAND_HANDLERS,
        GetAggregateHandler,
        AuditLog,
      ],
      exports: [AppConfig, EVENT_STORE, AggregateStore, CommandGateway, Metrics, CqrsModule, AuditLog],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
