/** Next's searchParams with one value per name (the first), empty values dropped. */
export async function firstValues(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<Record<string, string | undefined>> {
  return Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v)?.trim() || undefined]));
}
