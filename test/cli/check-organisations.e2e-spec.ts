import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ApiHarness,
  type TokenRequest,
  cftDeliverable,
  dushanbe2019,
  startApi,
} from '../support/api-harness';
import { spawnTs } from '../support/child-process';

function cli(dataDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawnTs('apps/cli/src/main.ts', args, { DATA_DIR: dataDir });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}

const admin: TokenRequest = { sub: 'programme.admin', roles: ['programme-admin'] };
const coordinatorTj: TokenRequest = { sub: 'coordinator.tj', roles: ['coordinator'], states: ['TJ'] };

/**
 * Runs the API on the data directory until `work` is done and the read models have applied it (the
 * API runs the projector in process), then stops it: what the CLI then reads is a seeded store.
 */
async function withApi(dir: string, work: (api: ApiHarness) => Promise<string>): Promise<void> {
  const api = await startApi({ DATA_DIR: dir });
  try {
    const position = await work(api);
    await api.http().get(`/organisations?minPosition=${position}`).set(api.authAs(admin)).expect(200);
  } finally {
    await api.close();
  }
}

const provide = (api: ApiHarness, id: string, provider: string) =>
  api
    .http()
    .post('/assistance')
    .set(api.authAs(coordinatorTj))
    .send({ id, provider, recipientState: 'TJ', pillar: 'II', kind: 'training', periodStart: '2024-09-24' })
    .expect(201);

describe('npm run cli -- check-organisations', () => {
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ct-check-orgs-'));
    await withApi(dir, async (api) => {
      const as = api.authAs(admin);
      await api.http().post('/frameworks').set(as).send(dushanbe2019).expect(201);
      await api.http().post('/deliverables').set(as).send(cftDeliverable).expect(201);
      await api
        .http()
        .post('/deliverables/criminalise-tf/assignments')
        .set(as)
        .send({
          stateCode: 'TJ',
          leadAgency: 'Financial intelligence unit',
          dueOn: '2021-12-31',
          assignedOn: '2019-06-15',
        })
        .expect(201);
      await provide(api, 'assistance-1', 'UNOCT/UNCCT');
      await provide(api, 'assistance-2', 'UNOCT / UNCCT');
      await provide(api, 'assistance-3', 'unodc');
      await provide(api, 'assistance-4', 'UNOCT/UNCCT and UNRCCA');
      await api
        .http()
        .post('/organisations')
        .set(as)
        .send({
          id: 'unoct',
          kind: 'un-entity',
          name: { en: 'United Nations Office of Counter-Terrorism' },
          aliases: ['UNOCT/UNCCT'],
        })
        .expect(201);
      const last = await api
        .http()
        .post('/organisations')
        .set(as)
        .send({ id: 'unodc', kind: 'un-entity', name: { en: 'United Nations Office on Drugs and Crime' } })
        .expect(201);
      return (last.body as { position: string }).position;
    });
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists what resolves (value -> id) and what does not, and exits 1 while something does not', async () => {
    const run = await cli(dir, 'check-organisations');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      organisations: 2,
      resolved: [
        {
          value: 'UNOCT / UNCCT',
          field: 'provider',
          occurrences: 1,
          organisationId: 'unoct',
          matchedBy: 'alias',
        },
        {
          value: 'UNOCT/UNCCT',
          field: 'provider',
          occurrences: 1,
          organisationId: 'unoct',
          matchedBy: 'alias',
        },
        { value: 'unodc', field: 'provider', occurrences: 1, organisationId: 'unodc', matchedBy: 'id' },
      ],
      ambiguous: [],
      unresolved: [
        { value: 'UNOCT/UNCCT and UNRCCA', field: 'provider', occurrences: 1 },
        { value: 'Financial intelligence unit', field: 'leadAgency', occurrences: 1 },
      ],
    });
    expect(run.stderr).toContain('2 of 5 free-text value(s) resolve to no organisation');
  }, 120_000);

  it('exits 0 once every value resolves, after an alias and a registration', async () => {
    await withApi(dir, async (api) => {
      const as = api.authAs(admin);
      await api
        .http()
        .post('/organisations/unoct/updates')
        .set(as)
        .send({
          aliases: ['UNOCT/UNCCT', 'UNOCT/UNCCT and UNRCCA'],
          reason: 'joint delivery booked to the lead',
        })
        .expect(201);
      const last = await api
        .http()
        .post('/organisations')
        .set(as)
        .send({
          id: 'fiu-tj',
          kind: 'national-agency',
          name: { en: 'Financial intelligence unit of Tajikistan' },
          aliases: ['Financial intelligence unit'],
        })
        .expect(201);
      return (last.body as { position: string }).position;
    });
    const run = await cli(dir, 'check-organisations');
    expect(run.code).toBe(0);
    const check = JSON.parse(run.stdout) as {
      unresolved: unknown[];
      resolved: { value: string; organisationId: string }[];
    };
    expect(check.unresolved).toEqual([]);
    expect(check.resolved.map((r) => [r.value, r.organisationId])).toEqual([
      ['UNOCT / UNCCT', 'unoct'],
      ['UNOCT/UNCCT', 'unoct'],
      ['UNOCT/UNCCT and UNRCCA', 'unoct'],
      ['unodc', 'unodc'],
      ['Financial intelligence unit', 'fiu-tj'],
    ]);
    expect(run.stderr).toContain('all 5 free-text value(s) resolve to an organisation');
  }, 120_000);
});
