/**
 * The benchmark suite: `npm run bench` (full) or `npm run bench -- --quick`.
 * Options: --quick, --only=commands,concurrent,http,rebuild (a subset, e.g. under --cpu-prof),
 * --log-level=<pino level of the API under test, default info>, --no-save, --profile-servers (CPU
 * profiles of the HTTP server processes in bench/results).
 *
 * Progress goes to stderr; the JSON summary to stdout and to bench/results/<timestamp>.json and
 * bench/results/latest.json (with a bar chart of the ratios in latest.svg). Every throughput is
 * reported next to a floor measured in the same run, on the same machine, and as a ratio to it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { type ApiResult, type HttpResult, measureApi, measureBare, profileHttpServers } from './http';
import { renderAscii, renderSvg } from './chart';
import { type CommandsResult, type HotStreamResult, measureCommands, measureHotStream } from './write-path';
import { type RebuildBenchResult, measureRebuild } from './rebuild';
import { log, median, now, round, secondsSince } from './util';

const PHASES = ['commands', 'concurrent', 'hot', 'http', 'rebuild'] as const;
type Phase = (typeof PHASES)[number];

export const TARGETS = {
  writeRatio: 0.5,
  groupCommitGain: 5,
  httpRatio: 0.4,
  rebuildEventsPerSec: 100_000,
  rebuildPeakRssMb: 300,
  // Issue #16: rebuild at 0.4 of the raw read floor; one State's as-of (cold, at three quarters of
  // the log) under a second; the scorecard kept where it was (0.6 ms p95 before the
  // effective-dated read models), with 10 ms as the limit a user would notice.
  rebuildRatio: 0.4,
  asOfMs: 1000,
  scorecardP95Ms: 10,
  hotStreamAcceptedShare: 0.95,
  hotStreamLost: 0,
  hotStreamRatio: 0.5,
} as const;

const PLANS = {
  quick: {
    rounds: 2,
    commands: 3000,
    concurrentCommands: 6000,
    httpSeconds: 10,
    httpWarmupSeconds: 2,
    hotCommands: 2000,
    rebuildEvents: 100_000,
    rebuildDeliverables: 200,
    scorecardCalls: 500,
    asOfRuns: 3,
  },
  full: {
    rounds: 3,
    commands: 10000,
    concurrentCommands: 20000,
    httpSeconds: 30,
    httpWarmupSeconds: 5,
    hotCommands: 5000,
    rebuildEvents: 1_000_000,
    rebuildDeliverables: 600,
    scorecardCalls: 2000,
    asOfRuns: 3,
  },
} as const;

const IN_FLIGHT = 64;
/** Writers on the one hot stream (the trust issue's scenario: 50 writers on one assignment). */
const HOT_WRITERS = 50;
const HTTP_CONNECTIONS = 16;

function parseArgs(argv: readonly string[]) {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const only = value('only')?.split(',') ?? [...PHASES];
  const unknown = only.filter((p) => !(PHASES as readonly string[]).includes(p));
  if (unknown.length > 0)
    throw new Error(`unknown phase(s): ${unknown.join(', ')}; known: ${PHASES.join(', ')}`);
  return {
    mode: argv.includes('--quick') ? ('quick' as const) : ('full' as const),
    phases: new Set(only as Phase[]),
    logLevel: value('log-level') ?? 'info',
    save: !argv.includes('--no-save'),
    profileServers: argv.includes('--profile-servers'),
  };
}

const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? undefined : round(a / b, 3);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const plan = PLANS[args.mode];
  profileHttpServers(args.profileServers);
  const started = new Date();
  const totalStart = now();
  const tmp = mkdtempSync(join(os.tmpdir(), 'ct-bench-'));
  const durations: Record<string, number> = {};
  log(`mode ${args.mode}, phases ${[...args.phases].join(', ')}, temp dir ${tmp}`);

  const sequential: CommandsResult[] = [];
  const concurrent: CommandsResult[] = [];
  let bare: HttpResult | undefined;
  let api: ApiResult | undefined;
  let rebuilt: RebuildBenchResult | undefined;
  let hot: { many: HotStreamResult; one: HotStreamResult } | undefined;
  try {
    // Within a phase, commands and floor appends alternate in blocks; phases repeat round by round.
    for (let round_ = 1; round_ <= plan.rounds; round_++) {
      const tag = `round ${round_}/${plan.rounds}`;
      if (args.phases.has('commands')) {
        log(`${tag} commands: ${plan.commands} ReportProgress, one at a time`);
        const phaseStart = now();
        const result = await measureCommands(tmp, plan.commands, 1, `${tag} commands`);
        sequential.push(result);
        durations[`commands.${round_}`] = round(secondsSince(phaseStart), 1);
        log(
          `${tag} commands: ${result.commandsPerSec.toFixed(0)} commands/s, ` +
            `floor ${result.floor.appendsPerSec.toFixed(0)} appends/s`,
        );
      }
      if (args.phases.has('concurrent')) {
        log(`${tag} concurrent: ${plan.concurrentCommands} ReportProgress, ${IN_FLIGHT} in flight`);
        const phaseStart = now();
        const result = await measureCommands(tmp, plan.concurrentCommands, IN_FLIGHT, `${tag} concurrent`);
        concurrent.push(result);
        durations[`concurrent.${round_}`] = round(secondsSince(phaseStart), 1);
        log(
          `${tag} concurrent: ${result.commandsPerSec.toFixed(0)} commands/s, ` +
            `${result.meanBatch?.toFixed(1) ?? '?'} appends per commit, ` +
            `floor ${result.floor.appendsPerSec.toFixed(0)} appends/s`,
        );
      }
    }
    if (args.phases.has('hot')) {
      const phaseStart = now();
      log(`hot: ${plan.hotCommands} ReportProgress on one assignment, 1 writer then ${HOT_WRITERS}`);
      const one = await measureHotStream(tmp, plan.hotCommands, 1, 'hot, 1 writer');
      const many = await measureHotStream(tmp, plan.hotCommands, HOT_WRITERS, `hot, ${HOT_WRITERS} writers`);
      hot = { one, many };
      durations.hot = round(secondsSince(phaseStart), 1);
      log(
        `hot: ${many.commandsPerSec.toFixed(0)} commands/s with ${HOT_WRITERS} writers ` +
          `(${(many.acceptedShare * 100).toFixed(1)} % accepted, ${many.lost} lost) vs ` +
          `${one.commandsPerSec.toFixed(0)}/s with one`,
      );
    }
    if (args.phases.has('http')) {
      let phaseStart = now();
      bare = await measureBare(HTTP_CONNECTIONS, plan.httpSeconds, plan.httpWarmupSeconds);
      durations['http.bare'] = round(secondsSince(phaseStart), 1);
      phaseStart = now();
      api = await measureApi(
        mkdtempSync(join(tmp, 'api-')),
        HTTP_CONNECTIONS,
        plan.httpSeconds,
        plan.httpWarmupSeconds,
        args.logLevel,
      );
      durations['http.api'] = round(secondsSince(phaseStart), 1);
    }
    if (args.phases.has('rebuild')) {
      const phaseStart = now();
      rebuilt = await measureRebuild(mkdtempSync(join(tmp, 'rebuild-')), {
        events: plan.rebuildEvents,
        deliverables: plan.rebuildDeliverables,
        scorecardCalls: plan.scorecardCalls,
        asOfRuns: plan.asOfRuns,
      });
      durations['rebuild.generate'] = round(rebuilt.log.seconds, 1);
      durations['rebuild.rebuild'] = rebuilt.child.rebuild.seconds;
      durations.rebuild = round(secondsSince(phaseStart), 1);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const med = (values: number[]) => (values.length === 0 ? undefined : round(median(values), 1));
  const cpuMs = (results: CommandsResult[]) =>
    results.length === 0 ? undefined : round(median(results.map((r) => r.cpuMsPerCommand)), 4);
  const commandsPerSec = med(sequential.map((r) => r.commandsPerSec));
  const floorAppendsPerSec = med(sequential.map((r) => r.floor.appendsPerSec));
  const concurrentFloorAppendsPerSec = med(concurrent.map((r) => r.floor.appendsPerSec));
  const concurrentCommandsPerSec = med(concurrent.map((r) => r.commandsPerSec));
  const httpReqPerSec = api?.progress.reqPerSec;
  const bareReqPerSec = bare?.reqPerSec;
  durations.total = round(secondsSince(totalStart), 1);

  const summary = {
    mode: args.mode,
    startedAt: started.toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      totalMemoryGiB: round(os.totalmem() / 2 ** 30, 1),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
    },
    commandsPerSec,
    floorAppendsPerSec,
    writeRatio: ratio(commandsPerSec, floorAppendsPerSec),
    concurrentCommandsPerSec,
    groupCommitGain: ratio(concurrentCommandsPerSec, commandsPerSec),
    concurrentFloorAppendsPerSec,
    concurrentVsFloor: ratio(concurrentCommandsPerSec, concurrentFloorAppendsPerSec),
    /** The gain with each phase first divided by its own interleaved floor: less sensitive to disk noise. */
    groupCommitGainFloorAdjusted: ratio(
      ratio(concurrentCommandsPerSec, concurrentFloorAppendsPerSec),
      ratio(commandsPerSec, floorAppendsPerSec),
    ),
    cpuMsPerCommand: cpuMs(sequential),
    concurrentCpuMsPerCommand: cpuMs(concurrent),
    httpReqPerSec,
    httpP99Ms: api?.progress.latencyMs.p99,
    bareReqPerSec,
    httpRatio: ratio(httpReqPerSec, bareReqPerSec),
    healthReqPerSec: api?.health.reqPerSec,
    rebuildEventsPerSec: rebuilt?.child.rebuild.eventsPerSec,
    rebuildPeakRssMb: rebuilt?.child.rebuild.peakRssMb,
    floorReadRowsPerSec: rebuilt?.floorReadRowsPerSec,
    rebuildRatio: ratio(rebuilt?.child.rebuild.eventsPerSec, rebuilt?.floorReadRowsPerSec),
    scorecardP95Ms: rebuilt?.child.scorecard.latencyMs.p95,
    asOfMs: rebuilt?.child.asOf.medianMs,
    asOfRepeatMs: rebuilt?.child.asOf.repeatMedianMs,
    asOfEventsReplayed: rebuilt?.child.asOf.eventsReplayed,
    asOfEventsUpToCutoff: rebuilt?.child.asOf.eventsUpToCutoff,
    asOfShareReplayed: ratio(rebuilt?.child.asOf.eventsReplayed, rebuilt?.child.asOf.eventsUpToCutoff),
    hotStreamCommandsPerSec: hot === undefined ? undefined : round(hot.many.commandsPerSec, 1),
    hotStreamAcceptedShare: hot?.many.acceptedShare,
    hotStreamLost: hot?.many.lost,
    hotStreamRatio: ratio(hot?.many.commandsPerSec, hot?.one.commandsPerSec),
    targets: TARGETS,
    settings: {
      durability: 'journal_mode=WAL, synchronous=FULL (store and floor)',
      streams: '100 deliverables x 5 States = 500 (deliverable, State) pairs, 100 streams',
      inFlight: IN_FLIGHT,
      httpConnections: HTTP_CONNECTIONS,
      apiLogLevel: args.logLevel,
      plan,
    },
    durationsSeconds: durations,
    details: {
      commands: sequential,
      concurrent,
      http: { bare, api },
      rebuild: rebuilt,
      hot,
    },
  };

  const json = JSON.stringify(summary, null, 2);
  process.stdout.write(`${json}\n`);
  process.stderr.write(renderAscii(summary));
  process.stderr.write(targetTable(summary));
  if (args.save) {
    const dir = join(__dirname, 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${started.toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${json}\n`);
    writeFileSync(join(dir, 'latest.json'), `${json}\n`);
    writeFileSync(join(dir, 'latest.svg'), renderSvg(summary));
    log(`wrote ${file}, latest.json and latest.svg`);
  }
}

/** Figures whose target is a ceiling; every other target is a floor. */
const CEILINGS = new Set<keyof typeof TARGETS>([
  'rebuildPeakRssMb',
  'asOfMs',
  'scorecardP95Ms',
  'hotStreamLost',
]);

/** Every figure that has a target, beside it, and whether this run met it (phases not run: absent). */
function targetTable(summary: Partial<Record<keyof typeof TARGETS, number>>): string {
  const rows = (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).flatMap((name) => {
    const value = summary[name];
    if (value === undefined) return [];
    const target = TARGETS[name];
    const ceiling = CEILINGS.has(name);
    const met = ceiling ? value <= target : value >= target;
    return [
      `${name.padEnd(24)} ${String(value).padStart(12)}  ${ceiling ? '<=' : '>='} ${String(target).padEnd(8)} ${met ? 'met' : 'NOT met'}`,
    ];
  });
  return `figure                          value  target      \n${rows.join('\n')}\n\n`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  },
);
