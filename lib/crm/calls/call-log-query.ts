import { z } from "zod";

/** The events the ribbon sends most (the fold reads these); the filter takes any name. */
export const COMMON_CALL_EVENTS = ["incoming", "connected", "callEnded"] as const;

/**
 * The call log page's filters as they come from the URL (also read by its
 * CSV export); anything unreadable is ignored, never an error page.
 * The period (range/from/to) is read by resolveDateRange.
 */
export const callLogQuery = z.object({
  direction: z.enum(["inbound", "outbound"]).optional().catch(undefined),
  event: z.string().trim().min(1).max(64).optional().catch(undefined),
  customerId: z.string().trim().min(1).max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type CallLogQuery = z.infer<typeof callLogQuery>;
