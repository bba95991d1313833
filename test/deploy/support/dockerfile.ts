import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '../../..');

export interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

export interface Stage {
  /** The image or earlier stage this stage starts from. */
  from: string;
  name?: string;
  instructions: Instruction[];
}

/**
 * Dockerfile instructions grouped by build stage. Enough of the syntax for our own file and the
 * rules the deploy tests check (no hadolint here: it ships outside the npm registry and Debian):
 * comments, blank lines, line continuations, `FROM image [AS name]`.
 */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  let pending = '';
  let startLine = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (pending && line.startsWith('#')) return;
    if (!pending) startLine = index + 1;
    const continued = line.endsWith('\\');
    pending += (pending ? ' ' : '') + (continued ? line.slice(0, -1).trim() : line);
    if (continued) return;
    const [keyword = '', ...rest] = pending.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' '), line: startLine };
    pending = '';
    if (instruction.keyword === 'FROM') {
      const match = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args);
      if (!match) throw new Error(`line ${startLine}: cannot read FROM ${instruction.args}`);
      stages.push({ from: match[1]!, ...(match[2] ? { name: match[2] } : {}), instructions: [] });
      return;
    }
    const stage = stages.at(-1);
    // ARG before the first FROM is the only instruction allowed outside a stage.
    if (!stage) {
      if (instruction.keyword !== 'ARG') throw new Error(`line ${startLine}: ${keyword} before FROM`);
      return;
    }
    stage.instructions.push(instruction);
  });
  if (pending) throw new Error('the Dockerfile ends inside a continued line');
  return stages;
}

export const readRepoFile = (path: string): string => readFileSync(join(repoRoot, path), 'utf8');

/** `CMD ["a", "b"]` (exec form) as its words; the shell form as one string. */
export function execForm(args: string): string[] | string {
  const trimmed = args.trim();
  if (!trimmed.startsWith('[')) return trimmed;
  return JSON.parse(trimmed) as string[];
}
