import { type ReadStore, createReadStore } from '@ct/read-models';
import { Logger, type Provider } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';

/** Injection token of the read-model store (SQLite file, or PostgreSQL when DATABASE_URL is set). */
export const READ_STORE = Symbol('ReadStore');

const logger = new Logger('ReadStore');

/**
 * Opens the read store and runs its migrations before anything can query it. A damaged SQLite file
 * is moved aside (named in a warning) and a new one created, which the projector or
 * `cli rebuild` fills from the event log.
 */
export function openReadStore(config: AppConfig): Promise<ReadStore> {
  return createReadStore(
    config.DATABASE_URL
      ? { kind: 'postgres', connectionString: config.DATABASE_URL }
      : {
          kind: 'sqlite',
          filename: join(config.DATA_DIR, 'read-models.sqlite'),
          integrityCheck: config.READ_STORE_INTEGRITY_CHECK,
          onMovedAside: ({ filename, movedTo, reason }) =>
            logger.warn(
              `read store ${filename} is damaged (${reason}): moved aside to ${movedTo}; a new one is rebuilt from the event log`,
            ),
        },
  );
}

export const readStoreProvider: Provider = {
  provide: READ_STORE,
  inject: [AppConfig],
  useFactory: openReadStore,
};
