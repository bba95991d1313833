/**
 * Writes the API's OpenAPI document and the TypeScript types generated from it, without listening
 * on a port: the application is created on a throw-away data directory, the document is built the
 * way /docs-json builds it, and openapi-typescript turns it into `paths`/`components` types for
 * openapi-fetch. Both files are formatted like the rest of the repository.
 *
 *   node -r ./test/support/register-ts.js test/openapi/generate.ts [outDir]   (default docs/openapi)
 *
 * `npm run openapi:client` writes docs/openapi/ (committed: the contract, reviewed in diffs);
 * `npm run lint:openapi` writes dist/openapi/ and lints it; test/openapi/generated.e2e-spec.ts
 * checks that the committed files are what this script writes today.
 */
import 'reflect-metadata';
import { loadConfig } from '@ct/application';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createOpenApiDocument } from '../../apps/api/src/openapi';

export const DOCUMENT_FILE = 'openapi.json';
export const TYPES_FILE = 'schema.d.ts';

const TYPES_BANNER = `/**
 * Generated from openapi.json by openapi-typescript (npm run openapi:client). Do not edit: change
 * the decorators of the API and regenerate. Use with openapi-fetch: createClient<paths>().
 */
`;

/** Formatted as in docs/openapi, wherever it is written (a test writes to a temporary folder). */
async function formatted(text: string, file: string): Promise<string> {
  const options = (await resolveConfig(join(__dirname, '../../docs/openapi', basename(file)))) ?? {};
  return format(text, { ...options, filepath: file });
}

/** Builds the document from a fresh application (nothing listens, nothing is recorded). */
export async function buildDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ct-openapi-'));
  try {
    const app = await createApiApp(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: dataDir }));
    try {
      return createOpenApiDocument(app) as unknown as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function generate(outDir: string): Promise<{ document: string; types: string }> {
  mkdirSync(outDir, { recursive: true });
  const documentFile = join(outDir, DOCUMENT_FILE);
  const typesFile = join(outDir, TYPES_FILE);
  const document = await buildDocument();
  writeFileSync(documentFile, await formatted(JSON.stringify(document), documentFile));
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
  writeFileSync(typesFile, await formatted(TYPES_BANNER + nullBranches(astToString(ast)), typesFile));
  return { document: documentFile, types: typesFile };
}

if (require.main === module) {
  const outDir = resolve(process.argv[2] ?? 'docs/openapi');
  generate(outDir).then(
    ({ document, types }) => console.log(`wrote ${document} and ${types}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * A nullable object field is documented as `anyOf: [{ $ref }, { type: 'object', nullable: true,
 * enum: [null] }]`: OpenAPI 3.0 needs the `type` beside `nullable` (redocly's nullable-type-sibling),
 * and a bare `nullable` beside a `$ref` would not admit null. openapi-typescript renders that second
 * branch as `(never | null)`, which says `null` with two redundant constituents: written as `null`.
 */
export function nullBranches(types: string): string {
  return types.replaceAll('| (never | null)', '| null');
}
