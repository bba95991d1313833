import { type CommandName } from '@ct/domain';
import { getMetadataStorage } from 'class-validator';
import { ID_PATTERN } from '../../../api/src/dto/common';
import {
  AssignDeliverableDto,
  DefineDeliverableDto,
  ReportProgressDto,
} from '../../../api/src/dto/deliverable.dto';
import { AdoptDeclarationDto } from '../../../api/src/dto/framework.dto';
import { RegisterOrganisationDto } from '../../../api/src/dto/organisation.dto';
import { InvalidInputException, validationPipe } from '../../../api/src/http/validation';
import { type TableRow } from './read-table';

/**
 * The column that says what a row records. Not `kind`: frameworks (and organisations) have a
 * `kind` field of their own (declaration, plan-of-action, ...), which keeps its API name here.
 */
export const RECORD_COLUMN = 'record';

/** Cells of array fields (adoptingStates, evidence, aliases) hold their items separated by this. */
export const LIST_SEPARATOR = ';';

/** One kind of catalogue row: the command it becomes and the API request body it is validated as. */
export interface RecordKind {
  /** The value of the `record` column. */
  name: string;
  command: CommandName;
  /** The API's request DTO (apps/api/src/dto): the row is validated exactly as that body would be. */
  dto: new () => object;
  /** The column naming the aggregate the row writes, as the command's payload names it. */
  idColumn: string;
  /**
   * True when the API takes that id in the body as `id` (POST /frameworks), false when in the path
   * (POST /deliverables/:id/assignments): then it is checked as the API checks a path id.
   */
  idInBody: boolean;
  /**
   * The columns that identify the row (those it fills); its idempotency key is made of them, so importing the same
   * file again records nothing new, and a row whose identity was recorded with other content is
   * refused instead of recorded twice.
   */
  identity: readonly string[];
  /** True when the row creates what its id names: later rows about that id depend on it. */
  creates: boolean;
}

/**
 * The kinds a catalogue file may hold, in the order they are recorded (frameworks and organisations
 * before deliverables, a deliverable before its assignments, an assignment before its reports);
 * rows of one kind keep the file's order.
 */
export const RECORD_KINDS: readonly RecordKind[] = [
  {
    name: 'framework',
    command: 'AdoptDeclaration',
    dto: AdoptDeclarationDto,
    idColumn: 'frameworkId',
    idInBody: true,
    identity: ['frameworkId'],
    creates: true,
  },
  {
    name: 'organisation',
    command: 'RegisterOrganisation',
    dto: RegisterOrganisationDto,
    idColumn: 'organisationId',
    idInBody: true,
    identity: ['organisationId'],
    creates: true,
  },
  {
    name: 'deliverable',
    command: 'DefineDeliverable',
    dto: DefineDeliverableDto,
    idColumn: 'deliverableId',
    idInBody: true,
    identity: ['deliverableId'],
    creates: true,
  },
  {
    name: 'assignment',
    command: 'AssignDeliverable',
    dto: AssignDeliverableDto,
    idColumn: 'deliverableId',
    idInBody: false,
    // A later row with a new assignedOn is a re-assignment (a new command), not an edit of this one.
    // The target is a State or (instead) a regional mechanism.
    identity: ['deliverableId', 'stateCode', 'mechanismId', 'assignedOn'],
    creates: false,
  },
  {
    name: 'progress-report',
    command: 'ReportProgress',
    dto: ReportProgressDto,
    idColumn: 'deliverableId',
    idInBody: false,
    identity: ['deliverableId', 'stateCode', 'mechanismId', 'reportingState', 'reportedOn'],
    creates: false,
  },
];

/** `Progress report`, `progress_report` and `PROGRESS-REPORT` all name the same kind. */
const normalise = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

export const recordKindNamed = (name: string): RecordKind | undefined =>
  RECORD_KINDS.find((kind) => kind.name === normalise(name));

/** A bad cell: where a person finds it in the file, and why. */
export interface RowProblem {
  line: number;
  column: string;
  reason: string;
  /** The domain rule's stable name, when a rule of the domain refused the row. */
  rule?: string;
}

/** A row that passed the API's validation: the command it becomes and its idempotency key. */
export interface PreparedRow {
  line: number;
  kind: RecordKind;
  payload: Record<string, unknown>;
  idempotencyKey: string;
}

/** The validators class-validator holds for each property of a DTO, by name (isInt, isArray, ...). */
function validatorsOf(dto: new () => object): Map<string, Set<string>> {
  const byProperty = new Map<string, Set<string>>();
  for (const metadata of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
    const names = byProperty.get(metadata.propertyName) ?? new Set<string>();
    if (metadata.name) names.add(metadata.name);
    byProperty.set(metadata.propertyName, names);
  }
  return byProperty;
}

const validatorCache = new Map<RecordKind, Map<string, Set<string>>>();
const validators = (kind: RecordKind): Map<string, Set<string>> => {
  let found = validatorCache.get(kind);
  if (!found) validatorCache.set(kind, (found = validatorsOf(kind.dto)));
  return found;
};

/** The columns a row of this kind may fill: its DTO's fields (the id under its payload name). */
export function columnsOf(kind: RecordKind): string[] {
  const fields = [...validators(kind).keys()].filter((field) => !(kind.idInBody && field === 'id'));
  return [kind.idColumn, ...fields];
}

/** Every column a catalogue file may have. */
export const ALL_COLUMNS: readonly string[] = [
  RECORD_COLUMN,
  ...new Set(RECORD_KINDS.flatMap((kind) => columnsOf(kind))),
];

/** The DTO field a column fills: `name.en` fills `name`. */
const fieldOfColumn = (column: string): string => column.split('.')[0]!;

/**
 * A cell's text as the JSON value the API would have received: numbers for integer fields,
 * booleans for boolean ones, lists for array fields. Text that does not convert stays text, so the
 * DTO's own message names the problem (e.g. "percentComplete must be an integer number").
 */
function jsonValueOf(text: string, names: ReadonlySet<string>): unknown {
  if (names.has('isArray'))
    return text
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter((item) => item !== '');
  if ((names.has('isInt') || names.has('isNumber')) && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (names.has('isBoolean') && /^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return text;
}

/** The column a validation error's field names (`adoptingStates[2]` is in `adoptingStates`). */
function columnOfField(kind: RecordKind, field: string): string {
  const column = field.replace(/\[\d+\]/g, '');
  return kind.idInBody && column === 'id' ? kind.idColumn : column;
}

/**
 * Turns one row into the command the API would send for the same request body: the same DTO,
 * validated by the API's own ValidationPipe (whitelist, unknown fields refused, every bad field
 * named), and the payload built as the controller builds it.
 */
export async function prepareRow(row: TableRow): Promise<PreparedRow | RowProblem[]> {
  const problem = (column: string, reason: string): RowProblem[] => [{ line: row.line, column, reason }];
  const recordName = row.cells.get(RECORD_COLUMN);
  if (recordName === undefined)
    return problem(RECORD_COLUMN, `${RECORD_COLUMN} is empty; it must be one of ${kindNames()}`);
  const kind = recordKindNamed(recordName);
  if (!kind) return problem(RECORD_COLUMN, `'${recordName}' is not a record kind; use one of ${kindNames()}`);

  const problems: RowProblem[] = [];
  const fields = validators(kind);
  const allowed = new Set(columnsOf(kind));
  const body: Record<string, unknown> = {};
  for (const [column, text] of row.cells) {
    if (column === RECORD_COLUMN || (!kind.idInBody && column === kind.idColumn)) continue;
    const field = column === kind.idColumn ? 'id' : fieldOfColumn(column);
    if (!allowed.has(fieldOfColumn(column)) && column !== kind.idColumn) {
      problems.push({
        line: row.line,
        column,
        reason: `${column} does not apply to a ${kind.name} record (its columns: ${[...allowed].join(', ')})`,
      });
      continue;
    }
    const value = jsonValueOf(text, fields.get(field) ?? new Set());
    if (column.includes('.')) {
      // `name.en`, `name.ru`: one object, as a JSON body nests it.
      const nested = (body[field] ?? {}) as Record<string, unknown>;
      nested[column.slice(field.length + 1)] = value;
      body[field] = nested;
    } else body[field] = value;
  }

  let pathId: string | undefined;
  if (!kind.idInBody) {
    pathId = row.cells.get(kind.idColumn);
    if (pathId === undefined || !ID_PATTERN.test(pathId))
      problems.push({
        line: row.line,
        column: kind.idColumn,
        reason: `${kind.idColumn} must be 3-64 lowercase letters, digits or hyphens`,
      });
  }

  let dto: Record<string, unknown> | undefined;
  try {
    dto = (await validationPipe.transform(body, { type: 'body', metatype: kind.dto, data: '' })) as Record<
      string,
      unknown
    >;
  } catch (error) {
    if (!(error instanceof InvalidInputException)) throw error;
    for (const { field, message } of error.fieldErrors)
      problems.push({
        line: row.line,
        column: columnOfField(kind, field),
        reason: kind.idInBody ? message.replace(/^id /, `${kind.idColumn} `) : message,
      });
  }
  if (problems.length > 0 || !dto) return problems;

  // As the controllers build it: POST /frameworks sends { frameworkId: id, ...rest }, POST
  // /deliverables/:id/assignments sends { deliverableId: id, ...dto }.
  const { id, ...rest } = dto;
  const payload = kind.idInBody ? { [kind.idColumn]: id, ...rest } : { [kind.idColumn]: pathId, ...dto };
  // Named parts, the absent ones left out: a State's and a mechanism's assignment never share a key.
  const identity = kind.identity.flatMap((column) => {
    const value = payload[column];
    // Ids, State codes and dates: strings, validated above.
    return value === undefined
      ? []
      : [`${column}=${typeof value === 'string' ? value : JSON.stringify(value)}`];
  });
  return {
    line: row.line,
    kind,
    payload,
    idempotencyKey: `catalogue:${kind.name}:${identity.join(':')}`,
  };
}

const kindNames = (): string => RECORD_KINDS.map((kind) => kind.name).join(', ');
