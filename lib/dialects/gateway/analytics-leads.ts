import { z } from "zod";
import { leadAnalytics } from "@/lib/crm/leads/lead-analytics";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";

const DEFAULT_DAYS = 30;
const MAX_DAYS = 3_660;
const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" that is a real calendar day ("2024-02-30" is not). */
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date in the form YYYY-MM-DD")
  .refine((text) => {
    const parsed = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
  }, "Not a valid calendar date");

const query = z
  .object({ date_from: day.optional(), date_to: day.optional() })
  .transform((q) => {
    const to = q.date_to ?? new Date().toISOString().slice(0, 10);
    const from = q.date_from ?? isoDay(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_DAYS - 1) * DAY_MS);
    return { from, to };
  })
  .superRefine((range, context) => {
    const days = (Date.parse(range.to) - Date.parse(range.from)) / DAY_MS + 1;
    if (days < 1) context.addIssue({ code: "custom", path: ["date_to"], message: "date_to must not be before date_from" });
    else if (days > MAX_DAYS) context.addIssue({ code: "custom", path: ["date_from"], message: `The range may span at most ${MAX_DAYS} days` });
  });

const response = z.object({
  total_leads: z.number().int().min(0),
  conversion_rate: z.number().min(0).max(1),
  leads_by_source: z.record(z.string(), z.number().int().min(0)),
  leads_by_status: z.record(z.string(), z.number().int().min(0)),
  trends: z.object({ daily: z.array(z.object({ date: z.string(), count: z.number().int().min(0) })) }),
  date_from: z.string(),
  date_to: z.string(),
});

/** GET /api/analytics/leads: the seed's Analytics Response Schema, counted in SQL. */
export const leadAnalyticsEndpoint = defineEndpoint({
  dialect: gateway,
  method: "GET",
  path: "/api/analytics/leads",
  summary: "Lead analytics",
  description:
    "Leads created between `date_from` and `date_to` (inclusive UTC days, `YYYY-MM-DD`; default: the last 30 days up to today; at most 3660 days). `conversion_rate` = leads now `converted` or `won` ÷ all leads of the range (0-1, 0 when there are none). `leads_by_source` and `leads_by_status` always list the seed's values (zeros included) plus any other stored value (`unknown` for leads without a source). `trends.daily` has every day of the range, zeros included. `date_from`/`date_to` echo the range used. Bad dates: 400 naming the field.",
  auth: "tenant",
  scope: "read:analytics",
  rateLimit: GATEWAY_LIMITS.analytics,
  query,
  response,
  async handler({ ctx, query: range }) {
    const stats = await leadAnalytics(ctx, range);
    return {
      total_leads: stats.totalLeads,
      conversion_rate: stats.conversionRate,
      leads_by_source: stats.bySource,
      leads_by_status: stats.byStatus,
      trends: { daily: stats.daily },
      date_from: range.from,
      date_to: range.to,
    };
  },
});

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
