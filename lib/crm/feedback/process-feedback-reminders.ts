import { getDb } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import type { CrmContext } from "../context";
import { FEEDBACK_DEFAULTS } from "./feedback-rules";
import { feedbackResponsePath } from "./feedback-token";

export interface ReminderOptions {
  /** Remind requests unanswered this many days since sent (or since the last reminder). */
  afterDays?: number;
  /** At most this many reminders per request. */
  maxReminders?: number;
  now?: Date;
}

export interface ReminderRun {
  processedAt: Date;
  afterDays: number;
  maxReminders: number;
  reminded: { requestId: string; customerId: string; reminderNumber: number; responsePath: string }[];
  /** Requests whose link ran out (status now expired). */
  expired: string[];
}

/**
 * Re-sends unanswered requests: one atomic UPDATE … RETURNING claims every
 * request due (still `requested`, not expired, under the reminder cap, quiet
 * for `afterDays`, not reminded today, and whose customer has not answered
 * any request since), so concurrent or repeated runs remind nobody twice; a
 * second run the same day does nothing. Expired requests are marked so.
 * The reminder is recorded (FeedbackReminder) and its link answered, for the
 * caller's mailer: the same link as the first request.
 */
export async function processFeedbackReminders(ctx: CrmContext, options: ReminderOptions = {}): Promise<ReminderRun> {
  const now = options.now ?? new Date();
  const afterDays = options.afterDays ?? FEEDBACK_DEFAULTS.remindAfterDays;
  const maxReminders = options.maxReminders ?? FEEDBACK_DEFAULTS.maxReminders;
  const at = now.toISOString();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const expired = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "FeedbackRequest" SET status = 'expired', "nextReminderAt" = NULL
      WHERE "tenantId" = ${ctx.tenantId}::uuid AND status = 'requested' AND "expiresAt" <= (${at}::timestamptz AT TIME ZONE 'UTC')
      RETURNING id`;
    const reminded = await tx.$queryRaw<{ id: string; customerId: string; remindersSent: number }[]>`
      UPDATE "FeedbackRequest" fr
      SET "remindersSent" = fr."remindersSent" + 1,
          "lastReminderAt" = (${at}::timestamptz AT TIME ZONE 'UTC'),
          "nextReminderAt" = CASE WHEN fr."remindersSent" + 1 < ${maxReminders}
            THEN (${at}::timestamptz AT TIME ZONE 'UTC') + make_interval(days => ${afterDays}) ELSE NULL END
      WHERE fr."tenantId" = ${ctx.tenantId}::uuid
        AND fr.status = 'requested'
        AND fr."remindersSent" < ${maxReminders}
        AND COALESCE(fr."lastReminderAt", fr."requestedAt") <= (${at}::timestamptz AT TIME ZONE 'UTC') - make_interval(days => ${afterDays})
        AND (fr."lastReminderAt" IS NULL OR fr."lastReminderAt"::date < (${at}::timestamptz AT TIME ZONE 'UTC')::date)
        AND NOT EXISTS (
          SELECT 1 FROM "FeedbackResponse" r
          WHERE r."tenantId" = fr."tenantId" AND r."customerId" = fr."customerId" AND r."createdAt" >= fr."requestedAt")
      RETURNING fr.id, fr."customerId", fr."remindersSent"`;
    if (reminded.length > 0) {
      await tx.feedbackReminder.createMany({ data: reminded.map((row) => ({ tenantId: ctx.tenantId, requestId: row.id, sentAt: now })) });
    }
    if (reminded.length + expired.length > 0) {
      await recordAudit(tx, ctx, {
        action: "feedback.reminders_processed",
        entityType: "feedback_request",
        data: { reminded: reminded.length, expired: expired.length },
      });
    }
    return {
      processedAt: now,
      afterDays,
      maxReminders,
      reminded: reminded.map((row) => ({
        requestId: row.id,
        customerId: row.customerId,
        reminderNumber: row.remindersSent,
        responsePath: feedbackResponsePath(row.id),
      })),
      expired: expired.map((row) => row.id),
    };
  });
}
