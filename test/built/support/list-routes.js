/**
 * Prints, as JSON, every route the BUILT API's Express router serves: `[{ method, path }]`.
 * Run as its own process (`node test/built/support/list-routes.js`) with DATA_DIR and AUTH_SECRET
 * in the environment; it builds the application from dist/ exactly as main.js does, initialises
 * it without listening, reads the router and closes. The route-coverage test compares this list
 * with the OpenAPI document, so a route served but not documented cannot hide.
 */
require('reflect-metadata');
const { join } = require('node:path');

const dist = join(__dirname, '../../../dist');
const { loadConfig } = require(join(dist, 'libs/application/src'));
const { createApiApp } = require(join(dist, 'apps/api/src/bootstrap'));

async function main() {
  const app = await createApiApp(loadConfig({ ...process.env, PROJECTOR: 'off', LOG_LEVEL: 'warn' }));
  await app.init();
  const express = app.getHttpAdapter().getInstance();
  const routes = (express.router ?? express._router).stack
    .filter((layer) => layer.route)
    .flatMap((layer) =>
      Object.entries(layer.route.methods)
        .filter(([, on]) => on)
        .map(([method]) => ({ method: method.toUpperCase(), path: layer.route.path })),
    );
  await app.close();
  process.stdout.write(JSON.stringify(routes));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
