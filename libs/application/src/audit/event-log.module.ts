import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AppConfig } from '../config/app-config';
import { eventStoreProvider } from '../event-store.provider';
import { Metrics } from '../observability/metrics';
import { EVENT_LOG_QUERY_HANDLERS } from '../queries/audit.queries';
import { AuditLog } from './audit-log';

/**
 * The event store and the queries of the log alone (history, verify), behind the QueryBus, for the
 * CLI commands that read or write the log only (verify, export, import): they must work whatever
 * state the read models are in, even unreachable, so this module never opens the read store.
 */
@Module({})
export class EventLogModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: EventLogModule,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: AppConfig, useValue: config },
        Metrics,
        eventStoreProvider,
        AuditLog,
        ...EVENT_LOG_QUERY_HANDLERS,
      ],
      exports: [EVENT_STORE, CqrsModule],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
