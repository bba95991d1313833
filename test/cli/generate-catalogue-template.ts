/**
 * Writes docs/templates/catalogue-template.xlsx from docs/templates/catalogue-template.csv (the CSV
 * is the source; edit it, then run this):
 *
 *   node -r ./test/support/register-ts.js test/cli/generate-catalogue-template.ts
 *
 * test/cli/catalogue-template.spec.ts fails when the two say different things.
 */
import { join } from 'node:path';
import { readTable } from '../../apps/cli/src/import/read-table';
import { writeXlsx } from '../../apps/cli/src/import/write-xlsx';

const templates = join(__dirname, '../../docs/templates');

async function main(): Promise<void> {
  const table = await readTable(join(templates, 'catalogue-template.csv'));
  await writeXlsx(table, join(templates, 'catalogue-template.xlsx'));
  console.log(`wrote docs/templates/catalogue-template.xlsx (${table.rows.length} rows)`);
}

void main();
