/**
 * Lets a plain `node -r ./test/support/ts-require-hook.js child.ts` run the repo's TypeScript, for
 * test tools that must be real OS processes (to be SIGKILLed): transpiles with @swc/core on load and
 * maps the `@ct/*` aliases as jest.config.js does. A test tool only; the product is compiled.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const aliases = {
  '@ct/domain': 'libs/domain/src',
  '@ct/event-store': 'libs/event-store/src',
  '@ct/read-models': 'libs/read-models/src',
  '@ct/application': 'libs/application/src',
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = aliases[request];
  return resolve.call(this, alias ? path.join(root, alias) : request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = swc.transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    swcrc: false,
    sourceMaps: 'inline',
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      target: 'es2022',
      keepClassNames: true,
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};
