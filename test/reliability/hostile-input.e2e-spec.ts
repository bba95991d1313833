import { ASSISTANCE_KINDS, PILLAR_CODES } from '@ct/domain';
import fc from 'fast-check';
import { type ApiHarness, servedRoutes, startApi } from '../support/api-harness';
import { FC_SEED, assertProperty } from './support/fuzz';
import { digestOf, emptyCounts, post, report, runSetup, scale, deliverableId } from './support/reliability';

/**
 * Fuzzing that can fail: every generated request knows the answer it must get. A body with a
 * shape defect (wrong type, missing or unknown field, malformed value) must get 400 naming the
 * broken fields; a well-formed body that breaks a rule of the domain must get 422 with that rule;
 * valid control requests must get 201 and record their events (an endpoint that refused
 * everything would fail); query parameters of every GET route and the request headers the API
 * reads are fuzzed the same way. Never a 5xx, and a refusal writes nothing. The fast-check seed is
 * fixed in CI (FC_SEED to replay, see support/fuzz.ts).
 */

const RUNS_PER_ENDPOINT = scale(200, 3000);
const RULE_RUNS = scale(30, 300);
const CONTROL_RUNS = scale(15, 150);
const QUERY_RUNS = scale(40, 400);
const HEADER_RUNS = scale(40, 400);

// ----------------------------------------------------------------------------------------------
// Hostile values. Each pool holds values that are certainly invalid for its kind of field.

const hugeString = (n: number) => 'x'.repeat(n);
const deep = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { nested: value };
  // fast-check prints a counterexample by recursion, which such a value would overflow.
  return Object.assign(value as object, { [fc.toStringMethod]: () => `deep(${depth})` });
};

/** How deeply a JSON text nests (without recursion: some bodies nest thousands of levels). */
function depthOf(json: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++depth);
    else if (c === '}' || c === ']') depth -= 1;
  }
  return max;
}

/**
 * Keys the validation pipe refuses before anything else, and how deep a body may nest: a request
 * with either is answered at once, naming only those (the rest of it is never read).
 */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];
const PROTOTYPE_KEY_IN_JSON = /"(__proto__|constructor|prototype)":/;
const MAX_DEPTH = 16;
/** The API's JSON body limit (256 kB): larger bodies are a 413. */
const BODY_LIMIT_BYTES = 256 * 1024;

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

/** Path ids that are certainly not ids, as strings (a number or `null` would print as a valid slug). */
const invalidPathId = fc.constantFrom(
  'A',
  'ab',
  '-abc',
  'abc-',
  'a'.repeat(65),
  'ABC-DEF',
  'a b c',
  'a/b/c',
  '../etc/passwd',
  'ąbc',
  '\u{1F4A9}\u{1F4A9}\u{1F4A9}',
  '\u202Eabc',
  'abc\u200B',
  '__proto__',
  'abc\n',
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
    fc.constantFrom(min - 1, max + 1, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, integer ? 0.5 : -min),
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
  // Which amounts and codes a currency allows is the domain's rule (a 422, ISO 4217 minor units);
  // the shape is a positive number and three capital letters.
  fc.record({ value: invalidNumber(0, 1e13, false), currency: fc.constant('USD') }),
  fc.constant({ value: 100, currency: 'usd' }),
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
// Valid values, for control requests: what a client may send and must see accepted.

/** Letters of the scripts the tracker's users write in, and ordinary punctuation. */
const validText = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ,.()'-]{0,60}$/),
  fc.constantFrom(
    'Душанбинская декларация',
    'Ҷумҳурии Тоҷикистон',
    'Oʻzbekiston Respublikasi',
    'Türkmenistan',
    'Кыргыз Республикасы',
    'Қазақстан Республикасы',
    'بیانیه دوشنبه',
    'UNOCT/UNCCT – “Dushanbe process”',
  ),
);
const STATE_CODES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;
const validStates = fc.subarray([...STATE_CODES], { minLength: 1 });
const validPillar = fc.constantFrom(...PILLAR_CODES);
/** A calendar day from `from` to `to` (inclusive, both YYYY-MM-DD), never in the future. */
const validDate = (from: string, to: string) =>
  fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

// ----------------------------------------------------------------------------------------------
// Endpoints: a valid body, the shape-invalid values of each field, the domain rules a well-formed
// body can break, and a generator of valid requests.

/** A well-formed request that a rule of the domain forbids: the body changes and the rule expected. */
interface RuleCase {
  rule: string;
  set?: Record<string, unknown>;
  path?: string;
}

interface Endpoint {
  name: string;
  path: string;
  role: 'admin' | 'coordinator';
  valid: Record<string, unknown>;
  fields: Record<string, fc.Arbitrary<unknown>>;
  required: string[];
  /** Text fields where a unicode edge case is allowed noise (may stay valid). */
  text: string[];
  rules: RuleCase[];
  /** Valid requests; `n` makes ids unique. */
  control: fc.Arbitrary<(n: number) => { path: string; body: Record<string, unknown> }>;
}

const T = 500;
const L = 5000;
/** Set up in beforeAll: assigned to TJ only; and one that is cancelled. */
const PARTIAL = 'fuzz-partial';
const CANCELLED = 'fuzz-cancelled';
const PROCESS = 'fuzz-existing-process';
const ASSISTANCE = 'fuzz-existing-assistance';
const FRAMEWORK = 'dushanbe-declaration-2019';

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
    rules: [
      { rule: 'framework-exists', set: { id: FRAMEWORK } },
      { rule: 'empty-text', set: { title: '   ' } },
    ],
    control: fc
      .record({
        kind: fc.constantFrom('declaration', 'plan-of-action'),
        title: validText,
        // Before every revision date the revisions controls use, so that each revision comes after its adoption.
        adoptedOn: validDate('1995-01-01', '2019-05-17'),
        place: validText,
        adoptingStates: validStates,
        sourceReference: fc.option(validText, { nil: undefined }),
      })
      .map((fields) => (n) => ({
        path: '/frameworks',
        body: { id: `fuzz-control-framework-${n}`, ...fields },
      })),
  },
  {
    name: 'POST /frameworks/{id}/revisions',
    path: `/frameworks/${FRAMEWORK}/revisions`,
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
    rules: [
      { rule: 'revision-not-after-previous', set: { revisedOn: '2019-01-01' } },
      { rule: 'revision-not-after-previous', set: { revisedOn: '2019-05-17' } },
    ],
    // Each control revises a framework of its own: revisions must come after the previous one.
    control: fc
      .record({
        revisedOn: validDate('2019-05-18', '2024-12-31'),
        summary: validText,
        place: fc.option(validText, { nil: undefined }),
        adoptingStates: fc.option(validStates, { nil: undefined }),
      })
      .map((fields) => (n) => ({ path: `/frameworks/fuzz-control-framework-${n}/revisions`, body: fields })),
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
    rules: [
      { rule: 'process-exists', set: { id: PROCESS } },
      { rule: 'unknown-framework', set: { frameworkIds: ['no-such-framework'] } },
      { rule: 'date-before-adoption', set: { frameworkIds: [FRAMEWORK], launchedOn: '2019-01-01' } },
    ],
    control: fc
      .record({
        name: validText,
        launchedBy: validText,
        launchedOn: validDate('2019-05-17', '2024-12-31'),
        place: fc.option(validText, { nil: undefined }),
        frameworkIds: fc.constantFrom([], [FRAMEWORK]),
        participatingStates: validStates,
      })
      .map((fields) => (n) => ({ path: '/processes', body: { id: `fuzz-control-process-${n}`, ...fields } })),
  },
  {
    name: 'POST /processes/{id}/conferences',
    path: `/processes/${PROCESS}/conferences`,
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
    rules: [
      { rule: 'ends-before-start', set: { startsOn: '2019-05-16', endsOn: '2019-05-15' } },
      { rule: 'date-before-launch', set: { startsOn: '2018-01-01', endsOn: '2018-01-02' } },
    ],
    control: fc
      .record({
        title: validText,
        startsOn: validDate('2018-05-03', '2024-12-01'),
        days: fc.integer({ min: 0, max: 5 }),
        place: validText,
        outcomeFrameworkIds: fc.constantFrom([], [FRAMEWORK]),
      })
      .map(({ days, ...fields }) => (n) => ({
        path: `/processes/${PROCESS}/conferences`,
        body: {
          ...fields,
          title: `${fields.title} ${n}`,
          endsOn: new Date(Date.parse(fields.startsOn) + days * 86_400_000).toISOString().slice(0, 10),
        },
      })),
  },
  {
    name: 'POST /deliverables',
    path: '/deliverables',
    role: 'admin',
    valid: {
      id: 'fuzz-deliverable',
      frameworkId: FRAMEWORK,
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
    rules: [
      { rule: 'unknown-framework', set: { frameworkId: 'no-such-framework' } },
      { rule: 'date-before-adoption', set: { definedOn: '2019-01-01' } },
      { rule: 'deliverable-exists', set: { id: deliverableId(0) } },
    ],
    control: fc
      .record({
        pillar: validPillar,
        thematicArea: validText,
        title: validText,
        description: fc.option(validText, { nil: undefined }),
        reference: fc.option(validText, { nil: undefined }),
        definedOn: validDate('2019-05-17', '2024-12-31'),
      })
      .map((fields) => (n) => ({
        path: '/deliverables',
        body: { id: `fuzz-control-deliverable-${n}`, frameworkId: FRAMEWORK, ...fields },
      })),
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
    rules: [
      { rule: 'date-before-definition', set: { assignedOn: '2019-01-01' } },
      { rule: 'due-before-assignment', set: { assignedOn: '2019-07-01', dueOn: '2019-06-30' } },
      { rule: 'deliverable-cancelled', path: `/deliverables/${CANCELLED}/assignments` },
    ],
    control: fc
      .record({
        stateCode: fc.constantFrom(...STATE_CODES),
        leadAgency: validText,
        assignedOn: validDate('2019-06-01', '2024-12-31'),
        dueInDays: fc.integer({ min: 0, max: 3000 }),
      })
      .map(({ dueInDays, ...fields }) => () => ({
        path: `/deliverables/${PARTIAL}/assignments`,
        body: {
          ...fields,
          // TJ's assignment stays as set up: the progress-report rules below rely on it.
          stateCode: fields.stateCode === 'TJ' ? 'UZ' : fields.stateCode,
          dueOn: new Date(Date.parse(fields.assignedOn) + dueInDays * 86_400_000).toISOString().slice(0, 10),
        },
      })),
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
    rules: [
      {
        rule: 'state-not-assigned',
        set: { stateCode: 'KG' },
        path: `/deliverables/${PARTIAL}/progress-reports`,
      },
      { rule: 'date-before-assignment', set: { reportedOn: '2019-06-15' } },
      { rule: 'percent-mismatch', set: { status: 'completed', percentComplete: 50 } },
      { rule: 'percent-mismatch', set: { status: 'not-started', percentComplete: 10 } },
      { rule: 'deliverable-cancelled', path: `/deliverables/${CANCELLED}/progress-reports` },
    ],
    // Never `completed` (that closes the assignment), and dated like every earlier report, so
    // that each control stays valid whatever ran before it.
    control: fc
      .record({
        stateCode: fc.constantFrom(...STATE_CODES),
        status: fc.constantFrom('in-progress', 'blocked'),
        percentComplete: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        note: fc.option(validText, { nil: undefined }),
        evidence: fc.option(fc.array(validText, { maxLength: 3 }), { nil: undefined }),
      })
      .map((fields) => () => ({
        path: `/deliverables/${deliverableId(0)}/progress-reports`,
        body: { ...fields, reportedOn: '2020-01-01' },
      })),
  },
  {
    name: 'POST /deliverables/{id}/cancellation',
    path: `/deliverables/${deliverableId(0)}/cancellation`,
    role: 'admin',
    valid: { reason: 'superseded', cancelledOn: '2020-01-01' },
    fields: { reason: invalidText(L), cancelledOn: invalidDate },
    required: ['reason', 'cancelledOn'],
    text: ['reason'],
    rules: [
      { rule: 'date-before-definition', set: { cancelledOn: '2019-01-01' } },
      { rule: 'deliverable-cancelled', path: `/deliverables/${CANCELLED}/cancellation` },
      { rule: 'empty-text', set: { reason: '   ' } },
    ],
    // Cancels the deliverables the POST /deliverables controls defined (defined on or before 2024-12-31).
    control: fc
      .record({ reason: validText, cancelledOn: validDate('2025-01-01', '2025-06-30') })
      .map((fields) => (n) => ({
        path: `/deliverables/fuzz-control-deliverable-${n}/cancellation`,
        body: fields,
      })),
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
    rules: [
      { rule: 'assistance-exists', set: { id: ASSISTANCE } },
      { rule: 'unknown-deliverable', set: { deliverableId: 'no-such-deliverable' } },
      { rule: 'ends-before-start', set: { periodStart: '2020-01-01', periodEnd: '2019-12-31' } },
      { rule: 'state-not-assigned', set: { deliverableId: PARTIAL, recipientState: 'KG' } },
      { rule: 'deliverable-cancelled', set: { deliverableId: CANCELLED } },
    ],
    control: fc
      .record({
        provider: validText,
        recipientState: fc.constantFrom(...STATE_CODES),
        pillar: validPillar,
        kind: fc.constantFrom(...ASSISTANCE_KINDS),
        description: fc.option(validText, { nil: undefined }),
        periodStart: validDate('2019-01-01', '2024-06-30'),
        withDeliverable: fc.boolean(),
        amount: fc.option(
          fc.record({
            // Whole amounts in currencies with cents: valid under any minor-unit rule.
            value: fc.integer({ min: 1, max: 10_000_000 }),
            currency: fc.constantFrom('USD', 'EUR', 'RUB', 'KZT', 'TJS'),
          }),
          { nil: undefined },
        ),
      })
      .map(({ withDeliverable, ...fields }) => (n) => ({
        path: '/assistance',
        body: {
          id: `fuzz-control-assistance-${n}`,
          ...fields,
          ...(withDeliverable ? { deliverableId: deliverableId(0) } : {}),
        },
      })),
  },
];

// ----------------------------------------------------------------------------------------------
// Query parameters: for each parameter, values a client may send and values certainly refused.

interface Param {
  valid: fc.Arbitrary<string>;
  invalid: fc.Arbitrary<string | string[]>;
  /** A list parameter: giving it twice is valid. */
  repeatable?: boolean;
}

const digits = (max: number) => fc.integer({ min: 0, max }).map(String);
const param = {
  date: {
    valid: validDate('2019-01-01', '2024-12-31'),
    invalid: fc.constantFrom(
      '2019-02-30',
      '2019-13-01',
      '2019-5-1',
      '17/05/2019',
      'NaN',
      '',
      'today',
      '2019-05-17T00:00:00Z',
    ),
  },
  instant: {
    valid: fc.oneof(
      validDate('2019-01-01', '2024-12-31'),
      fc.constantFrom('2020-01-01T00:00:00Z', '2024-06-30T12:30:00.000Z'),
    ),
    invalid: fc.constantFrom('2019-02-30', '2019-13-01', 'yesterday', '', '1577836800'),
  },
  state: {
    valid: fc.constantFrom(...STATE_CODES),
    invalid: fc.constantFrom('tj', 'XX', 'TJK', '', 'T', ' TJ', '\u0422J', 'TJ\u200B'),
  },
  id: {
    valid: fc.constantFrom(FRAMEWORK, deliverableId(0), 'abc'),
    invalid: fc.constantFrom('A', 'ab', '-abc', 'abc-', 'a'.repeat(65), 'ABC-DEF', 'a b', ''),
  },
  pillar: { valid: validPillar, invalid: fc.constantFrom('V', 'i', '', 'II ', '2', 'toString') },
  assistanceKind: {
    valid: fc.constantFrom(...ASSISTANCE_KINDS),
    invalid: fc.constantFrom('x', '', 'Training', 'constructor'),
  },
  frameworkKind: {
    valid: fc.constantFrom('declaration', 'plan-of-action'),
    invalid: fc.constantFrom('treaty', '', 'Declaration'),
  },
  status: {
    valid: fc.constantFrom('not-started', 'in-progress', 'blocked', 'completed'),
    invalid: fc.constantFrom('done', '', 'IN-PROGRESS', '__proto__'),
  },
  limit: (max: number) => ({
    valid: fc.integer({ min: 1, max }).map(String),
    invalid: fc.constantFrom('0', String(max + 1), '-1', '1.5', 'abc', '', '1e400'),
  }),
  offset: { valid: digits(1000), invalid: fc.constantFrom('-1', '1.5', 'abc', '1e400') },
  /** A position at or before the seeded head: a minPosition beyond it would wait. */
  position: {
    valid: fc.constantFrom('0', '1', '2'),
    invalid: fc.constantFrom('abc', '-1', '1e3', '0x10', '', '1'.repeat(20)),
  },
  text: (max: number) => ({
    valid: fc.stringMatching(/^[A-Za-z0-9 ._-]{1,40}$/),
    invalid: fc.constant('x'.repeat(max + 1)),
  }),
  revision: {
    valid: fc.oneof(validDate('2011-01-01', '2024-12-31'), fc.constant('original')),
    invalid: fc.constantFrom('latest', '2022-3-3', '', 'ORIGINAL', '2022-03-03T00:00:00Z'),
  },
  boolean: { valid: fc.constantFrom('true', 'false'), invalid: fc.constantFrom('yes', '1', 'TRUE', '') },
  enumOf: (values: string[]) => ({
    valid: fc.constantFrom(...values),
    invalid: fc.constantFrom('pdf', 'JSON', 'xml', '', 'toString'),
  }),
} as const;

const unknownParameter = fc.constantFrom(
  'foo',
  'isAdmin',
  '__proto__',
  'constructor',
  'limit[]',
  'state[0]',
  'a.b',
  'access_token',
);

/** In `fixed`: replaced by the log's position after the setup (an as-of cut that sees all of it). */
const HEAD = '<head>';

interface QueryRoute {
  route: string;
  path: string;
  params: Record<string, Param>;
  /** Always sent (as-of needs exactly one cut). */
  fixed?: Record<string, string>;
}

const paged = (max = 500) => ({ limit: param.limit(max), offset: param.offset });
const scorecardFilters = { state: param.state, framework: param.id, pillar: param.pillar };
const assistanceFilters = {
  provider: param.text(500),
  recipientState: param.state,
  pillar: param.pillar,
  kind: param.assistanceKind,
};
const history = {
  after: { valid: digits(1_000_000), invalid: param.position.invalid },
  limit: param.limit(1000),
  type: { ...param.text(100), repeatable: true },
  actor: param.text(128),
  correlationId: param.text(128),
  since: param.instant,
  until: param.instant,
  format: param.enumOf(['json', 'jsonl']),
};
/** The two timelines of the as-of routes besides their record-time cut (README, Two timelines). */
const asOfTimelines = { asOf: param.date, basis: param.enumOf(['reported', 'validated']) };
const reportParams = { asOf: param.date, format: param.enumOf(['json', 'csv', 'md', 'html']) };
const ledger = {
  minPosition: param.position,
  ...paged(),
  ...assistanceFilters,
  deliverableId: param.id,
  periodFrom: param.date,
  periodTo: param.date,
};

const queryRoutes: QueryRoute[] = [
  {
    route: '/scorecards',
    path: '/scorecards',
    // knownAt: a record time (valid ones replay the log recorded by then, an empty page before the setup).
    params: {
      minPosition: param.position,
      ...paged(),
      ...scorecardFilters,
      asOf: param.date,
      knownAt: param.instant,
    },
  },
  {
    route: '/scorecards/assistance-received',
    path: '/scorecards/assistance-received',
    params: { minPosition: param.position, state: param.state, pillar: param.pillar },
  },
  {
    route: '/tracker/deliverables',
    path: '/tracker/deliverables',
    params: {
      minPosition: param.position,
      ...paged(),
      framework: param.id,
      pillar: param.pillar,
      thematicArea: param.text(500),
      state: param.state,
      status: param.status,
      includeCancelled: param.boolean,
    },
  },
  {
    route: '/tracker/deliverables/{id}',
    path: `/tracker/deliverables/${deliverableId(0)}`,
    params: { minPosition: param.position, state: param.state },
  },
  { route: '/ledger/assistance', path: '/ledger/assistance', params: ledger },
  { route: '/ledger/assistance/summary', path: '/ledger/assistance/summary', params: ledger },
  {
    route: '/timeline',
    path: '/timeline',
    params: {
      minPosition: param.position,
      state: param.state,
      framework: param.id,
      actor: param.text(128),
      type: param.text(100),
      cursor: { valid: digits(1_000_000), invalid: param.position.invalid },
      limit: param.limit(500),
    },
  },
  {
    route: '/catalogue/frameworks',
    path: '/catalogue/frameworks',
    params: { minPosition: param.position, ...paged(), kind: param.frameworkKind, state: param.state },
  },
  {
    route: '/catalogue/processes',
    path: '/catalogue/processes',
    params: { minPosition: param.position, ...paged(), framework: param.id, state: param.state },
  },
  {
    route: '/organisations',
    path: '/organisations',
    params: {
      minPosition: param.position,
      ...paged(),
      kind: param.enumOf([
        'un-entity',
        'regional-organisation',
        'donor',
        'national-agency',
        'regional-mechanism',
        'other',
      ]),
      q: param.text(500),
      memberState: param.state,
      lang: param.enumOf(['en', 'ru']),
    },
  },
  {
    route: '/organisations/{id}',
    path: '/organisations/unodc',
    params: { minPosition: param.position, lang: param.enumOf(['en', 'ru']) },
  },
  {
    route: '/review-queue',
    path: '/review-queue',
    params: {
      minPosition: param.position,
      ...paged(),
      state: param.state,
      framework: param.id,
      asOf: param.date,
    },
  },
  { route: '/audit/events', path: '/audit/events', params: history },
  {
    route: '/audit/streams/{streamName}',
    path: `/audit/streams/deliverable-${deliverableId(0)}`,
    params: history,
  },
  { route: '/audit/states/{stateCode}/events', path: '/audit/states/TJ/events', params: history },
  {
    route: '/audit/deliverables/{id}/events',
    path: `/audit/deliverables/${deliverableId(0)}/events`,
    params: history,
  },
  {
    route: '/audit/correlations/{correlationId}',
    path: '/audit/correlations/fuzz-correlation',
    params: history,
  },
  {
    route: '/audit/as-of/scorecards',
    path: '/audit/as-of/scorecards',
    fixed: { position: HEAD },
    params: { ...paged(), ...scorecardFilters, ...asOfTimelines, revision: param.revision },
  },
  {
    route: '/audit/as-of/deliverables/{id}',
    path: `/audit/as-of/deliverables/${deliverableId(0)}`,
    fixed: { position: HEAD },
    // No asOf: a valid day before the deliverable's definition is rightly a 404.
    params: { basis: asOfTimelines.basis },
  },
  {
    // No record time fixed: knownAt itself is fuzzed (absent = the live ledger).
    route: '/audit/as-of/assistance',
    path: '/audit/as-of/assistance',
    params: { ...paged(), ...assistanceFilters, ...asOfTimelines, knownAt: param.instant },
  },
  {
    route: '/reports/state-scorecard/{stateCode}',
    path: '/reports/state-scorecard/TJ',
    params: reportParams,
  },
  { route: '/reports/regional-overview', path: '/reports/regional-overview', params: reportParams },
  { route: '/reports/framework-progress', path: '/reports/framework-progress', params: reportParams },
  {
    route: '/reports/framework-progress/{frameworkId}',
    path: `/reports/framework-progress/${FRAMEWORK}`,
    params: reportParams,
  },
  {
    route: '/reports/assistance',
    path: '/reports/assistance',
    params: { ...reportParams, ...assistanceFilters },
  },
  {
    route: '/reports/assistance.iati.xml',
    path: '/reports/assistance.iati.xml',
    params: { asOf: param.date, ...assistanceFilters },
  },
];

/** Concrete paths of the GET routes that take no query parameters. */
const pathOf: Record<string, string> = {
  '/frameworks/{id}': `/frameworks/${FRAMEWORK}`,
  '/processes/{id}': `/processes/${PROCESS}`,
  '/deliverables/{id}': `/deliverables/${deliverableId(0)}`,
  '/assistance/{id}': `/assistance/${ASSISTANCE}`,
};

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
    arbitraries.push(invalidPathId.map((id): Breaking => ({ kind: 'path', id })));
  const noiseField = endpoint.text.length > 0 ? fc.constantFrom(...endpoint.text) : fc.constant('');
  return fc.record({
    breaking: fc.array(fc.oneof(...arbitraries), { minLength: 1, maxLength: 3 }),
    noise: fc.array(fc.tuple(noiseField, unicodeEdge), { maxLength: 2 }),
  });
}

/**
 * The raw JSON text and path of a mutated request (raw, so that `__proto__` stays an own key), and
 * the names the refusal must give: each field set or deleted, each unknown key, the path id.
 */
function build(endpoint: Endpoint, mutation: { breaking: Breaking[]; noise: [string, string][] }) {
  const body: Record<string, unknown> = { ...endpoint.valid };
  for (const [field, value] of mutation.noise) if (field) body[field] = value;
  let path = endpoint.path;
  const extras: [string, unknown][] = [];
  const named = new Set<string>();
  let whole: { body: unknown } | undefined;
  let pathBroken = false;
  for (const change of mutation.breaking) {
    if (change.kind === 'set') {
      body[change.field] = change.value;
      named.add(change.field);
    } else if (change.kind === 'delete') {
      delete body[change.field];
      named.add(change.field);
    } else if (change.kind === 'extra') {
      extras.push([change.key, change.value]);
      named.add(change.key === '' ? '[""]' : change.key);
    } else if (change.kind === 'whole') whole = { body: change.body };
    else {
      const segments = endpoint.path.split('/');
      segments[2] = encodeURIComponent(String(change.id));
      path = segments.join('/');
      pathBroken = true;
    }
  }
  // A mutation that only changed the path id to an empty segment would hit another route: keep the body invalid too.
  if (mutation.breaking.every((b) => b.kind === 'path')) {
    extras.push(['__proto__', { polluted: true }]);
    named.add('__proto__');
  }
  let json = JSON.stringify(body);
  for (const [key, value] of extras)
    json = `{${JSON.stringify(key)}:${JSON.stringify(value)}${json === '{}' ? '' : ','}${json.slice(1)}`;
  if (whole) json = JSON.stringify(whole.body);
  return { path, json, named: whole ? new Set<string>() : named, pathBroken };
}

interface Problem {
  status: number;
  type?: string;
  errors?: { field?: unknown; rule?: unknown }[];
}

/** Does `field` (as the API names it: `amount.value`, `adoptingStates[1]`) belong to `name`? */
const belongsTo = (field: string, name: string) =>
  field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`);

describe('Hostile input on every command endpoint (property-based)', () => {
  let api: ApiHarness;
  let baseUrl: string;
  let head = '0';
  let tokens: Record<Endpoint['role'] | 'everything', string>;
  const counts = emptyCounts();
  const statuses: Record<string, number> = {};

  async function send(
    method: 'GET' | 'POST',
    path: string,
    token: string | undefined,
    body?: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; contentType: string; text: string; headers: Headers }> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body,
    });
    const text = await response.text();
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    counts.sent += 1;
    if (response.status >= 400) counts.rejected += 1;
    else counts.acknowledged += 1;
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      text,
      headers: response.headers,
    };
  }

  /** A refusal with this status, as problem+json, that names its fields (and the expected ones). */
  function expectProblem(
    answer: { status: number; contentType: string; text: string },
    status: number,
    context: string,
  ): Problem {
    if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${context}`);
    if (!answer.contentType.startsWith('application/problem+json'))
      throw new Error(`not problem+json: ${context}`);
    const problem = JSON.parse(answer.text) as Problem;
    if (problem.status !== status) throw new Error(`status mismatch in the body: ${context}`);
    return problem;
  }

  function namedFields(problem: Problem, context: string): string[] {
    const errors = problem.errors ?? [];
    if (errors.length === 0 || !errors.every((e) => typeof e.field === 'string' && e.field !== ''))
      throw new Error(`a refusal that does not name its fields: ${context}`);
    return errors.map((e) => e.field as string);
  }

  beforeAll(async () => {
    api = await startApi({ LOG_LEVEL: 'silent' });
    await api.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as { port: number }).port}`;
    tokens = {
      admin: api.tokenFor({ sub: 'admin.unoct', roles: ['programme-admin'] }),
      coordinator: api.tokenFor({ sub: 'coordinator.all', roles: ['coordinator'], states: [...STATE_CODES] }),
      everything: api.tokenFor({
        sub: 'everyone.all',
        roles: ['coordinator', 'programme-admin', 'auditor', 'reporter'],
        states: [...STATE_CODES],
      }),
    };
    await runSetup(baseUrl, tokens.admin, 1);
    const setup: [string, string, Record<string, unknown>][] = [
      [
        'admin',
        '/processes',
        {
          id: PROCESS,
          name: 'Dushanbe process',
          launchedBy: 'USG',
          launchedOn: '2018-05-03',
          frameworkIds: [],
          participatingStates: ['TJ'],
        },
      ],
      ...[PARTIAL, CANCELLED].map((id): [string, string, Record<string, unknown>] => [
        'admin',
        '/deliverables',
        { ...endpoints[4]!.valid, id },
      ]),
      ['admin', `/deliverables/${PARTIAL}/assignments`, endpoints[5]!.valid],
      ['admin', `/deliverables/${CANCELLED}/assignments`, endpoints[5]!.valid],
      [
        'admin',
        `/deliverables/${CANCELLED}/cancellation`,
        { reason: 'superseded', cancelledOn: '2020-01-01' },
      ],
      ['coordinator', '/assistance', { ...endpoints[8]!.valid, id: ASSISTANCE }],
      ['admin', '/organisations', { id: 'unodc', kind: 'un-entity', name: { en: 'UNODC' } }],
    ];
    for (const [role, path, body] of setup) {
      const answer = await post(baseUrl, path, tokens[role as Endpoint['role']], body);
      expect(answer.status).toBe(201);
      head = String(answer.body.position);
    }
    // The read-model routes answer about this setup: wait until it is projected.
    expect((await send('GET', `/timeline?minPosition=${head}`, tokens.everything)).status).toBe(200);
  });
  afterAll(async () => {
    report('hostile-input', {
      ...counts,
      ...Object.fromEntries(Object.entries(statuses).map(([k, v]) => [`status${k}`, v])),
    });
    await api.close();
  });

  describe.each(endpoints.map((e) => [e.name, e] as const))('%s', (_name, endpoint) => {
    it('answers every shape defect 400, naming the broken fields, and writes nothing', async () => {
      const before = digestOf(await api.allEvents());
      await assertProperty(
        fc.asyncProperty(mutationsOf(endpoint), async (mutation) => {
          const { path, json, named, pathBroken } = build(endpoint, mutation);
          const answer = await send('POST', path, tokens[endpoint.role], json);
          const context = `${answer.status} ${path} ${json.slice(0, 300)} -> ${answer.text.slice(0, 300)}`;
          // A body over the limit is refused for its size before it is read.
          if (Buffer.byteLength(json) > BODY_LIMIT_BYTES) {
            expectProblem(answer, 413, context);
            return;
          }
          const fields = namedFields(expectProblem(answer, 400, context), context);
          const expected = json.startsWith('{') ? (pathBroken ? [...named, 'path:id'] : [...named]) : [];
          // Pipes stop at the first bad parameter (a bad path id, or the body, is named), and a
          // prototype key or a too-deep value is refused before the other fields are read.
          const partial = pathBroken || depthOf(json) > MAX_DEPTH || PROTOTYPE_KEY_IN_JSON.test(json);
          const missing = expected.filter((name) => !fields.some((field) => belongsTo(field, name)));
          // The pre-screen names the offending path itself (the prototype key, the too-deep value).
          const screenedNamed = fields.some(
            (field) => PROTOTYPE_KEYS.some((key) => field.endsWith(key)) || field.includes('nested'),
          );
          if (partial && screenedNamed) return;
          if (expected.length > 0 && (partial ? missing.length === expected.length : missing.length > 0))
            throw new Error(`a refusal that does not name ${missing.join(', ')}: ${context}`);
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
      expect(digestOf(await api.allEvents())).toBe(before);
      // Nothing leaked into the prototype of plain objects.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }, 120_000);

    it('answers a well-formed body that breaks a domain rule 422 with that rule, and writes nothing', async () => {
      const before = digestOf(await api.allEvents());
      let n = 0;
      await assertProperty(
        fc.asyncProperty(fc.constantFrom(...endpoint.rules), endpoint.control, async (rule, control) => {
          // A valid request of this endpoint, then exactly the change that breaks the rule.
          const body = { ...control(++n).body, ...(rule.set ?? {}) };
          const path = rule.path ?? endpoint.path;
          const json = JSON.stringify(body);
          const answer = await send('POST', path, tokens[endpoint.role], json);
          const context = `${rule.rule}: ${answer.status} ${path} ${json.slice(0, 300)} -> ${answer.text.slice(0, 300)}`;
          const problem = expectProblem(answer, 422, context);
          if (!(problem.errors ?? []).some((e) => e.rule === rule.rule))
            throw new Error(`422 without the rule ${rule.rule}: ${context}`);
        }),
        {
          numRuns: RULE_RUNS,
          // Every rule at least once: examples run before the random combinations.
          examples: endpoint.rules.map((rule) => [
            rule,
            fc.sample(endpoint.control, { numRuns: 1, seed: FC_SEED })[0]!,
          ]),
        },
      );
      expect(digestOf(await api.allEvents())).toBe(before);
    }, 120_000);
  });

  // Controls run in this order: revisions and cancellations act on what earlier controls created.
  const controlOrder = [0, 2, 3, 4, 1, 5, 6, 7, 8].map((i) => endpoints[i]!);
  it.each(controlOrder.map((e) => [e.name, e] as const))(
    '%s: valid control requests succeed and record one event each',
    async (_name, endpoint) => {
      const before = await api.allEvents();
      let n = 0;
      const sent: string[] = [];
      await assertProperty(
        fc.asyncProperty(endpoint.control, async (control) => {
          const { path, body } = control(++n);
          const json = JSON.stringify(body);
          const answer = await send('POST', path, tokens[endpoint.role], json);
          if (answer.status !== 201)
            throw new Error(
              `a valid request refused: ${answer.status} ${path} ${json} -> ${answer.text.slice(0, 400)}`,
            );
          sent.push(path);
        }),
        { numRuns: CONTROL_RUNS },
      );
      const written = (await api.allEvents())
        .slice(before.length)
        .filter((e) => !e.streamName.startsWith('idempotency-'));
      expect(written).toHaveLength(sent.length);
    },
    120_000,
  );

  // --------------------------------------------------------------------------------------------
  // Query parameters of every GET route: valid combinations answer 200; a bad value, a repeated
  // single-valued parameter or an unknown parameter answers 400 naming it.

  it.each(queryRoutes.map((r) => [r.route, r] as const))(
    'GET %s: bad query parameters are a 400 naming each, valid ones answer 200',
    async (_route, route) => {
      const before = digestOf(await api.allEvents());
      const names = Object.keys(route.params);
      const valid = fc.record(
        Object.fromEntries(
          names.map((name) => [name, fc.option(route.params[name]!.valid, { nil: undefined, freq: 2 })]),
        ),
        { requiredKeys: [] },
      ) as fc.Arbitrary<Record<string, string | undefined>>;
      const single = names.filter((n) => !route.params[n]!.repeatable);
      const breaking: fc.Arbitrary<{ name: string; value: string | string[] }>[] = [
        unknownParameter.map((name) => ({ name, value: 'x' })),
      ];
      if (names.length > 0)
        breaking.push(
          fc
            .constantFrom(...names)
            .chain((name) => route.params[name]!.invalid.map((value) => ({ name, value }))),
        );
      // A single-valued parameter given twice (Express then hands the route an array).
      if (single.length > 0)
        breaking.push(
          fc
            .constantFrom(...single)
            .chain((name) =>
              fc
                .tuple(route.params[name]!.valid, route.params[name]!.valid)
                .map((pair) => ({ name, value: pair })),
            ),
        );
      const broken = fc.array(fc.oneof(...breaking), { maxLength: 2 });
      await assertProperty(
        fc.asyncProperty(valid, broken, async (values, breaks) => {
          const query = new URLSearchParams();
          const fixed = Object.fromEntries(
            Object.entries(route.fixed ?? {}).map(([k, v]) => [k, v === HEAD ? head : v]),
          );
          const merged = new Map<string, string | string[]>(
            Object.entries({ ...fixed, ...values }).filter((e): e is [string, string] => e[1] !== undefined),
          );
          for (const { name, value } of breaks) merged.set(name, value);
          for (const [name, value] of merged) for (const v of [value].flat()) query.append(name, v);
          const path = `${route.path}${query.size > 0 ? `?${query.toString()}` : ''}`;
          const answer = await send('GET', path, tokens.everything);
          const context = `${answer.status} ${path} -> ${answer.text.slice(0, 300)}`;
          if (breaks.length === 0) {
            if (answer.status !== 200) throw new Error(`valid parameters refused: ${context}`);
            return;
          }
          const fields = namedFields(expectProblem(answer, 400, context), context);
          const missing = breaks.filter(({ name }) => !fields.includes(name)).map(({ name }) => name);
          // A prototype key is refused before the other parameters are read (see PROTOTYPE_KEYS).
          const partial = breaks.some(({ name }) => PROTOTYPE_KEYS.includes(name));
          if (partial ? missing.length === breaks.length : missing.length > 0)
            throw new Error(`a refusal that does not name ${missing.join(', ')}: ${context}`);
        }),
        { numRuns: QUERY_RUNS },
      );
      expect(digestOf(await api.allEvents())).toBe(before);
    },
    120_000,
  );

  it('fuzzes every GET route the application serves: the routes without query parameters ignore them', async () => {
    const gets = [...servedRoutes(api.app)].filter((r) => r.startsWith('get ')).map((r) => r.slice(4));
    const fuzzed = new Set(queryRoutes.map((r) => r.route));
    const others = gets.filter((route) => !fuzzed.has(route));
    const unknownPaths = others.filter((route) => route.includes('{') && !(route in pathOf));
    expect(unknownPaths).toEqual([]); // give such a route its parameters in queryRoutes or a path in pathOf
    for (const route of others) {
      const path = pathOf[route] ?? route;
      const clean = await send('GET', path, tokens.everything);
      expect({ route, status: clean.status }).toEqual({
        route,
        status: clean.status < 500 ? clean.status : 'not a 5xx',
      });
      await assertProperty(
        fc.asyncProperty(
          fc.array(fc.tuple(unknownParameter, fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 3 }),
          async (params) => {
            const query = new URLSearchParams(params);
            const answer = await send('GET', `${path}?${query.toString()}`, tokens.everything);
            if (answer.status !== clean.status)
              throw new Error(
                `GET ${path}?${query.toString()}: ${answer.status}, without parameters ${clean.status}`,
              );
          },
        ),
        { numRuns: 5 },
      );
    }
  }, 120_000);

  // --------------------------------------------------------------------------------------------
  // Headers the API reads, on a command route: bad ones are refused with the status they call for
  // and write nothing; good ones leave a valid command accepted.

  const reportPath = `/deliverables/${deliverableId(0)}/progress-reports`;
  const reportBody = (n: number) =>
    JSON.stringify({
      stateCode: 'TJ',
      status: 'in-progress',
      note: `header fuzz ${n}`,
      reportedOn: '2020-01-01',
    });
  /** Header values Node can send at all: visible ASCII, space, tab, Latin-1, no edge whitespace. */
  const headerValue = (chars: fc.Arbitrary<string>, max: number) =>
    fc.string({ unit: chars, minLength: 1, maxLength: max }).filter((v) => v.trim() === v);
  const printable = fc.mapToConstant(
    { num: 95, build: (v) => String.fromCharCode(0x20 + v) },
    { num: 96, build: (v) => String.fromCharCode(0xa0 + v) },
  );
  const safeIdChar = fc.constantFrom(...'ABCXYZabcxyz0189._:-'.split(''));
  const validId = fc
    .tuple(fc.constantFrom(...'ABCabc019'.split('')), fc.string({ unit: safeIdChar, maxLength: 100 }))
    .map(([first, rest]) => first + rest);
  /** Certainly not `[A-Za-z0-9][A-Za-z0-9._:-]{0,127}`. */
  const malformedId = fc.oneof(
    headerValue(printable, 40).filter((v) => !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(v)),
    fc.constant('a'.repeat(129)),
    fc.constantFrom('-leading-dash', '.dot', 'has space', 'semi;colon', 'slash/x', 'é', '{json}'),
  );

  it.each([
    ['Idempotency-Key', 'header:Idempotency-Key'],
    ['X-Causation-Id', 'header:X-Causation-Id'],
  ])(
    '%s: a malformed value is a 400 naming it; a well-formed one is accepted',
    async (header, field) => {
      let n = 0;
      await assertProperty(
        fc.asyncProperty(
          fc.oneof(
            validId.map((v) => ({ v, ok: true })),
            malformedId.map((v) => ({ v, ok: false })),
          ),
          async ({ v, ok }) => {
            n += 1;
            const before = (await api.allEvents()).length;
            // Unique per request: a key reused for another body is a different refusal (422).
            const value = ok ? `${v.slice(0, 100)}-${header.length}-${n}` : v;
            const answer = await send('POST', reportPath, tokens.coordinator, reportBody(n), {
              [header]: value,
            });
            const context = `${header}: ${JSON.stringify(value)} -> ${answer.status} ${answer.text.slice(0, 300)}`;
            if (ok) {
              if (answer.status !== 201) throw new Error(`a well-formed ${header} refused: ${context}`);
              return;
            }
            const fields = namedFields(expectProblem(answer, 400, context), context);
            if (!fields.includes(field)) throw new Error(`not named ${field}: ${context}`);
            if ((await api.allEvents()).length !== before) throw new Error(`a refusal wrote: ${context}`);
          },
        ),
        { numRuns: HEADER_RUNS },
      );
    },
    120_000,
  );

  it('X-Correlation-Id: a malformed value is refused (400 naming it) or replaced, never recorded', async () => {
    let n = 1000;
    await assertProperty(
      fc.asyncProperty(malformedId, async (value) => {
        n += 1;
        const before = (await api.allEvents()).length;
        const answer = await send('POST', reportPath, tokens.coordinator, reportBody(n), {
          'X-Correlation-Id': value,
        });
        const context = `${JSON.stringify(value)} -> ${answer.status} ${answer.text.slice(0, 300)}`;
        if (answer.status === 400) {
          const fields = namedFields(expectProblem(answer, 400, context), context);
          if (!fields.includes('header:X-Correlation-Id')) throw new Error(`not named: ${context}`);
          if ((await api.allEvents()).length !== before) throw new Error(`a refusal wrote: ${context}`);
          return;
        }
        if (answer.status !== 201) throw new Error(`neither refused nor accepted: ${context}`);
        const written = (await api.allEvents()).slice(before);
        if (written.some((e) => Object.values(e.metadata).includes(value)))
          throw new Error(`a malformed correlation id was recorded: ${context}`);
        if (answer.headers.get('x-correlation-id') === value) throw new Error(`echoed back: ${context}`);
      }),
      { numRuns: HEADER_RUNS },
    );
  }, 120_000);

  it('Authorization: anything but a valid bearer token is a 401 problem, and nothing is written', async () => {
    const token = tokens.coordinator;
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const malformed = fc.oneof(
      headerValue(printable, 60),
      fc.constantFrom(
        'Bearer',
        'Basic dXNlcjpwYXNz',
        `Basic ${token}`,
        `Token ${token}`,
        `Bearer ${header}.${payload}`,
        `Bearer ${header}.${payload}.`,
        `Bearer ${header}.${payload}.${signature.slice(0, -2)}`,
        `Bearer ${header}.${payload}x.${signature}`,
        `Bearer ${token},${token}`,
        `Bearer ${token}.${signature}`,
      ),
      fc
        .tuple(fc.nat({ max: token.length - 1 }), fc.constantFrom(...'ABCabc012-_'.split('')))
        .filter(([i, c]) => token[i] !== c && token[i] !== '.')
        .map(([i, c]) => `Bearer ${token.slice(0, i)}${c}${token.slice(i + 1)}`),
    );
    const before = digestOf(await api.allEvents());
    let n = 2000;
    await assertProperty(
      fc.asyncProperty(malformed, async (authorization) => {
        const answer = await send('POST', reportPath, undefined, reportBody(++n), { authorization });
        const context = `${JSON.stringify(authorization.slice(0, 80))} -> ${answer.status} ${answer.text.slice(0, 200)}`;
        const problem = expectProblem(answer, 401, context);
        if (problem.type !== '/problems/unauthenticated') throw new Error(`not unauthenticated: ${context}`);
      }),
      { numRuns: HEADER_RUNS },
    );
    expect(digestOf(await api.allEvents())).toBe(before);
    // The control: the same request with the token as issued (any case of the scheme) is accepted.
    for (const scheme of ['Bearer', 'bearer', 'BEARER'])
      expect(
        (await send('POST', reportPath, undefined, reportBody(++n), { authorization: `${scheme} ${token}` }))
          .status,
      ).toBe(201);
  }, 120_000);

  it('Content-Type: a body that is not declared as JSON is refused (4xx problem), and nothing is written', async () => {
    const before = digestOf(await api.allEvents());
    let n = 3000;
    const declared = fc.oneof(
      fc.constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/jsonx',
        'application/*',
        'application/json; charset=latin1',
        'application/json; charset=ebcdic',
        'foo',
        ';;;',
      ),
      headerValue(printable, 40).filter((v) => !/^application\/json\b/i.test(v)),
    );
    await assertProperty(
      fc.asyncProperty(declared, async (contentType) => {
        const answer = await send('POST', reportPath, tokens.coordinator, reportBody(++n), {
          'content-type': contentType,
        });
        const context = `${JSON.stringify(contentType)} -> ${answer.status} ${answer.text.slice(0, 200)}`;
        // 415 for a JSON type in an unsupported charset; any other type is not read as a body at
        // all, so the command has no fields: 400 naming them.
        const problem = expectProblem(answer, answer.status === 415 ? 415 : 400, context);
        if (answer.status === 400) namedFields(problem, context);
      }),
      { numRuns: HEADER_RUNS },
    );
    expect(digestOf(await api.allEvents())).toBe(before);
    for (const contentType of ['application/json', 'APPLICATION/JSON', 'application/json; charset=utf-8'])
      expect(
        (await send('POST', reportPath, tokens.coordinator, reportBody(++n), { 'content-type': contentType }))
          .status,
      ).toBe(201);
  }, 120_000);
});
