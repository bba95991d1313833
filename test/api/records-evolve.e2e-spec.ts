import {
  type ApiHarness,
  EVENT_STORE_TARGETS,
  cftDeliverable,
  dushanbe2019,
  startApi,
} from '../support/api-harness';

/**
 * Records that evolve (issue #12), write side over HTTP: a progress report corrected and then
 * withdrawn with each actor and reason in the audit history; review by programme staff; what a
 * coordinator may no longer do; backfill; reopening; one State's withdrawal; retirement by a
 * framework revision. The aggregate (GET /deliverables/:id) is read after each command: it is
 * folded from the stream, so it is up to date at once. Every refusal writes nothing.
 */
describe.each(EVENT_STORE_TARGETS)('Records that evolve over HTTP (%s event store)', (eventStore) => {
  let api: ApiHarness;
  const principals = {
    'admin.unoct': { roles: ['programme-admin' as const] },
    'coordinator.tj': { roles: ['coordinator' as const], states: ['TJ'] },
    'coordinator.kz': { roles: ['coordinator' as const], states: ['KZ'] },
    'auditor.oios': { roles: ['auditor' as const] },
  };
  const as = (sub: keyof typeof principals) => api.authAs({ sub, ...principals[sub] });
  const DELIVERABLE = `/deliverables/${cftDeliverable.id}`;

  interface ReportState {
    stateCode: string;
    versionId: string;
    status: string;
    percentComplete?: number;
    reportedOn: string;
    review: string;
    withdrawn: boolean;
  }
  interface AssignmentState {
    status: string;
    completedOn?: string;
    lastReportedOn?: string;
    withdrawal?: { outcome: string; withdrawnOn: string };
  }
  interface DeliverableState {
    revision?: string;
    retiredBy?: string;
    assignments: Record<string, AssignmentState>;
    reports: Record<string, ReportState>;
  }
  const stateOf = async (path = DELIVERABLE): Promise<DeliverableState> =>
    (await api.http().get(path).set(as('auditor.oios')).expect(200)).body.state as DeliverableState;

  /** Records a report and answers its id: `eventIds[0]` of the 201 answer. */
  const reportFor = async (
    stateCode: 'TJ' | 'KZ',
    body: Record<string, unknown>,
    deliverable = DELIVERABLE,
  ): Promise<string> => {
    const answer = await api
      .http()
      .post(`${deliverable}/progress-reports`)
      .set(as(stateCode === 'TJ' ? 'coordinator.tj' : 'coordinator.kz'))
      .send({ stateCode, ...body })
      .expect(201);
    return (answer.body as { eventIds: string[] }).eventIds[0]!;
  };

  /** Sends a request expected to be refused, and checks the log did not change. */
  const refused = async (
    send: () => Promise<{ status: number; body: unknown }>,
    status: number,
    check?: (body: { errors?: { field: string; rule?: string }[] }) => void,
  ) => {
    const before = await api.allEvents();
    const answer = await send();
    expect(answer.status).toBe(status);
    check?.(answer.body as { errors?: { field: string; rule?: string }[] });
    expect((await api.allEvents()).length).toBe(before.length);
  };
  const rulesOf = (body: { errors?: { field: string; rule?: string }[] }) =>
    (body.errors ?? []).map(({ field, rule }) => ({ field, rule }));

  beforeAll(async () => {
    api = await startApi({}, {}, { eventStore });
    await api.http().post('/frameworks').set(as('admin.unoct')).send(dushanbe2019).expect(201);
    await api.http().post('/deliverables').set(as('admin.unoct')).send(cftDeliverable).expect(201);
    for (const stateCode of ['TJ', 'KZ'])
      await api
        .http()
        .post(`${DELIVERABLE}/assignments`)
        .set(as('admin.unoct'))
        .send({
          stateCode,
          leadAgency: 'Financial intelligence unit',
          dueOn: '2021-12-31',
          assignedOn: '2019-06-15',
        })
        .expect(201);
  });
  afterAll(async () => {
    await api.close();
  });

  it('corrects and then withdraws a report; the audit history shows the chain with actors and reasons', async () => {
    const reportId = await reportFor('TJ', {
      status: 'in-progress',
      percentComplete: 85,
      reportedOn: '2020-03-01',
    });
    expect((await stateOf()).reports[reportId]).toMatchObject({ percentComplete: 85, review: 'submitted' });

    const correction = await api
      .http()
      .post(`${DELIVERABLE}/progress-reports/${reportId}/corrections`)
      .set(as('coordinator.tj'))
      .send({
        stateCode: 'TJ',
        status: 'in-progress',
        percentComplete: 58,
        reportedOn: '2020-03-01',
        reason: 'Typed 85 instead of 58',
      })
      .expect(201);
    const correctionId = (correction.body as { eventIds: string[] }).eventIds[0]!;
    let state = await stateOf();
    expect(state.reports[reportId]).toMatchObject({ percentComplete: 58, versionId: correctionId });
    expect(state.assignments.TJ).toMatchObject({ status: 'in-progress', lastReportedOn: '2020-03-01' });

    await api
      .http()
      .post(`${DELIVERABLE}/progress-reports/${reportId}/withdrawal`)
      .set(as('admin.unoct'))
      .send({ stateCode: 'TJ', reason: 'Entered on the wrong deliverable' })
      .expect(201);
    state = await stateOf();
    expect(state.reports[reportId]?.withdrawn).toBe(true);
    expect(state.assignments.TJ).toMatchObject({ status: 'not-started' });
    expect(state.assignments.TJ?.lastReportedOn).toBeUndefined();

    const history = await api
      .http()
      .get(`/audit/deliverables/${cftDeliverable.id}/events`)
      .set(as('auditor.oios'))
      .expect(200);
    /** An event as the audit history gives it. */
    interface AuditedEvent {
      eventId: string;
      type: string;
      data: Record<string, unknown>;
      metadata: { actor: string };
    }
    const chain = (history.body.items as AuditedEvent[]).filter(
      (event) => event.eventId === reportId || event.data.reportId === reportId,
    );
    expect(
      chain.map((event) => ({
        id: event.eventId,
        type: event.type,
        actor: event.metadata.actor,
        data: event.data,
      })),
    ).toEqual([
      {
        id: reportId,
        type: 'ProgressReported',
        actor: 'coordinator.tj',
        data: expect.objectContaining({ percentComplete: 85 }) as unknown,
      },
      {
        id: correctionId,
        type: 'ProgressReportCorrected',
        actor: 'coordinator.tj',
        data: expect.objectContaining({
          reportId,
          supersedes: reportId,
          percentComplete: 58,
          reason: 'Typed 85 instead of 58',
          review: 'submitted',
        }) as unknown,
      },
      {
        id: expect.any(String) as unknown,
        type: 'ProgressReportWithdrawn',
        actor: 'admin.unoct',
        data: {
          deliverableId: cftDeliverable.id,
          stateCode: 'TJ',
          reportId,
          reason: 'Entered on the wrong deliverable',
        },
      },
    ]);
    // The capacity the pipeline adds to commands is never stored as a fact.
    for (const event of chain) expect(event.data).not.toHaveProperty('actingAs');
    const verified = await api.http().get('/audit/verify').set(as('auditor.oios')).expect(200);
    expect(verified.body).toMatchObject({ ok: true, brokenLinks: [] });
  });

  it('refuses a coordinator on a validated report (422), another State (403) and the review routes (403); programme staff may still correct', async () => {
    const reportId = await reportFor('TJ', {
      status: 'in-progress',
      percentComplete: 40,
      reportedOn: '2020-06-01',
    });
    await api
      .http()
      .post(`${DELIVERABLE}/progress-reports/${reportId}/validation`)
      .set(as('admin.unoct'))
      .send({ stateCode: 'TJ', comment: 'Draft law seen' })
      .expect(201);
    expect((await stateOf()).reports[reportId]?.review).toBe('validated');

    const correction = {
      stateCode: 'TJ',
      status: 'in-progress',
      percentComplete: 45,
      reportedOn: '2020-06-01',
      reason: 'Second reading passed',
    };
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/progress-reports/${reportId}/corrections`)
          .set(as('coordinator.tj'))
          .send(correction),
      422,
      (body) => expect(rulesOf(body)).toEqual([{ field: 'reportId', rule: 'report-validated' }]),
    );
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/progress-reports/${reportId}/withdrawal`)
          .set(as('coordinator.tj'))
          .send({ stateCode: 'TJ', reason: 'Wrong' }),
      422,
      (body) => expect(rulesOf(body)).toEqual([{ field: 'reportId', rule: 'report-validated' }]),
    );
    // KZ's coordinator naming TJ is outside their scope; naming KZ points at a report that is not KZ's.
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/progress-reports/${reportId}/corrections`)
          .set(as('coordinator.kz'))
          .send(correction),
      403,
    );
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/progress-reports/${reportId}/corrections`)
          .set(as('coordinator.kz'))
          .send({ ...correction, stateCode: 'KZ' }),
      422,
      (body) => expect(rulesOf(body)).toEqual([{ field: 'stateCode', rule: 'report-of-another-state' }]),
    );
    for (const route of ['validation', 'return'])
      await refused(
        () =>
          api
            .http()
            .post(`${DELIVERABLE}/progress-reports/${reportId}/${route}`)
            .set(as('coordinator.tj'))
            .send({ stateCode: 'TJ', comment: 'Looks fine' }),
        403,
      );

    await api
      .http()
      .post(`${DELIVERABLE}/progress-reports/${reportId}/corrections`)
      .set(as('admin.unoct'))
      .send(correction)
      .expect(201);
    expect((await stateOf()).reports[reportId]).toMatchObject({ percentComplete: 45, review: 'validated' });
  });

  it('returns a report for clarification; the coordinator corrects it, which resubmits it; staff validate it', async () => {
    const reportId = await reportFor('TJ', { status: 'blocked', reportedOn: '2020-09-01' });
    await api
      .http()
      .post(`${DELIVERABLE}/progress-reports/${reportId}/return`)
      .set(as('admin.unoct'))
      .send({ stateCode: 'TJ', comment: 'Blocked by what? Name the obstacle.' })
      .expect(201);
    expect((await stateOf()).reports[reportId]?.review).toBe('returned');
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/progress-reports/${reportId}/validation`)
          .set(as('admin.unoct'))
          .send({ stateCode: 'TJ' }),
      422,
      (body) => expect(rulesOf(body)).toEqual([{ field: 'reportId', rule: 'report-not-submitted' }]),
    );
    await api
      .http()
      .post(`${DELIVERABLE}/progress-reports/${reportId}/corrections`)
      .set(as('coordinator.tj'))
      .send({
        stateCode: 'TJ',
        status: 'blocked',
        note: 'Awaiting the Majlisi Oli session',
        reportedOn: '2020-09-01',
        reason: 'Obstacle named as asked',
      })
      .expect(201);
    expect((await stateOf()).reports[reportId]?.review).toBe('submitted');
    await api
      .http()
      .post(`${DELIVERABLE}/progress-reports/${reportId}/validation`)
      .set(as('admin.unoct'))
      .send({ stateCode: 'TJ' })
      .expect(201);
    expect((await stateOf()).reports[reportId]?.review).toBe('validated');
  });

  it('accepts a backfilled report dated before the latest one, which stays the current status', async () => {
    const before = (await stateOf()).assignments.TJ;
    expect(before).toMatchObject({ status: 'blocked', lastReportedOn: '2020-09-01' });
    const backfill = await reportFor('TJ', {
      status: 'in-progress',
      percentComplete: 20,
      reportedOn: '2019-12-31',
      source: 'external',
    });
    const state = await stateOf();
    expect(state.reports[backfill]).toMatchObject({ reportedOn: '2019-12-31', review: 'submitted' });
    expect(state.assignments.TJ).toMatchObject({ status: 'blocked', lastReportedOn: '2020-09-01' });
    await refused(
      () =>
        api.http().post(`${DELIVERABLE}/progress-reports`).set(as('coordinator.tj')).send({
          stateCode: 'TJ',
          status: 'in-progress',
          reportedOn: '2019-06-01',
        }),
      422,
      (body) => expect(rulesOf(body)).toEqual([{ field: 'reportedOn', rule: 'date-before-assignment' }]),
    );
  });

  it('refuses a report after the completion until the assignment is reopened, then accepts it', async () => {
    await reportFor('KZ', { status: 'completed', reportedOn: '2020-09-01' });
    expect((await stateOf()).assignments.KZ).toMatchObject({
      status: 'completed',
      completedOn: '2020-09-01',
    });
    const later = { stateCode: 'KZ', status: 'in-progress', percentComplete: 80, reportedOn: '2021-02-01' };
    await refused(
      () => api.http().post(`${DELIVERABLE}/progress-reports`).set(as('coordinator.kz')).send(later),
      422,
      (body) => expect(rulesOf(body)).toEqual([{ field: 'reportedOn', rule: 'assignment-completed' }]),
    );
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/assignments/KZ/reopening`)
          .set(as('coordinator.kz'))
          .send({ reason: 'Reassessed', reopenedOn: '2021-01-10' }),
      403,
    );
    await api
      .http()
      .post(`${DELIVERABLE}/assignments/KZ/reopening`)
      .set(as('admin.unoct'))
      .send({ reason: 'EAG follow-up found the offence too narrow', reopenedOn: '2021-01-10' })
      .expect(201);
    expect((await stateOf()).assignments.KZ).toMatchObject({ status: 'in-progress' });
    await api
      .http()
      .post(`${DELIVERABLE}/progress-reports`)
      .set(as('coordinator.kz'))
      .send(later)
      .expect(201);
    expect((await stateOf()).assignments.KZ).toMatchObject({
      status: 'in-progress',
      lastReportedOn: '2021-02-01',
    });
  });

  it("withdraws one State's assignment (not applicable) and leaves the other untouched", async () => {
    const tjBefore = (await stateOf()).assignments.TJ;
    await api
      .http()
      .post(`${DELIVERABLE}/assignments/KZ/withdrawal`)
      .set(as('admin.unoct'))
      .send({
        outcome: 'not-applicable',
        reason: 'Covered by the national AML/CFT law of 2021',
        withdrawnOn: '2021-03-01',
      })
      .expect(201);
    const state = await stateOf();
    expect(state.assignments.KZ?.withdrawal).toEqual({
      outcome: 'not-applicable',
      withdrawnOn: '2021-03-01',
    });
    expect(state.assignments.TJ).toEqual(tjBefore);
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/progress-reports`)
          .set(as('coordinator.kz'))
          .send({ stateCode: 'KZ', status: 'in-progress', reportedOn: '2021-04-01' }),
      422,
      (body) => expect(rulesOf(body)).toEqual([{ field: 'reportedOn', rule: 'assignment-withdrawn' }]),
    );
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/assignments/TJ/withdrawal`)
          .set(as('admin.unoct'))
          .send({ outcome: 'paused', reason: '', withdrawnOn: '2021-13-01' }),
      400,
      (body) =>
        expect((body.errors ?? []).map((e) => e.field).sort()).toEqual(['outcome', 'reason', 'withdrawnOn']),
    );
  });

  it('retires the deliverable by a revision of its framework; defines one introduced by that revision', async () => {
    await api
      .http()
      .post(`/frameworks/${dushanbe2019.id}/revisions`)
      .set(as('admin.unoct'))
      .send({ revisedOn: '2022-03-03', summary: 'Updated at Tashkent' })
      .expect(201);
    await refused(
      () =>
        api.http().post(`${DELIVERABLE}/retirement`).set(as('admin.unoct')).send({ revision: '2021-01-01' }),
      422,
      (body) => expect(rulesOf(body)).toEqual([{ field: 'revision', rule: 'unknown-revision' }]),
    );
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/retirement`)
          .set(as('coordinator.tj'))
          .send({ revision: '2022-03-03' }),
      403,
    );
    await api
      .http()
      .post(`${DELIVERABLE}/retirement`)
      .set(as('admin.unoct'))
      .send({ revision: '2022-03-03', reason: 'Merged into the regional AML/CFT deliverable' })
      .expect(201);
    expect((await stateOf()).retiredBy).toBe('2022-03-03');

    await api
      .http()
      .post('/deliverables')
      .set(as('admin.unoct'))
      .send({ ...cftDeliverable, id: 'regional-aml-cft', definedOn: '2022-03-10', revision: '2022-03-03' })
      .expect(201);
    expect((await stateOf('/deliverables/regional-aml-cft')).revision).toBe('2022-03-03');
  });

  it('names every bad field of a correction (400), a malformed report id (400) and an unknown one (404); nothing is written', async () => {
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/progress-reports/00000000-0000-5000-8000-000000000000/corrections`)
          .set(as('admin.unoct'))
          .send({ stateCode: 'tj', status: 'done', reportedOn: 'yesterday', percentComplete: 101 }),
      400,
      (body) =>
        expect([...new Set((body.errors ?? []).map((e) => e.field))].sort()).toEqual([
          'percentComplete',
          'reason',
          'reportedOn',
          'stateCode',
          'status',
        ]),
    );
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/progress-reports/NOT_AN_ID/withdrawal`)
          .set(as('admin.unoct'))
          .send({ stateCode: 'TJ', reason: 'x' }),
      400,
      (body) => expect((body.errors ?? []).map((e) => e.field)).toEqual(['path:reportId']),
    );
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/progress-reports/00000000-0000-5000-8000-000000000000/withdrawal`)
          .set(as('admin.unoct'))
          .send({ stateCode: 'TJ', reason: 'x' }),
      404,
    );
    await refused(
      () =>
        api
          .http()
          .post(`${DELIVERABLE}/assignments/XX/reopening`)
          .set(as('admin.unoct'))
          .send({ reason: 'x', reopenedOn: '2021-01-01' }),
      400,
      (body) => expect((body.errors ?? []).map((e) => e.field)).toEqual(['path:stateCode']),
    );
  });
});
