/**
 * Runs tasks that share a key one after the other, and tasks with different keys concurrently.
 * The write pipeline takes one per stream, so that commands on a busy stream inside this process
 * queue up instead of racing each other into optimistic-concurrency conflicts (only writers in
 * other processes can still conflict), and one per idempotency key, so that concurrent first uses
 * of a key resolve to exactly one write.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key);
    const result = previous ? previous.then(task, task) : task();
    const tail = result.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
