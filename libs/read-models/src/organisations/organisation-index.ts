import { organisationKey } from '@ct/domain';
import { type OrganisationView } from './organisations.queries';

/** How a free-text value matched: the organisation's own id, one of its names, or an alias. */
export type MatchedBy = 'id' | 'name' | 'alias';

export type Resolution =
  | { status: 'resolved'; organisationId: string; matchedBy: MatchedBy }
  /** The value is a name or alias of several organisations: none is chosen, the CLI check says so. */
  | { status: 'ambiguous'; matchedBy: MatchedBy; candidates: string[] }
  | { status: 'unresolved' };

/** The organisation a row's free text resolved to, as the row shows it (null: none, or ambiguous). */
export interface OrganisationRef {
  organisationId: string;
  displayName: string;
}

/** An id beats a name, a name beats an alias: an alias never hides another organisation's own name. */
const PRECEDENCE: readonly MatchedBy[] = ['id', 'name', 'alias'];

/**
 * Maps free-text provider and lead-agency values to catalogue entries through ids, names (English
 * and Russian) and aliases, case- and spacing-insensitively (organisationKey). Built once from the
 * whole catalogue (`allOrganisations`), then pure and in memory: callers join their rows to it
 * without SQL, whatever read model the rows come from.
 */
export class OrganisationIndex {
  private readonly byKey = new Map<MatchedBy, Map<string, Set<string>>>(
    PRECEDENCE.map((how) => [how, new Map()]),
  );
  private readonly views = new Map<string, OrganisationView>();

  private constructor(organisations: readonly OrganisationView[]) {
    for (const organisation of organisations) {
      this.views.set(organisation.organisationId, organisation);
      const id = organisation.organisationId;
      this.add('id', id, id);
      this.add('name', organisation.name.en, id);
      if (organisation.name.ru) this.add('name', organisation.name.ru, id);
      for (const alias of organisation.aliases) this.add('alias', alias, id);
    }
  }

  static of(organisations: readonly OrganisationView[]): OrganisationIndex {
    return new OrganisationIndex(organisations);
  }

  private add(how: MatchedBy, text: string, organisationId: string): void {
    const key = organisationKey(text);
    if (!key) return;
    const keys = this.byKey.get(how)!;
    keys.set(key, (keys.get(key) ?? new Set()).add(organisationId));
  }

  resolve(value: string): Resolution {
    const key = organisationKey(value);
    for (const how of PRECEDENCE) {
      const found = this.byKey.get(how)!.get(key);
      if (!found) continue;
      const candidates = [...found].sort();
      return candidates.length === 1
        ? { status: 'resolved', organisationId: candidates[0]!, matchedBy: how }
        : { status: 'ambiguous', matchedBy: how, candidates };
    }
    return { status: 'unresolved' };
  }

  /** The organisation of a free-text value with its display name, or null when it resolves to none. */
  organisationOf(value: string, lang: 'en' | 'ru' = 'en'): OrganisationRef | null {
    const resolution = this.resolve(value);
    if (resolution.status !== 'resolved') return null;
    const view = this.views.get(resolution.organisationId)!;
    return {
      organisationId: view.organisationId,
      displayName: (lang === 'ru' ? view.name.ru : null) ?? view.name.en,
    };
  }
}

/**
 * The SQL-free join: each row with the organisation its free-text value resolves to (`null` when
 * none does), e.g. the ledger's rows by `provider`, the tracker's assignments by `leadAgency`:
 *
 *   withOrganisation(page.items, (row) => row.provider, index)
 */
export function withOrganisation<T extends object>(
  rows: readonly T[],
  valueOf: (row: T) => string,
  index: OrganisationIndex,
  lang: 'en' | 'ru' = 'en',
): (T & { organisation: OrganisationRef | null })[] {
  return rows.map((row) => ({ ...row, organisation: index.organisationOf(valueOf(row), lang) }));
}

/** Rows that name one organisation, however spelled; or one unresolved spelling (organisation null). */
export interface OrganisationGroup<T> {
  /** The organisation id, or the free text itself for a value that resolves to no organisation. */
  key: string;
  organisation: OrganisationRef | null;
  /** The spellings met in the rows, in first-seen order. */
  values: string[];
  rows: T[];
}

/**
 * Groups rows by the organisation their free text resolves to, for "by provider" totals that count
 * "UNOCT/UNCCT" and "UNOCT" once: the caller sums each group's rows (amounts per currency, counts).
 * Values that resolve to none stay a group of their own, keyed by their text.
 */
export function groupByOrganisation<T>(
  rows: readonly T[],
  valueOf: (row: T) => string,
  index: OrganisationIndex,
  lang: 'en' | 'ru' = 'en',
): OrganisationGroup<T>[] {
  const groups = new Map<string, OrganisationGroup<T>>();
  for (const row of rows) {
    const value = valueOf(row);
    const organisation = index.organisationOf(value, lang);
    const key = organisation?.organisationId ?? value;
    const group = groups.get(key) ?? { key, organisation, values: [], rows: [] };
    if (!group.values.includes(value)) group.values.push(value);
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()];
}
