import { type AppConfig, type TrackerOverrides, PinoNestLogger, createLogger } from '@ct/application';
import { NestFactory } from '@nestjs/core';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ApiModule } from './app.module';
import { DOCS_PATH, applyHttpHardening } from './http/auth/http-hardening';
import { validationPipe } from './http/validation';

/** Largest JSON body accepted; a progress report with notes is a few KB. */
export const BODY_LIMIT = '256kb';

/** Builds the HTTP application; shared by main.ts and the e2e tests so both run the same thing. */
export async function createApiApp(
  config: AppConfig,
  overrides: TrackerOverrides = {},
): Promise<NestExpressApplication> {
  const logger = createLogger(config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, logger, overrides), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
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

  const openApi = new DocumentBuilder()
    .setTitle('Central Asia counter-terrorism commitments tracker')
    .setDescription(
      'Records the implementation of the Dushanbe Declaration (2019) and the Joint Plan of Action for the UN Global Counter-Terrorism Strategy in Central Asia as events. Errors are RFC 9457 problem+json.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  SwaggerModule.setup(DOCS_PATH, app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
