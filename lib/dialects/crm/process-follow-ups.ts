import { z } from "zod";
import { processFollowUps } from "@/lib/crm/workflows/process-follow-ups";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";

export const processCrmFollowUps = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/followups/process",
  summary: "Process follow-ups",
  description:
    "Every lead or customer interaction whose `next_action_date` has passed becomes a due task for its owner (the lead's or customer's `assigned_to`, else whoever recorded it): an interaction \"Due: <next_action>\" with that `next_action_date`, and the source is marked as followed up. Idempotent and safe to run concurrently (rows claimed with FOR UPDATE SKIP LOCKED, one task per interaction and date by a unique key); changing an interaction's `next_action_date` re-arms it. At most 5,000 per run (`more: true` says to run again). Answers counts and the first 100 task ids. The same function (lib/crm/workflows/process-follow-ups.ts) serves a scheduler.",
  auth: "tenant",
  scope: "write:leads",
  response: z.object({
    message: z.string(),
    ran_at: z.string(),
    processed: z.number().int(),
    created: z.number().int(),
    more: z.boolean(),
    tasks: z.array(
      z.object({
        interaction_id: z.uuid(),
        source_interaction_id: z.uuid(),
        lead_id: z.uuid().nullable(),
        customer_id: z.uuid().nullable(),
        owner_id: z.uuid().nullable(),
      }),
    ),
  }),
  async handler({ ctx }) {
    const run = await processFollowUps(ctx);
    return {
      message: run.created === 0 ? "No follow-ups due" : `Created ${run.created} due task${run.created === 1 ? "" : "s"}`,
      ran_at: run.ranAt.toISOString(),
      processed: run.processed,
      created: run.created,
      more: run.more,
      tasks: run.tasks.map((t) => ({
        interaction_id: t.interactionId,
        source_interaction_id: t.sourceInteractionId,
        lead_id: t.leadId,
        customer_id: t.customerId,
        owner_id: t.ownerId,
      })),
    };
  },
});
