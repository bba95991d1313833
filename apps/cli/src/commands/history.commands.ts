import {
  AsOfDeliverableQuery,
  AsOfLedgerQuery,
  type AsOfQuery,
  AsOfScorecardQuery,
  BASES,
  type Basis,
  type Cutoff,
  type HistoryScope,
  type LogFilter,
  StreamEventHistoryQuery,
  type Timelines,
} from '@ct/application';
import { isIsoDate } from '@ct/domain';
import { isStateCode } from '@ct/domain';
import { QueryBus } from '@nestjs/cqrs';
import { once } from 'node:events';
import { type CliCommand, endProgress, progressLine, withApp, withEventLog } from '../cli-command';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

function filterOf(values: Record<string, unknown>): LogFilter {
  const after = text(values.after);
  if (after !== undefined && !/^\d{1,19}$/.test(after)) throw new Error('--after must be a global position');
  return {
    after: after === undefined ? undefined : BigInt(after),
    types: values.type as string[] | undefined,
    actor: text(values.actor),
    correlationId: text(values.correlation),
    since: text(values.since),
    until: text(values.until),
  };
}

export const historyCommand: CliCommand = {
  name: 'history',
  synopsis:
    'history [--stream <name> | --state <XX> | --deliverable <id>] [--type <T>]... [--actor <id>] [--correlation <id>] [--since <iso>] [--until <iso>] [--after <position>]',
  summary:
    'print events as JSON Lines, with their metadata: the global log, one stream, every stream of a State, or a deliverable and its assistance; filtered by type, actor, correlation id and time range',
  options: {
    stream: { type: 'string' },
    state: { type: 'string' },
    deliverable: { type: 'string' },
    type: { type: 'string', multiple: true },
    actor: { type: 'string' },
    correlation: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
    after: { type: 'string' },
  },
  run: ({ values }) =>
    withEventLog(async (app) => {
      const filter = filterOf(values);
      const [stream, state, deliverable] = [
        text(values.stream),
        text(values.state),
        text(values.deliverable),
      ];
      if ([stream, state, deliverable].filter((v) => v !== undefined).length > 1)
        throw new Error('give at most one of --stream, --state, --deliverable');
      if (state !== undefined && !isStateCode(state))
        throw new Error(`${state} is not an ISO 3166-1 alpha-2 code`);
      const scope: HistoryScope =
        stream !== undefined
          ? { kind: 'stream', streamName: stream }
          : state !== undefined
            ? { kind: 'state', stateCode: state }
            : deliverable !== undefined
              ? { kind: 'deliverable', deliverableId: deliverable }
              : { kind: 'log' };
      const history = await app.get(QueryBus).execute(new StreamEventHistoryQuery(scope, filter));
      const progress = progressLine('history');
      let count = 0;
      for await (const event of history.result) {
        if (!process.stdout.write(`${JSON.stringify(event)}\n`)) await once(process.stdout, 'drain');
        if (++count % 1000 === 0) progress(`${count} events`);
      }
      endProgress();
      return 0;
    }),
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A day, or an instant with its zone (an instant without one names no single moment). */
const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Record time: at most one of --known-at, --date (its older spelling, a day) or --position. */
function cutoffOf(values: Record<string, unknown>): Cutoff | undefined {
  const [knownAt, date, position] = [text(values['known-at']), text(values.date), text(values.position)];
  if ([knownAt, date, position].filter((v) => v !== undefined).length > 1)
    throw new Error('give at most one of --known-at, --date or --position');
  if (position !== undefined) {
    if (!/^\d{1,19}$/.test(position)) throw new Error('--position must be a global position');
    return { position: BigInt(position) };
  }
  if (date !== undefined) {
    if (!isIsoDate(date)) throw new Error('--date must be YYYY-MM-DD');
    return { date };
  }
  if (knownAt === undefined) return undefined;
  if (DAY.test(knownAt) && isIsoDate(knownAt)) return { date: knownAt };
  if (ZONED_INSTANT.test(knownAt) && !Number.isNaN(Date.parse(knownAt))) return { instant: knownAt };
  throw new Error('--known-at must be a day (YYYY-MM-DD, its end in UTC) or an instant with its zone (…Z)');
}

function timelinesOf(values: Record<string, unknown>): Timelines {
  const [asOf, basis, revision] = [text(values['as-of']), text(values.basis), text(values.revision)];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new Error('--as-of must be YYYY-MM-DD');
  if (basis !== undefined && !(BASES as readonly string[]).includes(basis))
    throw new Error(`--basis must be one of ${BASES.join(', ')}`);
  if (revision !== undefined && revision !== 'original' && !isIsoDate(revision))
    throw new Error('--revision must be a revision date (YYYY-MM-DD) or original');
  const knownAt = cutoffOf(values);
  return {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(knownAt ? { knownAt } : {}),
    ...(basis !== undefined ? { basis: basis as Basis } : {}),
    ...(revision !== undefined ? { revision } : {}),
  };
}

export const asOfCommand: CliCommand = {
  name: 'as-of',
  synopsis:
    'as-of scorecard [--state <XX>] | as-of deliverable <id> | as-of ledger [--state <XX>]  [--as-of <YYYY-MM-DD>] [--known-at <YYYY-MM-DD | instant> | --date <YYYY-MM-DD> | --position <n>] [--basis reported|validated] [--revision <YYYY-MM-DD>|original]',
  arguments: '<model> [id]',
  summary:
    "a read model for a business day (--as-of: statuses valid then, overdue judged then; default the day of --known-at) as the system knew it at a record time (--known-at: the events recorded up to that instant, or the end of that day UTC, or --position; default now, answered by the live read models with no replay). A past --known-at replays the log with the projector's code (one State's history only, when a State is given). --date D is the older spelling of --known-at D (a record-time cut, not a business date).",
  options: {
    'as-of': { type: 'string' },
    'known-at': { type: 'string' },
    date: { type: 'string' },
    position: { type: 'string' },
    basis: { type: 'string' },
    revision: { type: 'string' },
    state: { type: 'string' },
  },
  run: ({ positionals, values }) =>
    withApp(async (app) => {
      const queries = app.get(QueryBus);
      const timelines = timelinesOf(values);
      const state = text(values.state);
      if (state !== undefined && !isStateCode(state))
        throw new Error(`${state} is not an ISO 3166-1 alpha-2 code`);
      const progress = progressLine('replay');
      const onProgress = (events: number) => progress(`${events} events`);
      const [model, id] = positionals;
      const query: AsOfQuery<unknown, unknown> | undefined =
        model === 'scorecard'
          ? new AsOfScorecardQuery(timelines, { stateCode: state, limit: 500 }, onProgress)
          : model === 'deliverable' && id
            ? new AsOfDeliverableQuery(timelines, { deliverableId: id }, onProgress)
            : model === 'ledger'
              ? new AsOfLedgerQuery(timelines, { recipientState: state, limit: 500 }, onProgress)
              : undefined;
      const answer = query && (await queries.execute(query)).result;
      endProgress();
      if (!answer) throw new Error('as-of needs `scorecard`, `deliverable <id>` or `ledger`');
      console.log(JSON.stringify(answer, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2));
      return 0;
    }),
};
