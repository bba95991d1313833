/**
 * Lets a plain `node -r ./test/support/register-ts.js <file>.ts` run the repo's TypeScript without a
 * build: crash tests that must SIGKILL a real process (the API, the projector), and the benchmarks.
 * Compiles with the same .swcrc as jest and maps the `@ct/*` aliases. A test tool only; the product
 * is compiled by `nest build`.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const aliases = {
  '@ct/domain': 'libs/domain/src',
  '@ct/event-store': 'libs/event-store/src',
  '@ct/read-models': 'libs/read-models/src',
  '@ct/reports': 'libs/reports/src',
  '@ct/application': 'libs/application/src',
  '@ct/testing': 'libs/testing/src',
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const target = aliases[request];
  return resolve.call(this, target ? path.join(root, target) : request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcrc, swcrc: false, filename });
  module._compile(code, filename);
};
