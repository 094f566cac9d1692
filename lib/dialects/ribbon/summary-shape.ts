import { z } from "zod";

export const dialectSummary = z.object({
  totalCalls: z.number().int(),
  totalDuration: z.number().int(),
  avgDuration: z.number().int(),
  inboundCalls: z.number().int(),
  outboundCalls: z.number().int(),
  missedCalls: z.number().int(),
});
