import { AccessTokens, loadConfig } from '@ct/application';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** A TCP port that is free right now on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Runs a TypeScript entry point of the repo in a child node process (see register-ts.js). */
export function spawnTs(entry: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(
    process.execPath,
    ['-r', join(root, 'test/support/register-ts.js'), join(root, entry), ...args],
    {
      cwd: root,
      // Store selection comes from the test only, never from the environment the suite runs in.
      env: { ...inheritedEnvironment(), LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

/** The suite's environment without the variables that select stores, ports and secrets. */
export function inheritedEnvironment(): NodeJS.ProcessEnv {
  const {
    DATABASE_URL: _db,
    EVENTSTORE_CONNECTION_STRING: _es,
    DATA_DIR: _dir,
    PORT: _port,
    AUTH_SECRET: _secret,
    AUTH_ISSUER: _issuer,
    AUTH_AUDIENCE: _audience,
    RATE_LIMIT_PER_MINUTE: _rate,
    ...rest
  } = process.env;
  return rest;
}

/**
 * Starts the API as a real process and resolves once it answers /health/live. The child gets a fresh
 * AUTH_SECRET (unless the test passes one) and `tokens` signs with it, as an operator's CLI would.
 */
export async function startApiProcess(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; url: string; tokens: AccessTokens }> {
  const port = await freePort();
  const childEnv = {
    AUTH_SECRET: randomBytes(48).toString('base64url'),
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  const tokens = AccessTokens.fromConfig(loadConfig(childEnv));
  const child = spawnTs('apps/api/src/main.ts', [], childEnv);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/health/live`);
      if (response.ok) return { child, url, tokens };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`API did not start within 30 s:\n${output}`);
}

export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
