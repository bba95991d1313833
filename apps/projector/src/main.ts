import 'reflect-metadata';
import { PinoNestLogger, ProjectorService, createLogger, loadConfig } from '@ct/application';
import { NestFactory } from '@nestjs/core';
import { ProjectorModule } from './projector.module';

/**
 * Production projector: follows the event store and keeps the read models up to date, as one
 * active instance per read store (PostgreSQL advisory lock, or a lease on SQLite); a second
 * instance waits as a standby and takes over when the first goes away. Run the API with
 * PROJECTOR=off next to it.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, PROJECTOR: 'in-process' });
  const logger = createLogger(config.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(ProjectorModule.forRoot(config), {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  const projector = app.get(ProjectorService);
  let reported = '';
  // One log line whenever the role or liveness changes, so an operator sees standby -> active.
  setInterval(() => {
    const status = projector.status;
    if (!status) return;
    const line = `${status.role}/${status.live ? 'live' : 'catching-up'}`;
    if (line !== reported) {
      reported = line;
      logger.info(
        { role: status.role, live: status.live, checkpoint: status.checkpoint.toString() },
        'projector',
      );
    }
  }, 1000).unref();
  logger.info(
    { dataDir: config.DATA_DIR, readStore: config.DATABASE_URL ? 'postgres' : 'sqlite' },
    'projector started',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
