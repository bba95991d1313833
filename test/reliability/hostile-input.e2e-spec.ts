import fc from 'fast-check';
import { type ApiHarness, startApi } from '../support/api-harness';
import { digestOf, emptyCounts, post, report, runSetup, scale, deliverableId } from './support/reliability';

const RUNS_PER_ENDPOINT = scale(300, 3000);

// ----------------------------------------------------------------------------------------------
// Hostile values. Each pool holds values that are certainly invalid for its kind of field.

const hugeString = (n: number) => 'x'.repeat(n);
const deep = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { nested: value };
  return value;
};

/** Unicode edge cases: lone surrogates, RTL overrides, zero-width, emoji, combining marks, NUL. */
const unicodeEdge = fc.constantFrom(
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '\u202Eevil\u202C',
  '\u200B',
  '\u200B\u200C\u200D\uFEFF',
  '\u{1F1F9}\u{1F1EF}',
  '\u{1F4A9}'.repeat(40),
  'e\u0301'.repeat(10),
  '\u0000',
  'مرحبا',
  '\u0301',
  '\r\n\t',
);

/** Values of the wrong JSON type for any field, whatever it expects. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.constant(deep(64)),
  fc.constant(deep(2000)),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { minLength: 1, maxLength: 3 }),
);
const notAString = fc.oneof(wrongType, fc.integer(), fc.double(), fc.constant(1e308), fc.constant(-0));
/** For array fields: `[]` or an array of random strings may be valid there, so no arrays at all. */
const notAnArray = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constant({}),
  fc.constant({ 0: 'TJ', length: 1 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 10 }),
);

const invalidText = (max: number) =>
  fc.oneof(
    notAString,
    fc.constant(''),
    fc.constant(hugeString(max + 1)),
    fc.constant(hugeString(200_000)),
    fc.constant('\u{1F4A9}'.repeat(max + 1)),
  );
const invalidOptionalText = (max: number) =>
  fc.oneof(notAString, fc.constant(hugeString(max + 1)), fc.constant(hugeString(200_000)));

const invalidDate = fc.oneof(
  notAString,
  fc.constantFrom(
    '2019-02-30',
    '2019-13-01',
    '2019-5-1',
    '2019-00-10',
    '2019-02-29',
    '2019-05-17T00:00:00Z',
    ' 2019-05-17',
    '2019-05-17\u200B',
    '\u0662\u0660\u0661\u0669-05-17',
    '２０１９-０５-１７',
    '17/05/2019',
    'NaN',
    'Infinity',
    'null',
    'undefined',
    '',
    '9999999-01-01',
    '-2019-05-17',
  ),
  fc.string({ maxLength: 12 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
);

const invalidState = fc.oneof(
  notAString,
  fc.constantFrom(
    'XX',
    'tj',
    'Tj',
    'TJK',
    '',
    'T',
    '\u0422J',
    'TJ\u200B',
    ' TJ',
    'ZZ',
    '__proto__',
    'constructor',
  ),
  unicodeEdge,
);

const invalidId = fc.oneof(
  notAString,
  fc.constantFrom(
    'A',
    'ab',
    '-abc',
    'abc-',
    'a'.repeat(65),
    'ABC-DEF',
    'a b c',
    'a/b/c',
    '..',
    '../etc/passwd',
    'ąbc',
    '\u{1F4A9}\u{1F4A9}\u{1F4A9}',
    '\u202Eabc',
    'abc\u200B',
    '__proto__',
    'abc\n',
  ),
);

const invalidEnum = fc.oneof(
  notAString,
  fc.constantFrom('', 'V', 'i', 'ii', 'II ', 'toString', 'constructor', '__proto__', 'hasOwnProperty', 'NaN'),
  unicodeEdge,
);

const invalidNumber = (min: number, max: number, integer: boolean) =>
  fc.oneof(
    wrongType,
    fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', '50', '0x10', ''),
    fc.constantFrom(min - 1, max + 1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, integer ? 0.5 : min / 10),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => n < min || n > max),
  );

const invalidStateArray = fc.oneof(
  notAnArray,
  fc.constant('TJ'),
  fc.constant([]),
  fc.constant(['TJ', 'TJ']),
  fc.constant(Array.from({ length: 251 }, () => 'TJ')),
  fc.array(invalidState, { minLength: 1, maxLength: 3 }),
  fc.constant([['TJ']]),
);

const invalidIdArray = fc.oneof(
  notAnArray,
  fc.constant('dushanbe-declaration-2019'),
  fc.constant(['abc-def', 'abc-def']),
  fc.constant(Array.from({ length: 101 }, (_, i) => `framework-${i}`)),
  fc.array(invalidId, { minLength: 1, maxLength: 3 }),
);

const invalidMoney = fc.oneof(
  wrongType,
  fc.constant('1000 USD'),
  fc.record({ value: invalidNumber(0.01, 1e13, false), currency: fc.constant('USD') }),
  fc.constant({ value: 1.001, currency: 'USD' }),
  fc.constant({ value: 100, currency: 'usd' }),
  fc.constant({ value: 100, currency: 'ABC' }),
  fc.constant({ value: 100, currency: 'US' }),
  fc.record({ value: fc.constant(100), currency: invalidEnum }),
  fc.constant({ value: 100 }),
  fc.constant({ currency: 'USD' }),
  fc.constant({ value: 100, currency: 'USD', extra: true }),
);

const invalidEvidence = fc.oneof(
  notAnArray,
  fc.constant('doc'),
  fc.constant(['']),
  fc.constant([123]),
  fc.constant([null]),
  fc.constant(Array.from({ length: 51 }, (_, i) => `doc-${i}`)),
  fc.constant([hugeString(501)]),
);

/** Keys no DTO declares: the pipe must refuse them (never merge them into anything). */
const extraKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'actor',
    'isAdmin',
    '',
    '\u0000',
    '\u{1F4A9}',
    '\u202Eid',
    'id ',
    'ID',
    hugeString(1000),
  ),
  fc.string({ minLength: 1, maxLength: 8 }),
);
const extraValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant({ polluted: true }),
  fc.constant({ prototype: { polluted: true } }),
  fc.constant(deep(500)),
);

// ----------------------------------------------------------------------------------------------
// Endpoints: a valid body, the invalid values of each field, and which fields are required.

type FieldKind = fc.Arbitrary<unknown>;

interface Endpoint {
  name: string;
  path: string;
  role: 'admin' | 'coordinator';
  valid: Record<string, unknown>;
  fields: Record<string, FieldKind>;
  required: string[];
  /** Text fields where a unicode edge case is allowed noise (may stay valid). */
  text: string[];
}

const T = 500;
const L = 5000;
const endpoints: Endpoint[] = [
  {
    name: 'POST /frameworks',
    path: '/frameworks',
    role: 'admin',
    valid: {
      id: 'fuzz-framework',
      kind: 'declaration',
      title: 'Fuzz',
      adoptedOn: '2019-05-17',
      place: 'Dushanbe',
      adoptingStates: ['TJ'],
    },
    fields: {
      id: invalidId,
      kind: invalidEnum,
      title: invalidText(T),
      adoptedOn: invalidDate,
      place: invalidText(T),
      adoptingStates: invalidStateArray,
      sourceReference: invalidOptionalText(T),
    },
    required: ['id', 'kind', 'title', 'adoptedOn', 'place', 'adoptingStates'],
    text: ['title', 'place', 'sourceReference'],
  },
  {
    name: 'POST /frameworks/{id}/revisions',
    path: '/frameworks/dushanbe-declaration-2019/revisions',
    role: 'admin',
    valid: { revisedOn: '2022-03-03', summary: 'update' },
    fields: {
      revisedOn: invalidDate,
      summary: invalidText(T),
      place: invalidOptionalText(T),
      adoptingStates: invalidStateArray,
      sourceReference: invalidOptionalText(T),
    },
    required: ['revisedOn', 'summary'],
    text: ['summary', 'place', 'sourceReference'],
  },
  {
    name: 'POST /processes',
    path: '/processes',
    role: 'admin',
    valid: {
      id: 'fuzz-process',
      name: 'Dushanbe process',
      launchedBy: 'USG',
      launchedOn: '2018-05-03',
      frameworkIds: [],
      participatingStates: ['TJ'],
    },
    fields: {
      id: invalidId,
      name: invalidText(T),
      launchedBy: invalidText(T),
      launchedOn: invalidDate,
      place: invalidOptionalText(T),
      frameworkIds: invalidIdArray,
      participatingStates: invalidStateArray,
    },
    required: ['id', 'name', 'launchedBy', 'launchedOn', 'frameworkIds', 'participatingStates'],
    text: ['name', 'launchedBy', 'place'],
  },
  {
    name: 'POST /processes/{id}/conferences',
    path: '/processes/fuzz-existing-process/conferences',
    role: 'admin',
    valid: {
      title: 'Conference',
      startsOn: '2019-05-16',
      endsOn: '2019-05-17',
      place: 'Dushanbe',
      outcomeFrameworkIds: [],
    },
    fields: {
      title: invalidText(T),
      startsOn: invalidDate,
      endsOn: invalidDate,
      place: invalidText(T),
      outcomeFrameworkIds: invalidIdArray,
    },
    required: ['title', 'startsOn', 'endsOn', 'place', 'outcomeFrameworkIds'],
    text: ['title', 'place'],
  },
  {
    name: 'POST /deliverables',
    path: '/deliverables',
    role: 'admin',
    valid: {
      id: 'fuzz-deliverable',
      frameworkId: 'dushanbe-declaration-2019',
      pillar: 'II',
      thematicArea: 'CFT',
      title: 'Fuzz deliverable',
      definedOn: '2019-06-01',
    },
    fields: {
      id: invalidId,
      frameworkId: invalidId,
      pillar: invalidEnum,
      thematicArea: invalidText(T),
      title: invalidText(T),
      description: invalidOptionalText(L),
      reference: invalidOptionalText(T),
      definedOn: invalidDate,
    },
    required: ['id', 'frameworkId', 'pillar', 'thematicArea', 'title', 'definedOn'],
    text: ['thematicArea', 'title', 'description', 'reference'],
  },
  {
    name: 'POST /deliverables/{id}/assignments',
    path: `/deliverables/${deliverableId(0)}/assignments`,
    role: 'admin',
    valid: { stateCode: 'TJ', leadAgency: 'FIU', dueOn: '2025-12-31', assignedOn: '2019-07-01' },
    fields: {
      stateCode: invalidState,
      leadAgency: invalidText(T),
      dueOn: invalidDate,
      assignedOn: invalidDate,
    },
    required: ['stateCode', 'leadAgency', 'dueOn', 'assignedOn'],
    text: ['leadAgency'],
  },
  {
    name: 'POST /deliverables/{id}/progress-reports',
    path: `/deliverables/${deliverableId(0)}/progress-reports`,
    role: 'coordinator',
    valid: { stateCode: 'TJ', status: 'in-progress', reportedOn: '2020-01-01' },
    fields: {
      stateCode: invalidState,
      status: invalidEnum,
      percentComplete: invalidNumber(0, 100, true),
      note: invalidOptionalText(L),
      evidence: invalidEvidence,
      reportedOn: invalidDate,
    },
    required: ['stateCode', 'status', 'reportedOn'],
    text: ['note'],
  },
  {
    name: 'POST /deliverables/{id}/cancellation',
    path: `/deliverables/${deliverableId(0)}/cancellation`,
    role: 'admin',
    valid: { reason: 'superseded', cancelledOn: '2020-01-01' },
    fields: { reason: invalidText(L), cancelledOn: invalidDate },
    required: ['reason', 'cancelledOn'],
    text: ['reason'],
  },
  {
    name: 'POST /assistance',
    path: '/assistance',
    role: 'coordinator',
    valid: {
      id: 'fuzz-assistance',
      provider: 'UNODC',
      recipientState: 'TJ',
      pillar: 'II',
      kind: 'training',
      periodStart: '2020-01-01',
    },
    fields: {
      id: invalidId,
      provider: invalidText(T),
      recipientState: invalidState,
      pillar: invalidEnum,
      deliverableId: invalidId,
      kind: invalidEnum,
      description: invalidOptionalText(L),
      periodStart: invalidDate,
      periodEnd: invalidDate,
      amount: invalidMoney,
    },
    required: ['id', 'provider', 'recipientState', 'pillar', 'kind', 'periodStart'],
    text: ['provider', 'description'],
  },
];

/** One certainly-invalid change to a body, plus optional unicode noise in text fields. */
type Breaking =
  | { kind: 'set'; field: string; value: unknown }
  | { kind: 'delete'; field: string }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'whole'; body: unknown }
  | { kind: 'path'; id: unknown };

function mutationsOf(endpoint: Endpoint): fc.Arbitrary<{ breaking: Breaking[]; noise: [string, string][] }> {
  const set = fc.oneof(
    ...Object.entries(endpoint.fields).map(([field, arb]) =>
      // An optional field set to null counts as absent (class-validator's @IsOptional): not invalid.
      (endpoint.required.includes(field) ? arb : arb.filter((value) => value !== null)).map(
        (value): Breaking => ({ kind: 'set', field, value }),
      ),
    ),
  );
  const remove = fc.constantFrom(...endpoint.required).map((field): Breaking => ({ kind: 'delete', field }));
  // A random key that happens to be a declared field would just be overridden by the valid value.
  const extra = fc
    .tuple(
      extraKey.filter((key) => !Object.hasOwn(endpoint.fields, key)),
      extraValue,
    )
    .map(([key, value]): Breaking => ({ kind: 'extra', key, value }));
  const whole = fc
    .oneof(
      fc.constant([]),
      fc.constant(null),
      fc.constant('a string'),
      fc.constant(42),
      fc.constant(true),
      fc.constant({}),
      fc.constant(deep(3000)),
      fc.constant([endpoint.valid]),
    )
    .map((body): Breaking => ({ kind: 'whole', body }));
  const arbitraries = [set, set, remove, extra, whole];
  if (endpoint.path.split('/').length > 2)
    arbitraries.push(invalidId.map((id): Breaking => ({ kind: 'path', id })));
  const noiseField = endpoint.text.length > 0 ? fc.constantFrom(...endpoint.text) : fc.constant('');
  return fc.record({
    breaking: fc.array(fc.oneof(...arbitraries), { minLength: 1, maxLength: 3 }),
    noise: fc.array(fc.tuple(noiseField, unicodeEdge), { maxLength: 2 }),
  });
}

/** The raw JSON text and path of a mutated request (raw, so that `__proto__` stays an own key). */
function build(endpoint: Endpoint, mutation: { breaking: Breaking[]; noise: [string, string][] }) {
  const body: Record<string, unknown> = { ...endpoint.valid };
  for (const [field, value] of mutation.noise) if (field) body[field] = value;
  let path = endpoint.path;
  const extras: [string, unknown][] = [];
  let whole: { body: unknown } | undefined;
  for (const change of mutation.breaking) {
    if (change.kind === 'set') body[change.field] = change.value;
    else if (change.kind === 'delete') delete body[change.field];
    else if (change.kind === 'extra') extras.push([change.key, change.value]);
    else if (change.kind === 'whole') whole = { body: change.body };
    else {
      const segments = endpoint.path.split('/');
      segments[2] = encodeURIComponent(
        (typeof change.id === 'string' ? change.id : JSON.stringify(change.id)).slice(0, 100),
      );
      path = segments.join('/');
    }
  }
  // A mutation that only changed the path id to an empty segment would hit another route: keep the body invalid too.
  if (mutation.breaking.every((b) => b.kind === 'path')) extras.push(['__proto__', { polluted: true }]);
  let json = JSON.stringify(body);
  for (const [key, value] of extras)
    json = `{${JSON.stringify(key)}:${JSON.stringify(value)}${json === '{}' ? '' : ','}${json.slice(1)}`;
  if (whole) json = JSON.stringify(whole.body);
  return { path, json };
}

/**
 * Thousands of hostile bodies across every command endpoint: never a 5xx, every refusal is
 * problem+json naming the bad fields, and the event store is byte-for-byte unchanged.
 */
describe('Hostile input on every command endpoint (property-based)', () => {
  let api: ApiHarness;
  let baseUrl: string;
  let tokens: Record<Endpoint['role'], string>;
  const counts = emptyCounts();
  const statuses: Record<string, number> = {};

  beforeAll(async () => {
    api = await startApi({ LOG_LEVEL: 'silent' });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as { port: number }).port}`;
    tokens = {
      admin: api.tokenFor({ sub: 'admin.unoct', roles: ['programme-admin'] }),
      coordinator: api.tokenFor({
        sub: 'coordinator.all',
        roles: ['coordinator'],
        states: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
      }),
    };
    await runSetup(baseUrl, tokens.admin, 1);
    const process = {
      id: 'fuzz-existing-process',
      name: 'Dushanbe process',
      launchedBy: 'USG',
      launchedOn: '2018-05-03',
      frameworkIds: [],
      participatingStates: ['TJ'],
    };
    expect((await post(baseUrl, '/processes', tokens.admin, process)).status).toBe(201);
  });
  afterAll(async () => {
    report('hostile-input', {
      ...counts,
      ...Object.fromEntries(Object.entries(statuses).map(([k, v]) => [`status${k}`, v])),
    });
    await api.close();
  });

  it.each(endpoints.map((e) => [e.name, e] as const))(
    '%s: no 5xx, problem+json naming fields, nothing written',
    async (_name, endpoint) => {
      const before = digestOf(await api.allEvents());
      await fc.assert(
        fc.asyncProperty(mutationsOf(endpoint), async (mutation) => {
          const { path, json } = build(endpoint, mutation);
          counts.sent += 1;
          const response = await fetch(`${baseUrl}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[endpoint.role]}` },
            body: json,
          });
          const text = await response.text();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          const context = `${response.status} ${path} ${json.slice(0, 300)} -> ${text.slice(0, 300)}`;
          if (response.status < 400 || response.status >= 500)
            throw new Error(`not a 4xx refusal: ${context}`);
          counts.rejected += 1;
          if (!response.headers.get('content-type')?.startsWith('application/problem+json'))
            throw new Error(`not problem+json: ${context}`);
          const problem = JSON.parse(text) as { status: number; errors?: { field?: unknown }[] };
          if (problem.status !== response.status) throw new Error(`status mismatch: ${context}`);
          if (response.status === 400 || response.status === 422) {
            const errors = problem.errors ?? [];
            if (errors.length === 0 || !errors.every((e) => typeof e.field === 'string' && e.field !== ''))
              throw new Error(`a refusal that does not name its fields: ${context}`);
          }
        }),
        { numRuns: RUNS_PER_ENDPOINT, endOnFailure: true },
      );
      const after = await api.allEvents();
      counts.eventsStored = after.length;
      expect(digestOf(after)).toBe(before);
      // Nothing leaked into the prototype of plain objects.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    120_000,
  );
});
