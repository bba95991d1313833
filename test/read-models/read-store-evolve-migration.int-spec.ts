import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ReadStore, createReadStore, readCheckpoints } from '@ct/read-models';
import { sql } from 'kysely';

const newStoreFile = () => join(mkdtempSync(join(tmpdir(), 'ct-rm-')), 'read.sqlite');

const tablesOf = async (store: ReadStore) => (await store.db.introspection.getTables()).map((t) => t.name);

const tableSql = async (store: ReadStore, name: string) =>
  (await sql<{ sql: string }>`SELECT sql FROM sqlite_master WHERE name = ${name}`.execute(store.db)).rows[0]
    ?.sql;

/**
 * Migration 0006 (issue #12): a read store written before the tracker and the scorecard kept
 * effective-dated rows gets their tables anew and replays them from the beginning of the log; a
 * fresh store (whose 0001 already made them) is left as it is.
 */
test('a store from before records that evolve gets the new tables and replays them', async () => {
  const filename = newStoreFile();
  const first = await createReadStore({ kind: 'sqlite', filename });
  // The store as the previous code left it: no periods table, 0006 (nor 0007) never run, tracker at 41.
  await sql`DROP TABLE tracker_periods`.execute(first.db);
  await sql`DELETE FROM kysely_migration WHERE name >= '0006'`.execute(first.db);
  await sql`UPDATE projection_checkpoints SET position = '41'`.execute(first.db);
  await first.close();

  const reopened = await createReadStore({ kind: 'sqlite', filename });
  try {
    expect(await tablesOf(reopened)).toEqual(expect.arrayContaining(['tracker_periods', 'review_queue']));
    const checkpoints = await readCheckpoints(reopened.db, [
      'deliverable-tracker',
      'state-scorecard',
      'catalogue',
    ]);
    expect(checkpoints.get('deliverable-tracker')).toBe(-1n);
    expect(checkpoints.get('state-scorecard')).toBe(-1n);
    // The other read models keep their place.
    expect(checkpoints.get('catalogue')).toBe(41n);
  } finally {
    await reopened.close();
  }
});

/**
 * Migration 0007: the scorecard's copy of the tracker's reports, lifecycle and periods goes (the
 * scorecard reads tracker_periods), the tracker's position-keyed tables are keyed by the rowid on
 * SQLite, and both models replay from the beginning of the log; the others keep their place.
 */
test('a store with the scorecard’s own periods loses them and replays the tracker and the scorecard', async () => {
  const filename = newStoreFile();
  const first = await createReadStore({ kind: 'sqlite', filename });
  // The tables as 0001–0006 made them (test/read-models/fixtures before this migration); 0007 and
  // the migrations after it never run.
  await sql`DROP TABLE tracker_reports`.execute(first.db);
  await sql`CREATE TABLE "tracker_reports" ("position" bigint primary key, "deliverable_id" text not null, "state_code" text not null, "reported_on" text not null, "status" text not null, "percent_complete" integer, "note" text, "evidence" text not null, "report_id" text not null unique, "source" text not null, "review" text not null, "withdrawn" integer not null, "version_id" text not null)`.execute(
    first.db,
  );
  await sql`CREATE TABLE "scorecard_reports" ("report_id" text primary key, "position" bigint not null, "deliverable_id" text not null, "state_code" text not null, "reported_on" text not null, "status" text not null, "percent_complete" integer, "review" text not null, "withdrawn" integer not null)`.execute(
    first.db,
  );
  await sql`CREATE TABLE "scorecard_lifecycle" ("position" bigint primary key, "deliverable_id" text not null, "state_code" text not null, "kind" text not null, "effective_on" text not null)`.execute(
    first.db,
  );
  await sql`CREATE TABLE "scorecard_periods" ("deliverable_id" text not null, "state_code" text not null, "basis" text not null, "from_on" text not null, "until_on" text not null, "status" text not null, "percent_complete" integer, "completed_on" text, "last_reported_on" text, "report_count" integer not null, constraint "scorecard_periods_pk" primary key ("deliverable_id", "state_code", "basis", "from_on"))`.execute(
    first.db,
  );
  await sql`DELETE FROM kysely_migration WHERE name >= '0007'`.execute(first.db);
  await sql`UPDATE projection_checkpoints SET position = '41'`.execute(first.db);
  await first.close();

  const reopened = await createReadStore({ kind: 'sqlite', filename });
  try {
    const tables = await tablesOf(reopened);
    for (const gone of ['scorecard_reports', 'scorecard_lifecycle', 'scorecard_periods'])
      expect(tables).not.toContain(gone);
    expect(tables).toEqual(expect.arrayContaining(['tracker_periods', 'scorecard_assignments']));
    expect(await tableSql(reopened, 'tracker_reports')).toContain('"position" integer primary key');
    expect(await tableSql(reopened, 'tracker_periods')).toMatch(/without rowid$/);
    const checkpoints = await readCheckpoints(reopened.db, [
      'deliverable-tracker',
      'state-scorecard',
      'review-queue',
    ]);
    expect(checkpoints.get('deliverable-tracker')).toBe(-1n);
    expect(checkpoints.get('state-scorecard')).toBe(-1n);
    expect(checkpoints.get('review-queue')).toBe(41n);
  } finally {
    await reopened.close();
  }
});

/**
 * Migration 0008: the review queue's tables as 0001–0007 made them (rows keyed by the report id, no
 * review_reporting_states) are made anew, keyed by position and looked up by report_key, and the
 * review queue replays from the beginning of the log; the others keep their place.
 */
test('a store whose review queue is keyed by report id gets the new tables and replays the queue', async () => {
  const filename = newStoreFile();
  const first = await createReadStore({ kind: 'sqlite', filename });
  await sql`DROP TABLE review_queue`.execute(first.db);
  await sql`DROP TABLE review_reporting_states`.execute(first.db);
  await sql`CREATE TABLE "review_queue" ("report_id" text primary key, "deliverable_id" text not null, "state_code" text not null, "reported_on" text not null, "status" text not null, "percent_complete" integer, "submitted_at" text not null, "submitted_position" bigint not null, "submitted_by" text not null)`.execute(
    first.db,
  );
  await sql`DELETE FROM kysely_migration WHERE name >= '0008'`.execute(first.db);
  await sql`UPDATE projection_checkpoints SET position = '41'`.execute(first.db);
  await first.close();

  const reopened = await createReadStore({ kind: 'sqlite', filename });
  try {
    const queue = await tableSql(reopened, 'review_queue');
    expect(queue).toContain('"submitted_position" integer primary key');
    expect(queue).toContain('unique ("report_key", "submitted_position")');
    expect(queue).not.toContain('"report_id" text primary key');
    expect(await tableSql(reopened, 'review_reporting_states')).toContain(
      'unique ("report_key", "position")',
    );
    const checkpoints = await readCheckpoints(reopened.db, [
      'review-queue',
      'deliverable-tracker',
      'catalogue',
    ]);
    expect(checkpoints.get('review-queue')).toBe(-1n);
    expect(checkpoints.get('deliverable-tracker')).toBe(41n);
    expect(checkpoints.get('catalogue')).toBe(41n);
  } finally {
    await reopened.close();
  }
});

test('a fresh store keeps its place: 0006, 0007 and 0008 remake nothing', async () => {
  const filename = newStoreFile();
  const first = await createReadStore({ kind: 'sqlite', filename });
  await sql`UPDATE projection_checkpoints SET position = '41'`.execute(first.db);
  // The three migrations run again on the fresh tables (as on a store made by this code’s 0001).
  await sql`DELETE FROM kysely_migration WHERE name >= '0006'`.execute(first.db);
  await first.close();

  const reopened = await createReadStore({ kind: 'sqlite', filename });
  try {
    const checkpoints = await readCheckpoints(reopened.db, [
      'deliverable-tracker',
      'state-scorecard',
      'review-queue',
    ]);
    expect(checkpoints.get('deliverable-tracker')).toBe(41n);
    expect(checkpoints.get('state-scorecard')).toBe(41n);
    expect(checkpoints.get('review-queue')).toBe(41n);
  } finally {
    await reopened.close();
  }
});
