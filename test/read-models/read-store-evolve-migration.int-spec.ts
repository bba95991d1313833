import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReadStore, readCheckpoints } from '@ct/read-models';
import { sql } from 'kysely';

/**
 * Migration 0006 (issue #12): a read store written before the tracker and the scorecard kept
 * effective-dated rows gets their tables anew and replays them from the beginning of the log; a
 * fresh store (whose 0001 already made them) is left as it is.
 */
test('a store from before records that evolve gets the new tables and replays them', async () => {
  const filename = join(mkdtempSync(join(tmpdir(), 'ct-rm-')), 'read.sqlite');
  const first = await createReadStore({ kind: 'sqlite', filename });
  // The store as the previous code left it: no periods table, 0006 never run, tracker at 41.
  await sql`DROP TABLE tracker_periods`.execute(first.db);
  await sql`DELETE FROM kysely_migration WHERE name = '0006-records-that-evolve'`.execute(first.db);
  await sql`UPDATE projection_checkpoints SET position = '41'`.execute(first.db);
  await first.close();

  const reopened = await createReadStore({ kind: 'sqlite', filename });
  try {
    const tables = (await reopened.db.introspection.getTables()).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['tracker_periods', 'scorecard_periods', 'review_queue']));
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
