import { CATEGORIES, frameworkDecider, streamName } from '@ct/domain';
import { type AggregateStore } from './aggregate-store';

/** Adoption date of each referenced framework that exists; unknown ids are simply absent. */
export async function frameworkAdoptionDates(
  aggregates: AggregateStore,
  frameworkIds: readonly string[],
): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  for (const id of new Set(frameworkIds)) {
    const state = await aggregates.stateOf(frameworkDecider, streamName(CATEGORIES.framework, id));
    if (state.adoptedOn) dates.set(id, state.adoptedOn);
  }
  return dates;
}
