import {
  type EventStore,
  type EventToAppend,
  HASH_KEY,
  HashChainedEventStore,
  PREVIOUS_HASH_KEY,
  type RecordedEvent,
  asStored,
  eventHash,
} from '@ct/event-store';
import { type AuditEvent, toAuditEvent } from './audit-log';

/** Appends issued before the oldest is acknowledged: lets the SQLite store group-commit an import. */
const IMPORT_WINDOW = 256;

export class ImportRejectedError extends Error {
  override readonly name = 'ImportRejectedError';
}

/** Streams the whole log, as stored (hash chain included), one JSON line per event. */
export async function exportLog(
  store: EventStore,
  write: (line: string) => Promise<void> | void,
  onProgress: (events: number) => void = () => undefined,
): Promise<{ events: number }> {
  let events = 0;
  // The bytes as stored (no upcasting): the export must verify, and import must write them back.
  for await (const event of asStored(store).readAll()) {
    await write(`${JSON.stringify(toAuditEvent(event))}\n`);
    if (++events % 1000 === 0) onProgress(events);
  }
  onProgress(events);
  return { events };
}

interface Head {
  revision: bigint;
  hash: string | null;
}

/** Checks one exported event against the chain so far; returns why it does not fit, if it does not. */
function chainProblem(event: AuditEvent, head: Head | undefined): string | undefined {
  const revision = BigInt(event.revision);
  const expected = head ? head.revision + 1n : 0n;
  if (revision !== expected) return `revision ${revision} where ${expected} was expected`;
  const previous = (event.metadata[PREVIOUS_HASH_KEY] as string | null | undefined) ?? null;
  if (previous !== (head?.hash ?? null)) return 'previousHash does not match the previous event';
  const recorded: Pick<RecordedEvent, 'id' | 'streamName' | 'revision' | 'type' | 'data' | 'metadata'> = {
    id: event.eventId,
    streamName: event.streamName,
    revision,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
  };
  if (eventHash(recorded, previous) !== event.metadata[HASH_KEY]) return 'content does not match its hash';
  return undefined;
}

function parse(line: string, lineNumber: number): AuditEvent {
  try {
    const event = JSON.parse(line) as AuditEvent;
    if (
      typeof event.streamName !== 'string' ||
      typeof event.eventId !== 'string' ||
      typeof event.type !== 'string'
    )
      throw new Error('not an exported event');
    return event;
  } catch (error) {
    throw new ImportRejectedError(`line ${lineNumber}: ${(error as Error).message}`);
  }
}

/**
 * Loads an exported log into an EMPTY store (either adapter). Two passes over the file: the first
 * checks every hash chain, so a tampered or truncated export is refused before anything is written;
 * the second appends in log order, each event with its original id and metadata, so the chains,
 * and `verify`, hold in the new store exactly as in the old one.
 */
export async function importLog(
  store: EventStore,
  lines: () => AsyncIterable<string>,
  onProgress: (phase: 'checking' | 'writing', events: number) => void = () => undefined,
): Promise<{ events: number; streams: number }> {
  for await (const _ of store.readAll({ maxCount: 1 }))
    throw new ImportRejectedError('the target event store is not empty: import only into a new store');

  const heads = new Map<string, Head>();
  let count = 0;
  for await (const line of lines()) {
    if (line.trim() === '') continue;
    const event = parse(line, ++count);
    const problem = chainProblem(event, heads.get(event.streamName));
    if (problem) throw new ImportRejectedError(`line ${count} (${event.streamName}): ${problem}`);
    heads.set(event.streamName, {
      revision: BigInt(event.revision),
      hash: event.metadata[HASH_KEY] as string,
    });
    if (count % 1000 === 0) onProgress('checking', count);
  }

  // The chain is in hand and checked: write around the wrapper, which would compute it again.
  const stored = asStored(store);
  const target = stored instanceof HashChainedEventStore ? stored.inner : stored;
  // Appends are pipelined in log order, except that an event waits until every append in flight is
  // acknowledged when its own stream has one in flight: a stream's revisions must arrive in order,
  // whatever the adapter does with concurrent calls. The SQLite store commits them in issue order.
  let inFlight: Promise<void>[] = [];
  const streamsInFlight = new Set<string>();
  let failure: Error | undefined;
  let written = 0;
  const drain = async () => {
    await Promise.all(inFlight);
    inFlight = [];
    streamsInFlight.clear();
  };
  for await (const line of lines()) {
    if (line.trim() === '') continue;
    const event = JSON.parse(line) as AuditEvent;
    if (streamsInFlight.has(event.streamName) || inFlight.length >= IMPORT_WINDOW) await drain();
    if (failure !== undefined) break;
    const toAppend: EventToAppend = {
      id: event.eventId,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
    };
    const revision = BigInt(event.revision);
    const expectedRevision = revision === 0n ? 'no_stream' : revision - 1n;
    streamsInFlight.add(event.streamName);
    inFlight.push(
      target.appendToStream(event.streamName, [toAppend], { expectedRevision }).then(
        () => undefined,
        (error: unknown) => void (failure ??= error instanceof Error ? error : new Error(String(error))),
      ),
    );
    if (++written % 1000 === 0) onProgress('writing', written);
  }
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure;
  onProgress('writing', written);
  return { events: written, streams: heads.size };
}
