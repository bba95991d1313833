import { type AppConfig, TrackerModule, type TrackerOverrides } from '@ct/application';
import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  RequestMethod,
} from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { type Logger } from 'pino';
import { AssistanceController } from './controllers/assistance.controller';
import { AuditController } from './controllers/audit.controller';
import { DeliverablesController } from './controllers/deliverables.controller';
import { FrameworksController } from './controllers/frameworks.controller';
import { OperationsController } from './controllers/operations.controller';
import { OrganisationsController } from './controllers/organisations.controller';
import { ProcessesController } from './controllers/processes.controller';
import { ReadModelsController } from './controllers/read-models.controller';
import { ReportsController } from './controllers/reports.controller';
import { SecurityModule } from './http/auth/security.module';
import { MetricsScrapeMiddleware } from './http/metrics-scrape.middleware';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { PINO } from './logger.token';

@Module({})
export class ApiModule implements NestModule {
  static forRoot(config: AppConfig, logger: Logger, overrides: TrackerOverrides = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [TrackerModule.forRoot(config, overrides), SecurityModule.forRoot(config)],
      controllers: [
        FrameworksController,
        ProcessesController,
        DeliverablesController,
        AssistanceController,
        OperationsController,
        AuditController,
        ReadModelsController,
        ReportsController,
        OrganisationsController,
      ],
      providers: [
        { provide: PINO, useValue: logger },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    // The request context, log and timing middleware is installed first of all by configureApiApp
    // (bootstrap.ts), so that scrapes are logged and timed like any request.
    consumer.apply(MetricsScrapeMiddleware).forRoutes({ path: 'metrics', method: RequestMethod.GET });
  }
}
