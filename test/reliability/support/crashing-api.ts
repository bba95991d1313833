import { type AccessTokens } from '@ct/application';
import { type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { killHard, startApiProcess } from '../../support/child-process';
import { type Answer, type Counts, post, sleep } from './reliability';

/**
 * The API as a real child process that a test SIGKILLs and restarts on the same DATA_DIR, and
 * clients that retry every unanswered or failed command with the same Idempotency-Key until it
 * gets a definitive answer (what a well-behaved client does).
 */
export class CrashingApi {
  private child?: ChildProcess;
  private url = '';
  private restarting?: Promise<void>;
  private stopped = false;
  tokens!: AccessTokens;
  kills = 0;
  readonly secret = randomBytes(48).toString('base64url');

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    const started = await startApiProcess({ ...this.env, AUTH_SECRET: this.secret });
    this.child = started.child;
    this.url = started.url;
    this.tokens = started.tokens;
  }

  get baseUrl(): string {
    return this.url;
  }

  /** SIGKILL now (nothing runs: no shutdown hook, no flush), then start again. */
  crashAndRestart(): Promise<void> {
    this.restarting ??= (async () => {
      this.kills += 1;
      await killHard(this.child!);
      if (!this.stopped) await this.start();
    })().finally(() => (this.restarting = undefined));
    return this.restarting;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.restarting;
    if (this.child) await killHard(this.child);
  }

  /**
   * Sends one command until it gets a definitive answer: 2xx, or a 4xx other than 409/429. Network
   * errors (the process is dead), 5xx, 409 and 429 are retried with the same key.
   */
  async sendUntilAnswered(
    path: string,
    token: string,
    body: unknown,
    key: string,
    counts: Counts,
  ): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0) {
        counts.retried += 1;
        await (this.restarting ?? sleep(Math.min(50 * attempt, 500)));
      }
      if (attempt > 400) throw new Error(`command ${key} got no answer after ${attempt} attempts`);
      try {
        const answer = await post(this.url, path, token, body, key, 20_000);
        if (answer.status < 500 && answer.status !== 409 && answer.status !== 429) return answer;
      } catch {
        // connection refused or reset: the API is down; wait for it and retry
      }
    }
  }
}
