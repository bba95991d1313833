import BetterSqlite3 from 'better-sqlite3';
import {
  type Dialect,
  Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  SqliteDialect,
} from 'kysely';
import { preparePrivateSqliteFile } from '@ct/event-store';
import { Client, type ClientConfig, Pool } from 'pg';
import { type Database } from './database';
import { PROJECTION_NAMES } from './projection';
import { ALL_PROJECTIONS } from './projections';

/**
 * A PostgreSQL session that holds advisory locks. Session-level locks live as long as the session,
 * so it must be one connection kept apart from the pool (a pooled connection goes back to others).
 */
export interface LockSession {
  tryLock(key: string): Promise<boolean>;
  unlock(key: string): Promise<void>;
  /** Rejects when the session, and with it the lock, is gone. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type ReadStoreConfig =
  | { kind: 'sqlite'; /** File path, or `:memory:` for tests. */ filename: string }
  | {
      kind: 'postgres';
      connectionString: string;
      /** Schema holding the tables (created if missing); default `public`. */
      schema?: string;
      poolSize?: number;
    }
  | {
      /** Any PostgreSQL-compatible Kysely dialect (e.g. an in-process PGlite in tests). */
      kind: 'postgres-dialect';
      dialect: Dialect;
      lockSession: () => Promise<LockSession>;
      /** The schema the dialect's sessions resolve table names in, for the migration bookkeeping. */
      schema?: string;
    };

export interface ReadStore {
  readonly dialect: 'sqlite' | 'postgres';
  readonly db: Kysely<Database>;
  /** PostgreSQL only: opens the dedicated session the projector holds its advisory lock on. */
  readonly openLockSession?: () => Promise<LockSession>;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function createReadStore(config: ReadStoreConfig): Promise<ReadStore> {
  const store = openStore(config);
  try {
    await migrate(store.db, config.kind === 'sqlite' ? undefined : (config.schema ?? 'public'));
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Distinct SQL texts whose prepared statements are kept (least recently used out). */
const STATEMENT_CACHE_SIZE = 512;

/**
 * Kysely's SQLite driver prepares every query anew; the projector runs the same few dozen queries
 * for every event, and preparing them was the largest single cost of the API under load. This
 * keeps prepared statements by SQL text. SQLite re-prepares a cached statement by itself after a
 * schema change (a rebuild's table swap), and a statement still being iterated is never handed out.
 */
function withStatementCache(sqlite: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (source: string): BetterSqlite3.Statement => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = sqlite.prepare(source);
    cache.set(source, statement);
    if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function openStore(config: ReadStoreConfig): ReadStore {
  switch (config.kind) {
    case 'sqlite': {
      // Owner-only like the event log it is derived from: it holds the same facts.
      preparePrivateSqliteFile(config.filename);
      const sqlite = new BetterSqlite3(config.filename);
      sqlite.pragma('journal_mode = WAL');
      // NORMAL, not FULL: read models are derived data. In WAL mode a power cut may roll back the
      // last commits, but each commit holds a batch's rows AND its checkpoint, so they roll back
      // together and the projector re-applies that batch: still exactly once. It saves one fsync
      // per projector batch, which the event store (FULL, acknowledged writes) cannot spare.
      sqlite.pragma('synchronous = NORMAL');
      // A second projector process or a CLI may hold the write lock for a moment.
      sqlite.pragma('busy_timeout = 5000');
      const db = new Kysely<Database>({
        dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
      });
      return { dialect: 'sqlite', db, close: () => db.destroy() };
    }
    case 'postgres': {
      const schema = config.schema ?? 'public';
      if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name '${schema}'`);
      const connection: ClientConfig = {
        connectionString: config.connectionString,
        // Every session, pooled or not, resolves unqualified table names in the schema.
        options: `-c search_path=${schema}`,
      };
      let schemaReady: Promise<void> | undefined;
      const ensureSchema = () =>
        (schemaReady ??= (async () => {
          const client = new Client({ connectionString: config.connectionString });
          await client.connect();
          try {
            await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
          } finally {
            await client.end();
          }
        })());
      const db = new Kysely<Database>({
        dialect: new PostgresDialect({
          pool: async () => {
            await ensureSchema();
            return new Pool({ ...connection, max: config.poolSize ?? 10 });
          },
        }),
      });
      return {
        dialect: 'postgres',
        db,
        openLockSession: async () => {
          await ensureSchema();
          return pgLockSession(connection);
        },
        close: () => db.destroy(),
      };
    }
    case 'postgres-dialect': {
      const db = new Kysely<Database>({ dialect: config.dialect });
      return { dialect: 'postgres', db, openLockSession: config.lockSession, close: () => db.destroy() };
    }
  }
}

async function pgLockSession(connection: ClientConfig): Promise<LockSession> {
  const client = new Client(connection);
  // An error on an idle client would otherwise crash the process; ping() reports it instead.
  let failure: Error | undefined;
  client.on('error', (error) => (failure = error));
  await client.connect();
  // The key includes the schema so that read stores in different schemas do not exclude each other.
  const keySql = `hashtext(current_schema() || '/' || $1::text)`;
  return {
    tryLock: async (key) =>
      (await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${keySql}) AS ok`, [key])).rows[0]
        ?.ok === true,
    unlock: async (key) => {
      await client.query(`SELECT pg_advisory_unlock(${keySql})`, [key]);
    },
    ping: async () => {
      if (failure) throw failure;
      await client.query('SELECT 1');
    },
    close: () => client.end(),
  };
}

const migrations: Record<string, Migration> = {
  '0001-read-models': {
    async up(db) {
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
      for (const projection of ALL_PROJECTIONS) await projection.createTables(db, '');
    },
    async down(db) {
      for (const projection of ALL_PROJECTIONS)
        for (const table of projection.tables) await db.schema.dropTable(table).ifExists().execute();
      for (const table of ['projection_checkpoints', 'projector_leases', 'read_model_meta'])
        await db.schema.dropTable(table).ifExists().execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

/**
 * On PostgreSQL the migration table is named with its schema: Kysely otherwise finds another
 * schema's bookkeeping table (several read stores may share a database) and skips creating its own.
 */
async function migrate(db: Kysely<Database>, schema: string | undefined): Promise<void> {
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error } = await migrator.migrateToLatest();
  if (error)
    throw error instanceof Error ? error : new Error('read-model migration failed', { cause: error });
  await db
    .insertInto('projection_checkpoints')
    .values(
      PROJECTION_NAMES.map((projection) => ({
        projection,
        position: '-1',
        updated_at: new Date().toISOString(),
      })),
    )
    .onConflict((oc) => oc.column('projection').doNothing())
    .execute();
}
