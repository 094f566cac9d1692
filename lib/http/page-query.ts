import type { z } from "zod";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** A page's URL query read through its zod schema (first value of repeated keys, empty as absent). */
export async function readPageQuery<S extends z.ZodType>(searchParams: SearchParams, schema: S): Promise<z.infer<S>> {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, (Array.isArray(v) ? v[0] : v) || undefined]));
  return schema.parse(raw);
}

/** The filters that are set, as a query string base for links (tabs, pages, reset). */
export function queryOf(values: Record<string, string | number | undefined | null>): URLSearchParams {
  return new URLSearchParams(Object.entries(values).flatMap(([k, v]) => (v === undefined || v === null || v === "" ? [] : [[k, String(v)]])));
}

/** `path?query` without a dangling `?`. */
export function withQuery(path: string, query: URLSearchParams): string {
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
