import { HashChainedEventStore, SqliteEventStore, eventIdFor } from '@ct/event-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiHarness, startApi } from '../support/api-harness';

const meta = (commandId: string, command: string, schemaVersion = 1) => ({
  actor: 'legacy-import',
  commandId,
  correlationId: commandId,
  causationId: commandId,
  recordedAt: '2021-01-15T09:00:00.000Z',
  schemaVersion,
  command,
});

/**
 * Events written by an earlier release, with ProgressReported at schema version 1 (no `source`),
 * read by this release: history, projections, as-of and new commands all see the version 2 shape,
 * while the stored bytes, and so the hash chains, stay as written.
 */
describe('Schema evolution: ProgressReported v1 upcast to v2 on read', () => {
  let dir: string;
  let api: ApiHarness;
  let auditor: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ct-upcast-'));
    const legacy = new HashChainedEventStore(new SqliteEventStore({ filename: join(dir, 'events.sqlite') }));
    const append = (stream: string, commandId: string, command: string, type: string, data: object) =>
      legacy.appendToStream(
        stream,
        [{ id: eventIdFor(commandId, 0), type, data, metadata: meta(commandId, command) }],
        {
          expectedRevision: 'any',
        },
      );
    await append('framework-dushanbe-declaration-2019', 'l-1', 'AdoptDeclaration', 'DeclarationAdopted', {
      frameworkId: 'dushanbe-declaration-2019',
      kind: 'declaration',
      title: 'Dushanbe Declaration',
      adoptedOn: '2019-05-17',
      place: 'Dushanbe',
      adoptingStates: ['TJ'],
    });
    await append('deliverable-criminalise-tf', 'l-2', 'DefineDeliverable', 'DeliverableDefined', {
      deliverableId: 'criminalise-tf',
      frameworkId: 'dushanbe-declaration-2019',
      pillar: 'II',
      thematicArea: 'countering the financing of terrorism',
      title: 'Criminalise terrorist financing',
      definedOn: '2019-06-01',
    });
    await append('deliverable-criminalise-tf', 'l-3', 'AssignDeliverable', 'DeliverableAssigned', {
      deliverableId: 'criminalise-tf',
      stateCode: 'TJ',
      leadAgency: 'Financial intelligence unit',
      dueOn: '2021-12-31',
      assignedOn: '2019-06-15',
    });
    await append('deliverable-criminalise-tf', 'l-4', 'ReportProgress', 'ProgressReported', {
      deliverableId: 'criminalise-tf',
      stateCode: 'TJ',
      status: 'in-progress',
      percentComplete: 30,
      reportedOn: '2020-11-30',
    });
    await legacy.close();
    api = await startApi({ DATA_DIR: dir });
    auditor = api.authAs({ sub: 'auditor.oios', roles: ['auditor'] });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the old event in the current shape in history, saying which version it was stored at', async () => {
    const history = await api
      .http()
      .get('/audit/streams/deliverable-criminalise-tf')
      .set(auditor)
      .expect(200);
    const report = history.body.items[2];
    expect(report).toMatchObject({
      type: 'ProgressReported',
      schemaVersion: 2,
      data: { status: 'in-progress', source: 'self-reported' },
      metadata: { storedSchemaVersion: 1 },
    });
  });

  it('projects it, replays it as of its position, and keeps the stored bytes verifiable', async () => {
    const events = await api.allEvents();
    const last = events[events.length - 1]!.position.toString();
    const reporter = api.authAs({ sub: 'reporting-job', roles: ['reporter'] });
    const tracked = await api
      .http()
      .get(`/tracker/deliverables/criminalise-tf?minPosition=${last}`)
      .set(reporter)
      .expect(200);
    expect(tracked.body.reports).toEqual([expect.objectContaining({ stateCode: 'TJ', percentComplete: 30 })]);
    const asOf = await api
      .http()
      .get(`/audit/as-of/deliverables/criminalise-tf?position=${last}`)
      .set(auditor)
      .expect(200);
    expect(asOf.body.result).toEqual(tracked.body);
    const verify = await api.http().get('/audit/verify').set(auditor).expect(200);
    expect(verify.body).toMatchObject({ ok: true, eventsChecked: 4 });
  });

  it('decides new commands on the upcast history, and records them at version 2', async () => {
    const coordinator = api.authAs({ sub: 'coordinator.tj', roles: ['coordinator'], states: ['TJ'] });
    await api
      .http()
      .post('/deliverables/criminalise-tf/progress-reports')
      .set(coordinator)
      .send({
        stateCode: 'TJ',
        status: 'completed',
        reportedOn: '2021-06-01',
        source: 'external',
        evidence: ['EAG follow-up report'],
      })
      .expect(201);
    const events = await api.allEvents();
    expect(events[events.length - 1]).toMatchObject({
      type: 'ProgressReported',
      data: { status: 'completed', percentComplete: 100, source: 'external' },
      metadata: { schemaVersion: 2 },
    });
    expect(events[events.length - 1]!.metadata).not.toHaveProperty('storedSchemaVersion');
  });
});
