import { type Compilable, CompiledQuery, type Kysely } from 'kysely';
import { type Database, type TableName } from './database';

/**
 * Row changes a projection holds back within one transaction, keyed by the transaction object:
 * the hot events (progress reports, the bulk of the log) are coalesced — many reports on one
 * assignment become one UPDATE, their rows one multi-row INSERT — and written by `flush`, which
 * whoever owns the transaction calls before committing (Projector, rebuild, as-of replay). Any
 * other event that writes or reads the same tables first flushes what is pending, so every
 * statement still sees the rows of every event before it, exactly as when each event is written on
 * its own (the other events' statements touch other rows and tables: they commute with it). A transaction that rolls
 * back takes its pending changes with it (nothing refers to them any more).
 */
export class PendingByTransaction<T> {
  private readonly byTrx = new WeakMap<object, T>();

  constructor(private readonly create: () => T) {}

  of(trx: Kysely<Database>): T {
    let pending = this.byTrx.get(trx);
    if (!pending) this.byTrx.set(trx, (pending = this.create()));
    return pending;
  }

  peek(trx: Kysely<Database>): T | undefined {
    return this.byTrx.get(trx);
  }
}

/**
 * The better-sqlite3 connection under a SQLite read store's transaction, bound by whoever opened the
 * transaction (applyBatch). Statements compiled once by Kysely then run on it directly: synchronous
 * calls on the transaction's own connection, without Kysely's per-statement promise, connection
 * and result machinery, which cost more than SQLite's work on the coalesced rows.
 */
const sqliteByTrx = new WeakMap<object, SqliteConnection>();

/** What executeEach needs of better-sqlite3 (ReadStore.sqlite): prepared statements, cached by SQL. */
export interface SqliteConnection {
  prepare(source: string): { run(...parameters: unknown[]): unknown };
}

export function bindSqlite(trx: Kysely<Database>, sqlite: SqliteConnection): void {
  sqliteByTrx.set(trx, sqlite);
}

const sameParameters = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * Runs statements of a few shapes for many items, compiling each shape through Kysely (table
 * renames of a rebuild, the dialect's placeholders) only once: building and compiling a query
 * costs far more than running it. `parametersOf` lists an item's parameters in the order of the
 * compiled statement; the first item of each shape checks it against Kysely's own compilation, and a
 * shape that does not match is compiled for every item (correct, only slower).
 */
export async function executeEach<T>(
  trx: Kysely<Database>,
  items: Iterable<T>,
  shapeOf: (item: T) => string,
  build: (item: T) => Compilable,
  parametersOf: (item: T) => unknown[],
): Promise<void> {
  const templates = new Map<string, string | null>();
  const sqlite = sqliteByTrx.get(trx);
  for (const item of items) {
    const shape = shapeOf(item);
    const template = templates.get(shape);
    if (template) {
      if (sqlite) sqlite.prepare(template).run(...parametersOf(item));
      else await trx.executeQuery(CompiledQuery.raw(template, parametersOf(item)));
      continue;
    }
    const compiled = build(item).compile();
    if (template === undefined)
      templates.set(shape, sameParameters(compiled.parameters, parametersOf(item)) ? compiled.sql : null);
    if (sqlite) sqlite.prepare(compiled.sql).run(...compiled.parameters);
    else await trx.executeQuery(compiled);
  }
}

/**
 * Inserts rows (all with the same columns, in the same order) in multi-row statements of fixed
 * sizes (100, 10, then 1): few distinct SQL texts, each compiled once per call, and far below both
 * dialects' bound-parameter limits.
 */
export async function insertRows<T extends TableName>(
  trx: Kysely<Database>,
  table: T,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const chunks: Record<string, unknown>[][] = [];
  let i = 0;
  for (const size of [100, 10, 1])
    for (; i + size <= rows.length; i += size) chunks.push(rows.slice(i, i + size));
  await executeEach(
    trx,
    chunks,
    (chunk) => String(chunk.length),
    (chunk) => trx.insertInto(table).values(chunk as never),
    (chunk) => {
      // The bulk of a rebuild's parameters: a plain loop, no intermediate arrays.
      const parameters = new Array<unknown>(chunk.length * columns.length);
      let n = 0;
      for (const row of chunk) for (const column of columns) parameters[n++] = row[column];
      return parameters;
    },
  );
}
