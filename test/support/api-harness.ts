import { AccessTokens, type AppConfig, type Role, type TrackerOverrides, loadConfig } from '@ct/application';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@ct/event-store';
import { type Type } from '@nestjs/common';
import { type NestExpressApplication } from '@nestjs/platform-express';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { apiAppOptions, apiRootModule, configureApiApp } from '../../apps/api/src/bootstrap';
import { type Emulator, startEmulator } from '@ct/testing';

export interface ApiHarness {
  app: NestExpressApplication;
  store: EventStore;
  config: AppConfig;
  http: () => ReturnType<typeof request>;
  /** Every event in the log, in order: what "nothing was written" is checked against. */
  allEvents(): Promise<RecordedEvent[]>;
  /** A bearer token signed like the CLI's `token` command, with this API's secret (default 1 h). */
  tokenFor(principal: TokenRequest): string;
  /** `{ Authorization: 'Bearer …' }` for supertest's `.set()`. */
  authAs(principal: TokenRequest): Record<string, string>;
  /** The EventStoreDB emulator the API talks to, for the `esdb` target (to stop and restart it). */
  emulator?: Emulator;
  close(): Promise<void>;
}

/**
 * The event stores an API suite can run on: the embedded SQLite store, and EventStoreDB through the
 * real client over gRPC, against the in-repo emulator.
 */
export type EventStoreTarget = 'sqlite' | 'esdb';
export const EVENT_STORE_TARGETS: EventStoreTarget[] = ['sqlite', 'esdb'];

export interface TokenRequest {
  sub: string;
  roles: Role[];
  states?: string[];
  ttlSeconds?: number;
}

export interface StartOptions {
  eventStore?: EventStoreTarget;
  /**
   * Replaces providers of the real module before it is compiled, the @nestjs/testing way, e.g.
   * `(m) => m.overrideProvider(EVENT_STORE).useFactory(...)`: a fault or a fixed answer where a
   * test needs one, with no test-only branch in the product.
   */
  override?: (module: TestingModuleBuilder) => TestingModuleBuilder;
  /** Modules compiled next to the product's (e.g. a test-only controller), behind its global guards. */
  imports?: Type[];
}

/**
 * Starts the real API on a fresh data directory: the product's root module compiled through
 * @nestjs/testing, with the product's global setup (configureApiApp, the function createApiApp and
 * main.ts use). The rate limit is raised unless a test sets it: suites fire hundreds of requests
 * from one address within a minute.
 */
export async function startApi(
  env: Record<string, string> = {},
  overrides: TrackerOverrides = {},
  options: StartOptions = {},
): Promise<ApiHarness> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'ct-api-'));
  const emulator = options.eventStore === 'esdb' ? await startEmulator() : undefined;
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...(emulator ? { EVENTSTORE_CONNECTION_STRING: emulator.connectionString } : {}),
    ...env,
    DATA_DIR: dataDir,
  });
  const { module, logger } = apiRootModule(config, overrides);
  const builder = Test.createTestingModule({ imports: [module, ...(options.imports ?? [])] });
  const moduleRef = await (options.override?.(builder) ?? builder).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>(apiAppOptions(logger));
  configureApiApp(app, config);
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  // After init: with no AUTH_SECRET this reads the DATA_DIR/auth-secret the API generated.
  const tokens = AccessTokens.fromConfig(config);
  const tokenFor = ({ sub, roles, states = [], ttlSeconds = 3600 }: TokenRequest) =>
    tokens.sign({ id: sub, roles, states }, ttlSeconds);
  return {
    app,
    store,
    config,
    http: () => request(app.getHttpServer()),
    async allEvents() {
      const events: RecordedEvent[] = [];
      for await (const event of store.readAll()) events.push(event);
      return events;
    },
    tokenFor,
    authAs: (principal) => ({ Authorization: `Bearer ${tokenFor(principal)}` }),
    emulator,
    async close() {
      await app.close();
      await emulator?.close();
      if (!env.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The routes the running application serves, read from Express's router (not from the OpenAPI
 * document, which could itself miss a route), in the OpenAPI spelling: `get /frameworks/{id}`.
 */
export function servedRoutes(app: NestExpressApplication): Set<string> {
  interface Layer {
    route?: { path: string | string[]; methods: Record<string, boolean> };
  }
  const router = (app.getHttpAdapter().getInstance() as { router: { stack: Layer[] } }).router;
  const served = new Set<string>();
  for (const { route } of router.stack) {
    if (!route) continue;
    for (const path of [route.path].flat())
      for (const [method, on] of Object.entries(route.methods))
        if (on && method !== '_all') served.add(`${method} ${path.replace(/:(\w+)/g, '{$1}')}`);
  }
  return served;
}

export const jpoa = {
  id: 'jpoa-central-asia-2011',
  kind: 'plan-of-action',
  title:
    'Joint Plan of Action for the Implementation of the UN Global Counter-Terrorism Strategy in Central Asia',
  adoptedOn: '2011-11-30',
  place: 'Ashgabat',
  adoptingStates: ['KZ', 'KG', 'TJ', 'TM'],
};

export const dushanbe2019 = {
  id: 'dushanbe-declaration-2019',
  kind: 'declaration',
  title: 'Dushanbe Declaration',
  adoptedOn: '2019-05-17',
  place: 'Dushanbe',
  adoptingStates: ['KZ', 'KG', 'TJ', 'TM', 'UZ'],
};

export const cftDeliverable = {
  id: 'criminalise-tf',
  frameworkId: 'dushanbe-declaration-2019',
  pillar: 'II',
  thematicArea: 'countering the financing of terrorism',
  title: 'Criminalise terrorist financing for any purpose',
  reference: 'UNSCR 2462 (2019)',
  definedOn: '2019-06-01',
};
