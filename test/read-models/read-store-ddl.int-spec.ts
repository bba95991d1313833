import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ReadStore } from '@ct/read-models';
import { sql } from 'kysely';
import { type DialectName, closePglite, dropTestSchemas, openReadStore } from './support/stores';

/**
 * Read stores already in use were created by migration 0001 as it ran when they were made, and
 * migrations never run twice: a table's DDL that changed in place would leave old stores and new
 * ones different. The schema a fresh store gets is compared with the one recorded from the code
 * that wrote the stores in use (before the tables moved next to their read models); a deliberate
 * change needs a new migration and a new recording.
 */
const recorded = (dialect: DialectName) =>
  readFileSync(join(__dirname, 'fixtures', `read-store-schema.${dialect}.txt`), 'utf8')
    .trimEnd()
    .split('\n');

async function schemaOf(store: ReadStore): Promise<string[]> {
  if (store.dialect === 'sqlite') {
    const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
      SELECT type, name, sql FROM sqlite_master ORDER BY name`.execute(store.db);
    return rows.map((r) => `${r.type} ${r.name}: ${r.sql}`);
  }
  const schema = (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(store.db)).rows[0]!.s;
  const columns = await sql<Record<string, string | number | null>>`
    SELECT table_name, column_name, data_type, is_nullable, column_default, ordinal_position
    FROM information_schema.columns WHERE table_schema = ${schema}
    ORDER BY table_name, ordinal_position`.execute(store.db);
  const indexes = await sql<Record<string, string>>`
    SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = ${schema}
    ORDER BY indexname`.execute(store.db);
  // PostgreSQL 18 lists NOT NULL as constraints too (the columns' is_nullable already says it).
  const constraints = await sql<Record<string, string>>`
    SELECT conname, contype, pg_get_constraintdef(oid) AS d FROM pg_constraint
    WHERE connamespace = ${schema}::regnamespace AND contype <> 'n'
    ORDER BY conname`.execute(store.db);
  return [
    ...columns.rows.map(
      (r) =>
        `col ${r.table_name}.${r.column_name} ${r.data_type} ${r.is_nullable} ${r.column_default} #${r.ordinal_position}`,
    ),
    ...indexes.rows.map(
      (r) => `idx ${r.tablename} ${r.indexname}: ${r.indexdef!.split(`${schema}.`).join('')}`,
    ),
    ...constraints.rows.map((r) => `con ${r.conname} ${r.contype}: ${r.d}`),
  ];
}

afterAll(async () => {
  await dropTestSchemas();
  await closePglite();
});

test.each<DialectName>(['sqlite', 'postgres'])(
  'a fresh read store on %s gets the schema the stores in use were created with',
  async (dialect) => {
    const store = await openReadStore(dialect);
    try {
      expect(await schemaOf(store)).toEqual(recorded(dialect));
    } finally {
      await store.close();
    }
  },
);
