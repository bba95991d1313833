/** Small helpers shared by the benchmark files. */

export const now = (): bigint => process.hrtime.bigint();
export const secondsSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

/** Progress goes to stderr; stdout carries only the JSON summary. */
export function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

export function latencyOf(samplesMs: readonly number[]): Latency {
  if (samplesMs.length === 0) return { p50: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return {
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1]!),
    mean: round(mean),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const round = (x: number, digits = 3): number => Number(x.toFixed(digits));
