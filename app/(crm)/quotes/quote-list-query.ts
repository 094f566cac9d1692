import { z } from "zod";

export const QUOTE_STATUSES = ["draft", "sent", "accepted", "declined", "expired"] as const;

/** The /quotes filters from the URL; anything unreadable is ignored (no status: all). */
export const quoteListQuery = z.object({
  status: z.enum(QUOTE_STATUSES).optional().catch(undefined),
  search: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
