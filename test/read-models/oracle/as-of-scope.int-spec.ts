import { AppConfig, AsOfService, ProjectorService } from '@ct/application';
import { type DomainEvent, EVENT_SCHEMA_VERSIONS } from '@ct/domain';
import { SqliteEventStore, eventIdFor } from '@ct/event-store';
import { type ReadStore, createReadStore } from '@ct/read-models';
import { catchUp } from '../support/harness';
import type * as reference from './reference-model';

/**
 * Found by the oracle (read-models-oracle.int-spec.ts): one State's scorecard as of a POSITION
 * judges "overdue" against the day of the last event of that State's own streams, while the same
 * question without a State judges it against the day of the cutoff event. The README promises the
 * two paths give the same answer ("the as-of replays the whole log prefix instead (same answer,
 * more work)"), and a position cutoff "keeps the log up to that event".
 *
 * Here KZ's last event is recorded on 30 June 2026, its assignment is due on 3 July, and the cutoff
 * is an assistance record for TJ on 5 July: as of that event KZ's assignment is overdue, but the
 * State-scoped answer says `asOf: 2026-06-30` and `overdue: 0` (and `1970-01-01` for a State with no
 * event at all). The fix belongs in AsOfService (libs/application/src/as-of/as-of.service.ts): for a
 * position cutoff, the day of the event at the cutoff in the log, whatever the scope. It failed
 * before that fix (asOf 2026-06-30, overdue 0).
 */
const history: { stream: string; event: DomainEvent; recordedAt: string }[] = [
  {
    stream: 'framework-f',
    recordedAt: '2026-06-30T08:00:00.000Z',
    event: {
      type: 'DeclarationAdopted',
      data: {
        frameworkId: 'f',
        kind: 'declaration',
        title: 'Dushanbe Declaration',
        adoptedOn: '2019-05-17',
        place: 'Dushanbe',
        adoptingStates: ['KZ', 'TJ'],
      },
    },
  },
  {
    stream: 'deliverable-d',
    recordedAt: '2026-06-30T09:00:00.000Z',
    event: {
      type: 'DeliverableDefined',
      data: {
        deliverableId: 'd',
        frameworkId: 'f',
        pillar: 'II',
        thematicArea: 'borders',
        title: 'National strategy',
        definedOn: '2020-01-01',
      },
    },
  },
  {
    stream: 'deliverable-d',
    recordedAt: '2026-06-30T10:00:00.000Z',
    event: {
      type: 'DeliverableAssigned',
      data: {
        deliverableId: 'd',
        stateCode: 'KZ',
        leadAgency: 'MFA',
        dueOn: '2026-07-03',
        assignedOn: '2020-02-01',
      },
    },
  },
  {
    stream: 'assistance-a',
    recordedAt: '2026-07-05T10:00:00.000Z',
    event: {
      type: 'AssistanceProvided',
      data: {
        assistanceId: 'a',
        provider: 'UNODC',
        recipients: { states: [{ stateCode: 'TJ', percentage: 100 }] },
        pillar: 'II',
        kind: 'training',
        periodStart: '2026-07-01',
      },
    },
  },
];

describe('as-of of one State at a position', () => {
  let eventStore: SqliteEventStore;
  let store: ReadStore;
  let service: AsOfService;
  const recorded: reference.RecordedDomainEvent[] = [];

  beforeAll(async () => {
    eventStore = new SqliteEventStore({ filename: ':memory:', pollIntervalMs: 20 });
    store = await createReadStore({ kind: 'sqlite', filename: ':memory:' });
    for (const [n, { stream, event, recordedAt }] of history.entries()) {
      const commandId = `cmd-${n}`;
      const { position } = await eventStore.appendToStream(
        stream,
        [
          {
            id: eventIdFor(commandId, 0),
            type: event.type,
            data: event.data,
            metadata: {
              actor: 'admin',
              commandId,
              correlationId: commandId,
              causationId: commandId,
              recordedAt,
              schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
            },
          },
        ],
        { expectedRevision: 'any' },
      );
      recorded.push({
        position,
        eventId: eventIdFor(commandId, 0),
        streamName: stream,
        event,
        actor: 'admin',
        commandId,
        recordedAt,
      });
    }
    // The live read models at the head, so the State-scoped path (not the fallback) is taken.
    await catchUp({ store, eventStore });
    const config = Object.assign(new AppConfig(), { PROJECTOR: 'off' as const });
    service = new AsOfService(eventStore, store, new ProjectorService(config, store, eventStore), config);
  });

  afterAll(async () => {
    await store.close();
    await eventStore.close();
  });

  test('the whole log as of the cutoff event: KZ overdue as of 5 July (this already holds)', async () => {
    const cutoff = { position: recorded[3]!.position };
    const answer = await service.scorecard(cutoff, {});
    expect(answer.asOf).toBe('2026-07-05');
    // KZ's one assignment, never reported on, was due on 3 July: overdue on 5 July.
    expect(answer.result.items).toEqual([
      expect.objectContaining({
        stateCode: 'KZ',
        frameworkId: 'f',
        pillar: 'II',
        deliverables: 1,
        byStatus: { 'not-started': 1, 'in-progress': 0, blocked: 0, completed: 0, cancelled: 0 },
        overdue: 1,
      }),
    ]);
  });

  it('one State as of the same event gives the same answer as the whole log', async () => {
    const cutoff = { position: recorded[3]!.position };
    const whole = await service.scorecard(cutoff, {});
    const kz = await service.scorecard(cutoff, { stateCode: 'KZ' });
    expect({ asOf: kz.asOf, rows: kz.result.items }).toEqual({
      asOf: whole.asOf,
      rows: whole.result.items.filter((r) => r.stateCode === 'KZ'),
    });
  });
});
