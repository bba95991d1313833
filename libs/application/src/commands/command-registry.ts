import { type ApplicationCommand, type CommandMetadata } from './command-metadata';
import { AdoptDeclarationCommand } from './adopt-declaration/adopt-declaration.command';
import { AssignDeliverableCommand } from './assign-deliverable/assign-deliverable.command';
import { CancelDeliverableCommand } from './cancel-deliverable/cancel-deliverable.command';
import { DefineDeliverableCommand } from './define-deliverable/define-deliverable.command';
import { HoldConferenceCommand } from './hold-conference/hold-conference.command';
import { LaunchProcessCommand } from './launch-process/launch-process.command';
import { ProvideAssistanceCommand } from './provide-assistance/provide-assistance.command';
import { ReportProgressCommand } from './report-progress/report-progress.command';
import { ReviseFrameworkCommand } from './revise-framework/revise-framework.command';

/** Command classes by their domain name, for edges that read commands from data (catalogue files). */
export const COMMANDS_BY_NAME = {
  AdoptDeclaration: AdoptDeclarationCommand,
  ReviseFramework: ReviseFrameworkCommand,
  LaunchProcess: LaunchProcessCommand,
  HoldConference: HoldConferenceCommand,
  DefineDeliverable: DefineDeliverableCommand,
  AssignDeliverable: AssignDeliverableCommand,
  ReportProgress: ReportProgressCommand,
  CancelDeliverable: CancelDeliverableCommand,
  ProvideAssistance: ProvideAssistanceCommand,
} as const;

export type CommandName = keyof typeof COMMANDS_BY_NAME;

export const isCommandName = (name: unknown): name is CommandName =>
  typeof name === 'string' && Object.hasOwn(COMMANDS_BY_NAME, name);

/** A recorded command in a data file: `{ commandId, command, payload }`. */
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

export function commandFromRecord(
  record: CommandRecord,
  metadata: CommandMetadata,
): ApplicationCommand<unknown> {
  const CommandClass = COMMANDS_BY_NAME[record.command] as new (
    payload: unknown,
    metadata: CommandMetadata,
  ) => ApplicationCommand<unknown>;
  return new CommandClass(record.payload, metadata);
}
