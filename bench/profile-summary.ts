/**
 * Where the time goes in a V8 CPU profile written by `node --cpu-prof --cpu-prof-dir bench/results`:
 * self time per function and per source area (our libs, Nest, better-sqlite3, node internals).
 * Usage: node -r ./test/support/register-ts.js bench/profile-summary.ts bench/results/<file>.cpuprofile [top]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function area(url: string, name: string): string {
  if (!url)
    return name === '(garbage collector)' || name === '(idle)' || name === '(program)' ? name : '(native)';
  const lib = /\/libs\/([^/]+)\/src\/(.+)$/.exec(url);
  if (lib) return `libs/${lib[1]}/${lib[2]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes('/bench/')) return 'bench';
  if (url.includes('/apps/')) return 'apps';
  return url;
}

function main(): void {
  const [file, topArg] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
  const top = Number(topArg ?? 30);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = area(url, functionName);
    const key = `${functionName || '(anonymous)'}  ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byArea.set(where.startsWith('libs/') ? where : where, (byArea.get(where) ?? 0) + ms);
  }
  const print = (title: string, entries: Map<string, number>) => {
    process.stdout.write(`\n${title} (total ${total.toFixed(0)} ms)\n`);
    [...entries.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .forEach(([key, ms]) =>
        process.stdout.write(
          `${((100 * ms) / total).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${key}\n`,
        ),
      );
  };
  print('Self time by area', byArea);
  print('Self time by function', byFunction);
}

main();
