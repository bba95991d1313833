import { type Kysely } from 'kysely';
import { isMechanismKey } from '@ct/domain';
import { type Database } from './database';

/**
 * What marks a scorecard or tracker row as a regional mechanism's (issue #13 item 2) rather than a
 * State's. The read models file a regional assignment under the mechanism's id where a State's
 * assignment has its code (`assigneeOf`), so it is a row of its own and never counts in any member
 * State's row; `stateCode` of such a row holds that id. State rows carry none of these fields.
 */
export interface RegionalRowFields {
  kind: 'regional';
  mechanismId: string;
  /** The catalogue's current English name (the id when the catalogue does not have it). */
  mechanismName: string;
  /** The catalogue's current Russian name, when it has one. */
  mechanismNameRu?: string;
}

/**
 * The regional fields of each mechanism key among `keys` (State codes are left out), with the
 * display names the organisations read model has now.
 */
export async function regionalRowFields(
  db: Kysely<Database>,
  keys: Iterable<string>,
): Promise<Map<string, RegionalRowFields>> {
  const ids = [...new Set([...keys].filter(isMechanismKey))];
  const fields = new Map<string, RegionalRowFields>();
  if (ids.length === 0) return fields;
  const names = await db
    .selectFrom('organisations')
    .select(['organisation_id', 'name_en', 'name_ru'])
    .where('organisation_id', 'in', ids)
    .execute();
  const byId = new Map(names.map((n) => [n.organisation_id, n]));
  for (const id of ids) {
    const found = byId.get(id);
    fields.set(id, {
      kind: 'regional',
      mechanismId: id,
      mechanismName: found?.name_en ?? id,
      ...(found?.name_ru ? { mechanismNameRu: found.name_ru } : {}),
    });
  }
  return fields;
}
