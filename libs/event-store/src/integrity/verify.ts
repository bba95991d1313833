import { createHash } from 'node:crypto';
import { type EventStore, type RecordedEvent } from '../event-store.port';
import { HASH_KEY, PREVIOUS_HASH_KEY, eventHash } from './hash-chain';

export type BrokenLinkProblem =
  /** The event's content no longer matches its recorded hash: it was altered. */
  | 'content-altered'
  /** The event does not point at the hash of the event before it: one was removed, inserted or moved. */
  | 'chain-broken'
  /** Revisions skip or repeat: an event was removed or moved. */
  | 'revision-gap'
  /** The event carries no hash at all: written around the chain. */
  | 'hash-missing';

export interface BrokenLink {
  streamName: string;
  position: string;
  revision: string;
  eventId: string;
  problem: BrokenLinkProblem;
}

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  /** The first broken link of each stream whose chain is broken. */
  brokenLinks: BrokenLink[];
  /**
   * SHA-256 over every stream's last (name, revision, hash), sorted. Keep it outside the system:
   * a later verify whose history should extend this one can be compared to it, which also reveals
   * events removed from the END of a stream (a chain alone cannot see those).
   */
  anchor: string;
}

/** Walks every stream's chain through the whole log, in one streaming pass. */
export async function verifyHashChains(
  store: EventStore,
  onProgress: (eventsChecked: number, position: bigint) => void = () => undefined,
): Promise<VerificationReport> {
  const heads = new Map<string, { revision: bigint; hash: string | null; broken: boolean }>();
  const brokenLinks: BrokenLink[] = [];
  let eventsChecked = 0;

  const breakAt = (event: RecordedEvent, problem: BrokenLinkProblem) => {
    const head = heads.get(event.streamName);
    if (head?.broken) return;
    brokenLinks.push({
      streamName: event.streamName,
      position: event.position.toString(),
      revision: event.revision.toString(),
      eventId: event.id,
      problem,
    });
  };

  for await (const event of store.readAll()) {
    eventsChecked += 1;
    const head = heads.get(event.streamName);
    const stored = event.metadata[HASH_KEY];
    const previous = (event.metadata[PREVIOUS_HASH_KEY] as string | null | undefined) ?? null;
    const expectedRevision = head ? head.revision + 1n : 0n;
    let problem: BrokenLinkProblem | undefined;
    if (typeof stored !== 'string') problem = 'hash-missing';
    else if (event.revision !== expectedRevision) problem = 'revision-gap';
    else if (previous !== (head?.hash ?? null)) problem = 'chain-broken';
    else if (eventHash(event, previous) !== stored) problem = 'content-altered';
    if (problem) breakAt(event, problem);
    heads.set(event.streamName, {
      revision: event.revision,
      hash: typeof stored === 'string' ? stored : null,
      broken: (head?.broken ?? false) || problem !== undefined,
    });
    if (eventsChecked % 10_000 === 0) onProgress(eventsChecked, event.position);
  }

  const anchor = createHash('sha256');
  for (const name of [...heads.keys()].sort()) {
    const head = heads.get(name)!;
    anchor.update(`${name}\u0000${head.revision}\u0000${head.hash ?? ''}\n`);
  }
  return {
    ok: brokenLinks.length === 0,
    eventsChecked,
    streamsChecked: heads.size,
    brokenLinks,
    anchor: anchor.digest('hex'),
  };
}
