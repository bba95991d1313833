import { ensurePrivateDirectory } from '@ct/event-store';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { AUTH_SECRET_MIN_BYTES, type AppConfig } from '../config/app-config';

export const AUTH_SECRET_FILE = 'auth-secret';

/**
 * The HMAC key for access tokens. AUTH_SECRET wins when set (production: one secret shared by every
 * API instance and the CLI). Otherwise the embedded default keeps a random key in
 * DATA_DIR/auth-secret, generated on first use, so no secret ever lives in the repository and a
 * fresh checkout is secure without configuration.
 */
export function loadAuthSecret(config: Pick<AppConfig, 'AUTH_SECRET' | 'DATA_DIR'>): Buffer {
  if (config.AUTH_SECRET) return Buffer.from(config.AUTH_SECRET, 'utf8');
  // Checked before the file is read: in a directory others may write to, the key could be theirs.
  ensurePrivateDirectory(config.DATA_DIR);
  const file = join(config.DATA_DIR, AUTH_SECRET_FILE);
  try {
    return readSecretFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return createSecretFile(file);
}

function readSecretFile(file: string): Buffer {
  // Like ssh with its keys: a key others can read is refused rather than silently used.
  if (process.platform !== 'win32' && (statSync(file).mode & 0o077) !== 0)
    throw new Error(`${file} is readable by other users; run: chmod 600 ${file}`);
  const secret = readFileSync(file, 'utf8').trim();
  if (Buffer.byteLength(secret) < AUTH_SECRET_MIN_BYTES)
    throw new Error(
      `${file} holds fewer than ${AUTH_SECRET_MIN_BYTES} bytes; delete it to generate a new one`,
    );
  return Buffer.from(secret, 'utf8');
}

/**
 * Writes the key to a private temporary file, flushes it, then hard-links it into place. link(2)
 * fails when the name exists, so two processes starting together never overwrite each other's key
 * (rename would): the loser reads the winner's file. No reader ever sees a partly written file.
 */
function createSecretFile(file: string): Buffer {
  const secret = randomBytes(48).toString('base64url');
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, `${secret}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readSecretFile(file);
  } finally {
    unlinkSync(temporary);
  }
  return Buffer.from(secret, 'utf8');
}
