import { EVENT_STORE, type EventStore } from '@ct/event-store';
import {
  type AssistanceFilters,
  type AssistanceRecordView,
  type DeliverableDetail,
  type OffsetPage,
  type Page,
  type ScorecardRow,
} from '@ct/read-models';
import { Inject, type Type } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type AsOfAnswer, AsOfService, type Timelines } from '../as-of/as-of.service';
import { type QueryAnswer } from './audit.queries';

/**
 * A position cutoff past the log's head names a moment that has not happened: refused rather than
 * read as "now", so an auditor never mistakes it for a cutoff that was honoured.
 */
export class CutoffPastHeadError extends Error {
  override readonly name = 'CutoffPastHeadError';
  /** The input that names the cutoff (`position` over HTTP, `--position` in the CLI). */
  readonly field = 'position';
  constructor(
    readonly position: bigint,
    readonly head: bigint | undefined,
  ) {
    super(
      `position must be at most the log's head (${head === undefined ? 'the log is empty' : head.toString()})`,
    );
  }
}

/**
 * A read model for a business day (`asOf`) as known at a record time (`knownAt`): the live read
 * models when knownAt is now, otherwise the log recorded by then replayed (AsOfService). Answers
 * the whole as-of answer (its day, record time, basis, cutoff and the result); the checkpoint is
 * the last event replayed, or the position the live read models had applied.
 */
export abstract class AsOfQuery<P, R> extends Query<QueryAnswer<AsOfAnswer<R>>> {
  constructor(
    readonly timelines: Timelines,
    readonly params: P,
    /** Events replayed so far, for a person watching a long replay (CLI). */
    readonly onProgress?: (events: number) => void,
  ) {
    super();
  }
}

export interface AsOfScorecardParams {
  stateCode?: string;
  frameworkId?: string;
  pillar?: string;
  limit?: number;
  offset?: number;
}

export class AsOfScorecardQuery extends AsOfQuery<AsOfScorecardParams, Page<ScorecardRow>> {}
export class AsOfDeliverableQuery extends AsOfQuery<
  { deliverableId: string; stateCode?: string },
  DeliverableDetail
> {}
export class AsOfLedgerQuery extends AsOfQuery<AssistanceFilters & OffsetPage, Page<AssistanceRecordView>> {}

/** One handler class per as-of query, all alike: check the cutoff against the log, then ask AsOfService. */
function asOfHandler<P, R>(
  query: Type<AsOfQuery<P, R>>,
  run: (
    service: AsOfService,
    timelines: Timelines,
    params: P,
    onProgress: ((events: number) => void) | undefined,
  ) => Promise<AsOfAnswer<R>>,
): Type<IQueryHandler<AsOfQuery<P, R>, QueryAnswer<AsOfAnswer<R>>>> {
  @QueryHandler(query)
  class Handler implements IQueryHandler<AsOfQuery<P, R>, QueryAnswer<AsOfAnswer<R>>> {
    constructor(
      readonly asOf: AsOfService,
      @Inject(EVENT_STORE) readonly events: EventStore,
    ) {}

    async execute({ timelines, params, onProgress }: AsOfQuery<P, R>): Promise<QueryAnswer<AsOfAnswer<R>>> {
      const cutoff = timelines.knownAt;
      if (cutoff && 'position' in cutoff) {
        const head = await this.events.headPosition();
        if (head === undefined || cutoff.position > head)
          throw new CutoffPastHeadError(cutoff.position, head);
      }
      const answer = await run(this.asOf, timelines, params, onProgress);
      return { result: answer, checkpoint: answer.lastPosition ?? '0' };
    }
  }
  Object.defineProperty(Handler, 'name', { value: `${query.name.replace(/Query$/, '')}Handler` });
  return Handler;
}

export const AS_OF_QUERY_HANDLERS = [
  asOfHandler(AsOfScorecardQuery, (service, timelines, params, onProgress) =>
    service.scorecard(timelines, params, onProgress),
  ),
  asOfHandler(AsOfDeliverableQuery, (service, timelines, { deliverableId, ...params }, onProgress) =>
    service.deliverable(timelines, deliverableId, onProgress, params),
  ),
  asOfHandler(AsOfLedgerQuery, (service, timelines, params, onProgress) =>
    service.ledger(timelines, params, onProgress),
  ),
];
