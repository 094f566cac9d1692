import { z } from "zod";
import { cancelScheduledCall, type CancelOutcome } from "@/lib/crm/dialler/cancel-scheduled-call";
import { DomainError } from "@/lib/crm/errors";
import { defineEndpoint } from "@/lib/http/endpoint";
import { dialler } from "./dialect";
import { requiredText, phoneField } from "./fields";

const WARNINGS: Record<Exclude<CancelOutcome, "cancelled">, string> = {
  // The seed's own words for an unknown type: "server error (call group)".
  unknown_type: "server error (call group)",
  not_found: "not found",
  already_processed: "already processed",
};

export const cancelDiallerLead = defineEndpoint({
  dialect: dialler,
  method: "POST",
  path: "/lead/cancel",
  summary: "Remove a lead",
  description:
    'Cancels the scheduled call of the lead with this `type` and `mobile` (digits compared, formatting ignored). `{"cancelled": true}`, or `cancelled: false` with a `warning`: `server error (call group)` for an unknown type, `not found` when nothing is scheduled for that number (another client\'s lead included), `already processed` when the call was already made (a call to the number was logged). `server error (save)` with HTTP 500 when the change could not be saved.',
  auth: "tenant",
  scope: "write:leads",
  body: z.object({ type: requiredText("Type"), mobile: phoneField("Mobile") }),
  response: z.union([z.object({ cancelled: z.literal(true) }), z.object({ cancelled: z.literal(false), warning: z.string() })]),
  async handler({ ctx, body }) {
    let outcome: CancelOutcome;
    try {
      outcome = await cancelScheduledCall(ctx, { type: body.type, mobile: body.mobile });
    } catch (error) {
      if (error instanceof DomainError) throw error;
      console.error("lead cancel failed", error);
      return Response.json({ cancelled: false, warning: "server error (save)" }, { status: 500 });
    }
    if (outcome === "cancelled") return { cancelled: true as const };
    return { cancelled: false as const, warning: WARNINGS[outcome] };
  },
});
