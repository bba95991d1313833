import { eventIdFor } from '@ct/event-store';
import { type FixtureEvent } from './events';

/**
 * The review-queue fixtures' common start: a regional mechanism (KZ, TJ, UZ, whose members may
 * report), and deliverable `d1` assigned both to KZ and to that mechanism (events 0-3). The suites
 * append their reports from event 4 on.
 */
export const NETWORK = 'ct-early-warning-network';

/** The report id of the fixture's n-th event (its ProgressReported event id). */
export const reportId = (n: number): string => eventIdFor(`cmd-${n}`, 0);

/** An event on deliverable d1's stream. */
export const onDeliverable = (event: FixtureEvent['event']): FixtureEvent => ({
  stream: 'deliverable-d1',
  event,
});

/** A progress report on d1, on KZ's own assignment or the mechanism's (by a member when named). */
export const reportOnD1 = (
  assignee: { stateCode: string } | { mechanismId: string; reportingState?: string },
): FixtureEvent =>
  onDeliverable({
    type: 'ProgressReported',
    data: {
      deliverableId: 'd1',
      ...assignee,
      status: 'in-progress',
      percentComplete: 40,
      reportedOn: '2024-03-31',
      source: 'self-reported',
    },
  });

/** Events 0-3: the mechanism registered, d1 defined, assigned to KZ and to the mechanism. */
export function regionalSetup(): FixtureEvent[] {
  const assigned = (assignee: object, leadAgency: string) =>
    onDeliverable({
      type: 'DeliverableAssigned',
      data: { deliverableId: 'd1', ...assignee, leadAgency, dueOn: '2025-12-31', assignedOn: '2023-02-01' },
    });
  return [
    {
      stream: `organisation-${NETWORK}`,
      event: {
        type: 'OrganisationRegistered',
        data: {
          organisationId: NETWORK,
          kind: 'regional-mechanism',
          name: { en: 'Counter-Terrorism Early Warning Network', ru: 'Сеть раннего предупреждения' },
          aliases: [],
          memberStates: ['KZ', 'TJ', 'UZ'],
          memberStatesMayReport: true,
        },
      },
    },
    onDeliverable({
      type: 'DeliverableDefined',
      data: {
        deliverableId: 'd1',
        frameworkId: 'jpoa',
        pillar: 'II',
        thematicArea: 'early warning',
        title: 'Shared alert list',
        definedOn: '2023-01-10',
      },
    }),
    assigned({ stateCode: 'KZ' }, 'MVD'),
    assigned(
      {
        mechanismId: NETWORK,
        mechanism: {
          name: { en: 'Counter-Terrorism Early Warning Network' },
          memberStates: ['KZ', 'TJ', 'UZ'],
          memberStatesMayReport: true,
        },
      },
      'Secretariat',
    ),
  ];
}
