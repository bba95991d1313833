import {
  type AppConfig,
  Metrics,
  type TrackerOverrides,
  PinoNestLogger,
  createLogger,
} from '@ct/application';
import { type DynamicModule, type NestApplicationOptions } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { type Logger } from 'pino';
import { ApiModule } from './app.module';
import { DOCS_PATH, applyHttpHardening } from './http/auth/http-hardening';
import { RequestContextMiddleware } from './http/request-context.middleware';
import { validationPipe } from './http/validation';
import { PINO } from './logger.token';
import { createOpenApiDocument } from './openapi';

/** Largest JSON body accepted; a progress report with notes is a few KB. */
export const BODY_LIMIT = '256kb';

/**
 * The root module and the logger it shares with the application. main.ts (through createApiApp)
 * and the e2e harness (through @nestjs/testing) both start from here, so they run the same module.
 */
export function apiRootModule(
  config: AppConfig,
  overrides: TrackerOverrides = {},
): { module: DynamicModule; logger: Logger } {
  const logger = createLogger(config.LOG_LEVEL);
  return { module: ApiModule.forRoot(config, logger, overrides), logger };
}

/** Options of the Nest application: the body parser is installed by configureApiApp instead. */
export function apiAppOptions(logger: Logger): NestApplicationOptions {
  return { bodyParser: false, logger: new PinoNestLogger(logger) };
}

/** Builds the HTTP application; main.ts and the benchmarks start it. */
export async function createApiApp(
  config: AppConfig,
  overrides: TrackerOverrides = {},
): Promise<NestExpressApplication> {
  const { module, logger } = apiRootModule(config, overrides);
  const app = await NestFactory.create<NestExpressApplication>(module, apiAppOptions(logger));
  configureApiApp(app, config);
  return app;
}

/**
 * Every global setting of the API on top of its module: one function, called by createApiApp and
 * by the e2e harness, so that a test cannot run with other pipes, parsers or headers than the product.
 */
export function configureApiApp(app: NestExpressApplication, config: AppConfig): void {
  // First of all, so that every answer (a 413 of the body parser included) is timed, logged and
  // carries X-Correlation-Id. A plain express middleware rather than Nest's
  // `consumer.apply(...).forRoutes('*path')`: Nest's wrapper matched every request against the
  // route pattern again and cost more server CPU than the log line itself (bench/README.md, HTTP).
  const requestLog = new RequestContextMiddleware(app.get<Logger>(PINO), app.get(Metrics));
  app.use(requestLog.use.bind(requestLog));
  // Before the body parser, so that every answer (413 included) carries the security headers.
  applyHttpHardening(app, config);
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useGlobalPipes(validationPipe);
  app.disable('x-powered-by');
  // Positions and revisions are 64-bit: every bigint leaves the API as a decimal string.
  app.set('json replacer', (_key: string, value: unknown) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
  app.enableShutdownHooks();

  SwaggerModule.setup(DOCS_PATH, app, () => createOpenApiDocument(app));
}
