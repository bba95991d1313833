import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnsafeDataDirectoryError, ensurePrivateDirectory, preparePrivateSqliteFile } from './private-files';
import { SqliteEventStore } from './sqlite-event-store';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('private data files', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ct-private-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates the event log owner-only: directory 0700, database, -wal and -shm 0600', async () => {
    // A umask that would leave new files readable by everyone: the modes must not depend on it.
    const umask = process.umask(0o002);
    try {
      const dir = join(root, 'nested', 'data');
      const store = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
      const metadata = {
        actor: 'a',
        commandId: 'c',
        correlationId: 'c',
        causationId: 'c',
        recordedAt: new Date(0).toISOString(),
        schemaVersion: 1,
      };
      await store.appendToStream(
        's-1',
        [{ id: '00000000-0000-4000-8000-000000000001', type: 'T', data: {}, metadata }],
        { expectedRevision: 'no_stream' },
      );
      for (const file of ['events.sqlite', 'events.sqlite-wal', 'events.sqlite-shm']) {
        expect(existsSync(join(dir, file))).toBe(true);
        expect([file, modeOf(join(dir, file))]).toEqual([file, 0o600]);
      }
      expect(modeOf(dir)).toBe(0o700);
      await store.close();
    } finally {
      process.umask(umask);
    }
  });

  it('tightens the files of an older install that are readable by others', () => {
    const file = join(root, 'read-models.sqlite');
    for (const name of [file, `${file}-wal`]) {
      writeFileSync(name, '');
      chmodSync(name, 0o644);
    }
    preparePrivateSqliteFile(file);
    expect(modeOf(file)).toBe(0o600);
    expect(modeOf(`${file}-wal`)).toBe(0o600);
  });

  it('refuses a world-writable data directory, naming it, and creates nothing in it', () => {
    const dir = join(root, 'open');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    expect(() => ensurePrivateDirectory(dir)).toThrow(UnsafeDataDirectoryError);
    expect(() => new SqliteEventStore({ filename: join(dir, 'events.sqlite') })).toThrow(
      `Refusing to use the data directory ${dir}: it is writable by every user (mode 0777); run: chmod 700 ${dir}`,
    );
    expect(existsSync(join(dir, 'events.sqlite'))).toBe(false);
    chmodSync(dir, 0o1777); // the sticky bit does not stop others creating the names first
    expect(() => ensurePrivateDirectory(dir)).toThrow(/mode 1777/);
    chmodSync(dir, 0o755); // readable by others is the operator's choice; writable is not
    expect(() => ensurePrivateDirectory(dir)).not.toThrow();
  });
});
