import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import { analyzeText } from "@/lib/nlp/analyze-text";
import { GATEWAY_LIMITS, gateway } from "./dialect";

const ANALYSIS_TYPES = ["sentiment", "entities", "summary", "all"] as const;

/** POST /api/analyze: the seed's "Python AI agent" text analysis, offline (wink-nlp). */
export const analyze = defineEndpoint({
  dialect: gateway,
  method: "POST",
  path: "/api/analyze",
  summary: "Analyze a text",
  description:
    "Offline text analysis (wink-nlp and its packaged English model; nothing leaves the server). `analysis_type` `sentiment` (as in the seed's example) and `all` answer `sentiment` (positive/neutral/negative), `confidence` (0-1), `entities` and `summary`; `entities` answers only `entities`, `summary` only `summary`. Entities are `{text, type, confidence}`: CRM terms (product, feature, service, price, competitor), names (person, organisation) and wink-nlp's own (money, date, time, duration, cardinal, ordinal, percent, email, url, hashtag, mention, emoji). The summary is extractive (the most representative sentences, in order); a text of one or two sentences gets a one-line description of its sentiment and topics instead. `text`: 1-10000 characters.",
  auth: "tenant",
  scope: "write:analytics",
  rateLimit: GATEWAY_LIMITS.analyze,
  body: z.object({
    text: z.string({ error: "text is required" }).trim().min(1, "text is required").max(10_000, "text must be at most 10000 characters"),
    analysis_type: z.enum(ANALYSIS_TYPES, `analysis_type must be one of ${ANALYSIS_TYPES.join(", ")}`).default("sentiment"),
  }),
  response: z.object({
    sentiment: z.enum(["positive", "neutral", "negative"]).optional(),
    confidence: z.number().min(0).max(1).optional(),
    entities: z.array(z.object({ text: z.string(), type: z.string(), confidence: z.number().min(0).max(1) })).optional(),
    summary: z.string().optional(),
  }),
  async handler({ body }) {
    const result = analyzeText(body.text, body.analysis_type);
    return {
      ...(result.sentiment ? { sentiment: result.sentiment.label, confidence: result.sentiment.confidence } : {}),
      ...(result.entities ? { entities: result.entities } : {}),
      ...(result.summary !== undefined ? { summary: result.summary } : {}),
    };
  },
});
