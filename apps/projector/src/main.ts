import 'reflect-metadata';
import {
  PinoNestLogger,
  ProjectorService,
  ReportWriter,
  createLogger,
  configFromEnvironment,
  parseReportSchedule,
  startScheduler,
  utcDay,
} from '@ct/application';
import { NestFactory } from '@nestjs/core';
import { join } from 'node:path';
import { ProjectorModule } from './projector.module';

/**
 * Production projector: follows the event store and keeps the read models up to date, as one
 * active instance per read store (PostgreSQL advisory lock, or a lease on SQLite); a second
 * instance waits as a standby and takes over when the first goes away. Run the API with
 * PROJECTOR=off next to it.
 */
async function main(): Promise<void> {
  const config = configFromEnvironment({ PROJECTOR: 'in-process' });
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
  if (config.REPORT_SCHEDULE) {
    const outDir = config.REPORT_OUT_DIR ?? join(config.DATA_DIR, 'reports');
    const reports = app.get(ReportWriter);
    startScheduler(
      parseReportSchedule(config.REPORT_SCHEDULE),
      async (now) => {
        // Standbys share the read store with the active instance: one writer of reports is enough.
        if (projector.status?.role !== 'active') {
          logger.info(
            { role: projector.status?.role },
            'scheduled reports skipped: not the active projector',
          );
          return;
        }
        const asOf = utcDay(now);
        const started = Date.now();
        // Read through the QueryBus like every other read (GenerateReportsQuery), then written.
        const { files } = await reports.write({ outDir, asOf, generatedAt: now });
        logger.info(
          { asOf, outDir, files: files.length, live: projector.status.live, ms: Date.now() - started },
          'scheduled reports written',
        );
      },
      {
        onSkip: () => logger.warn('scheduled reports skipped: the previous run is still going'),
        onError: (error) => logger.error({ err: error }, 'scheduled reports failed'),
      },
    );
    logger.info({ schedule: config.REPORT_SCHEDULE, outDir }, 'report schedule set (times in UTC)');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
