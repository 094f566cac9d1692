import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { FEEDBACK_DEFAULTS } from "@/lib/crm/feedback/feedback-rules";
import { feedbackToken, hashFeedbackToken } from "@/lib/crm/feedback/feedback-token";
import { extractThemes } from "@/lib/nlp/feedback-themes";
import { sentimentOf } from "@/lib/nlp/sentiment";
import type { DemoRandom } from "./random";

const DAY = 86_400_000;

/** Comments by rating, so themes (support, delivery, pricing, invoice…) recur and sentiment follows the stars. */
const COMMENTS: Record<number, [category: string, comment: string][]> = {
  5: [
    ["support", "The support team was fantastic and solved my problem within the hour."],
    ["product", "Love the new dashboard, the reports save me hours every week."],
    ["delivery", "Delivery was quick and the installation went smoothly."],
    ["support", "Excellent support, friendly and knowledgeable staff."],
    ["product", "Great product, the onboarding was easy and the training was excellent."],
  ],
  4: [
    ["product", "Good product overall, the reports could load faster."],
    ["support", "Support was helpful, although the response took a day."],
    ["billing", "Pricing is fair for what we get; the invoice layout is clear."],
    ["delivery", "Delivery arrived on time, packaging could be better."],
  ],
  3: [
    ["billing", "The pricing is a bit high compared to alternatives."],
    ["product", "The app is fine but the mobile version is slow."],
    ["delivery", "Delivery was late by two days, otherwise okay."],
  ],
  2: [
    ["billing", "The invoice was wrong twice and fixing it took too long."],
    ["delivery", "Slow delivery and nobody told us about the delay."],
    ["support", "Support kept closing my ticket without solving the issue."],
  ],
  1: [
    ["billing", "Terrible billing experience, we were charged twice and the refund is still missing."],
    ["support", "Awful support, no answer to my emails for a week."],
    ["delivery", "The package arrived broken and the delivery driver was rude."],
  ],
};

/**
 * Feedback for the demo: requests over the last four months, most answered
 * (ratings leaning positive, comments whose themes recur), some waiting with
 * reminders sent, a few expired. Tokens are stored hashed, as the app does.
 */
export async function seedFeedback(
  db: Db,
  tenantId: string,
  customerIds: string[],
  random: DemoRandom,
  now: Date,
  /** How many days ago requests were sent (seed-insights adds older months). */
  window: { fromDays: number; toDays: number } = { fromDays: 1, toDays: 120 },
): Promise<void> {
  const requests: Prisma.FeedbackRequestCreateManyInput[] = [];
  const responses: Prisma.FeedbackResponseCreateManyInput[] = [];
  const reminders: Prisma.FeedbackReminderCreateManyInput[] = [];
  for (const customerId of customerIds) {
    if (!random.chance(0.7)) continue;
    const id = randomUUID();
    const requestedAt = new Date(now.getTime() - random.int(window.fromDays, window.toDays) * DAY - random.int(0, 86_399) * 1000);
    const expiresAt = new Date(requestedAt.getTime() + FEEDBACK_DEFAULTS.expiresAfterDays * DAY);
    const answered = random.chance(0.72);
    const expired = !answered && expiresAt <= now;
    const remindersSent = answered
      ? random.int(0, 1)
      : expired
        ? FEEDBACK_DEFAULTS.maxReminders
        : Math.min(FEEDBACK_DEFAULTS.maxReminders, Math.floor((now.getTime() - requestedAt.getTime()) / (FEEDBACK_DEFAULTS.remindAfterDays * DAY)));
    const respondedAt = answered ? new Date(Math.min(now.getTime(), requestedAt.getTime() + random.int(1, 6) * DAY)) : null;
    const lastReminderAt = remindersSent > 0 ? new Date(requestedAt.getTime() + remindersSent * FEEDBACK_DEFAULTS.remindAfterDays * DAY) : null;
    requests.push({
      id,
      tenantId,
      customerId,
      channel: random.pick(["email", "email", "sms"]),
      status: answered ? "responded" : expired ? "expired" : "requested",
      requestedAt,
      respondedAt,
      remindersSent,
      lastReminderAt,
      expiresAt,
      tokenHash: hashFeedbackToken(feedbackToken(id)),
      nextReminderAt:
        !answered && !expired && remindersSent < FEEDBACK_DEFAULTS.maxReminders
          ? new Date((lastReminderAt ?? requestedAt).getTime() + FEEDBACK_DEFAULTS.remindAfterDays * DAY)
          : null,
    });
    for (let r = 1; r <= remindersSent; r++)
      reminders.push({ tenantId, requestId: id, sentAt: new Date(requestedAt.getTime() + r * FEEDBACK_DEFAULTS.remindAfterDays * DAY) });
    if (!answered || !respondedAt) continue;
    const rating = random.weighted([
      [5, 38],
      [4, 27],
      [3, 14],
      [2, 11],
      [1, 10],
    ] as const);
    const [category, comment] = random.pick(COMMENTS[rating]!);
    const withComment = random.chance(0.85);
    const sentiment = withComment ? sentimentOf(comment) : null;
    responses.push({
      tenantId,
      requestId: id,
      customerId,
      rating,
      category,
      comment: withComment ? comment : null,
      sentiment: sentiment?.label ?? null,
      sentimentScore: sentiment?.score ?? null,
      themes: withComment ? extractThemes(comment) : [],
      createdAt: respondedAt,
    });
  }
  await db.feedbackRequest.createMany({ data: requests });
  await db.feedbackResponse.createMany({ data: responses });
  if (reminders.length) await db.feedbackReminder.createMany({ data: reminders });
}
