import { HashChainedEventStore, SqliteEventStore, eventIdFor, verifyHashChains } from '@ct/event-store';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const metadata = (commandId: string) => ({
  actor: 'auditor-test',
  commandId,
  correlationId: commandId,
  causationId: commandId,
  recordedAt: '2024-01-01T00:00:00.000Z',
  schemaVersion: 1,
});

/**
 * Tamper evidence on the embedded store: events are written through the chain, then the SQLite file
 * is altered behind the application's back, as an attacker with file access would.
 */
describe('Hash chains detect and locate tampering', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ct-chain-'));
    file = join(dir, 'events.sqlite');
    const store = new HashChainedEventStore(new SqliteEventStore({ filename: file }));
    for (let i = 0; i < 5; i++) {
      for (const stream of ['deliverable-a', 'deliverable-b']) {
        const commandId = `${stream}-${i}`;
        await store.appendToStream(
          stream,
          [
            {
              id: eventIdFor(commandId, 0),
              type: 'ProgressReported',
              data: { i, stream },
              metadata: metadata(commandId),
            },
          ],
          { expectedRevision: i === 0 ? 'no_stream' : BigInt(i - 1) },
        );
      }
    }
    await store.close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function verify() {
    const store = new SqliteEventStore({ filename: file });
    try {
      return await verifyHashChains(store);
    } finally {
      await store.close();
    }
  }

  function tamper(sql: string, ...params: unknown[]) {
    const db = new Database(file);
    db.prepare(sql).run(...params);
    db.close();
  }

  it('passes on untouched history, chaining each event to the previous one of its stream', async () => {
    const report = await verify();
    expect(report).toMatchObject({ ok: true, eventsChecked: 10, streamsChecked: 2, brokenLinks: [] });
    expect(report.anchor).toMatch(/^[0-9a-f]{64}$/);
  });

  it('detects an altered event and names its stream and position', async () => {
    tamper(
      `UPDATE events SET data = json_set(data, '$.i', 99) WHERE stream_name = 'deliverable-b' AND revision = 2`,
    );
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.brokenLinks).toEqual([
      expect.objectContaining({
        streamName: 'deliverable-b',
        revision: '2',
        position: '6',
        problem: 'content-altered',
      }),
    ]);
  });

  it('detects an altered actor in the metadata', async () => {
    tamper(`UPDATE events SET metadata = json_set(metadata, '$.actor', 'someone-else') WHERE position = 3`);
    const report = await verify();
    expect(report.brokenLinks).toEqual([
      expect.objectContaining({ streamName: 'deliverable-a', position: '3', problem: 'content-altered' }),
    ]);
  });

  it('detects a deleted event at the next event of the stream', async () => {
    tamper(`DELETE FROM events WHERE stream_name = 'deliverable-a' AND revision = 1`);
    const report = await verify();
    expect(report.brokenLinks).toEqual([
      expect.objectContaining({
        streamName: 'deliverable-a',
        revision: '2',
        position: '5',
        problem: 'revision-gap',
      }),
    ]);
  });

  it('detects two events swapped within a stream', async () => {
    const db = new Database(file);
    const rows = db
      .prepare(
        `SELECT position, data, metadata, event_id FROM events WHERE stream_name = 'deliverable-b' AND revision IN (1, 3) ORDER BY revision`,
      )
      .all() as { position: number; data: string; metadata: string; event_id: string }[];
    const [one, three] = rows as [(typeof rows)[0], (typeof rows)[0]];
    const swap = db.prepare('UPDATE events SET data = ?, metadata = ?, event_id = ? WHERE position = ?');
    db.transaction(() => {
      swap.run(three.data, three.metadata, three.event_id, one.position);
      swap.run(one.data, one.metadata, one.event_id, three.position);
    })();
    db.close();
    const report = await verify();
    expect(report.brokenLinks).toEqual([
      expect.objectContaining({
        streamName: 'deliverable-b',
        revision: '1',
        position: String(one.position),
        problem: 'chain-broken',
      }),
    ]);
  });

  it('changes the anchor when an event is removed from the end of a stream', async () => {
    const before = (await verify()).anchor;
    tamper(`DELETE FROM events WHERE stream_name = 'deliverable-a' AND revision = 4`);
    const after = await verify();
    expect(after.ok).toBe(true); // a chain cannot see a missing tail...
    expect(after.anchor).not.toBe(before); // ...an anchor kept outside the system can
  });
});

describe('HashChainedEventStore keeps the port semantics', () => {
  it('answers a retried append idempotently and rejects a stale expected revision', async () => {
    const store = new HashChainedEventStore(new SqliteEventStore({ filename: ':memory:' }));
    const event = { id: eventIdFor('c-1', 0), type: 'T', data: {}, metadata: metadata('c-1') };
    const first = await store.appendToStream('s-1', [event], { expectedRevision: 'no_stream' });
    const again = await store.appendToStream('s-1', [event], { expectedRevision: 'no_stream' });
    expect(again).toEqual(first);
    await expect(
      store.appendToStream('s-1', [{ ...event, id: eventIdFor('c-2', 0) }], {
        expectedRevision: 'no_stream',
      }),
    ).rejects.toMatchObject({ name: 'WrongExpectedRevisionError' });
    const concurrent = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.appendToStream('s-1', [{ ...event, id: eventIdFor(`any-${i}`, 0) }], {
          expectedRevision: 'any',
        }),
      ),
    );
    expect(new Set(concurrent.map((r) => r.nextExpectedRevision)).size).toBe(10);
    expect((await verifyHashChains(store)).ok).toBe(true);
    await store.close();
  });
});
