import { z } from "zod";

/**
 * `date_from` / `date_to` query bounds: an ISO 8601 date-time or a plain date.
 * Both ends are inclusive; a plain `date_to` includes that whole day (UTC).
 * The domain gets a half-open range [from, before).
 */
export const dateRangeQuery = {
  date_from: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()])
    .optional()
    .describe("Inclusive start: ISO date-time or date (midnight UTC)"),
  date_to: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()])
    .optional()
    .describe("Inclusive end: ISO date-time, or a date (the whole day, UTC)"),
};

export function toDateRange(query: { date_from?: string; date_to?: string }): { from?: Date; before?: Date } {
  const from = query.date_from ? new Date(query.date_from) : undefined;
  let before: Date | undefined;
  if (query.date_to) {
    const end = new Date(query.date_to);
    before = query.date_to.length === 10 ? new Date(end.getTime() + 86_400_000) : new Date(end.getTime() + 1);
  }
  return { from, before };
}
