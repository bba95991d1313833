export interface OffsetPage {
  /** Default 50, at most 500. */
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  /** Rows matching the filters, all pages together. */
  total: number;
  limit: number;
  offset: number;
}

export const MAX_LIMIT = 500;

export function pageBounds(page: OffsetPage, defaultLimit = 50): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Math.trunc(page.limit ?? defaultLimit), 1), MAX_LIMIT);
  const offset = Math.max(Math.trunc(page.offset ?? 0), 0);
  return { limit, offset };
}
