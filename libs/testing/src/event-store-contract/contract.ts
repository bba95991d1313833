import {
  EventStoreUnavailableError,
  WrongExpectedRevisionError,
  isSystemEvent,
  type EventStore,
  type EventStoreHealth,
  type ExpectedRevision,
  type RecordedEvent,
} from '@ct/event-store';
import {
  SubscriptionReader,
  appendAndRead,
  collect,
  newEvent,
  uniqueName,
  waitFor,
  withTimeout,
} from './helpers';

export interface ContractTarget {
  store: EventStore;
  kind: EventStoreHealth['kind'];
  /** A server the tests may take down and bring back with its data (the emulator). */
  outage?: { stop(): Promise<void>; start(): Promise<void> };
  close(): Promise<void>;
}

/**
 * The behaviour every EventStore adapter must share, so that the embedded store and EventStoreDB
 * stay interchangeable. The target may hold data from earlier tests or runs.
 */
export function runEventStoreContract(
  name: string,
  factory: () => Promise<ContractTarget>,
  options: {
    /** The factory's target has `outage` (register the outage tests). */
    outages?: boolean;
    describe?: jest.Describe;
  } = {},
): void {
  const describeFn = options.describe ?? describe;
  describeFn(`EventStore contract: ${name}`, () => {
    let target: ContractTarget;
    let store: EventStore;
    /** Stream names of this run start with it, so that prefix filters see only this run's events. */
    const run = uniqueName('contract').replace(/-/g, '');

    beforeAll(async () => {
      target = await factory();
      store = target.store;
    });
    afterAll(async () => {
      await target?.close();
    });

    const stream = (label: string) => uniqueName(`${run}-${label}`);

    describe('expected revision', () => {
      const cases: {
        title: string;
        existing: number;
        expected: ExpectedRevision;
        outcome: bigint | { actual: bigint | 'no_stream' };
      }[] = [
        { title: 'any on a new stream', existing: 0, expected: 'any', outcome: 0n },
        { title: 'no_stream on a new stream', existing: 0, expected: 'no_stream', outcome: 0n },
        {
          title: 'stream_exists on a new stream',
          existing: 0,
          expected: 'stream_exists',
          outcome: { actual: 'no_stream' },
        },
        { title: 'exact 0 on a new stream', existing: 0, expected: 0n, outcome: { actual: 'no_stream' } },
        { title: 'any on an existing stream', existing: 2, expected: 'any', outcome: 2n },
        {
          title: 'no_stream on an existing stream',
          existing: 2,
          expected: 'no_stream',
          outcome: { actual: 1n },
        },
        { title: 'stream_exists on an existing stream', existing: 2, expected: 'stream_exists', outcome: 2n },
        { title: 'the exact revision on an existing stream', existing: 2, expected: 1n, outcome: 2n },
        {
          title: 'a stale revision on an existing stream',
          existing: 2,
          expected: 0n,
          outcome: { actual: 1n },
        },
        {
          title: 'a future revision on an existing stream',
          existing: 2,
          expected: 5n,
          outcome: { actual: 1n },
        },
      ];

      it.each(cases)('$title', async ({ existing, expected, outcome }) => {
        const name = stream('rev');
        if (existing > 0) {
          await store.appendToStream(
            name,
            Array.from({ length: existing }, () => newEvent()),
            { expectedRevision: 'no_stream' },
          );
        }
        const attempt = store.appendToStream(name, [newEvent()], { expectedRevision: expected });
        if (typeof outcome === 'bigint') {
          const result = await attempt;
          expect(result.nextExpectedRevision).toBe(outcome);
          const events = await collect(store.readStream(name));
          expect(events.map((event) => event.revision)).toEqual(
            Array.from({ length: existing + 1 }, (_, i) => BigInt(i)),
          );
          expect(result.position).toBe(events.at(-1)!.position);
        } else {
          const error = await attempt.then(
            () => undefined,
            (rejection: unknown) => rejection,
          );
          expect(error).toBeInstanceOf(WrongExpectedRevisionError);
          expect(error).toMatchObject({ streamName: name, expected, actual: outcome.actual });
          // A rejected append writes nothing.
          expect(await collect(store.readStream(name))).toHaveLength(existing);
        }
      });

      it('keeps per-stream revisions independent and global positions strictly increasing', async () => {
        const a = stream('a');
        const b = stream('b');
        const r1 = await store.appendToStream(a, [newEvent(), newEvent()], { expectedRevision: 'no_stream' });
        const r2 = await store.appendToStream(b, [newEvent()], { expectedRevision: 'no_stream' });
        const r3 = await store.appendToStream(a, [newEvent()], { expectedRevision: 1n });
        expect([r1.nextExpectedRevision, r2.nextExpectedRevision, r3.nextExpectedRevision]).toEqual([
          1n,
          0n,
          2n,
        ]);
        expect(r1.position).toBeLessThan(r2.position);
        expect(r2.position).toBeLessThan(r3.position);
      });
    });

    describe('idempotent retries', () => {
      it.each<{ title: string; first: ExpectedRevision; prefix: number }>([
        { title: 'no_stream', first: 'no_stream', prefix: 0 },
        { title: 'an exact revision', first: 0n, prefix: 1 },
        { title: 'any', first: 'any', prefix: 1 },
      ])(
        're-appending the same event ids with $title returns the original result and writes nothing',
        async ({ first, prefix }) => {
          const name = stream('idem');
          if (prefix > 0) await store.appendToStream(name, [newEvent()], { expectedRevision: 'no_stream' });
          const batch = [newEvent(), newEvent()];
          const original = await store.appendToStream(name, batch, { expectedRevision: first });
          // Someone else appends in between: the retry must still be recognised.
          await store.appendToStream(name, [newEvent()], { expectedRevision: 'any' });

          const retried = await store.appendToStream(name, batch, { expectedRevision: first });

          expect(retried).toEqual(original);
          const events = await collect(store.readStream(name));
          expect(events).toHaveLength(prefix + 3);
          expect(events.filter((event) => batch.some((b) => b.id === event.id))).toHaveLength(2);
        },
      );

      it('rejects new event ids at a stale revision (not a retry)', async () => {
        const name = stream('idem');
        await store.appendToStream(name, [newEvent()], { expectedRevision: 'no_stream' });
        await expect(
          store.appendToStream(name, [newEvent()], { expectedRevision: 'no_stream' }),
        ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect(await collect(store.readStream(name))).toHaveLength(1);
      });
    });

    describe('readStream', () => {
      let name: string;
      let appended: ReturnType<typeof newEvent>[];
      beforeAll(async () => {
        name = stream('read');
        appended = Array.from({ length: 5 }, (_, i) => newEvent(`Step${i}`, { i }));
        await store.appendToStream(name, appended, { expectedRevision: 'no_stream' });
      });

      it('reads forwards with ids, types, data and metadata as appended', async () => {
        const events = await collect(store.readStream(name));
        expect(events.map((event) => event.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
        events.forEach((event, i) => {
          expect(event).toMatchObject({
            id: appended[i]!.id,
            streamName: name,
            type: appended[i]!.type,
            data: appended[i]!.data,
            metadata: appended[i]!.metadata,
          });
        });
        const positions = events.map((event) => event.position);
        expect([...positions].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))).toEqual(positions);
        expect(new Set(positions).size).toBe(5);
      });

      it('reads forwards from a revision (inclusive) with maxCount', async () => {
        const events = await collect(store.readStream(name, { fromRevision: 2n, maxCount: 2 }));
        expect(events.map((event) => event.revision)).toEqual([2n, 3n]);
      });

      it('reads backwards from the end and from a revision (inclusive) with maxCount', async () => {
        const all = await collect(store.readStream(name, { direction: 'backwards' }));
        expect(all.map((event) => event.revision)).toEqual([4n, 3n, 2n, 1n, 0n]);
        const some = await collect(
          store.readStream(name, { direction: 'backwards', fromRevision: 3n, maxCount: 2 }),
        );
        expect(some.map((event) => event.revision)).toEqual([3n, 2n]);
      });

      it('stops the read when the consumer stops early', async () => {
        const seen: bigint[] = [];
        for await (const event of store.readStream(name)) {
          seen.push(event.revision);
          if (seen.length === 2) break;
        }
        expect(seen).toEqual([0n, 1n]);
        // The store is still usable afterwards.
        expect(await collect(store.readStream(name, { maxCount: 1 }))).toHaveLength(1);
      });

      it('reads a missing stream as empty in both directions', async () => {
        const missing = stream('missing');
        expect(await collect(store.readStream(missing))).toEqual([]);
        expect(await collect(store.readStream(missing, { direction: 'backwards' }))).toEqual([]);
      });
    });

    describe('readAll', () => {
      let events: RecordedEvent[];
      let prefix: string;
      beforeAll(async () => {
        prefix = `${stream('all')}-`;
        events = await appendAndRead(store, `${prefix}x`, [newEvent(), newEvent(), newEvent()]);
      });
      const only = () => ({ streamNamePrefixes: [prefix] });
      const ids = (list: RecordedEvent[]) => list.map((event) => event.id);

      it('reads forwards from a position, inclusive', async () => {
        const read = await collect(store.readAll({ fromPosition: events[1]!.position, filter: only() }));
        expect(ids(read)).toEqual(ids(events.slice(1)));
        expect(read[0]).toEqual(events[1]);
      });

      it('reads backwards from a position, exclusive', async () => {
        const read = await collect(
          store.readAll({ direction: 'backwards', fromPosition: events[2]!.position, filter: only() }),
        );
        expect(ids(read)).toEqual(ids([events[1]!, events[0]!]));
      });

      it('reads backwards from the end', async () => {
        const read = await collect(store.readAll({ direction: 'backwards', maxCount: 2, filter: only() }));
        expect(ids(read)).toEqual(ids([events[2]!, events[1]!]));
      });

      it('counts maxCount after filtering', async () => {
        const read = await collect(
          store.readAll({ fromPosition: events[0]!.position, maxCount: 2, filter: only() }),
        );
        expect(ids(read)).toEqual(ids(events.slice(0, 2)));
      });

      it('reads without a filter in global order, application events only', async () => {
        const sysStream = `$${stream('sys')}`;
        await store.appendToStream(sysStream, [newEvent()], { expectedRevision: 'any' });
        const systemTyped = newEvent('$system-type');
        const name = `${prefix}y`;
        await store.appendToStream(name, [systemTyped, newEvent()], { expectedRevision: 'any' });
        const read = await collect(store.readAll({ fromPosition: events[0]!.position }));
        expect(read.some(isSystemEvent)).toBe(false);
        expect(read.map((event) => event.id)).not.toContain(systemTyped.id);
        expect(read.filter((event) => event.streamName.startsWith(prefix))).toHaveLength(4);
        const positions = read.map((event) => event.position);
        positions.slice(1).forEach((position, i) => expect(position).toBeGreaterThan(positions[i]!));
      });

      it('filters by stream name prefixes and by event types', async () => {
        const base = `${stream('filter')}-`;
        const [first] = await appendAndRead(store, `${base}a-1`, [newEvent('Opened'), newEvent('Closed')]);
        await store.appendToStream(`${base}b-1`, [newEvent('Opened'), newEvent('Renamed')], {
          expectedRevision: 'any',
        });
        await store.appendToStream(`${base}a-2`, [newEvent('Renamed')], { expectedRevision: 'any' });
        const from = first!.position;
        const summary = (list: RecordedEvent[]) =>
          list.map((event) => `${event.streamName.slice(base.length)}:${event.type}`);

        expect(
          summary(
            await collect(
              store.readAll({ fromPosition: from, filter: { streamNamePrefixes: [`${base}a-`] } }),
            ),
          ),
        ).toEqual(['a-1:Opened', 'a-1:Closed', 'a-2:Renamed']);
        expect(
          summary(
            await collect(
              store.readAll({
                fromPosition: from,
                filter: { streamNamePrefixes: [base], eventTypes: ['Renamed', 'Closed'] },
              }),
            ),
          ),
        ).toEqual(['a-1:Closed', 'b-1:Renamed', 'a-2:Renamed']);
        expect(
          summary(
            await collect(
              store.readAll({
                direction: 'backwards',
                filter: { streamNamePrefixes: [`${base}b-`, `${base}a-2`], eventTypes: ['Renamed'] },
              }),
            ),
          ),
        ).toEqual(['a-2:Renamed', 'b-1:Renamed']);
      });
    });

    describe('headPosition and health', () => {
      it('reports the position of the last event', async () => {
        const { position } = await store.appendToStream(stream('head'), [newEvent()], {
          expectedRevision: 'any',
        });
        const head = await store.headPosition();
        expect(head).toBeDefined();
        expect(head!).toBeGreaterThanOrEqual(position);
      });

      it('is healthy', async () => {
        expect(await store.health()).toMatchObject({ ok: true, kind: target.kind });
      });
    });

    describe('subscribeToAll', () => {
      it('starts after the given position (exclusive), then delivers live events in order', async () => {
        const prefix = `${stream('sub')}-`;
        const [e0, e1, e2] = await appendAndRead(store, `${prefix}1`, [newEvent(), newEvent(), newEvent()]);
        const subscription = store.subscribeToAll({
          from: e0!.position,
          filter: { streamNamePrefixes: [prefix] },
        });
        const reader = new SubscriptionReader(subscription);
        try {
          expect(await reader.take(2)).toEqual([e1, e2]);
          expect(subscription.status.lastPosition).toBe(e2!.position);

          reader.request();
          await waitFor(() => subscription.status.live, 15_000, 'the subscription to go live');
          const live = await appendAndRead(store, `${prefix}2`, [newEvent(), newEvent()]);
          expect(await reader.take(2)).toEqual(live);
          expect(subscription.status).toMatchObject({ live: true, lastPosition: live[1]!.position });
        } finally {
          await subscription.close();
        }
      });

      it("delivers from the first event with 'start'", async () => {
        const prefix = `${stream('start')}-`;
        const appended = await appendAndRead(store, `${prefix}1`, [newEvent(), newEvent()]);
        const subscription = store.subscribeToAll({
          from: 'start',
          filter: { streamNamePrefixes: [prefix] },
        });
        try {
          expect(await new SubscriptionReader(subscription).take(2, 15_000)).toEqual(appended);
        } finally {
          await subscription.close();
        }
      });

      it('applies the filter and leaves out system events', async () => {
        const prefix = `${stream('subf')}-`;
        const [marker] = await appendAndRead(store, `${prefix}m`, [newEvent('Marker')]);
        const subscription = store.subscribeToAll({
          from: marker!.position,
          filter: { streamNamePrefixes: [prefix], eventTypes: ['Wanted'] },
        });
        const everything = store.subscribeToAll({ from: marker!.position });
        const reader = new SubscriptionReader(subscription);
        const all = new SubscriptionReader(everything);
        try {
          const wanted1 = newEvent('Wanted');
          const wanted2 = newEvent('Wanted');
          const wanted3 = newEvent('Wanted');
          await store.appendToStream(`${prefix}1`, [newEvent('Unwanted'), wanted1, newEvent('$system')], {
            expectedRevision: 'any',
          });
          await store.appendToStream(`$${prefix}sys`, [newEvent('Wanted')], { expectedRevision: 'any' });
          await store.appendToStream(`other-${prefix}`, [newEvent('Wanted')], { expectedRevision: 'any' });
          await store.appendToStream(`${prefix}2`, [wanted2, wanted3], { expectedRevision: 'any' });

          expect((await reader.take(3)).map((event) => event.id)).toEqual([
            wanted1.id,
            wanted2.id,
            wanted3.id,
          ]);
          // Unfiltered: every application event after the marker, none of the system ones.
          const seen: RecordedEvent[] = [];
          while (seen.at(-1)?.id !== wanted3.id) seen.push(await all.next());
          expect(seen.some(isSystemEvent)).toBe(false);
          expect(seen.filter((event) => event.streamName.includes(prefix))).toHaveLength(5);
        } finally {
          await subscription.close();
          await everything.close();
        }
      });

      it('close() ends a consumer waiting for the next event', async () => {
        const prefix = `${stream('close')}-`;
        const [marker] = await appendAndRead(store, `${prefix}1`, [newEvent()]);
        const subscription = store.subscribeToAll({
          from: marker!.position,
          filter: { streamNamePrefixes: [prefix] },
        });
        const reader = new SubscriptionReader(subscription);
        reader.request();
        await waitFor(() => subscription.status.live, 15_000, 'the subscription to go live');
        await withTimeout(subscription.close(), 15_000, 'closing the subscription');
        await expect(withTimeout(reader.inFlight!, 15_000, 'the pending next()')).resolves.toMatchObject({
          done: true,
        });
      });
    });

    // Only targets whose server the test controls: SQLite is in-process, a real server is not ours.
    if (options.outages) {
      describe('outages', () => {
        const outageIt = (title: string, fn: () => Promise<void>) =>
          it(title, async () => {
            if (!target.outage)
              throw new Error(`${name}: outages requested but the target has no outage control`);
            await fn();
          });

        outageIt('resubscribes after the server restarts: every event exactly once, in order', async () => {
          const prefix = `${stream('resub')}-`;
          const [marker] = await appendAndRead(store, `${prefix}0`, [newEvent()]);
          const subscription = store.subscribeToAll({
            from: marker!.position,
            filter: { streamNamePrefixes: [prefix] },
          });
          const reader = new SubscriptionReader(subscription);
          try {
            const before = await appendAndRead(store, `${prefix}1`, [newEvent(), newEvent()]);
            expect(await reader.take(2)).toEqual(before);
            reader.request();
            await waitFor(() => subscription.status.live, 15_000, 'the subscription to go live');

            await target.outage!.stop();
            await target.outage!.start();
            const after = await appendAndRead(store, `${prefix}2`, [newEvent(), newEvent()]);
            const more = await appendAndRead(store, `${prefix}1`, [newEvent()]);

            const received = await reader.take(3, 15_000);
            expect(received.map((event) => event.id)).toEqual([...after, ...more].map((event) => event.id));
            expect(subscription.status.resubscriptions).toBeGreaterThan(0);
            expect(subscription.status.lastPosition).toBe(received[2]!.position);
            // Nothing else was pending: a sentinel appended now is the very next event delivered
            // (a duplicate, had one been queued, would come before it). No silence is timed.
            const [sentinel] = await appendAndRead(store, `${prefix}3`, [newEvent()]);
            expect((await reader.next(15_000)).id).toBe(sentinel!.id);
          } finally {
            await subscription.close();
          }
        });

        outageIt(
          'fails appends with EventStoreUnavailableError while down (no hang), writes nothing',
          async () => {
            const name = stream('down');
            await store.appendToStream(name, [newEvent()], { expectedRevision: 'no_stream' });
            await target.outage!.stop();
            const lost = newEvent();
            try {
              // Refused rather than left hanging (how fast is the benchmarks' business); the ceiling
              // only turns a hang into a named failure.
              await expect(
                withTimeout(
                  store.appendToStream(name, [lost], { expectedRevision: 0n }),
                  20_000,
                  'the append to be refused while the server is down',
                ),
              ).rejects.toBeInstanceOf(EventStoreUnavailableError);
              await expect(collect(store.readStream(name))).rejects.toBeInstanceOf(
                EventStoreUnavailableError,
              );
              expect(await store.health()).toMatchObject({ ok: false });
            } finally {
              await target.outage!.start();
            }
            const later = newEvent();
            // The client opens a new connection on the next call: the first append after the restart succeeds.
            const result = await store.appendToStream(name, [later], { expectedRevision: 0n });
            const [recorded] = (await collect(store.readStream(name))).filter(
              (event) => event.id === later.id,
            );
            expect(result.position).toBe(recorded!.position);
            expect(recorded!.revision).toBe(1n);
            const events = await collect(store.readStream(name));
            expect(events.map((event) => event.id)).not.toContain(lost.id);
            expect(events).toHaveLength(2);
            expect(await store.health()).toMatchObject({ ok: true });
          },
        );
      });
    }
  });
}
