import {
  EVENT_STORE,
  EventStoreDecorator,
  type EventStore,
  type RecordedEvent,
  type VerificationReport,
  asStored,
  verifyHashChains,
} from '@ct/event-store';
import { Inject } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditLog, type AuditEvent, type LogFilter, type Page, toAuditEvent } from '../audit/audit-log';
import { type ReadModelAnswer } from '../read-models/read-model.queries';

/**
 * What every query of the application answers, read model or log: the result, and the log position
 * it reflects. For a read of the log itself, the position the read went up to.
 */
export type QueryAnswer<R> = ReadModelAnswer<R>;

/** Which history an auditor reads (a correlation is the whole log filtered by its id). */
export type HistoryScope =
  | { kind: 'log' }
  | { kind: 'stream'; streamName: string }
  | { kind: 'state'; stateCode: string }
  | { kind: 'deliverable'; deliverableId: string };

/**
 * One page of a history, read from the event store itself (never from read models). The
 * checkpoint is where the page ends (its `next`), or, on the last page, the head of the log when
 * the read began (or the last event shown, if one was appended meanwhile).
 */
export class GetEventHistoryQuery extends Query<QueryAnswer<Page<AuditEvent>>> {
  constructor(
    readonly scope: HistoryScope,
    readonly filter: LogFilter,
    readonly limit: number,
  ) {
    super();
  }
}

/**
 * A whole history, one event at a time (JSON Lines export, CLI `history`), so no consumer holds the
 * log in memory. The checkpoint, known before the first event, is the head of the log when the read
 * began: every matching event up to it is in the result (events appended while it streams may be too).
 */
export class StreamEventHistoryQuery extends Query<QueryAnswer<AsyncIterable<AuditEvent>>> {
  constructor(
    readonly scope: HistoryScope,
    readonly filter: LogFilter,
  ) {
    super();
  }
}

/**
 * Walks every hash chain of the log as stored. The checkpoint is the position of the last event
 * checked: the report vouches for the log up to there.
 */
export class VerifyHashChainsQuery extends Query<QueryAnswer<VerificationReport>> {
  constructor(readonly onProgress?: (eventsChecked: number) => void) {
    super();
  }
}

/** The log's head: the position of its last event, null when it is empty. */
export class GetLogHeadQuery extends Query<QueryAnswer<string | null>> {}

/** The decimal form of a log position; an empty log is at 0. */
const positionText = (position: bigint | undefined): string => (position ?? 0n).toString();

function historyOf(audit: AuditLog, scope: HistoryScope, filter: LogFilter): AsyncIterable<RecordedEvent> {
  switch (scope.kind) {
    case 'stream':
      return audit.stream(scope.streamName, filter);
    case 'state':
      return audit.forState(scope.stateCode, filter);
    case 'deliverable':
      return audit.forDeliverable(scope.deliverableId, filter);
    case 'log':
      return audit.log(filter);
  }
}

async function* asAuditEvents(history: AsyncIterable<RecordedEvent>): AsyncIterable<AuditEvent> {
  for await (const event of history) yield toAuditEvent(event);
}

@QueryHandler(GetEventHistoryQuery)
export class GetEventHistoryHandler implements IQueryHandler<GetEventHistoryQuery> {
  constructor(
    private readonly audit: AuditLog,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ scope, filter, limit }: GetEventHistoryQuery): Promise<QueryAnswer<Page<AuditEvent>>> {
    const head = (await this.store.headPosition()) ?? 0n;
    const page = await this.audit.page(historyOf(this.audit, scope, filter), limit);
    if (page.next !== null) return { result: page, checkpoint: page.next };
    const last = page.items.at(-1);
    const shown = last === undefined ? 0n : BigInt(last.position);
    return { result: page, checkpoint: positionText(shown > head ? shown : head) };
  }
}

@QueryHandler(StreamEventHistoryQuery)
export class StreamEventHistoryHandler implements IQueryHandler<StreamEventHistoryQuery> {
  constructor(
    private readonly audit: AuditLog,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ scope, filter }: StreamEventHistoryQuery): Promise<QueryAnswer<AsyncIterable<AuditEvent>>> {
    const head = await this.store.headPosition();
    return { result: asAuditEvents(historyOf(this.audit, scope, filter)), checkpoint: positionText(head) };
  }
}

/** Remembers the position of the last event read from the whole log. */
class LastPositionRead extends EventStoreDecorator {
  last: bigint | undefined;

  override async *readAll(...args: Parameters<EventStore['readAll']>): ReturnType<EventStore['readAll']> {
    for await (const event of this.inner.readAll(...args)) {
      this.last = event.position;
      yield event;
    }
  }
}

@QueryHandler(VerifyHashChainsQuery)
export class VerifyHashChainsHandler implements IQueryHandler<VerifyHashChainsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ onProgress }: VerifyHashChainsQuery): Promise<QueryAnswer<VerificationReport>> {
    // The bytes as stored (no upcasting): the hashes were computed over them.
    const read = new LastPositionRead(asStored(this.store));
    const report = await verifyHashChains(read, (events) => onProgress?.(events));
    return { result: report, checkpoint: positionText(read.last) };
  }
}

@QueryHandler(GetLogHeadQuery)
export class GetLogHeadHandler implements IQueryHandler<GetLogHeadQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(): Promise<QueryAnswer<string | null>> {
    const head = await this.store.headPosition();
    return { result: head === undefined ? null : head.toString(), checkpoint: positionText(head) };
  }
}

/** The reads of the log itself: they need the event store only, never the read models. */
export const EVENT_LOG_QUERY_HANDLERS = [
  GetEventHistoryHandler,
  StreamEventHistoryHandler,
  VerifyHashChainsHandler,
  GetLogHeadHandler,
];
