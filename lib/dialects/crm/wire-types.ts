import { z } from "zod";

/** The crm seed's lead enums, exactly. */
export const CRM_LEAD_STATUSES = ["new", "contacted", "qualified", "proposal", "negotiation", "converted", "lost", "won"] as const;
export const CRM_LEAD_SOURCES = ["campaign", "website", "referral", "direct", "social", "email", "other"] as const;

/** A seed "date": an ISO 8601 date-time (with offset) or a plain date (midnight UTC). */
export const crmDate = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((value) => new Date(value))
  .describe("ISO 8601 date-time (e.g. 2024-01-15T10:00:00Z) or date (2024-01-15, midnight UTC)");

/** A date-range bound in a query string (same forms as crmDate). */
export const crmDateQuery = crmDate;

/** The crm dialect's answer to a delete. */
export const crmDeleted = z.object({ message: z.string(), id: z.uuid() });
