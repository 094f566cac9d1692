import { z } from "zod";

/** `page` and `limit` on every suite list: default 20, at most 100. */
export const pageFields = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).describe("Page number for pagination"),
  limit: z.coerce.number().int().min(1).max(100).default(20).describe("Results per page (default: 20, at most 100)"),
};

export const pageMeta = z.object({ current_page: z.number().int(), total_pages: z.number().int(), total_records: z.number().int() });
export type PageMeta = z.infer<typeof pageMeta>;

export function toPageMeta(page: number, limit: number, total: number): PageMeta {
  return { current_page: page, total_pages: Math.ceil(total / limit), total_records: total };
}

/** The success envelope of a list: data plus meta. */
export function listEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ success: z.literal(true), data: z.array(item), meta: pageMeta });
}

/** The success envelope of one item. */
export function itemEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ success: z.literal(true), data: item });
}
