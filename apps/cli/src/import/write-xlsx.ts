import { Workbook } from 'exceljs';
import { type Table } from './read-table';

/** Columns holding a calendar day: written as date cells, as a person would type them in a spreadsheet. */
const isDateColumn = (column: string): boolean => /On$/.test(column);
const isNumberColumn = (column: string): boolean => column === 'percentComplete';

/**
 * Writes a catalogue table as an XLSX workbook (one sheet, the header in row 1), with dates as date
 * cells and numbers as number cells rather than text, so the XLSX template and the tests exercise
 * what a spreadsheet program really saves. Used to generate docs/templates/catalogue-template.xlsx
 * from the CSV template (test/cli/generate-catalogue-template.ts).
 */
export async function writeXlsx(table: Table, file: string): Promise<void> {
  const workbook = new Workbook();
  // Fixed, so that regenerating the template from an unchanged CSV changes no metadata.
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  workbook.creator = 'ct-commitments-tracker';
  const sheet = workbook.addWorksheet('catalogue');
  sheet.addRow(table.columns);
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const values = table.columns.map((column) => {
      const text = row.cells.get(column);
      if (text === undefined) return null;
      if (isDateColumn(column) && /^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00Z`);
      if (isNumberColumn(column) && /^\d+$/.test(text)) return Number(text);
      return text;
    });
    sheet.addRow(values);
  }
  table.columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = Math.min(40, Math.max(12, column.length + 2));
    if (isDateColumn(column)) sheetColumn.numFmt = 'yyyy-mm-dd';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  await workbook.xlsx.writeFile(file);
}
