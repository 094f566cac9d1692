/**
 * The one rule of lead `search`: the term matches a lead when, ignoring case, spaces and ASCII punctuation, it is a
 * substring of its name, email, company or phone. "globex 42" finds company "Globex 42", "7700900123" finds phone
 * "+44 7700 900123", "ada okafor" finds "ada.okafor@…". The match runs on "searchText", the same key of the four
 * fields (joined by U+001F so a match never spans two), which PostgreSQL keeps with crm_search_key (migration
 * 20261126080000_lead_search_text). Both sides must fold alike: SEARCH_KEY_DROPS is that function's character list.
 */
// eslint-disable-next-line no-control-regex -- the ASCII control characters are part of what the key drops
const SEARCH_KEY_DROPS = /[\x01-\x1e\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]/g;
// eslint-disable-next-line no-control-regex -- U+001F joins the fields in searchText: a term never carries it
const FIELD_SEPARATOR = /\x1f/g;

/** The text as crm_search_key keys it: lower-cased, without ASCII spaces, punctuation and control characters. */
export function searchKey(text: string): string {
  // PostgreSQL's lower() maps each character on its own (simple case mapping); String#toLowerCase applies
  // Unicode's special casing ("İ" → "i̇", a final "Σ" → "ς"). Lower-casing one character at a time and keeping
  // the first code point gives the simple mapping.
  let lower = "";
  for (const char of text) lower += String.fromCodePoint(char.toLowerCase().codePointAt(0)!);
  return lower.replace(SEARCH_KEY_DROPS, "");
}

/**
 * The key a search term is matched by, or undefined when there is nothing to match: a term of only spaces and
 * punctuation (such as "@" or "-") filters nothing, as an empty search does. Having no wildcards, the key goes
 * into LIKE '%key%' as it is.
 */
export function leadSearchKey(search: string | undefined): string | undefined {
  const key = search === undefined ? "" : searchKey(search).replace(FIELD_SEPARATOR, "");
  return key === "" ? undefined : key;
}
