import { EVENT_STORE, type EventStore } from '@ct/event-store';
import { NO_POSITION, type ReadStore } from '@ct/read-models';
import {
  type Report,
  type ReportJob,
  type ReportKind,
  type ReportOf,
  type ReportRequest,
  type WriteReportsOptions,
  type WrittenFile,
  generateReport,
  generateReports,
  reportSet,
  writeReportFiles,
} from '@ct/reports';
import { Inject, Injectable } from '@nestjs/common';
import { type IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AsOfService, type Cutoff } from '../as-of/as-of.service';
import { ProjectorService } from '../read-models/projector.service';
import { type ReadModelAnswer, ReadModelQuery, readModelHandler } from '../read-models/read-model.queries';
import { READ_STORE } from '../read-models/read-store.provider';

/**
 * One report from the live read models (the HTTP routes): the report as `result`, and the position
 * every read model had applied when it was asked as `checkpoint`.
 */
export class GenerateReportQuery<K extends ReportKind = ReportKind> extends ReadModelQuery<
  ReportRequest<K>,
  ReportOf<K>
> {}

/** What a run of several reports answers (CLI, schedule). */
export interface ReportRun {
  reports: Report[];
  /** The knownAt replay the reports were generated from; null: the live read models (now). */
  replay: { knownAt: string; eventsReplayed: number; lastPosition: string | null } | null;
  /** The event log's head when the run began: live read models below it were behind the log. */
  logHead: string;
}

export interface ReportRunOptions {
  /** A past record time: the log recorded by then is replayed, and every report read from that replay. */
  knownAt?: Cutoff;
  /** Events replayed so far (with knownAt). */
  onReplay?: (events: number) => void;
  /** Called before each report is generated, e.g. for a progress line. */
  onProgress?: (done: number, total: number, report: string) => void;
}

/**
 * Several reports from one read: the live read models, or one replay of the log as known at a past
 * record time (one replay for all of them, not one per report). The checkpoint is the position the
 * live read models had applied, or the last event replayed.
 */
export class GenerateReportsQuery extends Query<ReadModelAnswer<ReportRun>> {
  constructor(
    readonly jobs: readonly ReportJob[],
    readonly options: ReportRunOptions = {},
  ) {
    super();
  }
}

@QueryHandler(GenerateReportsQuery)
export class GenerateReportsHandler implements IQueryHandler<
  GenerateReportsQuery,
  ReadModelAnswer<ReportRun>
> {
  constructor(
    @Inject(READ_STORE) private readonly store: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly projector: ProjectorService,
    private readonly asOf: AsOfService,
  ) {}

  async execute({ jobs, options }: GenerateReportsQuery): Promise<ReadModelAnswer<ReportRun>> {
    const logHead = ((await this.events.headPosition()) ?? NO_POSITION).toString();
    if (options.knownAt === undefined) {
      const checkpoint = await this.projector.checkpoint();
      const reports = await generateReports(this.store.db, jobs, options.onProgress);
      return { result: { reports, replay: null, logHead }, checkpoint: checkpoint.toString() };
    }
    // A past record time: the read models are rebuilt from the log recorded by then, never taken
    // from today's rows.
    const replay = await this.asOf.replayKnownAt(options.knownAt, options.onReplay);
    try {
      const reports = await generateReports(replay.store.db, jobs, options.onProgress);
      const lastPosition = replay.lastPosition?.toString() ?? null;
      return {
        result: {
          reports,
          replay: { knownAt: replay.knownAt, eventsReplayed: replay.eventsReplayed, lastPosition },
          logHead,
        },
        checkpoint: lastPosition ?? NO_POSITION.toString(),
      };
    } finally {
      await replay.store.close();
    }
  }
}

/**
 * Writes a run of reports into a directory (`npm run report`, REPORT_SCHEDULE): reads them through
 * the QueryBus (GenerateReportsQuery), then renders and writes each format.
 */
@Injectable()
export class ReportWriter {
  constructor(private readonly queries: QueryBus) {}

  async write(
    options: Omit<WriteReportsOptions, 'knownAt' | 'onProgress'> & ReportRunOptions,
  ): Promise<{ files: WrittenFile[]; run: ReportRun; checkpoint: string }> {
    const { knownAt, onReplay, onProgress, ...reportOptions } = options;
    const { result, checkpoint } = await this.queries.execute(
      new GenerateReportsQuery(reportSet(reportOptions), {
        ...(knownAt !== undefined ? { knownAt } : {}),
        ...(onReplay ? { onReplay } : {}),
        ...(onProgress ? { onProgress } : {}),
      }),
    );
    const files = await writeReportFiles(result.reports, {
      ...reportOptions,
      ...(result.replay ? { knownAt: result.replay.knownAt } : {}),
    });
    return { files, run: result, checkpoint };
  }
}

export const REPORT_QUERY_HANDLERS = [
  readModelHandler(GenerateReportQuery, generateReport),
  GenerateReportsHandler,
];
