import { BACKWARDS, END, EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { EsdbEventStore, StreamDeletedError, isSystemEvent } from '@ct/event-store';
import { collect, newEvent, startEmulator, uniqueName, type Emulator } from '@ct/testing';

/**
 * What only EventStoreDB has (deletes, system events written by the server itself), checked
 * through the adapter on both client paths of the emulator.
 */
describe.each([
  { path: 'BatchAppend', serverFeatures: true },
  { path: 'Append', serverFeatures: false },
])('EsdbEventStore specifics on the emulator ($path)', ({ serverFeatures }) => {
  let emulator: Emulator;
  let store: EsdbEventStore;
  let client: EventStoreDBClient;

  beforeAll(async () => {
    emulator = await startEmulator({ serverFeatures });
    store = new EsdbEventStore(emulator.connectionString);
    client = EventStoreDBClient.connectionString(emulator.connectionString);
  });
  afterAll(async () => {
    await store.close();
    await client.dispose();
    await emulator.close();
  });

  it('maps a tombstoned stream to StreamDeletedError on append and read', async () => {
    const name = uniqueName('tomb');
    await store.appendToStream(name, [newEvent()], { expectedRevision: 'no_stream' });
    await client.tombstoneStream(name);
    await expect(store.appendToStream(name, [newEvent()], { expectedRevision: 'any' })).rejects.toEqual(
      new StreamDeletedError(name),
    );
    await expect(collect(store.readStream(name))).rejects.toBeInstanceOf(StreamDeletedError);
    // The tombstone ($streamDeleted, in the user's stream) is a system event: not in readAll.
    const tail = await collect(store.readAll({ direction: 'backwards', maxCount: 5 }));
    expect(tail.some((event) => event.streamName === name)).toBe(true);
    expect(tail.some((event) => event.type === '$streamDeleted')).toBe(false);
  });

  it('reads a soft-deleted stream as empty; no_stream appends continue its revisions', async () => {
    const name = uniqueName('soft');
    await store.appendToStream(name, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
    await client.deleteStream(name);
    expect(await collect(store.readStream(name))).toEqual([]);
    const result = await store.appendToStream(name, [newEvent()], { expectedRevision: 'no_stream' });
    expect(result.nextExpectedRevision).toBe(2n);
    expect((await collect(store.readStream(name))).map((event) => event.revision)).toEqual([2n]);
  });

  it('leaves out the system events that $all holds', async () => {
    const name = uniqueName('sys');
    await store.appendToStream(name, [newEvent()], { expectedRevision: 'any' });
    await client.deleteStream(name); // writes $metadata to $$<name>
    const raw = [];
    for await (const resolved of client.readAll({ direction: BACKWARDS, fromPosition: END }))
      raw.push(resolved.event!);
    expect(raw.filter((event) => event.streamId.startsWith('$')).length).toBeGreaterThanOrEqual(3);
    const viaPort = await collect(store.readAll());
    expect(viaPort.length).toBe(
      raw.filter((event) => !isSystemEvent({ streamName: event.streamId, type: event.type })).length,
    );
    expect(viaPort.some(isSystemEvent)).toBe(false);
    // The log ends with system events; headPosition is the last event the port can deliver.
    expect(isSystemEvent({ streamName: raw[0]!.streamId, type: raw[0]!.type })).toBe(true);
    expect(await store.headPosition()).toBe(viaPort.at(-1)!.position);
  });

  it('round-trips events written by another client as the port shapes them', async () => {
    const name = uniqueName('raw');
    const event = newEvent('Raw', { n: 1 });
    await client.appendToStream(
      name,
      jsonEvent({ id: event.id, type: event.type, data: event.data as never, metadata: event.metadata }),
    );
    const [read] = await collect(store.readStream(name));
    expect(read).toMatchObject({
      id: event.id,
      type: 'Raw',
      data: event.data,
      metadata: event.metadata,
      revision: 0n,
    });
  });
});
