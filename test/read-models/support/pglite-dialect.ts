import { Worker } from 'node:worker_threads';
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

interface QueryAnswer {
  rows: unknown[];
  command?: string;
  affectedRows?: number;
}

/** What the dialect needs of PGlite: one session that runs a parameterised statement. */
export interface PgSession {
  query<R>(sql: string, params?: unknown[]): Promise<{ rows: R[]; command?: string; affectedRows?: number }>;
  close(): Promise<void>;
}

// PGlite loads its WebAssembly through dynamic import(), which jest's module sandbox refuses
// without --experimental-vm-modules: it runs in a worker thread, outside the sandbox.
const WORKER = `
const { parentPort } = require('node:worker_threads');
const { PGlite } = require('@electric-sql/pglite');
const ready = PGlite.create();
parentPort.on('message', async ({ id, sql, params, close }) => {
  try {
    const pg = await ready;
    if (close) { await pg.close(); parentPort.postMessage({ id }); return; }
    const r = await pg.query(sql, params);
    parentPort.postMessage({ id, answer: { rows: r.rows, command: r.command, affectedRows: r.affectedRows } });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: error.message, code: error.code } });
  }
});
`;

export function startPglite(): PgSession {
  const worker = new Worker(WORKER, { eval: true });
  worker.unref();
  let next = 0;
  const waiting = new Map<number, { resolve(a: QueryAnswer): void; reject(e: Error): void }>();
  worker.on(
    'message',
    (m: { id: number; answer?: QueryAnswer; error?: { message: string; code?: string } }) => {
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.error) w?.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
      else w?.resolve(m.answer ?? { rows: [] });
    },
  );
  const send = (message: object) =>
    new Promise<QueryAnswer>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  return {
    query: <R>(sql: string, params: unknown[] = []) =>
      send({ sql, params }) as Promise<{ rows: R[]; command?: string; affectedRows?: number }>,
    close: async () => {
      await send({ close: true });
      await worker.terminate();
    },
  };
}

/**
 * An in-process PostgreSQL for the read-model suites when no DATABASE_URL is given, so the
 * PostgreSQL dialect is always exercised. PGlite is one session: Kysely connections take turns
 * (a mutex, as Kysely's own SQLite driver does), and each turn first selects the schema of the
 * read store it belongs to, so several stores can share one PGlite instance.
 */
export class PGliteDialect implements Dialect {
  constructor(
    private readonly pg: PgSession,
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

const turns = new WeakMap<PgSession, { tail: Promise<void>; schema?: string }>();

class PGliteDriver implements Driver {
  private release?: () => void;
  constructor(
    private readonly pg: PgSession,
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
      streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
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
export const pgliteLockSession = (pg: PgSession, schema: string) => (): Promise<LockSession> =>
  Promise.resolve({
    tryLock: async (key) =>
      (
        await pg.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [
          `${schema}/${key}`,
        ])
      ).rows[0]?.ok === true,
    unlock: async (key) => {
      await pg.query('SELECT pg_advisory_unlock(hashtext($1))', [`${schema}/${key}`]);
    },
    ping: async () => {
      await pg.query('SELECT 1');
    },
    close: () => Promise.resolve(),
  });
