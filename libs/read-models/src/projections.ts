import { activityTimelineProjection } from './activity-timeline/activity-timeline.projection';
import { assistanceLedgerProjection } from './assistance-ledger/assistance-ledger.projection';
import { catalogueProjection } from './catalogue/catalogue.projection';
import { deliverableTrackerProjection } from './deliverable-tracker/deliverable-tracker.projection';
import { organisationsProjection } from './organisations/organisations.projection';
import { type Projection, type ProjectionName, PROJECTION_NAMES } from './projection';
import { reviewQueueProjection } from './review-queue/review-queue.projection';
import { stateScorecardProjection } from './state-scorecard/state-scorecard.projection';

/** Every read model, by name; sorted so that locks are always taken in the same order. */
export const PROJECTIONS: Readonly<Record<ProjectionName, Projection>> = {
  'activity-timeline': activityTimelineProjection,
  'assistance-ledger': assistanceLedgerProjection,
  catalogue: catalogueProjection,
  'deliverable-tracker': deliverableTrackerProjection,
  organisations: organisationsProjection,
  'review-queue': reviewQueueProjection,
  'state-scorecard': stateScorecardProjection,
};

export const ALL_PROJECTIONS: readonly Projection[] = PROJECTION_NAMES.map((name) => PROJECTIONS[name]);

export function selectProjections(names: readonly string[] | 'all' | undefined): Projection[] {
  if (names === undefined || names === 'all') return [...ALL_PROJECTIONS];
  const unknown = names.filter((n) => !Object.hasOwn(PROJECTIONS, n));
  if (unknown.length)
    throw new Error(`unknown projection(s): ${unknown.join(', ')}; known: ${PROJECTION_NAMES.join(', ')}`);
  return [...new Set(names)].sort().map((n) => PROJECTIONS[n as ProjectionName]);
}
