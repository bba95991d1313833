import { loadConfig } from '@ct/application';
import {
  type ComposeFile,
  InterpolationError,
  dependenciesOf,
  environmentOf,
  interpolate,
  interpolateAll,
  parseCompose,
} from './support/compose';
import { execForm, parseDockerfile, readRepoFile } from './support/dockerfile';

/**
 * What `docker compose up` needs to actually start the production shape, checked on the file
 * itself: no Docker engine runs here, and Debian's docker-compose v1 rejects today's format.
 */
const text = readRepoFile('docker-compose.yml');
const raw = parseCompose(text);
const AUTH_SECRET = 'a-test-secret-that-is-long-enough-for-hs256-0123456789';
const compose: ComposeFile = interpolateAll(raw, { AUTH_SECRET });
const packageJson = JSON.parse(readRepoFile('package.json')) as { scripts: Record<string, string> };
const nestCli = JSON.parse(readRepoFile('nest-cli.json')) as {
  projects: Record<string, { type: string; entryFile?: string }>;
};
const dockerfile = parseDockerfile(readRepoFile('Dockerfile'));
const service = (name: string) => {
  const found = compose.services[name];
  if (!found) throw new Error(`no service ${name}`);
  return found;
};
const commandOf = (name: string) => {
  const command = service(name).command;
  return Array.isArray(command) ? command : (command ?? '').split(/\s+/);
};

describe('compose interpolation (the subset compose applies to this file)', () => {
  it('substitutes, defaults, escapes and refuses a missing required variable', () => {
    expect(interpolate('${A}-${B:-b}-${C-c}-$$D-$A', { A: 'a', C: '' })).toBe('a-b--$D-a');
    expect(interpolate('${A:-x}', { A: '' })).toBe('x');
    expect(() => interpolate('${S:?set S}', {})).toThrow(new InterpolationError('S: set S'));
    expect(() => interpolate('${S:?set S}', { S: '' })).toThrow(InterpolationError);
    expect(interpolate('${S?set S}', { S: '' })).toBe('');
  });
});

describe('docker-compose.yml: the production shape', () => {
  it('runs KurrentDB, PostgreSQL, the API and the standalone projector', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'kurrentdb', 'postgres', 'projector']);
  });

  it('uses pinned, current images: KurrentDB under its current name and KURRENTDB_* settings', () => {
    const kurrent = service('kurrentdb');
    expect(kurrent.image).toMatch(
      /^(kurrentplatform\/kurrentdb|docker\.kurrent\.io\/[\w-]+\/kurrentdb):\d+\.\d+(\.\d+)?$/,
    );
    const settings = Object.keys(environmentOf(kurrent));
    expect(settings.length).toBeGreaterThan(0);
    expect(settings.filter((key) => !key.startsWith('KURRENTDB_'))).toEqual([]);
    expect(kurrent.volumes).toContainEqual(expect.stringMatching(/^[\w-]+:\/var\/lib\/kurrentdb$/));
    expect(service('postgres').image).toMatch(/^postgres:\d+\.\d+/);
  });

  it('says that the insecure KurrentDB is for development only, and binds it to the loopback interface', () => {
    expect(environmentOf(service('kurrentdb')).KURRENTDB_INSECURE).toBe('true');
    expect(text).toMatch(/INSECURE[^\n]*\n?[^\n]*development/i);
    for (const port of service('kurrentdb').ports ?? []) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('refuses to start without AUTH_SECRET, and never carries a secret value', () => {
    expect(() => interpolateAll(raw, {})).toThrow(InterpolationError);
    for (const name of ['api', 'projector']) {
      const written = environmentOf(raw.services[name]!);
      expect(written.AUTH_SECRET).toMatch(/^\$\{AUTH_SECRET:\?[^}]+\}$/);
      expect(environmentOf(service(name)).AUTH_SECRET).toBe(AUTH_SECRET);
    }
    // Anything that looks like a credential is an interpolation without a default, never a literal.
    for (const [name, entry] of Object.entries(raw.services))
      for (const [key, value] of Object.entries(environmentOf(entry)))
        if (/SECRET|PASSWORD|TOKEN|PRIVATE_KEY/.test(key))
          expect({ service: name, key, value }).toEqual({
            service: name,
            key,
            value: expect.stringMatching(/^\$\{[A-Z_]+:\?[^}]*\}$/),
          });
    expect(raw.secrets).toBeUndefined();
    expect(text).not.toMatch(/POSTGRES_PASSWORD|changeit/);
  });

  it('gives the API and the projector a configuration that the config module accepts', () => {
    const api = loadConfig(environmentOf(service('api')));
    expect(api.PROJECTOR).toBe('off');
    expect(api.EVENTSTORE_CONNECTION_STRING).toMatch(/^kurrentdb:\/\/kurrentdb:2113\b/);
    expect(api.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
    const projector = loadConfig(environmentOf(service('projector')));
    expect(projector.EVENTSTORE_CONNECTION_STRING).toBe(api.EVENTSTORE_CONNECTION_STRING);
    expect(projector.DATABASE_URL).toBe(api.DATABASE_URL);
    expect(projector.AUTH_SECRET).toBe(api.AUTH_SECRET);
  });

  it('starts the built entry points that the build produces', () => {
    const entries = Object.values(nestCli.projects)
      .filter((project) => project.type === 'application' && project.entryFile)
      .map((project) => `dist/${project.entryFile}.js`);
    expect(commandOf('api')).toEqual(['node', 'dist/apps/api/src/main.js']);
    expect(commandOf('projector')).toEqual(['node', 'dist/apps/projector/src/main.js']);
    for (const name of ['api', 'projector']) expect(entries).toContain(commandOf(name)[1]);
    // The API's command is the image's default and the documented production start.
    expect(packageJson.scripts['start:prod']).toBe(commandOf('api').join(' '));
    const cmd = dockerfile
      .at(-1)!
      .instructions.filter((i) => i.keyword === 'CMD')
      .at(-1)!;
    expect(execForm(cmd.args)).toEqual(commandOf('api'));
    expect(packageJson.scripts.build).toEqual(expect.any(String));
  });

  it('builds the API and the projector from this repository into one image', () => {
    for (const name of ['api', 'projector']) {
      expect(service(name).build).toBe('.');
      expect(service(name).image).toBe(service('api').image);
    }
  });

  it('has a health check on every service something waits for, and waits for health, not start', () => {
    const waitedFor = new Set<string>();
    for (const [name, entry] of Object.entries(compose.services))
      for (const [dependency, { condition }] of Object.entries(dependenciesOf(entry))) {
        expect({ service: name, dependency, condition }).toEqual({
          service: name,
          dependency,
          condition: 'service_healthy',
        });
        waitedFor.add(dependency);
      }
    expect([...waitedFor].sort()).toEqual(['api', 'kurrentdb', 'postgres']);
    for (const name of waitedFor) {
      const check = service(name).healthcheck;
      expect(check?.disable).not.toBe(true);
      expect(check?.test).toEqual(expect.arrayContaining([expect.stringMatching(/^CMD(-SHELL)?$/)]));
    }
    expect(Object.keys(dependenciesOf(service('api'))).sort()).toEqual(['kurrentdb', 'postgres']);
    expect(Object.keys(dependenciesOf(service('projector'))).sort()).toEqual([
      'api',
      'kurrentdb',
      'postgres',
    ]);
  });

  it("probes the API's liveness route with what the image has (node, no curl)", () => {
    const probe = (service('api').healthcheck!.test as string[]).join(' ');
    expect(probe).toMatch(/^CMD node -e /);
    expect(probe).toContain(`http://127.0.0.1:${environmentOf(service('api')).PORT}/health/live`);
    expect(service('kurrentdb').healthcheck!.test).toEqual([
      'CMD-SHELL',
      expect.stringContaining('/health/live'),
    ]);
  });

  it('restarts every service after a crash', () => {
    for (const [name, entry] of Object.entries(compose.services))
      expect({ name, restart: entry.restart }).toEqual({
        name,
        restart: expect.stringMatching(/^(unless-stopped|always|on-failure)/),
      });
  });

  it('mounts each named volume where the image expects data, and declares every one of them', () => {
    const named = Object.values(compose.services).flatMap((entry) =>
      (entry.volumes ?? [])
        .map((volume) => volume.split(':')[0]!)
        .filter((source) => /^[\w-]+$/.test(source)),
    );
    expect(Object.keys(compose.volumes ?? {}).sort()).toEqual([...new Set(named)].sort());
    for (const name of ['api', 'projector'])
      expect(service(name).volumes).toContainEqual(expect.stringMatching(/^[\w-]+:\/data$/));
    const dataDir = dockerfile
      .at(-1)!
      .instructions.find((i) => i.keyword === 'ENV' && /\bDATA_DIR=\/data\b/.test(i.args));
    expect(dataDir).toBeDefined();
  });
});
