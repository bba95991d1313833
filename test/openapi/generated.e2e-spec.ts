import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(__dirname, '../..');
const committed = join(root, 'docs/openapi');

/**
 * docs/openapi holds the contract and the client types generated from it (committed, so a change
 * to the API shows in review and `npx tsc` compiles the typed-client test). They must be exactly
 * what the application produces today: regenerate with `npm run openapi:client` when this fails.
 */
describe('docs/openapi, the committed contract and client types', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'ct-openapi-out-'));
    await promisify(execFile)(
      process.execPath,
      ['-r', './test/support/register-ts.js', 'test/openapi/generate.ts', out],
      { cwd: root },
    );
  }, 120_000);
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it.each(['openapi.json', 'schema.d.ts'])('%s is what npm run openapi:client writes today', (file) => {
    const regenerated = readFileSync(join(out, file), 'utf8');
    expect(regenerated.length).toBeGreaterThan(1000);
    expect(readFileSync(join(committed, file), 'utf8')).toBe(regenerated);
  });
});
