import { InvalidConfigError, loadConfig } from './app-config';

/** The read side's tunables (projector gathering, kept as-of replays): defaults, parsing, refusals. */
describe('read-side settings of AppConfig', () => {
  it('defaults to what the code used before they were settings', () => {
    expect(loadConfig({})).toMatchObject({ PROJECTOR_GATHER_MS: 10, AS_OF_KEPT_REPLAYS_MB: 256 });
  });

  it('reads them from the environment, 0 included (commit at once; keep no replay)', () => {
    expect(loadConfig({ PROJECTOR_GATHER_MS: '25', AS_OF_KEPT_REPLAYS_MB: '1024' })).toMatchObject({
      PROJECTOR_GATHER_MS: 25,
      AS_OF_KEPT_REPLAYS_MB: 1024,
    });
    expect(loadConfig({ PROJECTOR_GATHER_MS: '0', AS_OF_KEPT_REPLAYS_MB: '0' })).toMatchObject({
      PROJECTOR_GATHER_MS: 0,
      AS_OF_KEPT_REPLAYS_MB: 0,
    });
    // An empty variable counts as unset.
    expect(loadConfig({ PROJECTOR_GATHER_MS: '' }).PROJECTOR_GATHER_MS).toBe(10);
  });

  it.each([
    ['PROJECTOR_GATHER_MS', '-1'],
    ['PROJECTOR_GATHER_MS', '1001'],
    ['PROJECTOR_GATHER_MS', '2.5'],
    ['PROJECTOR_GATHER_MS', '10ms'],
    ['AS_OF_KEPT_REPLAYS_MB', '-5'],
    ['AS_OF_KEPT_REPLAYS_MB', '256MB'],
    ['AS_OF_KEPT_REPLAYS_MB', '65537'],
  ])('refuses %s=%s, naming it', (name, value) => {
    const load = () => loadConfig({ [name]: value });
    expect(load).toThrow(InvalidConfigError);
    expect(load).toThrow(new RegExp(`^  ${name}: `, 'm'));
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ PROJECTOR_GATHER_MS: 'soon', AS_OF_KEPT_REPLAYS_MB: 'lots' })).toThrow(
      /PROJECTOR_GATHER_MS[\s\S]*AS_OF_KEPT_REPLAYS_MB/,
    );
  });
});
