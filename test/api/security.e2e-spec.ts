import { loadAuthSecret } from '@ct/application';
import { createHmac } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ApiHarness, dushanbe2019, startApi } from '../support/api-harness';

/**
 * The small trust holes of issue #14 (item 9), each over HTTP against the real API: token
 * lifetimes, text fields, money, problem types, what readers see of commands, data file modes.
 * Every refusal is checked to write nothing.
 */
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('Security: the small trust holes', () => {
  let api: ApiHarness;
  let root: string;
  let admin: Record<string, string>;
  let coordinator: Record<string, string>;
  let reporter: Record<string, string>;
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ct-security-'));
    // A data directory that does not exist yet: the API creates it.
    api = await startApi({ DATA_DIR: join(root, 'data') });
    await api.app.listen(0, '127.0.0.1');
    admin = api.authAs({ sub: 'admin.unoct', roles: ['programme-admin'] });
    coordinator = api.authAs({ sub: 'coordinator.tj', roles: ['coordinator'], states: ['TJ'] });
    reporter = api.authAs({ sub: 'reporter.un', roles: ['reporter'] });
    await api.http().post('/frameworks').set(admin).send(dushanbe2019).expect(201);
  });
  afterAll(async () => {
    await api.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** Sends the request and checks that the log is unchanged after it. */
  async function refused(send: () => Promise<{ status: number; body: Record<string, unknown> }>) {
    const before = await api.allEvents();
    const response = await send();
    expect(await api.allEvents()).toEqual(before);
    return response;
  }

  describe('tokens', () => {
    const forge = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) => {
      const head = `${b64({ alg: 'HS256', typ: 'JWT', ...header })}.${b64({
        sub: 'admin.unoct',
        roles: ['programme-admin'],
        iss: api.config.AUTH_ISSUER,
        aud: api.config.AUTH_AUDIENCE,
        iat: now(),
        exp: now() + 600,
        ...claims,
      })}`;
      return `Bearer ${head}.${createHmac('sha256', loadAuthSecret(api.config)).update(head).digest('base64url')}`;
    };

    it.each([
      ['an exp of 10^15', { exp: 1e15 }, {}, /lifetime .* exceeds the maximum of 90 days/],
      ['no iat', { iat: undefined }, {}, /no issue time \(iat\)/],
      ['an iat an hour ahead', { iat: now() + 3600, exp: now() + 7200 }, {}, /issued in the future/],
      ['a crit header', {}, { crit: ['b64'], b64: false }, /crit/],
      [
        'a coordinator without States',
        { sub: 'coordinator.none', roles: ['coordinator'], states: [] },
        {},
        /coordinator token must list at least one State/,
      ],
    ])('refuses a token with %s: 401 problem, nothing written', async (_case, claims, header, reason) => {
      const response = await refused(() =>
        api
          .http()
          .post('/frameworks')
          .set('Authorization', forge(claims, header))
          .send({ ...dushanbe2019, id: 'token-check' }),
      );
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({
        type: '/problems/unauthenticated',
        title: 'Authentication required',
      });
      expect(response.body.detail).toMatch(reason);
    });

    it('accepts the same hand-built token within the rules (the baseline)', async () => {
      await api
        .http()
        .post('/frameworks')
        .set('Authorization', forge({ iat: now() + 30, exp: now() + 89 * 86400 }))
        .send({ ...dushanbe2019, id: 'token-baseline' })
        .expect(201);
    });
  });

  describe('text fields', () => {
    const hostile: [string, string][] = [
      ['NUL', 'Dushanbe\u0000Declaration'],
      ['an ANSI escape', '\u001b[31mDushanbe'],
      ['a C1 control (CSI)', 'Dushanbe\u009b31m'],
      ['DEL', 'Dushanbe\u007f'],
      ['a right-to-left override', 'Dushanbe \u202Enoitaralced'],
      ['a bidi isolate', 'Dushanbe \u2067x\u2069'],
      ['a lone high surrogate', 'Dushanbe \uD800'],
      ['a lone low surrogate', '\uDC00 Dushanbe'],
      ['a newline in a one-line field', 'Dushanbe\nDeclaration'],
    ];

    it.each(hostile)('refuses %s in a title with a 400 naming the field', async (_case, title) => {
      const response = await refused(() =>
        api
          .http()
          .post('/frameworks')
          .set(admin)
          .send({ ...dushanbe2019, id: 'text-check', title }),
      );
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ type: '/problems/invalid-input', status: 400 });
      expect(response.body.errors).toEqual([
        {
          field: 'title',
          message: expect.stringMatching(/^title must not contain .* U\+[0-9A-F]{4} at index \d+/),
        },
      ]);
    });

    it('names every bad text field of a body, array items included', async () => {
      await api
        .http()
        .post('/deliverables')
        .set(admin)
        .send({
          id: 'text-deliverable',
          frameworkId: dushanbe2019.id,
          pillar: 'II',
          thematicArea: 'financing',
          title: 'Criminalise terrorist financing',
          definedOn: '2019-06-01',
        })
        .expect(201);
      await api
        .http()
        .post('/deliverables/text-deliverable/assignments')
        .set(admin)
        .send({
          stateCode: 'TJ',
          leadAgency: 'Financial Monitoring Department',
          dueOn: '2025-12-31',
          assignedOn: '2020-01-10',
        })
        .expect(201);
      const response = await refused(() =>
        api
          .http()
          .post('/deliverables/text-deliverable/progress-reports')
          .set(coordinator)
          .send({
            stateCode: 'TJ',
            status: 'in-progress',
            note: 'Draft law \u001b]8;;http://evil\u0007sent',
            evidence: ['A/RES/1', 'doc \u202Egpj.exe'],
            reportedOn: '2021-03-01',
          }),
      );
      expect(response.status).toBe(400);
      const errors = response.body.errors as { field: string; message: string }[];
      expect(errors.map((e) => e.field).sort()).toEqual(['evidence', 'note']);
      expect(errors.find((e) => e.field === 'evidence')?.message).toMatch(
        /^evidence\[1\] must not contain a bidi/,
      );
    });

    it('keeps line feeds and tabs in multi-line fields, and any printable script', async () => {
      await api
        .http()
        .post('/deliverables/text-deliverable/progress-reports')
        .set(coordinator)
        .send({
          stateCode: 'TJ',
          status: 'in-progress',
          note: 'Первое чтение.\n\tسنة 2021 — 🇹🇯 done',
          reportedOn: '2021-03-02',
        })
        .expect(201);
    });
  });

  describe('money (ISO 4217 minor units)', () => {
    const assistance = (id: string, value: number, currency: string) => ({
      id,
      provider: 'UNODC',
      recipientState: 'TJ',
      pillar: 'II',
      kind: 'training',
      periodStart: '2021-01-10',
      amount: { value, currency },
    });

    it.each([
      ['JPY 100.5', 100.5, 'JPY', 'amount.value', 'too-many-decimals'],
      ['USD 1.005', 1.005, 'USD', 'amount.value', 'too-many-decimals'],
      ['KWD 1.2345', 1.2345, 'KWD', 'amount.value', 'too-many-decimals'],
      ['XXX', 100, 'XXX', 'amount.currency', 'not-money'],
      ['XAU', 100, 'XAU', 'amount.currency', 'not-money'],
      ['XTS', 100, 'XTS', 'amount.currency', 'not-money'],
      ['QQQ', 100, 'QQQ', 'amount.currency', 'unknown-currency'],
    ])('refuses %s with a 422 and a stable rule', async (name, value, currency, field, rule) => {
      const response = await refused(() =>
        api
          .http()
          .post('/assistance')
          .set(coordinator)
          .send(assistance(`money-${name.toLowerCase().replace(/[ .]/g, '-')}`, value, currency)),
      );
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({
        type: '/problems/domain-rule-violated',
        errors: [{ field, rule }],
      });
    });

    it('accepts KWD 1.234 and JPY 1500, and reads them back with their own decimals', async () => {
      await api
        .http()
        .post('/assistance')
        .set(coordinator)
        .send(assistance('money-kwd', 1.234, 'KWD'))
        .expect(201);
      const last = await api
        .http()
        .post('/assistance')
        .set(coordinator)
        .send(assistance('money-jpy', 1500, 'JPY'))
        .expect(201);
      const ledger = await api
        .http()
        .get(`/ledger/assistance?recipientState=TJ&minPosition=${last.body.position}`)
        .set(reporter)
        .expect(200);
      const amounts = Object.fromEntries(
        (ledger.body.items as { assistanceId: string; amount: { value: string } }[]).map((i) => [
          i.assistanceId,
          i.amount.value,
        ]),
      );
      expect(amounts).toMatchObject({ 'money-kwd': '1.234', 'money-jpy': '1500' });
      const received = await api
        .http()
        .get('/scorecards/assistance-received?state=TJ')
        .set(reporter)
        .expect(200);
      expect(JSON.stringify(received.body)).toContain('{"currency":"JPY","amount":"1500"}');
      expect(JSON.stringify(received.body)).toContain('{"currency":"KWD","amount":"1.234"}');
    });
  });

  describe('problem types', () => {
    it('answers 413 and 415 with their own problem type and a human title', async () => {
      const big = await api
        .http()
        .post('/frameworks')
        .set(admin)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ ...dushanbe2019, title: 'x'.repeat(2_000_000) }));
      expect(big.status).toBe(413);
      expect(big.body).toMatchObject({ type: '/problems/payload-too-large', title: 'Payload too large' });
      const charset = await api
        .http()
        .post('/frameworks')
        .set(admin)
        .set('Content-Type', 'application/json; charset=ebcdic')
        .send(JSON.stringify(dushanbe2019));
      expect(charset.status).toBe(415);
      expect(charset.body).toMatchObject({
        type: '/problems/unsupported-media-type',
        title: 'Unsupported media type',
      });
      const encoding = await api
        .http()
        .post('/frameworks')
        .set(admin)
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', 'compress')
        .send(JSON.stringify(dushanbe2019));
      expect(encoding.status).toBe(415);
      expect(encoding.body).toMatchObject({ type: '/problems/unsupported-media-type' });
    });

    it('never answers about:blank or a class name as the title', async () => {
      const unknown = await api.http().get('/no-such-route').set(reporter);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ type: '/problems/not-found', title: 'Not found' });
      for (const response of [unknown])
        expect([response.body.type, response.body.title]).not.toContain('about:blank');
    });
  });

  describe('what readers see', () => {
    it('never shows the command id (from the Idempotency-Key) in /timeline', async () => {
      const key = 'tj-secret-key-0001';
      const written = await api
        .http()
        .post('/assistance')
        .set({ ...coordinator, 'Idempotency-Key': key })
        .send(assistance2())
        .expect(201);
      const recorded = (await api.allEvents()).at(-1)!;
      const timeline = await api
        .http()
        .get(`/timeline?limit=500&minPosition=${written.body.position}`)
        .set(reporter)
        .expect(200);
      expect(timeline.body.items.length).toBeGreaterThan(0);
      for (const item of timeline.body.items as Record<string, unknown>[])
        expect(item).not.toHaveProperty('commandId');
      expect(JSON.stringify(timeline.body)).not.toContain(key);
      expect(JSON.stringify(timeline.body)).not.toContain(recorded.metadata.commandId);
    });
  });

  describe('data files', () => {
    it('creates the data directory 0700 and every file in it 0600', () => {
      const dir = join(root, 'data');
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      const files = readdirSync(dir).filter((name) => statSync(join(dir, name)).isFile());
      expect(files).toEqual(
        expect.arrayContaining(['auth-secret', 'events.sqlite', 'events.sqlite-wal', 'read-models.sqlite']),
      );
      for (const name of files) expect([name, statSync(join(dir, name)).mode & 0o777]).toEqual([name, 0o600]);
    });

    it('refuses to start on a world-writable data directory, naming it, and writes nothing there', async () => {
      const open = join(root, 'open');
      mkdirSync(open);
      chmodSync(open, 0o777);
      await expect(startApi({ DATA_DIR: open })).rejects.toThrow(
        `Refusing to use the data directory ${open}: it is writable by every user`,
      );
      expect(existsSync(join(open, 'events.sqlite'))).toBe(false);
      expect(readdirSync(open)).toEqual([]);
    });
  });
});

function assistance2() {
  return {
    id: 'timeline-key-check',
    provider: 'OSCE',
    recipientState: 'TJ',
    pillar: 'I',
    kind: 'advisory',
    periodStart: '2021-02-01',
  };
}
