import { type CommandGateway, type CommandRecord, commandIdFor } from '@ct/application';
import { randomUUID } from 'node:crypto';

export interface LoadReport {
  recorded: number;
  alreadyRecorded: number;
  failed: { commandId: string; command: string; error: string }[];
}

/**
 * Sends recorded commands through the same CommandGateway as the API, in order. Each keeps its
 * commandId, so loading a file twice records nothing new (the second run replays).
 */
export async function loadCommands(
  gateway: CommandGateway,
  records: readonly CommandRecord[],
  actor: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<LoadReport> {
  const report: LoadReport = { recorded: 0, alreadyRecorded: 0, failed: [] };
  const correlationId = randomUUID();
  for (const [i, record] of records.entries()) {
    try {
      // The record's commandId is its idempotency key, scoped to the actor like an HTTP client's.
      const commandId = commandIdFor(actor, record.commandId);
      const result = await gateway.send(record.command, record.payload, {
        actor,
        commandId,
        idempotent: true,
        correlationId,
        causationId: commandId,
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
