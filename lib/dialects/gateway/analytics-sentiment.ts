import { z } from "zod";
import { leadSentiment } from "@/lib/crm/leads/lead-sentiment";
import { leadPublicId } from "@/lib/crm/leads/lead-public-id";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";
import { leadUuid } from "./get-lead";

/** GET /api/analytics/sentiment?lead_id=… */
export const leadSentimentEndpoint = defineEndpoint({
  dialect: gateway,
  method: "GET",
  path: "/api/analytics/sentiment",
  summary: "Sentiment of a lead",
  description:
    "Reads the lead's notes and its interactions (subject, notes, outcome; the newest 200) with the offline analyzer of `POST /api/analyze`. `sentiment` is positive, neutral or negative with a `confidence` 0-1; `entities` lists what the texts talk about (products, features, services, prices, competitors), most mentioned first; `text_count` says how many texts were read (0: neutral). Missing `lead_id`: 400; unknown or another workspace's lead: 404.",
  auth: "tenant",
  scope: "read:analytics",
  rateLimit: GATEWAY_LIMITS.analytics,
  query: z.object({ lead_id: z.string({ error: "lead_id is required" }).min(1, "lead_id is required").max(100) }),
  response: z.object({
    lead_id: z.string(),
    sentiment: z.enum(["positive", "neutral", "negative"]),
    confidence: z.number().min(0).max(1),
    entities: z.array(z.string()),
    text_count: z.number().int().min(0),
    analysis_date: z.string(),
  }),
  async handler({ ctx, query }) {
    const result = await leadSentiment(ctx, leadUuid(query.lead_id));
    return {
      lead_id: leadPublicId(result.leadId),
      sentiment: result.sentiment.label,
      confidence: result.sentiment.confidence,
      entities: result.entities,
      text_count: result.textCount,
      analysis_date: result.analyzedAt.toISOString(),
    };
  },
});
