import { AggregateNotFound, CATEGORIES, streamName } from '@ct/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@ct/event-store';
import {
  BASES,
  type Basis,
  type AssistanceFilters,
  type AssistanceRecordView,
  type DeliverableDetail,
  type OffsetPage,
  type Page,
  type Projection,
  type ProjectionName,
  type ReadStore,
  type ScorecardRow,
  type ScratchReplay,
  getDeliverable,
  listAssistance,
  projectionsMissing,
  projectionsNamed,
  recordingTables,
  registeredOrganisations,
  replayIntoScratchStore,
  scratchStoreBytes,
  stateScorecard,
  streamsConcerningState,
  streamsRecordedBetween,
} from '@ct/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { READ_STORE } from '../read-models/read-store.provider';
import { ProjectorService } from '../read-models/projector.service';
import { TimeSlicer, WorkTooLargeError } from './bounded-work';

export { TimeSlicer, WORK_SLICE_MS, type WorkLimitRule, WorkTooLargeError } from './bounded-work';

/**
 * Record time (`knownAt`): where the log is cut. After a global position (for auditors checking a
 * report against the exact event it was made at), at the end of a calendar day (UTC), or at an
 * instant (events recorded at or before it).
 */
export type Cutoff = { position: bigint } | { date: string } | { instant: string };

/** Which progress reports count (the read models' own definition, re-exported for the API and CLI). */
export { BASES, type Basis };

/**
 * The two timelines of a question about the past (README, "Two timelines").
 * - `asOf` (valid time): the business day the answer is about; default the day of `knownAt`.
 * - `knownAt` (record time): what the system had been told by then; absent = now, answered by the
 *   live read models without any replay. In the past, the log recorded up to it is replayed.
 */
export interface Timelines {
  asOf?: string;
  knownAt?: Cutoff;
  basis?: Basis;
  /** Only deliverables of this framework revision (`revisedOn`), or of the original text. */
  revision?: string;
}

export interface AsOfAnswer<T> {
  /** The business day answered for (valid time). */
  asOf: string;
  /**
   * Record time: `now` when the live read models answered; otherwise the day, instant, or (for a
   * position) the recording instant of the event at that position.
   */
  knownAt: string;
  basis: Basis;
  /** Where the log was cut; absent when nothing was replayed (knownAt = now). */
  cutoff?: { position?: string; date?: string; instant?: string };
  /** Events replayed to compute the answer (the State's or deliverable's history only, when scoped); 0 for now. */
  eventsReplayed: number;
  /** The last event replayed, or the position the live read models had applied (knownAt = now). */
  lastPosition: string | null;
  result: T;
}

/** A cutoff given alone (the older call) is a question about record time only. */
const isCutoff = (when: Cutoff | Timelines): when is Cutoff =>
  'position' in when || 'date' in when || 'instant' in when;

/**
 * A deliverable's stream holds every assigned State's assignments and reports; another State's
 * never changes this State's rows, so one State's as-of leaves them out and reads in proportion to
 * its own history (the definition and a cancellation name no State and are kept).
 */
const aboutAnotherState = (event: RecordedEvent, stateCode: string): boolean => {
  // Every event of a deliverable stream about one assignment names its State in `stateCode`
  // (assignment, reports, their corrections, withdrawals and reviews, reopening, withdrawal).
  const data = event.data as { stateCode?: unknown };
  if (!event.streamName.startsWith(`${CATEGORIES.deliverable}-`) || typeof data.stateCode !== 'string')
    return false;
  return data.stateCode !== stateCode;
};

/**
 * Events per scratch-store transaction. The coalesced rows of a batch are flushed in one
 * synchronous step at its end, which no time slicing can split: 10,000 events (what a rebuild
 * uses) held the event loop for over half a second; 1,000 keep that step short for a little less
 * throughput.
 */
const REPLAY_BATCH = 500;

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString();
};

/** The current day in UTC (the as-of of a question about now). */
const utcDay = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * Whether an event lies past the cutoff: after the position; recorded on or after the start of the
 * next day (a day means its end, UTC); recorded after the instant. Recording instants are ISO
 * strings in UTC with milliseconds (`toISOString`), so they compare as text once the instant given
 * is written the same way.
 */
/** Where an event lies in both timelines of the log: what a cutoff looks at. */
type Placed = Pick<RecordedEvent, 'position'> & { metadata: Pick<RecordedEvent['metadata'], 'recordedAt'> };

function pastCutoff(cutoff: Cutoff): (event: Placed) => boolean {
  if ('position' in cutoff) return (event) => event.position > cutoff.position;
  if ('date' in cutoff) {
    const end = nextDay(cutoff.date);
    return (event) => event.metadata.recordedAt >= end;
  }
  const instant = new Date(cutoff.instant).toISOString();
  return (event) => event.metadata.recordedAt > instant;
}

/**
 * Two streams of events, each in log order, merged into one in log order. A consumer that stops
 * early (a cutoff) returns this generator: both inputs are returned too, since a read left
 * suspended holds its source open (on EventStoreDB a gRPC call that kept the client, and so the
 * application, from closing).
 */
async function* byPosition(
  left: AsyncIterable<RecordedEvent>,
  right: AsyncIterable<RecordedEvent>,
): AsyncIterable<RecordedEvent> {
  const [a, b] = [left[Symbol.asyncIterator](), right[Symbol.asyncIterator]()];
  try {
    let [x, y] = await Promise.all([a.next(), b.next()]);
    while (!x.done || !y.done) {
      if (y.done || (!x.done && x.value.position < y.value.position)) {
        yield x.value as RecordedEvent;
        x = await a.next();
      } else {
        yield y.value;
        y = await b.next();
      }
    }
  } finally {
    // Returning a finished iterator is a no-op; both are awaited even if one fails.
    await Promise.allSettled([a.return?.(), b.return?.()]);
  }
}

/** Events gathered from several streams, sorted into log order (sorts in place). */
function inLogOrder(events: RecordedEvent[]): AsyncIterable<RecordedEvent> {
  events.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  return {
    [Symbol.asyncIterator]: () => {
      const sorted = events.values();
      return { next: () => Promise.resolve(sorted.next()) };
    },
  };
}

/**
 * The read models each as-of answer reads (its query's tables), the only ones its replay needs to
 * write. Checked on every answer against the tables the query did read (`answer`), and by
 * test/application/as-of-sources.int-spec.ts.
 */
export const AS_OF_SOURCES = {
  scorecard: ['deliverable-tracker', 'organisations', 'state-scorecard'],
  deliverable: ['deliverable-tracker', 'organisations'],
  ledger: ['assistance-ledger', 'organisations'],
} as const satisfies Record<string, readonly ProjectionName[]>;
const SOURCES = AS_OF_SOURCES;

const timelinesOf = (when: Timelines | Cutoff): Timelines => (isCutoff(when) ? { knownAt: when } : when);

const revisionOf = (timelines: Timelines) =>
  timelines.revision !== undefined ? { revision: timelines.revision } : {};

/**
 * Read models as they were at a past moment, recomputed from the events with the projector's own
 * code in a scratch store, never from today's rows: what an auditor needs to check a report
 * published at that date. A cutoff by date keeps every event recorded before the end of that day
 * (UTC); by position, every event at or before it.
 */
@Injectable()
export class AsOfService {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly live: ReadStore,
    private readonly projector: ProjectorService,
    private readonly config: AppConfig,
  ) {
    this.kept = new KeptStateReplays(config.AS_OF_KEPT_REPLAYS_MB * BYTES_PER_MB);
  }

  /** State replays kept for the next as-of of the same State (see `KeptStateReplays`). */
  private readonly kept: KeptStateReplays;

  /** Refuses, before any replay, an answer that would need more than AS_OF_MAX_EVENTS events. */
  private tooLarge(scope: string): WorkTooLargeError {
    const limit = this.config.AS_OF_MAX_EVENTS;
    return new WorkTooLargeError(
      'replay-too-large',
      scope,
      limit,
      `this as-of would replay more than ${limit} events (AS_OF_MAX_EVENTS): narrow it with an earlier cutoff or one State`,
    );
  }

  /**
   * The State scorecard for the business day `asOf`, as known at `knownAt` (contract of issue #12).
   * Scoped to one State, a replay reads only that State's history.
   */
  async scorecard(
    when: Timelines | Cutoff,
    params: { stateCode?: string; frameworkId?: string; pillar?: string; limit?: number; offset?: number },
    onProgress?: (events: number) => void,
  ): Promise<AsOfAnswer<Page<ScorecardRow>>> {
    const timelines = timelinesOf(when);
    const history = (cutoff: Cutoff, resume: boolean) =>
      params.stateCode
        ? this.stateHistory(params.stateCode, cutoff, resume)
        : Promise.resolve({ events: this.logPrefix(cutoff) });
    return this.answer(timelines, history, onProgress, SOURCES.scorecard, (db, asOf, basis) => {
      // Built apart from the call: the read-model query takes the two timelines' parameters.
      const query = { ...params, asOf, basis, ...revisionOf(timelines) };
      return stateScorecard(db, query);
    });
  }

  /** One deliverable's tracker entry (statuses as of `asOf`), as known at `knownAt`. */
  async deliverable(
    when: Timelines | Cutoff,
    deliverableId: string,
    onProgress?: (events: number) => void,
    params: { stateCode?: string } = {},
  ): Promise<AsOfAnswer<DeliverableDetail>> {
    const timelines = timelinesOf(when);
    const stream = streamName(CATEGORIES.deliverable, deliverableId);
    // With the organisations catalogue: a regional mechanism's assignment shows its catalogue name.
    const history = async (cutoff: Cutoff) => ({
      events: this.cut(byPosition(this.events.readStream(stream), await this.catalogue(cutoff)), cutoff),
    });
    return this.answer(timelines, history, onProgress, SOURCES.deliverable, async (db, asOf, basis) => {
      const query = { deliverableId, ...params, asOf, basis };
      const found = await getDeliverable(db, query);
      if (!found) throw new AggregateNotFound('deliverable', deliverableId);
      return found;
    });
  }

  /** The assistance ledger (records as of `asOf`), as known at `knownAt`. */
  async ledger(
    when: Timelines | Cutoff,
    params: AssistanceFilters & OffsetPage,
    onProgress?: (events: number) => void,
  ): Promise<AsOfAnswer<Page<AssistanceRecordView>>> {
    const timelines = timelinesOf(when);
    const history = (cutoff: Cutoff) => Promise.resolve({ events: this.logPrefix(cutoff) });
    return this.answer(timelines, history, onProgress, SOURCES.ledger, (db, asOf) => {
      const query = { ...params, asOf };
      return listAssistance(db, query);
    });
  }

  /**
   * The read models as the log recorded up to `knownAt` makes them, in a scratch store the caller
   * closes (`store.close()`): what a report "as known at" is written from. Bounded like every
   * as-of by AS_OF_MAX_EVENTS.
   */
  async replayKnownAt(
    knownAt: Cutoff,
    onProgress?: (events: number) => void,
  ): Promise<ScratchReplay & { knownAt: string }> {
    const history = this.logPrefix(knownAt);
    const replay = await replayIntoScratchStore(this.bounded(history, knownAt), {
      onProgress,
      batchSize: REPLAY_BATCH,
    });
    try {
      return { ...replay, knownAt: await this.describe(knownAt) };
    } catch (error) {
      await replay.store.close();
      throw error;
    }
  }

  /** Counted as read, so the work stops at AS_OF_MAX_EVENTS whatever the log's size. */
  private async *bounded(
    history: AsyncIterable<RecordedEvent>,
    cutoff: Cutoff,
    alreadyReplayed = 0,
  ): AsyncIterable<RecordedEvent> {
    const limit = this.config.AS_OF_MAX_EVENTS;
    let count = alreadyReplayed;
    for await (const event of history) {
      if (++count > limit) throw this.tooLarge('position' in cutoff ? 'position' : 'date');
      yield event;
    }
  }

  /** The record time a cutoff stands for, as answers print it. */
  private async describe(knownAt: Cutoff): Promise<string> {
    if ('date' in knownAt) return knownAt.date;
    if ('instant' in knownAt) return knownAt.instant;
    return this.instantOfPosition(knownAt.position);
  }

  /**
   * knownAt = now: the live read models answer any asOf (their rows are effective-dated), with no
   * replay. knownAt in the past: the log recorded up to it is replayed into a scratch store with
   * the projector's own code, and the same query runs there.
   */
  private async answer<T>(
    timelines: Timelines,
    historyOf: (cutoff: Cutoff, resume: boolean) => Promise<History>,
    onProgress: ((events: number) => void) | undefined,
    sources: readonly ProjectionName[],
    query: (db: ReadStore['db'], asOf: string, basis: Basis) => Promise<T>,
  ): Promise<AsOfAnswer<T>> {
    const basis = timelines.basis ?? 'reported';
    const cutoff = timelines.knownAt;
    if (!cutoff) {
      const checkpoint = await this.projector.checkpoint();
      const asOf = timelines.asOf ?? utcDay(new Date());
      return {
        asOf,
        knownAt: 'now',
        basis,
        eventsReplayed: 0,
        lastPosition: checkpoint.toString(),
        result: await query(this.live.db, asOf, basis),
      };
    }
    const knownAt = await this.describe(cutoff);
    // The contract's default: the business day of knownAt ("what it said then, as recorded then").
    const asOf = timelines.asOf ?? knownAt.slice(0, 10);
    // Only the read models the answer reads: the others' rows would be written for nothing.
    const projections = projectionsNamed(sources);
    const source = await historyOf(cutoff, true);
    let replay = await this.replay(source, cutoff, onProgress, projections);
    let keep = source.keep;
    try {
      const recording = recordingTables(replay.store.db);
      let result = await query(recording.db, asOf, basis);
      // Proof that it read nothing else; should a query have come to read another read model
      // (its declared sources not updated), its tables were empty: answer from a full replay.
      if (projectionsMissing(recording.tables, projections).length > 0) {
        keep = undefined;
        await replay.store.close();
        replay = await this.replay(await historyOf(cutoff, false), cutoff, onProgress);
        result = await query(replay.store.db, asOf, basis);
      }
      return {
        asOf,
        knownAt,
        basis,
        cutoff:
          'date' in cutoff
            ? { date: cutoff.date }
            : 'instant' in cutoff
              ? { instant: cutoff.instant }
              : { position: cutoff.position.toString() },
        eventsReplayed: replay.eventsReplayed,
        lastPosition: replay.last?.position.toString() ?? null,
        result,
      };
    } finally {
      if (!(await keep?.(replay))) await replay.store.close();
    }
  }

  /**
   * Replays a history into a scratch store: a fresh one, or the kept replay it continues (whose
   * events then count in `eventsReplayed`, so an answer says the same either way).
   */
  private async replay(
    source: History,
    cutoff: Cutoff,
    onProgress: ((events: number) => void) | undefined,
    projections?: Projection[],
  ): Promise<KeptReplay> {
    const base = source.base;
    let last = base?.last;
    const tracked = async function* (events: AsyncIterable<RecordedEvent>) {
      for await (const event of events) {
        last = { position: event.position, recordedAt: event.metadata.recordedAt };
        yield event;
      }
    };
    const replay = await replayIntoScratchStore(
      tracked(this.bounded(source.events, cutoff, base?.eventsReplayed ?? 0)),
      {
        onProgress,
        batchSize: REPLAY_BATCH,
        ...(projections ? { projections } : {}),
        ...(base ? { into: base.store } : {}),
      },
    );
    return {
      store: replay.store,
      eventsReplayed: (base?.eventsReplayed ?? 0) + replay.eventsReplayed,
      ...(last ? { last } : {}),
    };
  }

  /** Closes the replays kept for later as-ofs. */
  async onModuleDestroy(): Promise<void> {
    await this.kept.clear();
  }

  /**
   * The instant a position cutoff stands for: when the last event of the LOG at or before it was
   * recorded, whatever the scope replayed. A State's own history may end days earlier, and overdue
   * must be judged against the same day with or without a State (the oracle found they differed).
   */
  private async instantOfPosition(position: bigint): Promise<string> {
    // Backwards reads start strictly before `fromPosition`.
    for await (const event of this.events.readAll({
      direction: 'backwards',
      fromPosition: position + 1n,
      maxCount: 1,
    }))
      return event.metadata.recordedAt;
    return '1970-01-01T00:00:00.000Z';
  }

  /**
   * The organisations catalogue's events up to the cutoff (read models name regional mechanisms
   * from it). Read stream by stream from the organisations the live read model knows, when it has
   * reached the cutoff: a filtered read of the log would go through the whole log prefix (all of it
   * parsed on SQLite) to find a few dozen events.
   */
  private async catalogue(cutoff: Cutoff): Promise<AsyncIterable<RecordedEvent>> {
    const prefix = `${CATEGORIES.organisation}-`;
    if (!(await this.liveHasReached(cutoff)))
      return this.cut(this.events.readAll({ filter: { streamNamePrefixes: [prefix] } }), cutoff);
    const events: RecordedEvent[] = [];
    for (const organisationId of await registeredOrganisations(this.live.db))
      for await (const event of this.cut(
        this.events.readStream(streamName(CATEGORIES.organisation, organisationId)),
        cutoff,
      ))
        events.push(event);
    return inLogOrder(events);
  }

  /**
   * Whether the live read models include every event up to the cutoff, so that their indexes (the
   * streams of a State, the organisations) may say which streams to read.
   */
  private async liveHasReached(cutoff: Cutoff): Promise<boolean> {
    const needed = 'position' in cutoff ? cutoff.position : await this.events.headPosition();
    return needed === undefined || (await this.projector.checkpoint()) >= needed;
  }

  /** The whole log up to the cutoff: an as-of is always a prefix of the log. */
  private logPrefix(cutoff: Cutoff): AsyncIterable<RecordedEvent> {
    return this.cut(this.events.readAll(), cutoff);
  }

  /** Stops at the first event past the cutoff (a stream or the log, both in order). */
  private async *cut(events: AsyncIterable<RecordedEvent>, cutoff: Cutoff): AsyncIterable<RecordedEvent> {
    const after = pastCutoff(cutoff);
    for await (const event of events) {
      if (after(event)) return;
      yield event;
    }
  }

  /**
   * The State's own history: the streams that concern it, read one by one and merged by position.
   * The stream list comes from the live activity timeline, so it is used only when the projector
   * has reached the cutoff; otherwise the whole log prefix is replayed (same answer, more work).
   *
   * With `resume`, a kept replay of the same State over the same streams that the cutoff includes
   * whole is continued: only what its streams recorded after it is read and replayed (an auditor
   * paging through an answer, or asking about a later moment, does not replay the State again).
   */
  private async stateHistory(stateCode: string, cutoff: Cutoff, resume: boolean): Promise<History> {
    if (!(await this.liveHasReached(cutoff))) return { events: this.logPrefix(cutoff) };
    const catalogue = `${CATEGORIES.organisation}-`;
    const streams = [
      // Read below with the whole catalogue, once.
      ...(await streamsConcerningState(this.live.db, stateCode)).filter((s) => !s.startsWith(catalogue)),
      // The catalogue too: a mechanism's rows are named from it.
      ...(await registeredOrganisations(this.live.db)).map((id) => streamName(CATEGORIES.organisation, id)),
    ];
    const base = resume ? this.kept.take(stateCode, streams, pastCutoff(cutoff)) : undefined;
    const keep = (replay: KeptReplay, nextRevisions: ReadonlyMap<string, bigint>, coveredTo: bigint) =>
      this.kept.keep({ ...replay, stateCode, nextRevisions, coveredTo });
    // Nothing of these streams up to the cutoff that the kept replay has not read.
    if (base && 'position' in cutoff && cutoff.position <= base.coveredTo)
      return {
        events: inLogOrder([]),
        base,
        keep: (replay) => keep(replay, base.nextRevisions, base.coveredTo),
      };
    const already = base?.eventsReplayed ?? 0;
    const events: RecordedEvent[] = [];
    const nextRevisions = new Map<string, bigint>();
    // Every event of the streams up to here has been read (a position cutoff: the cutoff itself).
    let coveredTo = 'position' in cutoff ? cutoff.position : (base?.coveredTo ?? -1n);
    // Continued to a later position: only the streams that recorded something since (the live
    // timeline has every event up to the cutoff, checked above).
    const recordedSince =
      base && 'position' in cutoff
        ? await streamsRecordedBetween(this.live.db, base.coveredTo, cutoff.position)
        : undefined;
    const slicer = new TimeSlicer();
    try {
      for (const stream of streams) {
        const from = base?.nextRevisions.get(stream) ?? 0n;
        if (recordedSince && !recordedSince.has(stream)) {
          nextRevisions.set(stream, from);
          continue;
        }
        let next = from;
        const read = this.events.readStream(stream, from > 0n ? { fromRevision: from } : {});
        for await (const event of this.cut(read, cutoff)) {
          next = event.revision + 1n;
          if (event.position > coveredTo) coveredTo = event.position;
          if (!aboutAnotherState(event, stateCode)) events.push(event);
          if (already + events.length > this.config.AS_OF_MAX_EVENTS) throw this.tooLarge('state');
          await slicer.tick();
        }
        nextRevisions.set(stream, next);
      }
    } catch (error) {
      // Taken out of the kept ones, and no replay will close it.
      await base?.store.close();
      throw error;
    }
    return {
      events: inLogOrder(events),
      ...(base ? { base } : {}),
      keep: (replay) => keep(replay, nextRevisions, coveredTo),
    };
  }
}

/**
 * AS_OF_KEPT_REPLAYS_MB is the memory the State replays kept for later as-ofs may take together
 * (SQLite pages of their scratch stores). One State at 750,000 events of the generated log holds
 * about 60 MB (bench/README.md, "As-of"); a replay larger than the whole budget is not kept.
 */
const BYTES_PER_MB = 1024 * 1024;

/** A scratch store with what was replayed into it. */
interface KeptReplay {
  store: ScratchReplay['store'];
  /** Events replayed into it, all calls together. */
  eventsReplayed: number;
  /** The last event replayed into it; absent when none was. */
  last?: { position: bigint; recordedAt: string };
}

/** What a replay reads, and whether its result may be kept. */
interface History {
  events: AsyncIterable<RecordedEvent>;
  /** A kept replay that `events` continue (they follow everything it holds). */
  base?: KeptReplay;
  /** Offered the finished replay: true when it is kept (and so must not be closed). */
  keep?: (replay: KeptReplay) => Promise<boolean>;
}

interface KeptStateReplay extends KeptReplay {
  stateCode: string;
  /** The next revision to read of each stream the replay was made of. */
  nextRevisions: ReadonlyMap<string, bigint>;
  /** Every event of those streams up to this position has been read (replayed, or another State's). */
  coveredTo: bigint;
}

/**
 * The last few State replays (scorecard read models, in memory), each continued by the next as-of
 * of its State whose cutoff includes it whole. Every event of the State's streams up to the kept
 * replay's last event is in it, and none after: so for any cutoff not before that event, the
 * continued replay holds exactly what a replay from zero would. A replay is taken out while it is
 * continued (two as-ofs never share one) and the oldest is closed when more are kept.
 */
class KeptStateReplays {
  private replays: (KeptStateReplay & { bytes: number })[] = [];

  constructor(private readonly capacityBytes: number) {}

  /** The kept replay of this State over exactly these streams that the cutoff includes, taken out. */
  take(
    stateCode: string,
    streams: readonly string[],
    pastCutoff: (event: Placed) => boolean,
  ): KeptStateReplay | undefined {
    let found: KeptStateReplay | undefined;
    for (const replay of this.replays) {
      const usable =
        replay.stateCode === stateCode &&
        replay.last !== undefined &&
        !pastCutoff({ position: replay.last.position, metadata: { recordedAt: replay.last.recordedAt } }) &&
        replay.nextRevisions.size === streams.length &&
        streams.every((stream) => replay.nextRevisions.has(stream));
      if (usable && (!found || replay.last!.position > found.last!.position)) found = replay;
    }
    if (found) this.replays = this.replays.filter((replay) => replay !== found);
    return found;
  }

  /** Keeps the replay (true) unless it is empty or larger than the budget; closes the oldest to fit. */
  async keep(replay: KeptStateReplay): Promise<boolean> {
    if (replay.last === undefined) return false;
    const bytes = await scratchStoreBytes(replay.store);
    if (bytes > this.capacityBytes) return false;
    this.replays.push({ ...replay, bytes });
    let total = this.replays.reduce((sum, kept) => sum + kept.bytes, 0);
    while (total > this.capacityBytes) {
      const evicted = this.replays.shift()!;
      total -= evicted.bytes;
      await evicted.store.close();
    }
    return true;
  }

  async clear(): Promise<void> {
    const replays = this.replays;
    this.replays = [];
    await Promise.all(replays.map((replay) => replay.store.close()));
  }
}
