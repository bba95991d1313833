import { createHash } from 'node:crypto';

/** Namespace of this product's event ids (a fixed random UUID; never change it: ids are stored). */
const NAMESPACE = Buffer.from('6f1c2a4e5b3d4e8f9a0b1c2d3e4f5a6b', 'hex');

/**
 * UUID v5 (RFC 9562, SHA-1 name-based) of `<commandId>/<index>`: the same command always yields the
 * same event ids, so a client retrying after a lost answer appends nothing new: EventStoreDB
 * deduplicates such appends, and the SQLite store follows the same rule.
 */
export function eventIdFor(commandId: string, index: number): string {
  const hash = createHash('sha1').update(NAMESPACE).update(`${commandId}/${index}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
