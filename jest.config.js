/**
 * `npm test` runs every project below. None needs a server that CI does not start itself:
 * the EventStoreDB suites run against the in-repo gRPC emulator, and the PostgreSQL suites use
 * DATABASE_URL when set (CI sets it) or an in-process PostgreSQL otherwise.
 */
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // NestJS 12 and Kysely ship ES modules only: Node 20.19+ can require() them, jest cannot, so swc
  // compiles them to CommonJS like our own sources.
  transform: { '^.+\\.(t|m?j)s$': ['@swc/jest', { ...swc, swcrc: false }] },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|kysely)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@ct/domain$': '<rootDir>/libs/domain/src',
    '^@ct/event-store$': '<rootDir>/libs/event-store/src',
    '^@ct/read-models$': '<rootDir>/libs/read-models/src',
    '^@ct/reports$': '<rootDir>/libs/reports/src',
    '^@ct/application$': '<rootDir>/libs/application/src',
    '^@ct/testing$': '<rootDir>/libs/testing/src',
  },
  modulePathIgnorePatterns: ['<rootDir>/dist'],
};

module.exports = {
  // A global option (jest ignores it per project): integration and e2e suites start servers and
  // in-process PostgreSQL, which takes seconds on a loaded 2-core machine.
  testTimeout: 30000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/{apps,test}/**/*.e2e-spec.ts'] },
    // The product as `npm run build` writes it (dist/), run with plain node; the suite builds first
    // when dist/ is missing or older than the sources, so it never tests stale code.
    { ...shared, displayName: 'built', testMatch: ['<rootDir>/test/built/**/*.built-spec.ts'] },
  ],
};
