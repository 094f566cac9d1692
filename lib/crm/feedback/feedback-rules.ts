/** Defaults of the feedback workflow (the reminder endpoint accepts overrides). */
export const FEEDBACK_DEFAULTS = {
  /** A request's link stops working after this many days (status becomes expired). */
  expiresAfterDays: 30,
  /** Remind when a request has gone unanswered this many days since it (or the last reminder) was sent. */
  remindAfterDays: 3,
  /** Never more reminders than this per request. */
  maxReminders: 2,
} as const;

/** NPS-style buckets on the 1-5 scale: 5 promoter, 4 passive, 1-3 detractor. */
export const NPS_BUCKETS = { promoterMin: 5, passiveMin: 4 } as const;

export const DAY_MS = 86_400_000;
