import { type ReadStore, createReadStore } from '@ct/read-models';
import { type Provider } from '@nestjs/common';
import { join } from 'node:path';
import { AppConfig } from '../config/app-config';

/** Injection token of the read-model store (SQLite file, or PostgreSQL when DATABASE_URL is set). */
export const READ_STORE = Symbol('ReadStore');

/** Opens the read store and runs its migrations before anything can query it. */
export function openReadStore(config: AppConfig): Promise<ReadStore> {
  return createReadStore(
    config.DATABASE_URL
      ? { kind: 'postgres', connectionString: config.DATABASE_URL }
      : { kind: 'sqlite', filename: join(config.DATA_DIR, 'read-models.sqlite') },
  );
}

export const readStoreProvider: Provider = {
  provide: READ_STORE,
  inject: [AppConfig],
  useFactory: openReadStore,
};
