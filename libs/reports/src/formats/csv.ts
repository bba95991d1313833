import { type Cell, type ReportTable } from './tables';

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * RFC 4180: CRLF between records, fields with a comma, quote, CR or LF quoted, quotes doubled.
 * Text that a spreadsheet would run as a formula (= + - @ at the start) is prefixed with an
 * apostrophe (OWASP CSV injection advice): descriptions come from users, a report is opened by
 * others. Numbers, negative ones included, are left exactly as they are.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  let text = String(cell);
  if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text) && !NUMERIC.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One table per file; every row starts with the report's as-of date, so a file read alone says it. */
export function toCsv(table: ReportTable, asOf: string): string {
  const lines = [['as_of', ...table.columns], ...table.rows.map((row) => [asOf, ...row])];
  return lines.map((line) => line.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Reads RFC 4180 back (used by the tests and by anyone checking a file): rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
