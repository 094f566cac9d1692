import { z } from "zod";
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
