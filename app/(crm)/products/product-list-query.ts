import { z } from "zod";

/** The /products filters from the URL; anything unreadable is ignored. */
export const productListQuery = z.object({
  search: z.string().trim().max(200).optional().catch(undefined),
  type: z.enum(["product", "service"]).optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
