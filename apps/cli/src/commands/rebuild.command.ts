import { PROJECTION_NAMES, ReadModelRebuild, progressBar } from '@ct/application';
import { type CliCommand, withApp } from '../cli-command';

export const rebuildCommand: CliCommand = {
  name: 'rebuild',
  synopsis: 'rebuild [--projection <name>]...',
  summary: `rebuild read models from the first event into new tables, then switch, while the API keeps answering; projections: ${PROJECTION_NAMES.join(', ')} (default: all)`,
  options: { projection: { type: 'string', multiple: true } },
  run: ({ values }) =>
    withApp(async (app) => {
      const names = values.projection as string[] | undefined;
      const unknown = (names ?? []).filter((name) => !(PROJECTION_NAMES as readonly string[]).includes(name));
      if (unknown.length > 0) throw new Error(`unknown projection(s): ${unknown.join(', ')}`);
      const bar = progressBar();
      try {
        const result = await app
          .get(ReadModelRebuild)
          .run(names ?? 'all', (progress) => bar.update(progress));
        bar.stop();
        const seconds = result.durationMs / 1000;
        console.log(
          JSON.stringify(
            {
              projections: result.projections,
              events: result.eventsProcessed,
              position: result.position,
              seconds,
              eventsPerSecond: Math.round(result.eventsProcessed / Math.max(seconds, 0.001)),
            },
            (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value),
            2,
          ),
        );
        return 0;
      } catch (error) {
        bar.stop();
        throw error;
      }
    }),
};
