import { KeyedMutex } from './keyed-mutex';

/** A promise with its resolver, to decide from the test when a task finishes. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('KeyedMutex', () => {
  it('runs tasks of one key one after the other, in arrival order', async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const first = gate();
    const a = mutex.run('stream-1', async () => {
      log.push('a starts');
      await first.opened;
      log.push('a ends');
    });
    const b = mutex.run('stream-1', () => {
      log.push('b runs');
      return Promise.resolve();
    });
    await Promise.resolve();
    expect(log).toEqual(['a starts']);
    first.open();
    await Promise.all([a, b]);
    expect(log).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('runs tasks of different keys together', async () => {
    const mutex = new KeyedMutex();
    const held = gate();
    const log: string[] = [];
    const a = mutex.run('stream-1', async () => {
      await held.opened;
      log.push('a');
    });
    await mutex.run('stream-2', () => {
      log.push('b');
      return Promise.resolve();
    });
    expect(log).toEqual(['b']);
    held.open();
    await a;
    expect(log).toEqual(['b', 'a']);
  });

  it('lets the next task run after a failure, and hands the failure to its own caller only', async () => {
    const mutex = new KeyedMutex();
    const failed = mutex.run('k', () => Promise.reject(new Error('boom')));
    const next = mutex.run('k', () => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
