#!/usr/bin/env node
/**
 * Runs `nest build` only when dist/ is missing or older than what it is built from, so that
 * `npm run cli` and `npm test` start at once on an unchanged tree and never run stale code.
 * A stat of a few hundred files takes milliseconds; the build itself (SWC) a few seconds.
 *
 *   node apps/cli/build-if-stale.js           build if stale, quietly
 *   node apps/cli/build-if-stale.js --check   exit 1 (and say why) if stale, never build
 */
const { spawnSync } = require('node:child_process');
const { readdirSync, statSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '../..');
/** The build's inputs: every source it compiles or copies, and the files that configure it. */
const SOURCE_DIRS = ['apps', 'libs'];
const CONFIG_FILES = ['nest-cli.json', '.swcrc', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];
/** One output per entry point: each is rewritten by every build. */
const OUTPUTS = ['apps/api/src/main.js', 'apps/cli/src/main.js', 'apps/projector/src/main.js'].map((file) =>
  join(root, 'dist', file),
);
const TEST_FILE = /\.(spec|int-spec|e2e-spec|built-spec)\.ts$/;
/** Test support: tsconfig.build.json leaves it out, so editing it never makes dist/ stale. */
const NOT_BUILT = [join(root, 'libs/testing')];

function newestInput() {
  let newest = { file: '', mtimeMs: 0 };
  const consider = (file) => {
    const { mtimeMs } = statSync(file);
    if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  };
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!NOT_BUILT.includes(path)) walk(path);
      } else if (/\.(ts|json)$/.test(entry.name) && !TEST_FILE.test(entry.name)) consider(path);
    }
  };
  SOURCE_DIRS.forEach((dir) => walk(join(root, dir)));
  CONFIG_FILES.forEach((file) => consider(join(root, file)));
  return newest;
}

/** Why dist/ cannot be trusted, or undefined when it is newer than every input. */
function staleness() {
  let oldest = Infinity;
  for (const output of OUTPUTS) {
    try {
      oldest = Math.min(oldest, statSync(output).mtimeMs);
    } catch {
      return `${relative(root, output)} is missing`;
    }
  }
  const newest = newestInput();
  return newest.mtimeMs > oldest ? `${relative(root, newest.file)} changed since the last build` : undefined;
}

module.exports = { staleness };

if (require.main === module) {
  const reason = staleness();
  if (reason && process.argv.includes('--check')) {
    console.error(`dist/ is stale: ${reason}; run \`npm run build\``);
    process.exit(1);
  }
  if (reason) {
    process.stderr.write(`building (${reason})... `);
    const nest = join(root, 'node_modules/@nestjs/cli/bin/nest.js');
    const build = spawnSync(process.execPath, [nest, 'build'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) {
      process.stderr.write(`failed\n${build.stdout}${build.stderr}`);
      process.exit(build.status ?? 1);
    }
    process.stderr.write('done\n');
  }
}
