import { z } from "zod";
import { processFollowUps } from "@/lib/crm/workflows/process-follow-ups";
import { runNurture } from "@/lib/crm/workflows/run-nurture";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";

export const startCrmLeadNurture = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/leads/nurture/start",
  summary: "Start lead nurturing",
  description: [
    'Runs the tenant\'s lead-nurturing rules now. Each rule: a lead in a status with no contact (its `last_contact`, else its creation) for N days gets one task: an interaction of the rule\'s type whose `next_action` / `next_action_date` say what to do and when, assigned (`user_id`) to the lead\'s owner. Tenants without rules of their own use the defaults: `new` idle 2 days → call "First contact call"; `contacted` idle 7 days → email "Follow-up email"; `qualified` idle 14 days → meeting (due in 2 days); `proposal` idle 5 days → call "Chase the proposal".',
    "Idempotent: each task is keyed by rule, lead and the time of the lead's last contact, so running it again creates nothing until that lead is contacted and goes quiet again. At most 5,000 tasks per rule per run (`more: true` says to run again). Answers what it did: tasks created per rule and the first 100 task and lead ids. The same function (lib/crm/workflows/run-nurture.ts) serves a scheduler.",
  ].join("\n\n"),
  auth: "tenant",
  scope: "write:leads",
  response: z.object({
    message: z.string(),
    ran_at: z.string(),
    created: z.number().int(),
    more: z.boolean(),
    rules: z.array(z.object({ key: z.string(), status: z.string(), idle_days: z.number().int(), created: z.number().int() })),
    tasks: z.array(z.object({ interaction_id: z.uuid(), lead_id: z.uuid() })),
  }),
  async handler({ ctx }) {
    const run = await runNurture(ctx);
    return {
      message:
        run.created === 0 ? "Nothing to do: every lead due a nurturing step has it" : `Created ${run.created} nurturing task${run.created === 1 ? "" : "s"}`,
      ran_at: run.ranAt.toISOString(),
      created: run.created,
      more: run.more,
      rules: run.rules.map((r) => ({ key: r.key, status: r.status, idle_days: r.idleDays, created: r.created })),
      tasks: run.tasks.map((t) => ({ interaction_id: t.interactionId, lead_id: t.leadId })),
    };
  },
});

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
