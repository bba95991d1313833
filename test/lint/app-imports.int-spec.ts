import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

interface LintMessage {
  ruleId: string | null;
  line: number;
  message: string;
}

/**
 * Lints `code` with the repository's own configuration (eslint.config.mjs, typed as in CI), as if it
 * were the content of `file`: the file must exist for the typed parser's project, its text on disk
 * is not read.
 */
async function lint(file: string, code: string): Promise<LintMessage[]> {
  const child = run(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'),
      '--stdin',
      '--stdin-filename',
      file,
      '--format',
      'json',
    ],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  child.child.stdin!.end(code);
  // ESLint exits 1 when it reports errors: the report is on stdout either way.
  const { stdout } = await child.catch((error: { stdout: string }) => ({ stdout: error.stdout }));
  return (JSON.parse(stdout) as { messages: LintMessage[] }[])[0]!.messages;
}

const restricted = (messages: LintMessage[]) =>
  messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);

/** Issue #16 item 2: apps import @ct/application and @ct/domain only, and lint says so. */
describe('the one-door import rule', () => {
  it('refuses an app importing a library below the application, and lets application and domain through', async () => {
    const code = [
      "import { EVENT_STORE } from '@ct/event-store';",
      "import { type ReadStore } from '@ct/read-models';",
      "import { REPORT_FORMATS } from '@ct/reports';",
      "import { EVENT_STORE as viaApplication, GetEventHistoryQuery } from '@ct/application';",
      "import { isStateCode } from '@ct/domain';",
      'export const uses: unknown[] = [EVENT_STORE, REPORT_FORMATS, viaApplication, GetEventHistoryQuery, isStateCode];',
      'export type Store = ReadStore;',
      '',
    ].join('\n');
    const messages = await lint('apps/api/src/main.ts', code);
    expect(restricted(messages)).toEqual([1, 2, 3]);
    expect(messages.find((m) => m.line === 1)!.message).toContain('@ct/application and @ct/domain only');
  }, 180_000);

  it('leaves the application itself free to use the libraries below it', async () => {
    const code = "import { EVENT_STORE } from '@ct/event-store';\nexport const token = EVENT_STORE;\n";
    expect(restricted(await lint('libs/application/src/for-apps.ts', code))).toEqual([]);
  }, 180_000);
});
