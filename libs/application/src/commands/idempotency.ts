import { canonicalJson } from '@ct/event-store';
import { createHash, randomUUID } from 'node:crypto';

/** Namespace of command ids derived from idempotency keys (a fixed random UUID: ids are stored). */
const KEY_NAMESPACE = Buffer.from('b2f4c7a1d9e84f3b8c6a5e2d1f0a9b7c', 'hex');

function uuidV5(name: string): string {
  const hash = createHash('sha1').update(KEY_NAMESPACE).update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The command id of a request. A client's Idempotency-Key is scoped to the principal that sent it
 * (payment APIs do the same): two users, or two States' coordinators, who happen to pick the same
 * key get different command ids, so neither can replay or suppress the other's write. Without a
 * key every request is a new command.
 */
export function commandIdFor(actor: string, idempotencyKey: string | undefined): string {
  return idempotencyKey === undefined ? randomUUID() : uuidV5(`${actor}\n${idempotencyKey}`);
}

/** What a retry must repeat exactly: the command, the stream it writes and its canonical payload. */
export function requestFingerprint(command: string, streamName: string, payload: unknown): string {
  return createHash('sha256').update(canonicalJson({ command, streamName, payload })).digest('hex');
}

/**
 * A key's claim lives in a stream of its own, written once (expected revision `no_stream`) before
 * the command's events: the one place that knows which request a key was first used for, whatever
 * stream that request wrote. EventStoreDB has no unique index across streams; a stream per key is
 * how its users enforce one.
 */
export const IDEMPOTENCY_CATEGORY = 'idempotency';
export const IDEMPOTENCY_KEY_CLAIMED = 'IdempotencyKeyClaimed';
export const claimStreamFor = (commandId: string): string => `${IDEMPOTENCY_CATEGORY}-${commandId}`;

export interface IdempotencyClaim {
  fingerprint: string;
  command: string;
  streamName: string;
}
