import { type Kysely } from 'kysely';
import { type DomainEvent } from '@ct/domain';
import { type RecordedEvent } from '@ct/event-store';
import { type Database, positionParam } from '../database';
import { type Projection } from '../projection';
import { CATALOGUE_TABLES, createCatalogueTables } from './catalogue.tables';

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
      await trx
        .updateTable('catalogue_processes')
        .set((eb) => ({ conference_count: eb('conference_count', '+', 1) }))
        .where('process_id', '=', d.processId)
        .execute();
      return;
    }
    case 'DeliverableDefined':
    case 'DeliverableAssigned':
    case 'ProgressReported':
    case 'DeliverableCancelled':
    case 'AssistanceProvided':
      return;
  }
}

export const catalogueProjection: Projection = {
  name: 'catalogue',
  tables: CATALOGUE_TABLES,
  createTables: createCatalogueTables,
  apply,
};
    case 'AssistanceAmended':
    case 'AssistanceWithdrawn':
