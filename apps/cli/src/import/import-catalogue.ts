import {
  AggregateStore,
  CommandEnvelope,
  type CommandGateway,
  type CommandMetadata,
  CommandPipeline,
  IdempotencyKeyReusedError,
  type Principal,
  StateNotCoveredError,
  type EventStore,
  commandIdFor,
} from '@ct/application';
import { AggregateNotFound, DomainRuleViolation, commandRoute, streamName, violationsOf } from '@ct/domain';
import { randomUUID } from 'node:crypto';
import { actsForStatesOf } from '../token-principal';
import { refusalFor } from './api-routes';
import {
  ALL_COLUMNS,
  type PreparedRow,
  RECORD_COLUMN,
  RECORD_KINDS,
  type RowProblem,
  prepareRow,
  recordKindNamed,
} from './catalogue-records';
import { ScratchEventStore } from './scratch-event-store';
import { type Table } from './read-table';

/**
 * Command ids of catalogue rows are derived from the row's identity under this one namespace, not
 * under the importing principal as an HTTP client's Idempotency-Key is: a catalogue row is the same
 * record whoever loads the file, so a colleague re-running it finds it `alreadyRecorded` instead of
 * being refused by the domain ("already adopted"). Nothing is given away: the claim still holds the
 * request's fingerprint, so a different row with the same identity is refused, and each row is
 * authorized for the importing token before anything is decided.
 */
export const CATALOGUE_KEY_SCOPE = 'catalogue-import';

export interface CatalogueImportReport {
  dryRun: boolean;
  rows: number;
  /** Rows recorded by this run (0 in a dry run). */
  recorded: number;
  /** Dry run: rows that a run without --dry-run would record now. */
  wouldRecord?: number;
  /** Rows whose command is already in the log with the same content (a re-run). */
  alreadyRecorded: number;
  /** Every bad cell: line, column, reason (and the domain rule's name when a rule refused it). */
  problems: RowProblem[];
  /** Rows not decided because they depend on a bad row (a deliverable of a refused framework). */
  notChecked: { line: number; dependsOnLine: number }[];
  /** Unexpected failures while recording (the log changed since validation); empty normally. */
  failed: RowProblem[];
  /** How the domain rules were checked: always the real pipeline, on a scratch copy of the log. */
  checkedWith: 'scratch-copy-of-log';
  written: boolean;
  seconds: number;
  rowsPerSecond: number;
}

export interface CatalogueImportOptions {
  table: Table;
  principal: Principal;
  gateway: CommandGateway;
  eventStore: EventStore;
  dryRun: boolean;
  onProgress?: (phase: 'check' | 'record', done: number, total: number, rowsPerSecond: number) => void;
}

/** The metadata of a row's command, exactly as the API's CommandContext builds it for this principal. */
function metadataFor(principal: Principal, row: PreparedRow, correlationId: string): CommandMetadata {
  const commandId = commandIdFor(CATALOGUE_KEY_SCOPE, row.idempotencyKey);
  return {
    actor: principal.id,
    commandId,
    idempotent: true,
    correlationId,
    causationId: commandId,
    actsForStates: actsForStatesOf(principal),
    now: new Date().toISOString(),
  };
}

/** The problems of a command the pipeline refused, by column; undefined for failures that are not the row's fault. */
function problemsOfRefusal(error: unknown, row: PreparedRow): RowProblem[] | undefined {
  const at = (column: string, reason: string, rule?: string): RowProblem => ({
    line: row.line,
    column,
    reason,
    ...(rule === undefined ? {} : { rule }),
  });
  if (error instanceof DomainRuleViolation)
    return violationsOf(error).map((v) => at(v.field ?? RECORD_COLUMN, v.message, v.rule));
  if (error instanceof AggregateNotFound) return [at(row.kind.idColumn, error.message, 'not-found')];
  if (error instanceof StateNotCoveredError) return [at(error.field, error.message, 'state-not-covered')];
  if (error instanceof IdempotencyKeyReusedError)
    return [
      at(
        RECORD_COLUMN,
        `a ${row.kind.name} with this identity (${row.kind.identity.join(', ')}) was already recorded, or is on an earlier row of this file, with other content; a catalogue row does not change what was recorded (use the API's revision and correction routes)`,
        error.rule,
      ),
    ];
  return undefined;
}

/** The stream a row's command writes, as the pipeline names it. */
function streamOf(row: PreparedRow): string {
  const route = commandRoute(row.kind.command);
  return streamName(route.aggregate.category, route.row.streamId(row.payload));
}

/** Rows of one kind in flight at once while recording. */
const RECORD_CONCURRENCY = 32;

/**
 * Starts `task` for each item in order (each start is synchronous up to its first await, so the
 * command is queued on its stream before the next one is sent), with at most `window` running.
 */
async function inOrder<T>(
  items: readonly T[],
  window: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const running = new Set<Promise<void>>();
  for (const item of items) {
    const started: Promise<void> = task(item).finally(() => running.delete(started));
    running.add(started);
    if (running.size >= window) await Promise.race(running);
  }
  await Promise.all(running);
}

const elapsedSeconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const rate = (rows: number, seconds: number): number => Math.round(rows / Math.max(seconds, 0.001));

/**
 * Imports a catalogue: every row becomes the command the API would send for it (same DTO, same
 * authorization by role and State, same pipeline and domain rules). All or nothing at validation:
 * every row is first decided on a scratch copy of the log (the rows before it included), and
 * nothing is written while any row has a problem. Then the rows are sent through the
 * CommandGateway, each under an idempotency key made of its identity, so a second run records
 * nothing new.
 */
export async function importCatalogue(options: CatalogueImportOptions): Promise<CatalogueImportReport> {
  const { table, principal, dryRun, onProgress = () => undefined } = options;
  const start = process.hrtime.bigint();
  const problems: RowProblem[] = [];

  // The header: a misspelt column would otherwise be ignored and its values silently lost.
  if (!table.columns.includes(RECORD_COLUMN))
    problems.push({
      line: 1,
      column: RECORD_COLUMN,
      reason: `the header has no '${RECORD_COLUMN}' column (${RECORD_KINDS.map((kind) => kind.name).join(', ')})`,
    });
  const repeated = table.columns.filter((column, i) => column !== '' && table.columns.indexOf(column) !== i);
  for (const column of new Set(repeated))
    problems.push({ line: 1, column, reason: `column '${column}' appears more than once in the header` });
  for (const column of table.columns)
    if (column !== '' && !ALL_COLUMNS.includes(column.split('.')[0]!) && !ALL_COLUMNS.includes(column))
      problems.push({
        line: 1,
        column,
        reason: `unknown column '${column}' (columns: ${ALL_COLUMNS.join(', ')})`,
      });

  // A bad header makes every row's cells mean something else: its problems alone are reported.
  if (problems.length > 0) {
    const seconds = elapsedSeconds(start);
    return {
      dryRun,
      rows: table.rows.length,
      recorded: 0,
      alreadyRecorded: 0,
      problems,
      notChecked: [],
      failed: [],
      checkedWith: 'scratch-copy-of-log',
      written: false,
      seconds,
      rowsPerSecond: 0,
    };
  }

  // Each row through the API's validation, then the API's role check for its command.
  const prepared: PreparedRow[] = [];
  for (const row of table.rows) {
    const result = await prepareRow(row);
    if (Array.isArray(result)) {
      problems.push(...result);
      continue;
    }
    const refusal = refusalFor(principal, result.kind.command);
    if (refusal) problems.push({ line: row.line, column: RECORD_COLUMN, reason: refusal, rule: 'forbidden' });
    else prepared.push(result);
  }

  // Recording order: frameworks and organisations, deliverables, assignments, then reports.
  const rank = (row: PreparedRow): number => RECORD_KINDS.indexOf(row.kind);
  const ordered = prepared
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);

  const scratch = new ScratchEventStore(options.eventStore);

  // What bad rows were about to create, unless it exists already: rows that refer to it are not
  // decided (their refusal would only repeat the first problem).
  const badCreations = new Map<string, number>();
  for (const row of table.rows) {
    const kindName = row.cells.get(RECORD_COLUMN);
    const kind = kindName === undefined ? undefined : recordKindNamed(kindName);
    const id = kind && row.cells.get(kind.idColumn);
    if (!kind?.creates || !id || !problems.some((p) => p.line === row.line)) continue;
    const category = commandRoute(kind.command).aggregate.category;
    if (!(await scratch.hasStream(streamName(category, id))))
      badCreations.set(`${kind.idColumn}=${id}`, row.line);
  }
  const dependencyOf = (row: PreparedRow): number | undefined => {
    for (const [column, value] of Object.entries(row.payload)) {
      const line = badCreations.get(`${column}=${String(value)}`);
      if (line !== undefined && line !== row.line) return line;
    }
    return undefined;
  };

  // The domain's rules, decided by the real pipeline on a scratch copy of the log: writes nothing.
  const correlationId = randomUUID();
  const scratchPipeline = new CommandPipeline(new AggregateStore(scratch), scratch);
  const notChecked: CatalogueImportReport['notChecked'] = [];
  const decidable: PreparedRow[] = [];
  let wouldRecord = 0;
  let alreadyRecorded = 0;
  for (const [i, row] of ordered.entries()) {
    const dependsOnLine = dependencyOf(row);
    if (dependsOnLine !== undefined) {
      notChecked.push({ line: row.line, dependsOnLine });
      if (row.kind.creates)
        badCreations.set(`${row.kind.idColumn}=${String(row.payload[row.kind.idColumn])}`, row.line);
      continue;
    }
    try {
      const result = await scratchPipeline.execute(
        new CommandEnvelope(row.kind.command, row.payload, metadataFor(principal, row, correlationId)),
      );
      if (result.replayed) alreadyRecorded++;
      else wouldRecord++;
      decidable.push(row);
    } catch (error) {
      const refused = problemsOfRefusal(error, row);
      if (!refused) throw error;
      problems.push(...refused);
      // Rows about it are still decided when it exists anyway (recorded before with other content).
      if (row.kind.creates && !(await scratch.hasStream(streamOf(row))))
        badCreations.set(`${row.kind.idColumn}=${String(row.payload[row.kind.idColumn])}`, row.line);
    }
    onProgress('check', i + 1, ordered.length, rate(i + 1, elapsedSeconds(start)));
  }
  await scratch.close();
  problems.sort((a, b) => a.line - b.line);
  notChecked.sort((a, b) => a.line - b.line);

  const report = (fields: Partial<CatalogueImportReport>): CatalogueImportReport => {
    const seconds = elapsedSeconds(start);
    return {
      dryRun,
      rows: table.rows.length,
      recorded: 0,
      alreadyRecorded,
      problems,
      notChecked,
      failed: [],
      checkedWith: 'scratch-copy-of-log',
      written: false,
      ...fields,
      seconds: Math.round(seconds * 1000) / 1000,
      rowsPerSecond: rate(table.rows.length, seconds),
    };
  };
  if (dryRun || problems.length > 0 || notChecked.length > 0) return report(dryRun ? { wouldRecord } : {});

  // Every row passed: record them through the gateway, as the API would, in the same order.
  const recordStart = process.hrtime.bigint();
  const failed: RowProblem[] = [];
  let recorded = 0;
  let done = 0;
  alreadyRecorded = 0;
  const record = async (row: PreparedRow): Promise<void> => {
    try {
      const result = await options.gateway.send(
        row.kind.command,
        row.payload,
        metadataFor(principal, row, correlationId),
      );
      if (result.replayed) alreadyRecorded++;
      else recorded++;
    } catch (error) {
      // The log changed between validation and now (another writer): say which row, keep going so
      // the report lists every such row; a re-run after fixing them records only what is missing.
      const refused = problemsOfRefusal(error, row);
      if (!refused) throw error;
      failed.push(...refused);
    }
    done++;
    onProgress('record', done, decidable.length, rate(done, elapsedSeconds(recordStart)));
  };
  // One kind after the other (a deliverable's decision reads its framework, so frameworks must be
  // in first), and inside a kind several rows in flight, so their appends share group commits
  // instead of paying one fsync each. Rows on one stream still land in the file's order: the
  // pipeline queues commands per stream in the order they are sent, and they are sent in order.
  for (const kind of RECORD_KINDS)
    await inOrder(
      decidable.filter((row) => row.kind === kind),
      RECORD_CONCURRENCY,
      record,
    );
  failed.sort((a, b) => a.line - b.line);
  return report({ recorded, alreadyRecorded, failed, written: recorded > 0 });
}
