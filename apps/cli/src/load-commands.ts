import {
  type CommandGateway,
  type CommandRecord,
  type Principal,
  commandIdFor,
  eventIdFor,
} from '@ct/application';
import { randomUUID } from 'node:crypto';
import { refusalFor } from './import/api-routes';
import { actsForStatesOf } from './token-principal';

export interface LoadReport {
  recorded: number;
  alreadyRecorded: number;
  failed: { commandId: string; command: string; error: string }[];
}

/**
 * Who records: the operator's fixed actor (seed-demo, tests), or a verified token's principal (load),
 * whose roles are checked per command against the API route that sends it and whose States scope a
 * coordinator's commands in the pipeline, as over HTTP.
 */
export type LoadActor = string | { principal: Principal };

/**
 * Sends recorded commands through the same CommandGateway as the API, in order. Each keeps its
 * commandId, so loading a file twice records nothing new (the second run replays).
 */

export async function loadCommands(
  gateway: CommandGateway,
  records: readonly CommandRecord[],
  who: LoadActor,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<LoadReport> {
  const principal = typeof who === 'string' ? undefined : who.principal;
  const actor = typeof who === 'string' ? who : who.principal.id;
  const report: LoadReport = { recorded: 0, alreadyRecorded: 0, failed: [] };
  const correlationId = randomUUID();
  for (const [i, record] of records.entries()) {
    try {
      const refusal = principal && refusalFor(principal, record.command);
      if (refusal) throw new Error(refusal);
      // The record's commandId is its idempotency key, scoped to the actor like an HTTP client's.
      const commandId = commandIdFor(actor, record.commandId);
      const payload = withEventIdsResolved(record.payload, actor) as typeof record.payload;
      const result = await gateway.send(record.command, payload, {
        actor,
        commandId,
        idempotent: true,
        correlationId,
        causationId: commandId,
        ...(principal ? { actsForStates: actsForStatesOf(principal) } : {}),
        now: new Date().toISOString(),
      });
      if (result.replayed) report.alreadyRecorded += 1;
      else report.recorded += 1;
    } catch (error) {
      report.failed.push({
        commandId: record.commandId,
        command: record.command,
        error: (error as Error).message,
      });
    }
    onProgress(i + 1, records.length);
  }
  return report;
}

/**
 * A payload value `{ "eventIdOf": "<commandId>", "index"?: n }` names an event recorded by an earlier
 * record of the same file (a progress report's id, which a correction or a review points at). Event
 * ids derive from the command id, which is scoped to the loading actor, so a file cannot spell them
 * out: they are resolved here, for the actor loading it.
 */
export function withEventIdsResolved(payload: unknown, actor: string): unknown {
  if (Array.isArray(payload)) return payload.map((item) => withEventIdsResolved(item, actor));
  if (payload === null || typeof payload !== 'object') return payload;
  const value = payload as Record<string, unknown>;
  const keys = Object.keys(value);
  if (
    typeof value.eventIdOf === 'string' &&
    keys.every((k) => k === 'eventIdOf' || k === 'index') &&
    (value.index === undefined || (Number.isInteger(value.index) && (value.index as number) >= 0))
  )
    return eventIdFor(commandIdFor(actor, value.eventIdOf), (value.index as number | undefined) ?? 0);
  return Object.fromEntries(keys.map((k) => [k, withEventIdsResolved(value[k], actor)]));
}
