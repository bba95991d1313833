import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { Projector, type ProjectorStatus, type ReadStore, readLowestCheckpoint } from '@ct/read-models';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { type HealthReport, assessHealth } from './health';
import { READ_STORE } from './read-store.provider';

export { type HealthReport, type ReadinessCheck, assessHealth } from './health';

/** How often a process without its own projector looks at the stored checkpoints while waiting. */
const CHECKPOINT_POLL_MS = 25;

/**
 * Runs the projector inside this process when configured (the embedded default: one `npm start`
 * is a whole system), and answers "has the read side reached position P?" either way.
 */
@Injectable()
export class ProjectorService implements OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projector');
  readonly projector?: Projector;
  private shuttingDown = false;

  constructor(
    private readonly config: AppConfig,
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {
    if (config.PROJECTOR === 'in-process')
      this.projector = new Projector({
        store,
        eventStore,
        gatherMs: config.PROJECTOR_GATHER_MS,
        onError: (error) => this.logger.warn(`projector retrying after: ${(error as Error).message}`),
      });
  }

  onApplicationBootstrap(): void {
    this.projector?.start();
  }

  /**
   * The first shutdown hook Nest runs, while the HTTP server still answers: from here on readiness
   * is false, so a load balancer stops sending new requests before the stores are closed.
   */
  onModuleDestroy(): void {
    this.shuttingDown = true;
  }

  beforeApplicationShutdown(): void {
    this.shuttingDown = true;
  }

  /** Readiness and the detail behind it (see assessHealth). */
  health(): Promise<HealthReport> {
    return assessHealth({
      eventStore: this.eventStore,
      readStore: this.store,
      projector: this.projector?.status,
      maxLagEvents: this.config.READY_MAX_LAG_EVENTS,
      shuttingDown: this.shuttingDown,
    });
  }

  /** Called by TrackerModule on shutdown, before the stores it writes to are closed. */
  async stop(): Promise<void> {
    await this.projector?.stop();
  }

  get status(): ProjectorStatus | undefined {
    return this.projector?.status;
  }

  /** The lowest checkpoint over all read models: every read model reflects at least this position. */
  async checkpoint(): Promise<bigint> {
    if (this.projector) return this.projector.status.checkpoint;
    return readLowestCheckpoint(this.store.db);
  }

  /** Read-your-writes: resolves once every read model has applied `position`, or reports the timeout. */
  async waitFor(
    position: bigint,
    timeoutMs = this.config.READ_WAIT_TIMEOUT_MS,
  ): Promise<{ reached: boolean; checkpoint: bigint }> {
    if (this.projector) return this.projector.waitFor(position, timeoutMs);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoint = await this.checkpoint();
      if (checkpoint >= position || Date.now() >= deadline)
        return { reached: checkpoint >= position, checkpoint };
      await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_POLL_MS));
    }
  }
}
