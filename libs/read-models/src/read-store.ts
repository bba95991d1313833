import BetterSqlite3 from 'better-sqlite3';
import {
  type Dialect,
  Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
} from 'kysely';
import { existsSync, renameSync } from 'node:fs';
import { CURRENCY_MINOR_UNITS } from '@ct/domain';
import { preparePrivateSqliteFile } from '@ct/event-store';
import { Client, type ClientConfig, Pool } from 'pg';
import { BOOKKEEPING_TABLES, createBookkeepingTables } from './bookkeeping.tables';
import { createOrganisationTables } from './organisations/organisations.tables';
import { createCatalogueNamesTable } from './catalogue/catalogue.tables';
import { createAssistanceLedgerTables } from './assistance-ledger/assistance-ledger.tables';
import { type Database } from './database';
import { deliverableTrackerProjection } from './deliverable-tracker/deliverable-tracker.projection';
import { reviewQueueProjection } from './review-queue/review-queue.projection';
import { stateScorecardProjection } from './state-scorecard/state-scorecard.projection';
import { type SqliteConnection } from './pending';
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

/** What a SQLite read store that failed its check at start became: the file kept aside, and why. */
export interface MovedAside {
  filename: string;
  /** Where the damaged file now is (its -wal and -shm, when present, got the same suffix). */
  movedTo: string;
  reason: string;
}

export type ReadStoreConfig =
  | {
      kind: 'sqlite';
      /** File path, or `:memory:` for tests. */
      filename: string;
      /** The check run on an existing file before use; default `quick` (PRAGMA quick_check). */
      integrityCheck?: 'quick' | 'full' | 'off';
      /** Told when a damaged file was moved aside and a new, empty store created in its place. */
      onMovedAside?: (moved: MovedAside) => void;
    }
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
  /**
   * SQLite only: the connection under `db` (prepared statements cached by SQL text), for the apply
   * loop's coalesced writes inside a transaction `db` opened (see applyBatch).
   */
  readonly sqlite?: SqliteConnection;
  /** PostgreSQL only: opens the dedicated session the projector holds its advisory lock on. */
  readonly openLockSession?: () => Promise<LockSession>;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens the store and runs its migrations. A SQLite file that cannot be read as a database, fails
 * its integrity check, or turns out corrupt while migrating is moved aside (kept, renamed with a
 * timestamp) and replaced by an empty store: read models are derived data, so the projector or a
 * rebuild fills the new one from the event log, which the damaged file never was.
 */
export async function createReadStore(config: ReadStoreConfig): Promise<ReadStore> {
  if (config.kind === 'sqlite' && config.filename !== ':memory:') {
    const problem = sqliteFileProblem(config.filename, config.integrityCheck ?? 'quick');
    if (problem) moveAside(config, problem);
  }
  try {
    return await openAndMigrate(config);
  } catch (error) {
    if (config.kind !== 'sqlite' || config.filename === ':memory:' || !isCorruption(error)) throw error;
    moveAside(config, (error as Error).message);
    return openAndMigrate(config);
  }
}

async function openAndMigrate(config: ReadStoreConfig): Promise<ReadStore> {
  const store = openStore(config);
  try {
    await migrate(store.db, config.kind === 'sqlite' ? undefined : (config.schema ?? 'public'));
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** SQLite's own verdicts on a damaged file; a busy or unreadable (permissions) file is not one. */
const CORRUPTION_CODES = /^SQLITE_(NOTADB|CORRUPT)/;

const isCorruption = (error: unknown): boolean =>
  typeof (error as { code?: unknown } | null)?.code === 'string' &&
  CORRUPTION_CODES.test((error as { code: string }).code);

/** Why the existing file cannot serve as the read store, or undefined when it can (or is absent). */
function sqliteFileProblem(filename: string, check: 'quick' | 'full' | 'off'): string | undefined {
  if (!existsSync(filename)) return undefined;
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(filename, { fileMustExist: true });
    // Reading the schema is what fails first on a file that is not a database at all.
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    if (check === 'off') return undefined;
    const rows = sqlite.pragma(check === 'full' ? 'integrity_check(20)' : 'quick_check(20)') as Record<
      string,
      unknown
    >[];
    const findings = rows.map((row) => String(Object.values(row)[0]));
    return findings.length === 1 && findings[0] === 'ok'
      ? undefined
      : `${check === 'full' ? 'integrity_check' : 'quick_check'}: ${findings.join('; ')}`;
  } catch (error) {
    if (!isCorruption(error)) throw error;
    return (error as Error).message;
  } finally {
    sqlite?.close();
  }
}

function moveAside(config: Extract<ReadStoreConfig, { kind: 'sqlite' }>, reason: string): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const movedTo = `${config.filename}.corrupt-${stamp}`;
  renameSync(config.filename, movedTo);
  // The WAL belongs to the damaged file: replayed into a new one it would corrupt that too.
  for (const suffix of ['-wal', '-shm'])
    if (existsSync(config.filename + suffix)) renameSync(config.filename + suffix, movedTo + suffix);
  config.onMovedAside?.({ filename: config.filename, movedTo, reason });
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
      const cached = withStatementCache(sqlite);
      const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cached }) });
      return { dialect: 'sqlite', db, sqlite: cached, close: () => db.destroy() };
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
      // Each table's DDL lives beside its row type; this migration only runs them.
      await createBookkeepingTables(db);
      for (const projection of ALL_PROJECTIONS) await projection.createTables(db, '');
    },
    async down(db) {
      for (const projection of ALL_PROJECTIONS)
        for (const table of projection.tables) await db.schema.dropTable(table).ifExists().execute();
      for (const table of BOOKKEEPING_TABLES) await db.schema.dropTable(table).ifExists().execute();
    },
  },
};

/**
 * Read stores written before amounts had their currency's own minor unit kept every amount in
 * hundredths. Rescaled in place to the ISO 4217 minor unit (JPY in yen, KWD in fils), so their
 * sums agree with what the projections write from now on, without a rebuild.
 */
migrations['0002-currency-minor-units'] = {
  async up(db) {
    for (const [decimals, codes] of currenciesByMinorUnits()) {
      if (decimals === 2) continue;
      const rescaled =
        decimals > 2
          ? sql`amount_minor * ${sql.lit(10 ** (decimals - 2))}`
          : sql`(amount_minor + ${sql.lit(10 ** (2 - decimals) / 2)}) / ${sql.lit(10 ** (2 - decimals))}`;
      // Only the tables a store still has: scorecard_assistance went with 0005 (fresh stores
      // never have it), and amounts written since are in the right minor unit already.
      const existing = new Set((await db.introspection.getTables()).map((t) => t.name));
      for (const table of ['assistance_ledger', 'scorecard_assistance'].filter((t) => existing.has(t)))
        await sql`UPDATE ${sql.table(table)} SET amount_minor = ${rescaled} WHERE amount_minor IS NOT NULL AND currency IN (${sql.join(codes)})`.execute(
          db,
        );
    }
  },
};

/**
 * Names of frameworks, processes and conferences in Russian (issue #13), in a table of their own:
 * fresh stores got it from 0001 (the catalogue's DDL), older ones gain it here, empty, which is
 * right: no event recorded before it carries a Russian name.
 */
migrations['0003-catalogue-names'] = {
  async up(db) {
    await createCatalogueNamesTable(db, '');
  },
};

/**
 * The organisations catalogue (issue #13): fresh stores got its tables from 0001, older ones gain
 * them here (the DDL says IF NOT EXISTS); its checkpoint starts at the beginning of the log, so the
 * projector fills them from every OrganisationRegistered already recorded.
 */
migrations['0004-organisations'] = {
  async up(db) {
    await createOrganisationTables(db, '');
  },
};

/**
 * Assistance with shares (issue #13): one ledger row per record with its amended values, and one
 * row per (record, recipient State) with its allocated part, which the scorecard's assistance
 * received now reads (scorecard_assistance goes). Rows of the old shape cannot be split without
 * the events, so the ledger's tables are made anew and its checkpoint starts again at the
 * beginning of the log: the projector refills them (old events are upcast to one State at 100 %).
 */
migrations['0005-assistance-recipients'] = {
  async up(db) {
    for (const table of ['assistance_ledger', 'assistance_ledger_shares', 'scorecard_assistance'])
      await db.schema.dropTable(table).ifExists().execute();
    await createAssistanceLedgerTables(db, '');
    await db.deleteFrom('projection_checkpoints').where('projection', '=', 'assistance-ledger').execute();
  },
};

/**
 * Records that evolve (issue #12): the tracker and the scorecard keep effective-dated rows (each
 * report's current version, review state and withdrawal, lifecycle rows, status periods per basis)
 * and the review queue is new. Rows of the old shape hold neither report ids nor review states, so
 * the tables are made anew and the checkpoints start again at the beginning of the log: the
 * projector refills them.
 */
migrations['0006-records-that-evolve'] = {
  async up(db) {
    // A fresh store got the new tables from 0001: nothing to remake.
    const tables = await tablesOfThisStore(db);
    // (scorecard_periods, also made here until 0007, is no longer asked for: a fresh store lacks it.)
    if (tables.has('tracker_periods') && tables.has('review_queue')) return;
    const projections = [deliverableTrackerProjection, stateScorecardProjection, reviewQueueProjection];
    for (const projection of projections) {
      for (const table of projection.tables) await db.schema.dropTable(table).ifExists().execute();
      await projection.createTables(db, '');
      await db.deleteFrom('projection_checkpoints').where('projection', '=', projection.name).execute();
    }
  },
};

/**
 * One writer for the effective-dated rows: the scorecard kept its own copy of the tracker's reports,
 * lifecycle and periods (scorecard_reports, scorecard_lifecycle, scorecard_periods), written from
 * the same events by the same code, and now reads the tracker's (`tracker_periods`). On SQLite the
 * tracker's tables keyed by log position now key it as the rowid (`integer primary key`: one B-tree
 * instead of a table plus an index on position), its periods are stored in their key's B-tree
 * (`without rowid`), and its reports are looked up by an integer hash of their id (report_key)
 * rather than the 36-character id. A store from before gets both models' tables
 * anew and their checkpoints start again at the beginning of the log: the projector refills them
 * (as 0006 did). A fresh store got the new tables from 0001 and has no scorecard_periods.
 */
migrations['0007-one-writer-for-assignment-periods'] = {
  async up(db) {
    const tables = await tablesOfThisStore(db);
    if (!tables.has('scorecard_periods')) return;
    for (const table of ['scorecard_reports', 'scorecard_lifecycle', 'scorecard_periods'])
      await db.schema.dropTable(table).ifExists().execute();
    for (const projection of [deliverableTrackerProjection, stateScorecardProjection]) {
      for (const table of projection.tables) await db.schema.dropTable(table).ifExists().execute();
      await projection.createTables(db, '');
      await db.deleteFrom('projection_checkpoints').where('projection', '=', projection.name).execute();
    }
  },
};

/**
 * Who sent a regional report (review_reporting_states, from ProgressReported's reportingState), so
 * that the review queue shows the member State beside the mechanism; and the queue's rows looked up
 * by an integer hash of the report id (report_key, as the tracker's reports since 0007) rather than
 * by a unique key on the 36-character id, and keyed by the position that put them in the queue (the
 * rowid on SQLite). A fresh store got the tables from 0001; an older one gets the review queue's
 * tables anew and its checkpoint starts again at the beginning of the log: the projector refills
 * them, reporting States included (as 0006 did).
 */
migrations['0008-review-reporting-states'] = {
  async up(db) {
    const tables = await tablesOfThisStore(db);
    if (tables.has('review_reporting_states')) return;
    for (const table of reviewQueueProjection.tables) await db.schema.dropTable(table).ifExists().execute();
    await reviewQueueProjection.createTables(db, '');
    await db
      .deleteFrom('projection_checkpoints')
      .where('projection', '=', reviewQueueProjection.name)
      .execute();
  },
};

/** The store's tables; on PostgreSQL only its schema's (several read stores may share a database). */
async function tablesOfThisStore(db: Kysely<unknown>): Promise<Set<string>> {
  const all = await db.introspection.getTables();
  const schema = all.some((t) => t.schema !== undefined)
    ? (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(db)).rows[0]?.s
    : undefined;
  return new Set(all.filter((t) => t.schema === schema).map((t) => t.name));
}

function currenciesByMinorUnits(): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const [code, decimals] of CURRENCY_MINOR_UNITS)
    groups.set(decimals, [...(groups.get(decimals) ?? []), code]);
  return groups;
}

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
