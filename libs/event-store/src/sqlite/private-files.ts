import { chmodSync, closeSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** Owner only: the files hold every recorded event, and the token key. */
export const PRIVATE_DIRECTORY_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** SQLite's companions of a database file in WAL mode. */
const SQLITE_COMPANIONS = ['-wal', '-shm', '-journal'];

export class UnsafeDataDirectoryError extends Error {
  override readonly name = 'UnsafeDataDirectoryError';
}

const isPosix = process.platform !== 'win32';

/**
 * Creates the data directory owner-only (0700), or checks an existing one. A directory every user
 * may write to is refused: anyone could plant or swap `events.sqlite-wal` or `auth-secret` in it
 * (a world-writable sticky directory such as /tmp still lets others create those names first).
 */
export function ensurePrivateDirectory(directory: string): void {
  mkdirSync(directory, { recursive: true, mode: PRIVATE_DIRECTORY_MODE });
  if (!isPosix) return;
  const mode = statSync(directory).mode & 0o7777;
  if ((mode & 0o002) !== 0)
    throw new UnsafeDataDirectoryError(
      `Refusing to use the data directory ${directory}: it is writable by every user (mode ${mode.toString(8).padStart(4, '0')}); run: chmod 700 ${directory}`,
    );
}

/**
 * Prepares a SQLite database file to be opened owner-only. SQLite creates a new database 0644
 * (less the umask) and gives its -wal and -shm files the database's own permissions, so the file
 * is created empty with 0600 first (SQLite accepts an empty file as a new database). Files of an
 * older install are tightened to 0600 when this process owns them.
 */
export function preparePrivateSqliteFile(filename: string): void {
  if (filename === ':memory:' || filename === '') return;
  ensurePrivateDirectory(dirname(filename));
  closeSync(openSync(filename, 'a', PRIVATE_FILE_MODE));
  if (!isPosix) return;
  for (const file of [filename, ...SQLITE_COMPANIONS.map((suffix) => filename + suffix)])
    tightenIfOwned(file);
}

function tightenIfOwned(file: string): void {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((stat.mode & 0o077) === 0 || stat.uid !== process.getuid?.()) return;
  chmodSync(file, PRIVATE_FILE_MODE);
}
