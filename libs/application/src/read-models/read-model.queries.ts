import {
  type ActivityPage,
  type ActivityParams,
  type AssistanceFilters,
  type AssistanceReceivedParams,
  type AssistanceReceivedRow,
  type AssistanceRecordView,
  type AssistanceSummary,
  type BusinessTimeParams,
  type Database,
  type DeliverableDetail,
  type FrameworkView,
  type ListDeliverablesParams,
  type ListFrameworksParams,
  type ListProcessesParams,
  type OffsetPage,
  type Page,
  type ProcessView,
  type ReviewQueueItem,
  type ReviewQueueParams,
  type ReadStore,
  type ScorecardParams,
  type ScorecardRow,
  type TrackedDeliverable,
  assistanceReceived,
  getDeliverable,
  listActivity,
  listAssistance,
  listDeliverables,
  listFrameworks,
  listProcesses,
  listReviewQueue,
  stateScorecard,
  summarizeAssistance,
} from '@ct/read-models';
import { AggregateNotFound } from '@ct/domain';
import { Inject, type Type } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type Kysely } from 'kysely';
import { ProjectorService } from './projector.service';
import { READ_STORE } from './read-store.provider';

/** What every read-model query answers: the rows, and the log position they reflect at least. */
export interface ReadModelAnswer<R> {
  result: R;
  /** Every read model had applied the log up to here when the query ran (decimal string). */
  checkpoint: string;
}

/** The read side had not reached the position a client asked to read after (read-your-writes). */
export class ReadModelBehindError extends Error {
  override readonly name = 'ReadModelBehindError';
  constructor(
    readonly requested: bigint,
    readonly checkpoint: bigint,
  ) {
    super(`read models are at position ${checkpoint}, not yet at ${requested}`);
  }
}

/**
 * A query of a read model. `minPosition` is the position of a command's answer: the query waits
 * (bounded) until the read models have applied it, so a coordinator sees their own write.
 */
export abstract class ReadModelQuery<P, R> extends Query<ReadModelAnswer<R>> {
  constructor(
    readonly params: P,
    readonly minPosition?: bigint,
  ) {
    super();
  }
}

export class GetScorecardQuery extends ReadModelQuery<ScorecardParams, Page<ScorecardRow>> {}
export class GetAssistanceReceivedQuery extends ReadModelQuery<
  AssistanceReceivedParams,
  AssistanceReceivedRow[]
> {}
export class ListDeliverablesQuery extends ReadModelQuery<ListDeliverablesParams, Page<TrackedDeliverable>> {}
export class GetTrackedDeliverableQuery extends ReadModelQuery<
  { deliverableId: string; stateCode?: string } & BusinessTimeParams,
  DeliverableDetail
> {}
/** Reports awaiting review by programme staff, oldest first, with their age in days. */
export class ListReviewQueueQuery extends ReadModelQuery<ReviewQueueParams, Page<ReviewQueueItem>> {}
export class ListAssistanceQuery extends ReadModelQuery<
  AssistanceFilters & OffsetPage,
  Page<AssistanceRecordView>
> {}
export class SummarizeAssistanceQuery extends ReadModelQuery<AssistanceFilters, AssistanceSummary> {}
export class ListActivityQuery extends ReadModelQuery<ActivityParams, ActivityPage> {}
export class ListFrameworksQuery extends ReadModelQuery<ListFrameworksParams, Page<FrameworkView>> {}
export class ListProcessesQuery extends ReadModelQuery<ListProcessesParams, Page<ProcessView>> {}

/** One handler class per query, all alike: wait for the position if asked, then run the query. */
export function readModelHandler<P, R>(
  query: Type<ReadModelQuery<P, R>>,
  run: (db: Kysely<Database>, params: P) => Promise<R>,
): Type<IQueryHandler<ReadModelQuery<P, R>, ReadModelAnswer<R>>> {
  @QueryHandler(query)
  class Handler implements IQueryHandler<ReadModelQuery<P, R>, ReadModelAnswer<R>> {
    constructor(
      @Inject(READ_STORE) readonly store: ReadStore,
      readonly projector: ProjectorService,
    ) {}

    async execute({ params, minPosition }: ReadModelQuery<P, R>): Promise<ReadModelAnswer<R>> {
      let checkpoint: bigint;
      if (minPosition !== undefined) {
        const waited = await this.projector.waitFor(minPosition);
        if (!waited.reached) throw new ReadModelBehindError(minPosition, waited.checkpoint);
        checkpoint = waited.checkpoint;
      } else checkpoint = await this.projector.checkpoint();
      return { result: await run(this.store.db, params), checkpoint: checkpoint.toString() };
    }
  }
  Object.defineProperty(Handler, 'name', { value: `${query.name.replace(/Query$/, '')}Handler` });
  return Handler;
}

async function trackedDeliverable(
  db: Kysely<Database>,
  params: { deliverableId: string; stateCode?: string } & BusinessTimeParams,
) {
  const found = await getDeliverable(db, params);
  if (!found) throw new AggregateNotFound('deliverable', params.deliverableId);
  return found;
}

export const READ_MODEL_QUERY_HANDLERS = [
  readModelHandler(GetScorecardQuery, stateScorecard),
  readModelHandler(GetAssistanceReceivedQuery, assistanceReceived),
  readModelHandler(ListDeliverablesQuery, listDeliverables),
  readModelHandler(GetTrackedDeliverableQuery, trackedDeliverable),
  readModelHandler(ListAssistanceQuery, listAssistance),
  readModelHandler(SummarizeAssistanceQuery, summarizeAssistance),
  readModelHandler(ListActivityQuery, listActivity),
  readModelHandler(ListFrameworksQuery, listFrameworks),
  readModelHandler(ListProcessesQuery, listProcesses),
  readModelHandler(ListReviewQueueQuery, listReviewQueue),
];
