import { type Stage, execForm, parseDockerfile, readRepoFile } from './support/dockerfile';

/**
 * The Dockerfile's rules, checked by reading it (hadolint is neither on npm nor in Debian): the
 * ones a real start and a lean, reproducible, non-root image depend on.
 */
const stages = parseDockerfile(readRepoFile('Dockerfile'));
const runtime = stages.at(-1)!;
const stageNamed = (name: string): Stage | undefined => stages.find((stage) => stage.name === name);
const runs = (stage: Stage) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
/** A stage's own instructions and those of the stages it builds on (`FROM deps AS build`). */
const lineage = (stage: Stage): Stage[] => {
  const parent = stageNamed(stage.from);
  return parent ? [...lineage(parent), stage] : [stage];
};

describe('parseDockerfile', () => {
  it('groups instructions by stage, joins continued lines and skips comments', () => {
    const parsed = parseDockerfile(
      ['# c', 'ARG X=1', 'FROM a:1 AS one', 'RUN x \\', '  # inside', '  && y', 'FROM one', 'USER 1000'].join(
        '\n',
      ),
    );
    expect(parsed).toEqual([
      { from: 'a:1', name: 'one', instructions: [{ keyword: 'RUN', args: 'x && y', line: 4 }] },
      { from: 'one', instructions: [{ keyword: 'USER', args: '1000', line: 8 }] },
    ]);
    expect(() => parseDockerfile('RUN x')).toThrow(/before FROM/);
  });
});

describe('Dockerfile', () => {
  it('is a multi-stage build whose images are pinned Node 22 or 24 LTS tags', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) {
      if (stageNamed(stage.from)) continue;
      expect(stage.from).toMatch(/^node:(22|24)\.\d+\.\d+-[a-z]+(-slim)?$/);
    }
    // The runtime stage starts from a clean base image, not from a stage with the toolchain in it.
    expect(stageNamed(runtime.from)).toBeUndefined();
  });

  it('ships production dependencies only, and the build output of `npm run build`', () => {
    const copies = runtime.instructions.filter((i) => i.keyword === 'COPY');
    const modules = copies.find((i) => /\bnode_modules\b/.test(i.args));
    const source = /--from=(\S+)/.exec(modules?.args ?? '')?.[1];
    expect(source).toBeDefined();
    const installs = lineage(stageNamed(source!)!).flatMap(runs);
    // The last install that produced those modules left the dev dependencies out.
    const last = installs.filter((run) => /\bnpm (ci|install|prune)\b/.test(run)).at(-1);
    expect(last).toMatch(/npm (ci|prune)\b.*--omit=dev/);

    const dist = copies.find((i) => /\/dist\b/.test(i.args));
    const builder = stageNamed(/--from=(\S+)/.exec(dist?.args ?? '')?.[1] ?? '');
    expect(builder && runs(builder).some((run) => /^npm run build\b/.test(run))).toBe(true);
    expect(copies.some((i) => /^--from=/.test(i.args) && /\bsrc\b|\btest\b/.test(i.args))).toBe(false);
  });

  it('runs as a non-root user that owns the data volume, created before the VOLUME declaration', () => {
    const users = runtime.instructions.filter((i) => i.keyword === 'USER');
    const user = users.at(-1)?.args;
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    const volume = runtime.instructions.find((i) => i.keyword === 'VOLUME');
    expect(volume && execForm(volume.args)).toEqual(['/data']);
    const owning = runtime.instructions.find(
      (i) =>
        i.keyword === 'RUN' && /mkdir -p \/data\b/.test(i.args) && /chown\s+(\S+)\s+\/data\b/.test(i.args),
    );
    expect(owning).toBeDefined();
    const owner = /chown\s+(\S+)\s+\/data\b/.exec(owning!.args)![1]!.split(':')[0];
    expect(owner).toBe(user!.split(':')[0]);
    // A named volume copies the image directory's owner only if the directory exists when declared.
    expect(owning!.line).toBeLessThan(volume!.line);
    expect(users.every((i) => i.line > owning!.line)).toBe(true);
  });

  it('fetches nothing with ADD, and cleans the package lists it installs', () => {
    for (const stage of stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'ADD') expect(instruction.args).not.toMatch(/https?:\/\//);
        if (instruction.keyword === 'RUN' && /apt-get install/.test(instruction.args)) {
          expect(instruction.args).toMatch(/apt-get update/);
          expect(instruction.args).toMatch(/--no-install-recommends/);
          expect(instruction.args).toMatch(/-y\b/);
          expect(instruction.args).toMatch(/rm -rf \/var\/lib\/apt\/lists/);
        }
        expect(instruction.args).not.toMatch(/\bsudo\b|curl[^|]*\|\s*(ba)?sh/);
      }
    }
  });

  it('runs the API by default with an exec-form command and production settings', () => {
    const cmd = runtime.instructions.filter((i) => i.keyword === 'CMD').at(-1);
    expect(cmd && execForm(cmd.args)).toEqual(['node', 'dist/apps/api/src/main.js']);
    const env = runtime.instructions.filter((i) => i.keyword === 'ENV').map((i) => i.args);
    expect(env.join(' ')).toMatch(/\bNODE_ENV=production\b/);
    for (const stage of stages)
      for (const i of stage.instructions) if (i.keyword === 'WORKDIR') expect(i.args).toMatch(/^\//);
  });

  it('keeps dependencies, outputs, local data and secrets out of the build context', () => {
    const ignored = readRepoFile('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'dist', 'data', '.git', '.env']));
  });
});
