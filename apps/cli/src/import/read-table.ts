import { parse } from 'csv-parse/sync';
import { Workbook, type CellValue } from 'exceljs';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';

/** One data row of a catalogue file: the line (CSV) or row number (XLSX) a person finds it at. */
export interface TableRow {
  line: number;
  /** Cell text by column name, trimmed; empty cells are left out. */
  cells: Map<string, string>;
}

export interface Table {
  /** Column names as written in the header row (the first line / the first row of the first sheet). */
  columns: string[];
  rows: TableRow[];
}

export const TABLE_EXTENSIONS = ['.csv', '.xlsx'] as const;

export const isTableFile = (file: string): boolean =>
  (TABLE_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());

/** Reads a CSV or XLSX catalogue into the same shape, so both go through one validation. */
export async function readTable(file: string): Promise<Table> {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return readCsv(readFileSync(file));
  if (extension === '.xlsx') return readXlsx(file);
  throw new Error(`${file}: a catalogue is a .csv or .xlsx file`);
}

/**
 * RFC 4180 CSV in UTF-8 (a byte-order mark, as spreadsheet programs write it, is dropped). A quoted
 * cell may span lines: a row is reported at the line it starts on.
 */
export function readCsv(content: Buffer | string): Table {
  const bytes = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
  // Spreadsheet programs offer "CSV" in a legacy code page too; its é or ё would be read as garbage.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('the CSV file is not UTF-8: save it as "CSV UTF-8" (or as .xlsx) and import that');
  }
  const records = parse(bytes, {
    bom: true,
    info: true,
    raw: true,
    skip_empty_lines: true,
    relax_column_count: true,
  }) as unknown as { record: string[]; info: { bytes: number }; raw: string }[];
  // csv-parse's own line counter is off after skipped empty lines; the byte offset where a record
  // starts is exact (its raw text includes the empty lines skipped before it, which are not its own).
  const lineFeeds: number[] = [];
  bytes.forEach((byte, offset) => {
    if (byte === 0x0a) lineFeeds.push(offset);
  });
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineFeeds.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (lineFeeds[middle]! < offset) low = middle + 1;
      else high = middle;
    }
    return low + 1;
  };
  const [header, ...data] = records;
  if (!header) return { columns: [], rows: [] };
  const columns = header.record.map((name) => name.trim());
  const rows = data.map(({ record, info, raw }) => {
    const skipped = /^(?:\r?\n)*/.exec(raw)![0];
    const start = info.bytes - Buffer.byteLength(raw) + Buffer.byteLength(skipped);
    return { line: lineAt(start), cells: cellsOf(columns, record) };
  });
  return { columns, rows: rows.filter((row) => row.cells.size > 0) };
}

async function readXlsx(file: string): Promise<Table> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { columns: [], rows: [] };
  const width = sheet.columnCount;
  const textsOf = (rowNumber: number): string[] => {
    const row = sheet.getRow(rowNumber);
    return Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
  };
  const columns = textsOf(1).map((name) => name.trim());
  const rows: TableRow[] = [];
  for (let line = 2; line <= sheet.rowCount; line++) {
    const cells = cellsOf(columns, textsOf(line));
    if (cells.size > 0) rows.push({ line, cells });
  }
  return { columns, rows };
}

function cellsOf(columns: readonly string[], values: readonly string[]): Map<string, string> {
  const cells = new Map<string, string>();
  values.forEach((value, i) => {
    const text = value.trim();
    // Cells beyond the header have no column: kept under their position so they are reported.
    if (text !== '') cells.set(columns[i] || `(column ${i + 1})`, text);
  });
  return cells;
}

/**
 * The text of an XLSX cell as a person typed it: a date cell is its calendar day (Excel stores
 * days, exceljs hands them over as UTC midnight), a formula its result, rich text and hyperlinks
 * their text.
 */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('result' in value) return cellText(value.result);
  if ('error' in value) return String(value.error);
  return '';
}
