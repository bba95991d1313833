import 'reflect-metadata';
import { configFromEnvironment } from '@ct/application';
import { type Logger } from 'pino';
import { createApiApp } from './bootstrap';
import { PINO } from './logger.token';

async function main(): Promise<void> {
  const config = configFromEnvironment();
  const app = await createApiApp(config);
  await app.listen(config.PORT, config.HOST);
  // Through the app's logger, so that log shippers see one JSON stream from the first line on.
  app
    .get<Logger>(PINO)
    .info(
      { host: config.HOST, port: config.PORT, dataDir: config.DATA_DIR },
      `API listening on http://${config.HOST}:${config.PORT} (OpenAPI at /docs, data in ${config.DATA_DIR})`,
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
