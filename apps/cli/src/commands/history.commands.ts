import { AsOfService, AuditLog, type Cutoff, type LogFilter, toAuditEvent } from '@ct/application';
import { isStateCode } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { once } from 'node:events';
import { type CliCommand, endProgress, progressLine, withApp } from '../cli-command';

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
    withApp(async (app) => {
      const audit = app.get(AuditLog);
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
      const history: AsyncIterable<RecordedEvent> =
        stream !== undefined
          ? audit.stream(stream, filter)
          : state !== undefined
            ? audit.forState(state, filter)
            : deliverable !== undefined
              ? audit.forDeliverable(deliverable, filter)
              : audit.log(filter);
      const progress = progressLine('history');
      let count = 0;
      for await (const event of history) {
        if (!process.stdout.write(`${JSON.stringify(toAuditEvent(event))}\n`))
          await once(process.stdout, 'drain');
        if (++count % 1000 === 0) progress(`${count} events`);
      }
      endProgress();
      return 0;
    }),
};

function cutoffOf(values: Record<string, unknown>): Cutoff {
  const [date, position] = [text(values.date), text(values.position)];
  if ((date === undefined) === (position === undefined))
    throw new Error('give exactly one of --date or --position');
  if (position !== undefined && !/^\d{1,19}$/.test(position))
    throw new Error('--position must be a global position');
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('--date must be YYYY-MM-DD');
  return date !== undefined ? { date } : { position: BigInt(position!) };
}

export const asOfCommand: CliCommand = {
  name: 'as-of',
  synopsis: 'as-of scorecard [--state <XX>] | as-of deliverable <id>  (--date <YYYY-MM-DD> | --position <n>)',
  arguments: '<model> [id]',
  summary:
    "a read model as it was at the end of a day (UTC) or at a global position, recomputed from the events with the projector's code (one State's history only, when a State is given)",
  options: { date: { type: 'string' }, position: { type: 'string' }, state: { type: 'string' } },
  run: ({ positionals, values }) =>
    withApp(async (app) => {
      const asOf = app.get(AsOfService);
      const cutoff = cutoffOf(values);
      const progress = progressLine('replay');
      const onProgress = (events: number) => progress(`${events} events`);
      const [model, id] = positionals;
      const answer =
        model === 'scorecard'
          ? await asOf.scorecard(cutoff, { stateCode: text(values.state), limit: 500 }, onProgress)
          : model === 'deliverable' && id
            ? await asOf.deliverable(cutoff, id, onProgress)
            : undefined;
      endProgress();
      if (!answer) throw new Error('as-of needs `scorecard` or `deliverable <id>`');
      console.log(JSON.stringify(answer, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2));
      return 0;
    }),
};
