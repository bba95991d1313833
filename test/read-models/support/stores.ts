import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type ReadStore, createReadStore } from '@ct/read-models';
import { PGliteDialect, type PgSession, pgliteLockSession, startPglite } from './pglite-dialect';

export type DialectName = 'sqlite' | 'postgres';

/** CI sets DATABASE_URL; without it PostgreSQL runs in-process (PGlite), never skipped. */
export const postgresUrl = process.env.DATABASE_URL;
export const postgresFlavour = postgresUrl ? 'server' : 'pglite';

let pglite: PgSession | undefined;
const schemas: string[] = [];

/** A fresh, empty read store in its own schema (PostgreSQL) or its own in-memory database. */
export async function openReadStore(dialect: DialectName): Promise<ReadStore> {
  if (dialect === 'sqlite') return createReadStore({ kind: 'sqlite', filename: ':memory:' });
  const schema = `rm_test_${process.pid}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  schemas.push(schema);
  if (postgresUrl)
    return createReadStore({ kind: 'postgres', connectionString: postgresUrl, schema, poolSize: 4 });
  const pg = (pglite ??= startPglite());
  return createReadStore({
    kind: 'postgres-dialect',
    dialect: new PGliteDialect(pg, schema),
    lockSession: pgliteLockSession(pg, schema),
    schema,
  });
}

/** Drops every schema this run created; call from afterAll. */
export async function dropTestSchemas(): Promise<void> {
  const names = schemas.splice(0);
  if (postgresUrl) {
    const client = new Client({ connectionString: postgresUrl });
    await client.connect();
    try {
      for (const name of names) await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
    } finally {
      await client.end();
    }
  } else if (pglite) {
    for (const name of names) await pglite.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  }
}

/** PGlite takes seconds to start: one per test file, closed from the file's last afterAll. */
export async function closePglite(): Promise<void> {
  const pg = pglite;
  pglite = undefined;
  await pg?.close();
}

/** Every row of the given tables, in primary-key-independent but stable order, normalised across dialects. */
export async function snapshot(
  store: ReadStore,
  tables: readonly string[],
): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = (await store.db
      .selectFrom(table as 'timeline_events')
      .selectAll()
      .execute()) as Record<string, unknown>[];
    const normalised = rows.map((row) =>
      Object.fromEntries(
        Object.entries(row)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, typeof v === 'number' || typeof v === 'bigint' ? String(v) : v]),
      ),
    );
    out[table] = normalised.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}
