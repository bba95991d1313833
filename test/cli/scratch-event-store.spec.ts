import {
  type EventToAppend,
  type RecordedEvent,
  SqliteEventStore,
  WrongExpectedRevisionError,
} from '@ct/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScratchEventStore } from '../../apps/cli/src/import/scratch-event-store';

const event = (id: string): EventToAppend => ({
  id,
  type: 'Noted',
  data: { id },
  metadata: {
    actor: 'test',
    commandId: id,
    correlationId: id,
    causationId: id,
    recordedAt: '2026-01-01T00:00:00.000Z',
    schemaVersion: 1,
  },
});

const ids = async (events: AsyncIterable<RecordedEvent>): Promise<string[]> => {
  const seen: string[] = [];
  for await (const e of events) seen.push(`${e.id}@${e.revision}`);
  return seen;
};

/** The dry run's store: reads the real log, never writes to it. */
describe('ScratchEventStore', () => {
  let dir: string;
  let base: SqliteEventStore;
  const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ct-scratch-'));
    base = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
    await base.appendToStream('thing-a', [event(uuid(1)), event(uuid(2))], { expectedRevision: 'no_stream' });
  });
  afterEach(async () => {
    await base.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a stream as the real store has it, then appends to its copy only', async () => {
    const scratch = new ScratchEventStore(base);
    expect(await ids(scratch.readStream('thing-a'))).toEqual([`${uuid(1)}@0`, `${uuid(2)}@1`]);
    await scratch.appendToStream('thing-a', [event(uuid(3))], { expectedRevision: 1n });
    await scratch.appendToStream('thing-b', [event(uuid(4))], { expectedRevision: 'no_stream' });
    expect(await ids(scratch.readStream('thing-a', { fromRevision: 1n }))).toEqual([
      `${uuid(2)}@1`,
      `${uuid(3)}@2`,
    ]);
    expect(await ids(scratch.readStream('thing-a', { direction: 'backwards', maxCount: 2 }))).toEqual([
      `${uuid(3)}@2`,
      `${uuid(2)}@1`,
    ]);
    expect(await scratch.hasStream('thing-b')).toBe(true);
    expect(await scratch.hasStream('thing-c')).toBe(false);
    // The real store is untouched.
    expect(await ids(base.readStream('thing-a'))).toEqual([`${uuid(1)}@0`, `${uuid(2)}@1`]);
    expect(await ids(base.readStream('thing-b'))).toEqual([]);
    await scratch.close();
  });

  it('checks expected revisions as the stores do, and acknowledges a re-append of the same ids', async () => {
    const scratch = new ScratchEventStore(base);
    await expect(
      scratch.appendToStream('thing-a', [event(uuid(5))], { expectedRevision: 'no_stream' }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    await expect(
      scratch.appendToStream('thing-a', [event(uuid(5))], { expectedRevision: 0n }),
    ).rejects.toThrow(WrongExpectedRevisionError);
    const first = await scratch.appendToStream('thing-a', [event(uuid(5))], { expectedRevision: 1n });
    const again = await scratch.appendToStream('thing-a', [event(uuid(5))], { expectedRevision: 1n });
    expect(again).toEqual(first);
    expect(await ids(scratch.readStream('thing-a'))).toHaveLength(3);
  });
});
