import { type ColumnType, type Kysely, SqliteIntrospector } from 'kysely';

/**
 * Global positions and money in minor units are 64-bit integers: PostgreSQL's driver hands them
 * back as strings, SQLite's as numbers. Written as strings (exact in both), read through
 * `toBigInt`/`toNumber`, never used raw.
 */
export type Int8 = ColumnType<string | number, string | number, string | number>;
/** Booleans are 0/1 integers: SQLite has no boolean type and both dialects compare them alike. */
export type Flag = number;

export const toBigInt = (value: string | number | bigint): bigint =>
  typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : value);

export const toNumber = (value: string | number | bigint | null | undefined): number =>
  value === null || value === undefined ? 0 : Number(value);

export const positionParam = (position: bigint): string => position.toString();

export const parseJsonArray = (text: string | null): string[] => (text ? (JSON.parse(text) as string[]) : []);

export const isSqlite = (db: Kysely<unknown>): boolean => db.introspection instanceof SqliteIntrospector;

/**
 * The type of a key that is a log position. SQLite makes a column the table's rowid only when it
 * is declared exactly `integer primary key` (rows then stored in position order, appended by a
 * rebuild, with no second B-tree written for every row); PostgreSQL's `integer` is 32 bits, so
 * there it stays `bigint`.
 */
export const positionKey = (db: Kysely<unknown>): 'integer' | 'bigint' =>
  isSqlite(db) ? 'integer' : 'bigint';
