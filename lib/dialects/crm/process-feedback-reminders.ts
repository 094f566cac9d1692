import { z } from "zod";
import { FEEDBACK_DEFAULTS } from "@/lib/crm/feedback/feedback-rules";
import { processFeedbackReminders } from "@/lib/crm/feedback/process-feedback-reminders";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { publicUrl } from "./public-url";

export const processCrmFeedbackReminders = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/feedback/process-reminders",
  summary: "Process feedback reminders",
  description:
    `Re-send feedback requests still unanswered \`after_days\` days (default ${FEEDBACK_DEFAULTS.remindAfterDays}) after they were sent or last reminded, at most \`max_reminders\` times per request (default ${FEEDBACK_DEFAULTS.maxReminders}); ` +
    "never to a request that was answered, nor to a customer who has answered any request since. Requests past their expiry are marked expired. " +
    "Idempotent: a request is claimed atomically, and one reminded today is not reminded again today, so running it twice (or concurrently) reminds nobody twice. " +
    "Answers what it did: each reminder with its number and the link to re-send (the same link as the first request; the CRM does not send mail), and the ids that expired. Optional body: `after_days` (1-90), `max_reminders` (1-10).",
  auth: "tenant",
  scope: "write:customers",
  body: z.object({
    after_days: z.number().int().min(1).max(90).optional(),
    max_reminders: z.number().int().min(1).max(10).optional(),
  }),
  response: z.object({
    processed_at: z.string(),
    after_days: z.number().int(),
    max_reminders: z.number().int(),
    reminded_count: z.number().int(),
    reminded: z.array(z.object({ feedback_id: z.uuid(), customer_id: z.uuid(), reminder_number: z.number().int(), response_url: z.string() })),
    expired_count: z.number().int(),
    expired: z.array(z.uuid()),
  }),
  async handler({ ctx, body, url }) {
    const run = await processFeedbackReminders(ctx, { afterDays: body.after_days, maxReminders: body.max_reminders });
    return {
      processed_at: run.processedAt.toISOString(),
      after_days: run.afterDays,
      max_reminders: run.maxReminders,
      reminded_count: run.reminded.length,
      reminded: run.reminded.map((r) => ({
        feedback_id: r.requestId,
        customer_id: r.customerId,
        reminder_number: r.reminderNumber,
        response_url: publicUrl(url, r.responsePath),
      })),
      expired_count: run.expired.length,
      expired: run.expired,
    };
  },
});
