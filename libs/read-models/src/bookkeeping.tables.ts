import { type Kysely } from 'kysely';
import { type Int8 } from './columns';

export interface ProjectionCheckpointsTable {
  projection: string;
  /** Last position applied; -1 before the first event. */
  position: Int8;
  updated_at: string;
}

export interface ProjectorLeasesTable {
  name: string;
  owner: string;
  /** Epoch milliseconds: a lease only needs to outlive a crashed owner, not to tell the date. */
  expires_at: Int8;
}

export interface ReadModelMetaTable {
  key: string;
  value: string;
}

/** The read store's own tables, beside the read models': checkpoints, the SQLite lease, metadata. */
export interface BookkeepingTables {
  projection_checkpoints: ProjectionCheckpointsTable;
  projector_leases: ProjectorLeasesTable;
  read_model_meta: ReadModelMetaTable;
}

export const BOOKKEEPING_TABLES = [
  'projection_checkpoints',
  'projector_leases',
  'read_model_meta',
] as const satisfies readonly (keyof BookkeepingTables)[];

export async function createBookkeepingTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('projection_checkpoints')
    .addColumn('projection', 'text', (c) => c.primaryKey())
    .addColumn('position', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('projector_leases')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('read_model_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
