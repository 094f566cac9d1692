/**
 * The one rule of lead `search`: a case-insensitive substring of name, email, company or phone, matched on
 * "searchText" (those four fields lower-cased and joined by U+001F, kept by PostgreSQL: migration
 * 20261126080000_lead_search_text). Wildcards in the term act as wildcards, as Prisma's `contains` sends them.
 */
export const SEARCH_FIELD_SEPARATOR = "\u001f";

/** The term to match, or null when nothing can match it (a term holding the separator would span two fields). */
export function leadSearchTerm(search: string | undefined): string | null | undefined {
  const term = search?.trim();
  if (!term) return undefined;
  return term.includes(SEARCH_FIELD_SEPARATOR) ? null : term;
}
