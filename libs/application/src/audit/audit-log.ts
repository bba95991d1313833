import { deliverableOf, statesNamedBy } from '@ct/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@ct/event-store';
import { asDomainEvent as asDomain } from '@ct/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { IDEMPOTENCY_KEY_CLAIMED } from '../commands/idempotency';

/** One event as auditors see it: everything stored, nothing derived. */
export interface AuditEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  streamName: string;
  revision: string;
  position: string;
  data: unknown;
  metadata: RecordedEvent['metadata'];
}

export const toAuditEvent = (event: RecordedEvent): AuditEvent => ({
  eventId: event.id,
  type: event.type,
  schemaVersion: Number(event.metadata.schemaVersion ?? 1),
  streamName: event.streamName,
  revision: event.revision.toString(),
  position: event.position.toString(),
  data: event.data,
  metadata: event.metadata,
});

export interface LogFilter {
  /** Events strictly after this global position. */
  after?: bigint;
  types?: readonly string[];
  actor?: string;
  correlationId?: string;
  /** Recorded at or after this ISO instant or date. */
  since?: string;
  /** Recorded before this ISO instant or date (a date means the start of that day). */
  until?: string;
}

export interface Page<T> {
  items: T[];
  /** Pass as `after` to get the next page; null when this page reached the end. */
  next: string | null;
}

/**
 * Idempotency-key claims are bookkeeping of the write path (each precedes the event it guards, with
 * the same actor, command and correlation): histories leave them out unless asked for by type.
 * Verify and export still cover them, as every stored event.
 */
const shown = (event: RecordedEvent, types: readonly string[] | undefined): boolean =>
  types === undefined ? event.type !== IDEMPOTENCY_KEY_CLAIMED : types.includes(event.type);

export function matchesLogFilter(event: RecordedEvent, filter: LogFilter): boolean {
  const m = event.metadata;
  return (
    (filter.after === undefined || event.position > filter.after) &&
    shown(event, filter.types) &&
    (filter.actor === undefined || m.actor === filter.actor) &&
    (filter.correlationId === undefined || m.correlationId === filter.correlationId) &&
    (filter.since === undefined || m.recordedAt >= filter.since) &&
    (filter.until === undefined || m.recordedAt < filter.until)
  );
}

/**
 * Reads history for auditors, straight from the event store (never from read models), as streams
 * of events: every consumer (paged JSON, JSON Lines export, CLI) holds one event at a time.
 */
@Injectable()
export class AuditLog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async *log(filter: LogFilter = {}): AsyncIterable<RecordedEvent> {
    const from = filter.after === undefined ? undefined : filter.after + 1n;
    const types = filter.types ? { eventTypes: filter.types } : undefined;
    for await (const event of this.store.readAll({ fromPosition: from, filter: types }))
      if (matchesLogFilter(event, filter)) yield event;
  }

  async *stream(streamName: string, filter: LogFilter = {}): AsyncIterable<RecordedEvent> {
    for await (const event of this.store.readStream(streamName))
      if (matchesLogFilter(event, filter)) yield event;
  }

  /**
   * Every event of every stream in which some event names the State, in log order. Two streaming
   * passes: find the streams, then read them in order.
   */
  async *forState(stateCode: string, filter: LogFilter = {}): AsyncIterable<RecordedEvent> {
    const streams = new Set<string>();
    for await (const event of this.store.readAll()) {
      const domain = asDomain(event);
      if (domain && statesNamedBy(domain).includes(stateCode)) streams.add(event.streamName);
    }
    for await (const event of this.log(filter)) if (streams.has(event.streamName)) yield event;
  }

  /** The deliverable's own stream and the assistance recorded against it, in log order. */
  async *forDeliverable(deliverableId: string, filter: LogFilter = {}): AsyncIterable<RecordedEvent> {
    for await (const event of this.log(filter)) {
      const domain = asDomain(event);
      if (domain && deliverableOf(domain) === deliverableId) yield event;
    }
  }

  /** The first `limit` events of a history, and where the next page starts. */
  async page(history: AsyncIterable<RecordedEvent>, limit: number): Promise<Page<AuditEvent>> {
    const items: AuditEvent[] = [];
    for await (const event of history) {
      if (items.length === limit) return { items, next: items[items.length - 1]!.position };
      items.push(toAuditEvent(event));
    }
    return { items, next: null };
  }
}
