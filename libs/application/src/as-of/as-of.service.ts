import { AggregateNotFound, CATEGORIES, type DomainEvent, statesNamedBy, streamName } from '@ct/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@ct/event-store';
import {
  type DeliverableDetail,
  type Page,
  type ReadStore,
  type ScorecardRow,
  getDeliverable,
  replayIntoScratchStore,
  stateScorecard,
  streamsConcerningState,
} from '@ct/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { READ_STORE } from '../read-models/read-store.provider';
import { ProjectorService } from '../read-models/projector.service';
import { TimeSlicer, WorkTooLargeError } from './bounded-work';

export { TimeSlicer, WORK_SLICE_MS, type WorkLimitRule, WorkTooLargeError } from './bounded-work';

/** Where history is cut: after a global position, or at the end of a calendar day (UTC). */
export type Cutoff = { position: bigint } | { date: string };

export interface AsOfAnswer<T> {
  cutoff: { position?: string; date?: string };
  /** The day overdue is judged against: the cutoff date, or the day of the last event replayed. */
  asOf: string;
  /** Events replayed to compute the answer (the State's or deliverable's history only, when scoped). */
  eventsReplayed: number;
  lastPosition: string | null;
  result: T;
}

/**
 * A deliverable's stream holds every assigned State's assignments and reports; another State's
 * never changes this State's rows, so one State's as-of leaves them out and reads in proportion to
 * its own history (the definition and a cancellation name no State and are kept).
 */
const aboutAnotherState = (event: RecordedEvent, stateCode: string): boolean => {
  if (event.type !== 'DeliverableAssigned' && event.type !== 'ProgressReported') return false;
  const named = statesNamedBy({ type: event.type, data: event.data } as DomainEvent);
  return !named.includes(stateCode);
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
  ) {}

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

  async scorecard(
    cutoff: Cutoff,
    params: { stateCode?: string; frameworkId?: string; pillar?: string; limit?: number; offset?: number },
    onProgress?: (events: number) => void,
  ): Promise<AsOfAnswer<Page<ScorecardRow>>> {
    const history = params.stateCode
      ? await this.stateHistory(params.stateCode, cutoff)
      : this.logPrefix(cutoff);
    return this.answer(cutoff, history, onProgress, (db, asOf) => stateScorecard(db, { ...params, asOf }));
  }

  async deliverable(
    cutoff: Cutoff,
    deliverableId: string,
    onProgress?: (events: number) => void,
  ): Promise<AsOfAnswer<DeliverableDetail>> {
    const stream = streamName(CATEGORIES.deliverable, deliverableId);
    const history = this.cut(this.events.readStream(stream), cutoff);
    return this.answer(cutoff, history, onProgress, async (db) => {
      const found = await getDeliverable(db, { deliverableId });
      if (!found) throw new AggregateNotFound('deliverable', deliverableId);
      return found;
    });
  }

  private async answer<T>(
    cutoff: Cutoff,
    history: AsyncIterable<RecordedEvent>,
    onProgress: ((events: number) => void) | undefined,
    query: (db: ReadStore['db'], asOf: string) => Promise<T>,
  ): Promise<AsOfAnswer<T>> {
    const limit = this.config.AS_OF_MAX_EVENTS;
    const tooLarge = () => this.tooLarge('date' in cutoff ? 'date' : 'position');
    const tracked = async function* () {
      let count = 0;
      for await (const event of history) {
        // Counted as read, so the work stops at the limit whatever the log's size.
        if (++count > limit) throw tooLarge();
        yield event;
      }
    };
    const replay = await replayIntoScratchStore(tracked(), { onProgress, batchSize: REPLAY_BATCH });
    try {
      const asOf = 'date' in cutoff ? cutoff.date : await this.dayOfPosition(cutoff.position);
      return {
        cutoff: 'date' in cutoff ? { date: cutoff.date } : { position: cutoff.position.toString() },
        asOf,
        eventsReplayed: replay.eventsReplayed,
        lastPosition: replay.lastPosition?.toString() ?? null,
        result: await query(replay.store.db, asOf),
      };
    } finally {
      await replay.store.close();
    }
  }

  /**
   * The day a position cutoff stands for: when the last event of the LOG at or before it was
   * recorded, whatever the scope replayed. A State's own history may end days earlier, and overdue
   * must be judged against the same day with or without a State (the oracle found they differed).
   */
  private async dayOfPosition(position: bigint): Promise<string> {
    // Backwards reads start strictly before `fromPosition`.
    for await (const event of this.events.readAll({
      direction: 'backwards',
      fromPosition: position + 1n,
      maxCount: 1,
    }))
      return event.metadata.recordedAt.slice(0, 10);
    return '1970-01-01';
  }

  /** The whole log up to the cutoff: an as-of is always a prefix of the log. */
  private logPrefix(cutoff: Cutoff): AsyncIterable<RecordedEvent> {
    return this.cut(this.events.readAll(), cutoff);
  }

  /** Stops at the first event past the cutoff (a stream or the log, both in order). */
  private async *cut(events: AsyncIterable<RecordedEvent>, cutoff: Cutoff): AsyncIterable<RecordedEvent> {
    const end = 'date' in cutoff ? nextDay(cutoff.date) : undefined;
    for await (const event of events) {
      if ('position' in cutoff ? event.position > cutoff.position : event.metadata.recordedAt >= end!) return;
      yield event;
    }
  }

  /**
   * The State's own history: the streams that concern it, read one by one and merged by position.
   * The stream list comes from the live activity timeline, so it is used only when the projector
   * has reached the cutoff; otherwise the whole log prefix is replayed (same answer, more work).
   */
  private async stateHistory(stateCode: string, cutoff: Cutoff): Promise<AsyncIterable<RecordedEvent>> {
    const head = await this.events.headPosition();
    const needed = 'position' in cutoff ? cutoff.position : head;
    const checkpoint = await this.projector.checkpoint();
    if (needed !== undefined && checkpoint < needed) return this.logPrefix(cutoff);
    const events: RecordedEvent[] = [];
    const slicer = new TimeSlicer();
    for (const stream of await streamsConcerningState(this.live.db, stateCode))
      for await (const event of this.cut(this.events.readStream(stream), cutoff)) {
        if (!aboutAnotherState(event, stateCode)) events.push(event);
        if (events.length > this.config.AS_OF_MAX_EVENTS) throw this.tooLarge('state');
        await slicer.tick();
      }
    events.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
    return {
      [Symbol.asyncIterator]: () => {
        const sorted = events.values();
        return { next: () => Promise.resolve(sorted.next()) };
      },
    };
  }
}
