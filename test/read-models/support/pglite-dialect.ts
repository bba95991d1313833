import { type PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
} from 'kysely';
import { type LockSession } from '@ct/read-models';

/**
 * An in-process PostgreSQL for the read-model suites when no DATABASE_URL is given, so the
 * PostgreSQL dialect is always exercised. PGlite is one session: Kysely connections take turns
 * (a mutex, as Kysely's own SQLite driver does), and each turn first selects the schema of the
 * read store it belongs to, so several stores can share one PGlite instance.
 */
export class PGliteDialect implements Dialect {
  constructor(
    private readonly pg: PGlite,
    private readonly schema: string,
  ) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg, this.schema);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

const turns = new WeakMap<PGlite, { tail: Promise<void>; schema?: string }>();

class PGliteDriver implements Driver {
  private release?: () => void;
  constructor(
    private readonly pg: PGlite,
    private readonly schema: string,
  ) {}
  async init() {
    await this.pg.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    let state = turns.get(this.pg);
    if (!state) turns.set(this.pg, (state = { tail: Promise.resolve() }));
    const previous = state.tail;
    let release!: () => void;
    state.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.release = release;
    if (state.schema !== this.schema) {
      await this.pg.query(`SET search_path TO "${this.schema}"`);
      state.schema = this.schema;
    }
    const pg = this.pg;
    return {
      async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
        const result = await pg.query<R>(compiled.sql, [...compiled.parameters]);
        const changed = ['INSERT', 'UPDATE', 'DELETE', 'MERGE'].includes(result.command ?? '');
        return {
          rows: result.rows,
          ...(changed ? { numAffectedRows: BigInt(result.affectedRows ?? 0) } : {}),
        };
      },
      // eslint-disable-next-line require-yield
      async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
        throw new Error('streaming is not supported by the PGlite test dialect');
      },
    };
  }
  async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  releaseConnection(): Promise<void> {
    this.release?.();
    return Promise.resolve();
  }
  destroy(): Promise<void> {
    return Promise.resolve();
  }
}

/** The one PGlite session holds the lock; the key carries the schema as the real one does. */
export const pgliteLockSession =
  (pg: PGlite, schema: string) => (): Promise<LockSession> =>
    Promise.resolve({
      tryLock: async (key) =>
        (await pg.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [`${schema}/${key}`]))
          .rows[0]?.ok === true,
      unlock: async (key) => {
        await pg.query('SELECT pg_advisory_unlock(hashtext($1))', [`${schema}/${key}`]);
      },
      ping: async () => {
        await pg.query('SELECT 1');
      },
      close: () => Promise.resolve(),
    });
