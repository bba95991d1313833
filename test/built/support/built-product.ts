import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { freePort, inheritedEnvironment, killHard } from '../../support/child-process';

/**
 * The product as it ships: the JavaScript `npm run build` wrote to dist/, run by plain `node`
 * exactly as the Dockerfile's CMD and the `ct-tracker` bin do. Nothing here compiles TypeScript.
 */
export const root = join(__dirname, '../../..');
export const API_ENTRY = join(root, 'dist/apps/api/src/main.js');
export const CLI_ENTRY = join(root, 'dist/apps/cli/src/main.js');

/**
 * Brings dist/ up to date with the sources (`nest build`, only when it is missing or older than
 * them), so the suite never tests stale code, whether run by `npm test` or by jest directly.
 */
export function buildIfStale(): void {
  const build = spawnSync(process.execPath, [join(root, 'apps/cli/build-if-stale.js')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stderr}`);
}

export interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/** One product installation: a data directory and the secret its API and CLI share. */
export interface Installation {
  dataDir: string;
  authSecret: string;
}

export const newInstallation = (dataDir: string): Installation => ({
  dataDir,
  authSecret: randomBytes(48).toString('base64url'),
});

const environment = (installation: Installation, extra: Record<string, string> = {}) => ({
  ...inheritedEnvironment(),
  DATA_DIR: installation.dataDir,
  AUTH_SECRET: installation.authSecret,
  LOG_LEVEL: 'warn',
  ...extra,
});

/** Runs the built CLI to completion and collects what it printed. */
export function runBuiltCli(installation: Installation, ...args: string[]): Promise<Output> {
  const child = spawn(process.execPath, [CLI_ENTRY, ...args], {
    cwd: root,
    env: environment(installation),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collect(child);
}

/** Runs one of the plain-JavaScript helpers of this folder against the installation. */
export function runHelper(installation: Installation, script: string): Promise<Output> {
  const child = spawn(process.execPath, [join(__dirname, script)], {
    cwd: root,
    env: environment(installation),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return collect(child);
}

function collect(child: ChildProcess): Promise<Output> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export interface BuiltApi {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `node dist/apps/api/src/main.js` on a free loopback port and resolves once its public
 * liveness probe answers; the ceiling is generous because the machine running CI may be loaded.
 */
export async function startBuiltApi(installation: Installation): Promise<BuiltApi> {
  const port = await freePort();
  const child = spawn(process.execPath, [API_ENTRY], {
    cwd: root,
    env: environment(installation, {
      PORT: String(port),
      HOST: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: '1000000',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const api = { url, child, output: () => output, stop: () => killHard(child) };
  await waitFor(`the built API to answer ${url}/health/live`, 120_000, async () => {
    if (child.exitCode !== null) throw new Error(`the built API exited with ${child.exitCode}:\n${output}`);
    return (await fetch(`${url}/health/live`).catch(() => undefined))?.ok === true;
  });
  return api;
}

/** Polls `probe` until it holds; fails with `what` after `ceilingMs`, or at once if it throws. */
export async function waitFor(what: string, ceilingMs: number, probe: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ceilingMs;
  while (Date.now() < deadline) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}
