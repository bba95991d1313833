import { type CommandRecord, parseCommandRecords } from '@ct/application';
import { isCommandName } from '@ct/domain';
import { withEventIdsResolved } from '../load-commands';
import { requestProblems } from './command-requests';
import { jsonValueLines, lineOf } from './json-lines';

/** A bad field of a command file, where a person finds it. */
export interface CommandFileProblem {
  /** The line of the field in the file (of the entry, when the field is missing). */
  line: number;
  /** The entry's place in the array, from 0. */
  entry: number;
  commandId?: string;
  command?: string;
  /** As the file names it: `commandId`, `payload.amount.currency`. */
  field: string;
  message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a command file ([{ commandId, command, payload }, ...]) before anything is recorded: every
 * entry's shape, and every payload as the API route of its command would validate the request
 * (command-requests.ts), after the `eventIdOf` references are resolved for `actor`. Returns every
 * problem with its line; the records only when there is none.
 */
export async function checkCommandFile(
  text: string,
  actor: string,
): Promise<{ records: CommandRecord[]; problems: CommandFileProblem[] }> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      records: [],
      problems: [{ line: 1, entry: 0, field: '', message: `not JSON: ${(error as Error).message}` }],
    };
  }
  if (!Array.isArray(input))
    return {
      records: [],
      problems: [
        {
          line: 1,
          entry: 0,
          field: '',
          message: 'a command file holds a JSON array of { commandId, command, payload }',
        },
      ],
    };
  const lines = jsonValueLines(text);
  const problems: CommandFileProblem[] = [];
  for (const [entry, value] of input.entries()) {
    const at = (field: string, message: string, named: { commandId?: string; command?: string } = {}) =>
      problems.push({
        line: lineOf(lines, `[${entry}]${field === '' ? '' : `.${field}`}`) ?? 1,
        entry,
        ...named,
        field,
        message,
      });
    if (!isObject(value)) {
      at('', 'an entry must be an object { commandId, command, payload }');
      continue;
    }
    const { commandId, command, payload, ...others } = value;
    const named = {
      ...(typeof commandId === 'string' ? { commandId } : {}),
      ...(typeof command === 'string' ? { command } : {}),
    };
    if (typeof commandId !== 'string' || commandId === '')
      at('commandId', 'commandId must be a non-empty string', named);
    if (!isCommandName(command)) at('command', `unknown command ${JSON.stringify(command)}`, named);
    if (!isObject(payload)) at('payload', 'payload must be an object', named);
    for (const key of Object.keys(others)) at(key, `property ${key} should not exist`, named);
    if (!isCommandName(command) || !isObject(payload)) continue;
    const resolved = withEventIdsResolved(payload, actor) as Record<string, unknown>;
    for (const { field, message } of await requestProblems(command, resolved))
      at(field === 'command' ? 'command' : `payload.${field}`, message, named);
  }
  return { records: problems.length === 0 ? parseCommandRecords(input) : [], problems };
}
