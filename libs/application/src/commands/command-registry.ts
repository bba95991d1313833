import { type CommandName, isCommandName } from '@ct/domain';

/** A recorded command in a data file: `{ commandId, command, payload }`; `commandId` is its idempotency key. */
export interface CommandRecord {
  commandId: string;
  command: CommandName;
  payload: Record<string, unknown>;
}

export function parseCommandRecords(input: unknown): CommandRecord[] {
  if (!Array.isArray(input))
    throw new Error('a command file holds a JSON array of { commandId, command, payload }');
  return input.map((entry: unknown, i) => {
    const record = entry as Partial<CommandRecord> | null;
    if (typeof record?.commandId !== 'string' || record.commandId === '')
      throw new Error(`entry ${i}: commandId must be a non-empty string`);
    if (!isCommandName(record.command))
      throw new Error(`entry ${i}: unknown command ${String(record.command)}`);
    if (typeof record.payload !== 'object' || record.payload === null || Array.isArray(record.payload))
      throw new Error(`entry ${i}: payload must be an object`);
    return record as CommandRecord;
  });
}
