import { type EventStore } from '@ct/event-store';
import { readCheckpoints } from './checkpoints';
import { PROJECTION_NAMES } from './projection';
import { PROJECTIONS } from './projections';
import { type ReadStore } from './read-store';

export interface ProjectionHealth {
  name: string;
  tables: string[];
  /** Last position applied; -1 = nothing yet. */
  checkpoint: bigint;
  /**
   * How far the projection is behind the head (0 = up to date); undefined without an event store.
   * Here a difference of positions, which only the SQLite store numbers one per event: the health
   * report replaces it with a count of events.
   */
  lag?: bigint;
  updatedAt?: string;
}

export interface ReadModelsDescription {
  dialect: 'sqlite' | 'postgres';
  headPosition?: bigint;
  projections: ProjectionHealth[];
}

/** For /health and metrics: each projection's tables, checkpoint and lag behind the log's head. */
export async function describeReadModels(
  store: ReadStore,
  eventStore?: EventStore,
): Promise<ReadModelsDescription> {
  const [checkpoints, rows, head] = await Promise.all([
    readCheckpoints(store.db, PROJECTION_NAMES),
    store.db.selectFrom('projection_checkpoints').select(['projection', 'updated_at']).execute(),
    eventStore?.headPosition(),
  ]);
  const headPosition = head;
  return {
    dialect: store.dialect,
    ...(headPosition !== undefined ? { headPosition } : {}),
    projections: PROJECTION_NAMES.map((name) => {
      const checkpoint = checkpoints.get(name)!;
      const updatedAt = rows.find((r) => r.projection === name)?.updated_at;
      const lag =
        eventStore === undefined ? undefined : headPosition === undefined ? 0n : headPosition - checkpoint;
      return {
        name,
        tables: [...PROJECTIONS[name].tables],
        checkpoint,
        ...(lag !== undefined ? { lag: lag < 0n ? 0n : lag } : {}),
        ...(updatedAt !== undefined ? { updatedAt } : {}),
      };
    }),
  };
}
