import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, chmodSync, chownSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../support/child-process';
import { repoRoot } from './support/dockerfile';

/**
 * The image's entry point as the image runs it: the built API (`node dist/apps/api/src/main.js`),
 * as a user that is not root, on a data directory of its own, as the Dockerfile prepares `/data`
 * for the `node` user. No Docker engine here: the same process, the same kind of user, the same
 * kind of directory. The second case is the directory a named volume gets when the image does not
 * create it: owned by root, so the API cannot write its files there.
 */
const ENTRY = 'dist/apps/api/src/main.js';
/** `nobody` on Debian: no home, no groups, no rights on anything it does not own. */
const UNPRIVILEGED = 65534;
const isRoot = process.getuid?.() === 0;

function commandAsNonRoot(): string[] {
  // Not root already: the current user is the non-root user this test needs.
  if (!isRoot) return [process.execPath, ENTRY];
  if (!existsSync('/usr/bin/setpriv'))
    throw new Error(
      'the suite runs as root and /usr/bin/setpriv (util-linux) is missing: cannot start the API as a non-root user',
    );
  const ids = [`--reuid=${UNPRIVILEGED}`, `--regid=${UNPRIVILEGED}`, '--clear-groups'];
  return ['/usr/bin/setpriv', ...ids, process.execPath, ENTRY];
}

/**
 * The unprivileged user must be able to read the checkout, as `node` reads /app in the image. A
 * checkout under a private home directory is not: say so, rather than fail on an obscure error.
 */
function assertReadableByNonRoot(): void {
  if (!isRoot) return;
  const [command, ...args] = commandAsNonRoot();
  const probe = `require('fs').accessSync(${JSON.stringify(join(repoRoot, ENTRY))}); require.resolve('@nestjs/core')`;
  try {
    execFileSync(command!, [...args.slice(0, -1), '-e', probe], { cwd: repoRoot, stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `uid ${UNPRIVILEGED} cannot read ${repoRoot} (dist/ or node_modules/): this check needs a checkout ` +
        `that other users can read, as the image's /app is for its user.\n${String(error)}`,
    );
  }
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startBuiltApi(dataDir: string, port: number): Started {
  const [command, ...args] = commandAsNonRoot();
  const child = spawn(command!, args, {
    cwd: repoRoot,
    // Only what the image sets and compose passes; nothing of the environment the suite runs in.
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dataDir,
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves with 'live' once /health/live answers 200, or 'exited' if the process ends first. */
async function liveOrExited(started: Started, port: number, ceilingMs: number): Promise<'live' | 'exited'> {
  const deadline = Date.now() + ceilingMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null || started.child.signalCode !== null) return 'exited';
    const answer = await fetch(`http://127.0.0.1:${port}/health/live`).then(
      (response) => response.status,
      () => undefined,
    );
    if (answer === 200) return 'live';
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`neither live nor exited within ${ceilingMs} ms:\n${started.output()}`);
}

async function stop(started: Started): Promise<void> {
  if (started.child.exitCode === null && started.child.signalCode === null) started.child.kill('SIGTERM');
  await started.exited;
}

describe('the built API started as a non-root user', () => {
  const dirs: string[] = [];
  const freshDir = (owner: number | undefined, mode: number): string => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-data-'));
    dirs.push(dir);
    if (owner !== undefined && isRoot) chownSync(dir, owner, owner);
    chmodSync(dir, mode);
    return dir;
  };

  beforeAll(() => {
    // CI builds before testing (as the Dockerfile does); a checkout without dist/ builds here once.
    if (!existsSync(join(repoRoot, ENTRY)))
      execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit', timeout: 600_000 });
    assertReadableByNonRoot();
  }, 610_000);
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('answers /health/live on a fresh data directory it owns, and keeps its files there, private', async () => {
    const dataDir = freshDir(UNPRIVILEGED, 0o755);
    const port = await freePort();
    const started = startBuiltApi(dataDir, port);
    try {
      const outcome = await liveOrExited(started, port, 60_000);
      expect({ outcome, output: outcome === 'live' ? '' : started.output() }).toEqual({
        outcome: 'live',
        output: '',
      });
      const files = readdirSync(dataDir);
      // No AUTH_SECRET given: the API generated one, next to the embedded stores.
      expect(files).toEqual(expect.arrayContaining(['auth-secret', 'events.sqlite']));
      const expectedOwner = isRoot ? UNPRIVILEGED : process.getuid!();
      for (const file of files)
        expect({ file, uid: statSync(join(dataDir, file)).uid }).toEqual({ file, uid: expectedOwner });
      expect(statSync(join(dataDir, 'auth-secret')).mode & 0o077).toBe(0);
    } finally {
      await stop(started);
    }
  }, 90_000);

  it('exits with EACCES, writing nothing, on a data directory owned by root (a volume the image did not prepare)', async () => {
    if (!isRoot) {
      // Without root this process cannot make a directory owned by someone else; a read-only one
      // models the same refusal for the current user.
      const dataDir = freshDir(undefined, 0o555);
      const port = await freePort();
      const started = startBuiltApi(dataDir, port);
      expect(await liveOrExited(started, port, 60_000)).toBe('exited');
      expect(await started.exited).not.toBe(0);
      expect(started.output()).toMatch(/EACCES|permission denied/i);
      expect(readdirSync(dataDir)).toEqual([]);
      return;
    }
    const dataDir = freshDir(0, 0o755);
    const port = await freePort();
    const started = startBuiltApi(dataDir, port);
    try {
      expect(await liveOrExited(started, port, 60_000)).toBe('exited');
      expect(await started.exited).not.toBe(0);
      expect(started.output()).toMatch(/EACCES|permission denied/i);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      await stop(started);
    }
  }, 90_000);
});
