import { type Kysely } from 'kysely';
import { type Database, type TableName } from './database';

/**
 * Row changes a projection holds back within one transaction, keyed by the transaction object:
 * the hot events (progress reports, the bulk of the log) are coalesced — many reports on one
 * assignment become one UPDATE, their rows one multi-row INSERT — and written by `flush`, which
 * whoever owns the transaction calls before committing (Projector, rebuild, as-of replay). Any
 * other event first flushes what is pending, so every statement still sees the rows of every
 * event before it, exactly as when each event is written on its own. A transaction that rolls
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
 * Inserts rows in multi-row statements of fixed sizes (100, 10, then 1): few distinct SQL texts, so
 * prepared statements are reused, and far below both dialects' bound-parameter limits.
 */
export async function insertRows<T extends TableName>(
  trx: Kysely<Database>,
  table: T,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  let i = 0;
  for (const size of [100, 10, 1])
    for (; i + size <= rows.length; i += size)
      await trx
        .insertInto(table)
        .values(rows.slice(i, i + size) as never)
        .execute();
}
