import { type Kysely } from 'kysely';
import { type DomainEvent, type OrganisationNames, organisationKey } from '@ct/domain';
import { type Database } from '../database';
import { type Projection } from '../projection';
import { ORGANISATION_TABLES, createOrganisationTables } from './organisations.tables';

const searchText = (id: string, name: OrganisationNames, aliases: readonly string[]): string =>
  [id, name.en, name.ru ?? '', ...aliases].map(organisationKey).join('\n');

async function replaceMembers(trx: Kysely<Database>, id: string, states: readonly string[]): Promise<void> {
  await trx.deleteFrom('organisation_members').where('organisation_id', '=', id).execute();
  if (states.length)
    await trx
      .insertInto('organisation_members')
      .values(states.map((state_code) => ({ organisation_id: id, state_code })))
      .execute();
}

async function apply(trx: Kysely<Database>, event: DomainEvent): Promise<void> {
  // Only the organisation events touch this read model: no switch over every event type, so that
  // event types added elsewhere need nothing here.
  if (event.type === 'OrganisationRegistered') {
    const d = event.data;
    const row = {
      kind: d.kind,
      name_en: d.name.en,
      name_ru: d.name.ru ?? null,
      iati_organisation_type: d.iatiOrganisationType ?? null,
      iati_ref: d.iatiRef ?? null,
      aliases: JSON.stringify(d.aliases),
      search_text: searchText(d.organisationId, d.name, d.aliases),
      member_states: d.memberStates ? JSON.stringify(d.memberStates) : null,
      member_states_may_report:
        d.memberStatesMayReport === undefined ? null : d.memberStatesMayReport ? 1 : 0,
    };
    await trx
      .insertInto('organisations')
      .values({ organisation_id: d.organisationId, ...row, update_count: 0 })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet(row))
      .execute();
    await replaceMembers(trx, d.organisationId, d.memberStates ?? []);
    return;
  }
  if (event.type === 'OrganisationUpdated') {
    const d = event.data;
    const current = await trx
      .selectFrom('organisations')
      .select(['name_en', 'name_ru', 'aliases'])
      .where('organisation_id', '=', d.organisationId)
      .executeTakeFirst();
    if (!current) return;
    const name = d.name ?? { en: current.name_en, ...(current.name_ru ? { ru: current.name_ru } : {}) };
    const aliases = d.aliases ?? (JSON.parse(current.aliases) as string[]);
    await trx
      .updateTable('organisations')
      .set((eb) => ({
        name_en: name.en,
        name_ru: name.ru ?? null,
        aliases: JSON.stringify(aliases),
        search_text: searchText(d.organisationId, name, aliases),
        ...(d.iatiOrganisationType !== undefined ? { iati_organisation_type: d.iatiOrganisationType } : {}),
        ...(d.iatiRef !== undefined ? { iati_ref: d.iatiRef } : {}),
        ...(d.memberStates ? { member_states: JSON.stringify(d.memberStates) } : {}),
        ...(d.memberStatesMayReport !== undefined
          ? { member_states_may_report: d.memberStatesMayReport ? 1 : 0 }
          : {}),
        update_count: eb('update_count', '+', 1),
      }))
      .where('organisation_id', '=', d.organisationId)
      .execute();
    if (d.memberStates) await replaceMembers(trx, d.organisationId, d.memberStates);
  }
}

export const organisationsProjection: Projection = {
  name: 'organisations',
  tables: ORGANISATION_TABLES,
  createTables: createOrganisationTables,
  apply,
};
