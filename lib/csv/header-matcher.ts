/**
 * Forgiving CSV header matching, once for every import: "First Name",
 * "first_name", "FIRSTNAME" and "first-name" are one column; "E-mail" is
 * "email". Each field lists the header spellings it accepts (normalised:
 * lower case, letters and digits only).
 */

export interface HeaderField<K extends string = string> {
  key: K;
  /** Accepted spellings; normalised before comparing. The key itself is always accepted. */
  aliases?: readonly string[];
}

export interface HeaderMatch<K extends string = string> {
  /** For each column of the file, the field it feeds (null: not used). */
  columns: (K | null)[];
  /** Headers that matched no field (reported back, ignored). */
  unmatched: string[];
  /** Fields that more than one column matched: the first column wins. */
  duplicates: K[];
}

/** "First Name" → "firstname"; "E-mail" → "email". Also strips a UTF-8 byte order mark. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

export function matchHeaders<K extends string>(headers: readonly string[], fields: readonly HeaderField<K>[]): HeaderMatch<K> {
  const lookup = new Map<string, K>();
  for (const field of fields) {
    for (const spelling of [field.key, ...(field.aliases ?? [])]) {
      const normalized = normalizeHeader(spelling);
      if (!lookup.has(normalized)) lookup.set(normalized, field.key);
    }
  }
  const seen = new Set<K>();
  const columns: (K | null)[] = [];
  const unmatched: string[] = [];
  const duplicates: K[] = [];
  for (const header of headers) {
    const key = lookup.get(normalizeHeader(header));
    if (!key) {
      columns.push(null);
      if (header.trim()) unmatched.push(header);
    } else if (seen.has(key)) {
      columns.push(null);
      duplicates.push(key);
    } else {
      seen.add(key);
      columns.push(key);
    }
  }
  return { columns, unmatched, duplicates };
}

/**
 * A record of the fields a row gives, from its cells and the matched columns
 * (empty cells are left out). The apostrophe our CSV writer puts before a
 * formula-like cell ("'+44…") is taken off again, so an export imports back as it was.
 */
export function rowRecord<K extends string>(cells: readonly string[], columns: readonly (K | null)[]): Partial<Record<K, string>> {
  const record: Partial<Record<K, string>> = {};
  for (let i = 0; i < columns.length; i++) {
    const key = columns[i];
    let value = cells[i]?.trim();
    if (value && /^'[=+\-@\t\r]/.test(value)) value = value.slice(1);
    if (key && value) record[key] = value;
  }
  return record;
}
