import { type DomainEventType, EVENT_SCHEMA_VERSIONS } from './events';

/**
 * Turns the data of an event stored at `fromVersion` into the shape of `fromVersion + 1`. Stored
 * events are never rewritten (that would break their hash chain and the auditors' trust): old
 * versions are upcast each time they are read, by the event store's reading side.
 */
export interface Upcaster {
  type: DomainEventType;
  fromVersion: number;
  upcast(data: Record<string, unknown>): Record<string, unknown>;
}

export const UPCASTERS: readonly Upcaster[] = [
  {
    // v2 added who stands behind a report; everything recorded before was the State's own report.
    type: 'ProgressReported',
    fromVersion: 1,
    upcast: (data) => ({ ...data, source: 'self-reported' }),
  },
  {
    // v2 replaced the one recipient State by recipients with shares (States, optionally a region);
    // everything recorded before went wholly to that one State.
    type: 'AssistanceProvided',
    fromVersion: 1,
    upcast: ({ recipientState, ...data }) => ({
      ...data,
      recipients: { states: [{ stateCode: recipientState, percentage: 100 }] },
    }),
  },
];

/**
 * The data of an event in the current shape of its type, and that version. Unknown types pass
 * through untouched (events of a newer writer, system events).
 */
export function upcastEvent(
  type: string,
  version: number,
  data: unknown,
): { version: number; data: unknown } {
  const current = (EVENT_SCHEMA_VERSIONS as Record<string, number | undefined>)[type];
  if (current === undefined || version >= current) return { version, data };
  let upcast = data as Record<string, unknown>;
  for (let v = version; v < current; v++) {
    const step = UPCASTERS.find((u) => u.type === type && u.fromVersion === v);
    if (!step) throw new Error(`no upcaster for ${type} from version ${v}`);
    upcast = step.upcast(upcast);
  }
  return { version: current, data: upcast };
}
