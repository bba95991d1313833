import { AggregateStore } from '@ct/application';
import { type DeliverableEvent, EVENT_SCHEMA_VERSIONS, deliverableDecider } from '@ct/domain';
import { type EventToAppend, SqliteEventStore, eventIdFor } from '@ct/event-store';

/**
 * A progress report is named by its event's id (issue #12), so the AggregateStore must hand every
 * folded event its stored id: on a full read of the stream and when it catches a cached fold up.
 */
describe('AggregateStore folds events with their stored ids', () => {
  const STREAM = 'deliverable-criminalise-tf';
  let store: SqliteEventStore;

  const toAppend = (commandId: string, event: DeliverableEvent): EventToAppend => ({
    id: eventIdFor(commandId, 0),
    type: event.type,
    data: event.data,
    metadata: {
      actor: 'coordinator.tj',
      commandId,
      correlationId: commandId,
      causationId: commandId,
      recordedAt: '2024-06-01T09:30:00.000Z',
      schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
    },
  });
  const report = (reportedOn: string): DeliverableEvent => ({
    type: 'ProgressReported',
    data: {
      deliverableId: 'criminalise-tf',
      stateCode: 'TJ',
      status: 'in-progress',
      reportedOn,
      source: 'self-reported',
    },
  });

  beforeEach(async () => {
    store = new SqliteEventStore({ filename: ':memory:', pollIntervalMs: 20 });
    await store.appendToStream(
      STREAM,
      [
        toAppend('define', {
          type: 'DeliverableDefined',
          data: {
            deliverableId: 'criminalise-tf',
            frameworkId: 'dushanbe-declaration-2019',
            pillar: 'II',
            thematicArea: 'countering the financing of terrorism',
            title: 'Criminalise terrorist financing for any purpose',
            definedOn: '2019-06-01',
          },
        }),
        toAppend('assign', {
          type: 'DeliverableAssigned',
          data: {
            deliverableId: 'criminalise-tf',
            stateCode: 'TJ',
            leadAgency: 'Financial intelligence unit',
            dueOn: '2021-12-31',
            assignedOn: '2019-06-15',
          },
        }),
        toAppend('report-1', report('2020-03-01')),
      ],
      { expectedRevision: 'no_stream' },
    );
  });
  afterEach(async () => {
    await store.close();
  });

  it('on a full read and on a catch-up of the cached fold', async () => {
    const aggregates = new AggregateStore(store);
    const first = await aggregates.load(deliverableDecider, STREAM);
    expect(Object.keys(first.state.reports)).toEqual([eventIdFor('report-1', 0)]);

    await store.appendToStream(STREAM, [toAppend('report-2', report('2020-06-01'))], {
      expectedRevision: first.revision!,
    });
    const caughtUp = await aggregates.load(deliverableDecider, STREAM);
    expect(Object.keys(caughtUp.state.reports)).toEqual([
      eventIdFor('report-1', 0),
      eventIdFor('report-2', 0),
    ]);
    expect(caughtUp.state.reports[eventIdFor('report-2', 0)]).toMatchObject({
      versionId: eventIdFor('report-2', 0),
      reportedOn: '2020-06-01',
    });
    // A fresh store (no cache) folds the same state.
    expect((await new AggregateStore(store).load(deliverableDecider, STREAM)).state).toEqual(caughtUp.state);
  });
});
