import type { Prisma } from "@/lib/db/client";

export const feedbackRequestSelect = {
  id: true,
  customerId: true,
  channel: true,
  status: true,
  requestedAt: true,
  respondedAt: true,
  remindersSent: true,
  lastReminderAt: true,
  nextReminderAt: true,
  expiresAt: true,
} as const satisfies Prisma.FeedbackRequestSelect;

export type FeedbackRequestRecord = Prisma.FeedbackRequestGetPayload<{ select: typeof feedbackRequestSelect }>;

export const feedbackResponseSelect = {
  id: true,
  requestId: true,
  customerId: true,
  rating: true,
  comment: true,
  category: true,
  sentiment: true,
  sentimentScore: true,
  themes: true,
  createdAt: true,
} as const satisfies Prisma.FeedbackResponseSelect;

export type FeedbackResponseRecord = Prisma.FeedbackResponseGetPayload<{ select: typeof feedbackResponseSelect }>;
