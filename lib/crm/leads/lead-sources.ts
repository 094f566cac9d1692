import type { LeadSource } from "@/lib/db/generated/enums";

/** Every lead source (API.md: the union of the seeds' lists), in one place for dialects, filters and forms. */
export const LEAD_SOURCES = ["website", "social", "referral", "email", "phone", "campaign", "direct", "other"] as const satisfies readonly LeadSource[];
