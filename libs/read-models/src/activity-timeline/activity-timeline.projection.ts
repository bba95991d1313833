import { type Kysely } from 'kysely';
import { type DomainEvent, assigneeOf, describeRecipients, statesNamedBy } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, formatMinorUnits, positionParam, toMinorUnits } from '../database';
import { type Projection } from '../projection';
import { TIMELINE_TABLES, createTimelineTables } from './activity-timeline.tables';
import { PendingByTransaction, insertRows } from '../pending';

type DeliverableRow = { framework_id: string; title: string } | undefined;

/**
 * Every event's timeline rows, held back until the batch is flushed (then inserted in log order,
 * many per statement), and the deliverables looked up in this transaction: only DeliverableDefined
 * changes timeline_deliverables, and it drops its entry.
 */
const pending = new PendingByTransaction(() => ({
  events: [] as Record<string, unknown>[],
  states: [] as Record<string, unknown>[],
  deliverables: new Map<string, DeliverableRow>(),
}));

async function flush(trx: Kysely<Database>): Promise<void> {
  const held = pending.peek(trx);
  if (!held || held.events.length === 0) return;
  const { events, states } = held;
  held.events = [];
  held.states = [];
  await insertRows(trx, 'timeline_events', events);
  await insertRows(trx, 'timeline_event_states', states);
}

async function cachedDeliverable(trx: Kysely<Database>, id: string): Promise<DeliverableRow> {
  const { deliverables } = pending.of(trx);
  if (deliverables.has(id)) return deliverables.get(id);
  const found = await trx
    .selectFrom('timeline_deliverables')
    .select(['framework_id', 'title'])
    .where('deliverable_id', '=', id)
    .executeTakeFirst();
  deliverables.set(id, found);
  return found;
}

interface Described {
  summary: string;
  states: string[];
  frameworkId: string | null;
}

async function describeEvent(trx: Kysely<Database>, event: DomainEvent): Promise<Described> {
  const deliverable = (id: string) => cachedDeliverable(trx, id);
  switch (event.type) {
    case 'DeclarationAdopted': {
      const d = event.data;
      return {
        summary: `${d.title} adopted at ${d.place} on ${d.adoptedOn}`,
        states: d.adoptingStates,
        frameworkId: d.frameworkId,
      };
    }
    case 'FrameworkRevised': {
      const d = event.data;
      return {
        summary: `Framework ${d.frameworkId} revised on ${d.revisedOn}: ${d.summary}`,
        states: d.adoptingStates ?? [],
        frameworkId: d.frameworkId,
      };
    }
    case 'ProcessLaunched': {
      const d = event.data;
      return {
        summary: `${d.name} launched by ${d.launchedBy} on ${d.launchedOn}`,
        states: d.participatingStates,
        // One framework per row keeps the filter indexable; a process names its first one.
        frameworkId: d.frameworkIds[0] ?? null,
      };
    }
    case 'ConferenceHeld': {
      const d = event.data;
      return {
        summary: `${d.title} held at ${d.place}, ${d.startsOn} to ${d.endsOn}`,
        states: [],
        frameworkId: d.outcomeFrameworkIds[0] ?? null,
      };
    }
    case 'DeliverableDefined': {
      const d = event.data;
      return {
        summary: `Deliverable defined: ${d.title} (pillar ${d.pillar})`,
        states: [],
        frameworkId: d.frameworkId,
      };
    }
    case 'DeliverableAssigned': {
      const d = event.data;
      const found = await deliverable(d.deliverableId);
      return {
        summary: `${found?.title ?? d.deliverableId} assigned to ${assigneeOf(d)} (${d.leadAgency}), due ${d.dueOn}`,
        states: statesNamedBy(event),
        frameworkId: found?.framework_id ?? null,
      };
    }
    case 'ProgressReported': {
      const d = event.data;
      const found = await deliverable(d.deliverableId);
      const percent = d.percentComplete !== undefined ? ` (${d.percentComplete}%)` : '';
      return {
        // A regional report says which member State sent it, when one did.
        summary: `${assigneeOf(d)}${d.reportingState === undefined ? '' : ` (for ${d.reportingState})`} reported ${d.status}${percent} on ${found?.title ?? d.deliverableId}`,
        states: statesNamedBy(event),
        frameworkId: found?.framework_id ?? null,
      };
    }
    case 'DeliverableCancelled': {
      const d = event.data;
      const found = await deliverable(d.deliverableId);
      const assigned = await trx
        .selectFrom('timeline_assignments')
        .select('state_code')
        .where('deliverable_id', '=', d.deliverableId)
        .orderBy('state_code')
        .execute();
      return {
        summary: `${found?.title ?? d.deliverableId} cancelled on ${d.cancelledOn}: ${d.reason}`,
        states: assigned.map((a) => a.state_code),
        frameworkId: found?.framework_id ?? null,
      };
    }
    // Issue #12: every change says who (the actor column), what and why, and names the report.
    case 'ProgressReportCorrected': {
      const d = event.data;
      const found = await deliverable(d.deliverableId);
      const percent = d.percentComplete !== undefined ? ` (${d.percentComplete}%)` : '';
      return {
        summary: `${assigneeOf(d)} report ${d.reportId} on ${found?.title ?? d.deliverableId} corrected to ${d.status}${percent} dated ${d.reportedOn} (supersedes ${d.supersedes}): ${d.reason}`,
        states: statesNamedBy(event),
        frameworkId: found?.framework_id ?? null,
      };
    }
    case 'ProgressReportWithdrawn': {
      const d = event.data;
      const found = await deliverable(d.deliverableId);
      return {
        summary: `${assigneeOf(d)} report ${d.reportId} on ${found?.title ?? d.deliverableId} withdrawn: ${d.reason}`,
        states: statesNamedBy(event),
        frameworkId: found?.framework_id ?? null,
      };
    }
    case 'ProgressReportValidated':
    case 'ProgressReportReturned': {
      const d = event.data;
      const found = await deliverable(d.deliverableId);
      const verb = event.type === 'ProgressReportValidated' ? 'validated' : 'returned for clarification';
      return {
        summary: `${assigneeOf(d)} report ${d.reportId} on ${found?.title ?? d.deliverableId} ${verb}${d.comment ? `: ${d.comment}` : ''}`,
        states: statesNamedBy(event),
        frameworkId: found?.framework_id ?? null,
      };
    }
    case 'AssignmentReopened': {
      const d = event.data;
      const found = await deliverable(d.deliverableId);
      return {
        summary: `${found?.title ?? d.deliverableId} reopened for ${assigneeOf(d)} from ${d.reopenedOn}: ${d.reason}`,
        states: statesNamedBy(event),
        frameworkId: found?.framework_id ?? null,
      };
    }
    case 'AssignmentWithdrawn': {
      const d = event.data;
      const found = await deliverable(d.deliverableId);
      const outcome = d.outcome === 'not-applicable' ? 'marked not applicable' : 'withdrawn';
      return {
        summary: `${found?.title ?? d.deliverableId} ${outcome} for ${assigneeOf(d)} from ${d.withdrawnOn}: ${d.reason}`,
        states: statesNamedBy(event),
        frameworkId: found?.framework_id ?? null,
      };
    }
    case 'DeliverableRetired': {
      const d = event.data;
      const found = await deliverable(d.deliverableId);
      const assigned = await trx
        .selectFrom('timeline_assignments')
        .select('state_code')
        .where('deliverable_id', '=', d.deliverableId)
        .orderBy('state_code')
        .execute();
      return {
        summary: `${found?.title ?? d.deliverableId} retired by the revision of ${d.revision}${d.reason ? `: ${d.reason}` : ''}`,
        states: assigned.map((a) => a.state_code),
        frameworkId: found?.framework_id ?? null,
      };
    }
    case 'AssistanceProvided': {
      const d = event.data;
      const found = d.deliverableId ? await deliverable(d.deliverableId) : undefined;
      const amount = d.amount
        ? ` worth ${formatMinorUnits(toMinorUnits(d.amount.value, d.amount.currency), d.amount.currency)} ${d.amount.currency}`
        : '';
      return {
        summary: `${d.provider} provided ${d.kind} to ${describeRecipients(d.recipients)}${amount} (pillar ${d.pillar})`,
        states: d.recipients.states.map((s) => s.stateCode),
        frameworkId: found?.framework_id ?? null,
      };
    }
    // The recipients are on the AssistanceProvided entry of the same stream; they never change.
    case 'AssistanceAmended': {
      const d = event.data;
      const changed = [
        ...(d.periodEnd === undefined ? [] : [`period end ${d.periodEnd}`]),
        ...(d.amount ? [`value ${d.amount.value} ${d.amount.currency}`] : []),
        ...(d.disbursements ?? []).map(
          (x) => `disbursed ${x.amount.value} ${x.amount.currency} on ${x.disbursedOn}`,
        ),
      ];
      return {
        summary: `assistance ${d.assistanceId} amended (${changed.join(', ')}): ${d.reason}`,
        states: [],
        frameworkId: null,
      };
    }
    case 'AssistanceWithdrawn':
      return {
        summary: `assistance ${event.data.assistanceId} withdrawn: ${event.data.reason}`,
        states: [],
        frameworkId: null,
      };
    case 'OrganisationRegistered': {
      const d = event.data;
      return {
        summary: `${d.name.en} (${d.kind}) registered in the organisations catalogue as ${d.organisationId}`,
        states: d.memberStates ?? [],
        frameworkId: null,
      };
    }
    case 'OrganisationUpdated': {
      const d = event.data;
      const changed = Object.keys(d).filter((field) => field !== 'organisationId' && field !== 'reason');
      return {
        summary: `organisation ${d.organisationId} updated (${changed.join(', ')})${d.reason ? `: ${d.reason}` : ''}`,
        states: d.memberStates ?? [],
        frameworkId: null,
      };
    }
  }
}

async function apply(trx: Kysely<Database>, event: DomainEvent, recorded: RecordedEvent): Promise<void> {
  // Every event's rows are held back, so that all of them go in, in log order, in multi-row
  // INSERTs: no statement of this projection reads timeline_events or timeline_event_states.
  const described = await describeEvent(trx, event);
  // Most events (progress reports) name one State: no set to build.
  const states = described.states.length > 1 ? [...new Set(described.states)].sort() : described.states;
  const position = positionParam(recorded.position);
  const held = pending.of(trx);
  held.events.push({
    position,
    stream_name: recorded.streamName,
    event_type: recorded.type,
    summary: described.summary,
    states: JSON.stringify(states),
    framework_id: described.frameworkId,
    actor: recorded.metadata.actor,
    recorded_at: recorded.metadata.recordedAt,
    command_id: recorded.metadata.commandId,
  });
  for (const state_code of states) held.states.push({ position, state_code });
  if (event.type === 'DeliverableDefined') {
    pending.peek(trx)?.deliverables.delete(event.data.deliverableId);
    await trx
      .insertInto('timeline_deliverables')
      .values({
        deliverable_id: event.data.deliverableId,
        framework_id: event.data.frameworkId,
        title: event.data.title,
      })
      .onConflict((oc) =>
        oc
          .column('deliverable_id')
          .doUpdateSet({ framework_id: event.data.frameworkId, title: event.data.title }),
      )
      .execute();
  }
  // A regional assignment concerns its member States (statesNamedBy): a cancellation names them.
  if (event.type === 'DeliverableAssigned')
    for (const stateCode of statesNamedBy(event))
      await trx
        .insertInto('timeline_assignments')
        .values({ deliverable_id: event.data.deliverableId, state_code: stateCode })
        .onConflict((oc) => oc.columns(['deliverable_id', 'state_code']).doNothing())
        .execute();
}

export const activityTimelineProjection: Projection = {
  name: 'activity-timeline',
  tables: TIMELINE_TABLES,
  createTables: createTimelineTables,
  apply,
  flush,
};
