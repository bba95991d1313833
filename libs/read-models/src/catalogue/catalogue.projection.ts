import { type Kysely } from 'kysely';
import { type DomainEvent } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, positionParam } from '../database';
import { type Projection } from '../projection';
import { CATALOGUE_TABLES, createCatalogueTables } from './catalogue.tables';

/** Records (or replaces) the Russian name of a subject; nothing when the event has none. */
async function putRussianName(
  trx: Kysely<Database>,
  subject: 'framework' | 'process' | 'conference',
  subjectId: string,
  name: string | undefined,
): Promise<void> {
  if (name === undefined) return;
  const row = { subject, subject_id: subjectId, lang: 'ru', name };
  await trx
    .insertInto('catalogue_names')
    .values(row)
    .onConflict((oc) => oc.columns(['subject', 'subject_id', 'lang']).doUpdateSet({ name }))
    .execute();
}

async function apply(trx: Kysely<Database>, event: DomainEvent, recorded: RecordedEvent): Promise<void> {
  switch (event.type) {
    case 'DeclarationAdopted': {
      const d = event.data;
      const row = {
        kind: d.kind,
        title: d.title,
        adopted_on: d.adoptedOn,
        place: d.place,
        adopting_states: JSON.stringify(d.adoptingStates),
        source_reference: d.sourceReference ?? null,
      };
      await trx
        .insertInto('catalogue_frameworks')
        .values({ framework_id: d.frameworkId, ...row, revision_count: 0 })
        .onConflict((oc) => oc.column('framework_id').doUpdateSet(row))
        .execute();
      await putRussianName(trx, 'framework', d.frameworkId, d.titleRu);
      return;
    }
    case 'FrameworkRevised': {
      const d = event.data;
      await trx
        .updateTable('catalogue_frameworks')
        .set((eb) => ({
          last_revised_on: d.revisedOn,
          last_revision_summary: d.summary,
          revision_count: eb('revision_count', '+', 1),
          ...(d.adoptingStates ? { adopting_states: JSON.stringify(d.adoptingStates) } : {}),
        }))
        .where('framework_id', '=', d.frameworkId)
        .execute();
      return;
    }
    case 'ProcessLaunched': {
      const d = event.data;
      const row = {
        name: d.name,
        launched_by: d.launchedBy,
        launched_on: d.launchedOn,
        place: d.place ?? null,
        framework_ids: JSON.stringify(d.frameworkIds),
        participating_states: JSON.stringify(d.participatingStates),
      };
      await trx
        .insertInto('catalogue_processes')
        .values({ process_id: d.processId, ...row, conference_count: 0 })
        .onConflict((oc) => oc.column('process_id').doUpdateSet(row))
        .execute();
      await putRussianName(trx, 'process', d.processId, d.nameRu);
      return;
    }
    case 'ConferenceHeld': {
      const d = event.data;
      await trx
        .insertInto('catalogue_conferences')
        .values({
          position: positionParam(recorded.position),
          process_id: d.processId,
          title: d.title,
          starts_on: d.startsOn,
          ends_on: d.endsOn,
          place: d.place,
          outcome_framework_ids: JSON.stringify(d.outcomeFrameworkIds),
        })
        .execute();
      await putRussianName(trx, 'conference', recorded.position.toString(), d.titleRu);
      await trx
        .updateTable('catalogue_processes')
        .set((eb) => ({ conference_count: eb('conference_count', '+', 1) }))
        .where('process_id', '=', d.processId)
        .execute();
      return;
    }
    // Deliverables, assistance and organisations have read models of their own.
    case 'DeliverableDefined':
    case 'DeliverableAssigned':
    case 'ProgressReported':
    case 'ProgressReportCorrected':
    case 'ProgressReportWithdrawn':
    case 'ProgressReportValidated':
    case 'ProgressReportReturned':
    case 'AssignmentReopened':
    case 'AssignmentWithdrawn':
    case 'DeliverableCancelled':
    case 'DeliverableRetired':
    case 'AssistanceProvided':
    case 'AssistanceAmended':
    case 'AssistanceWithdrawn':
    case 'OrganisationRegistered':
    case 'OrganisationUpdated':
      return;
  }
}

export const catalogueProjection: Projection = {
  name: 'catalogue',
  tables: CATALOGUE_TABLES,
  createTables: createCatalogueTables,
  apply,
};
