import { SingleBar, Presets } from 'cli-progress';
import { type RebuildProgress } from './rebuild';

/**
 * A terminal progress bar for `rebuild({ onProgress: bar.update })`; call `bar.stop()` at the end.
 * The bar counts positions up to the head, which is what the ETA is based on.
 */
export function progressBar(stream: NodeJS.WritableStream = process.stderr): {
  update: (progress: RebuildProgress) => void;
  stop: () => void;
} {
  const bar = new SingleBar(
    {
      format: 'rebuild {phase} [{bar}] {percentage}% | {events} events | {rate} ev/s | ETA {eta_s}s',
      stream,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(progress) {
      const total = Number(progress.headPosition ?? 0n);
      const value = Math.min(Number(progress.position ?? 0n), total);
      const payload = {
        phase: progress.phase,
        events: progress.eventsProcessed,
        rate: Math.round(progress.eventsPerSecond),
      };
      if (!started) {
        bar.start(total, value, payload);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(value, payload);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
