import { z } from "zod";
import { recordLeadClassification } from "@/lib/crm/leads/record-lead-classification";
import { defineEndpoint } from "@/lib/http/endpoint";
import { classifyLead } from "@/lib/nlp/classify-lead";
import { GATEWAY_LIMITS, gateway } from "./dialect";
import { leadUuid } from "./get-lead";

/** POST /api/classify-lead: deterministic rules (lib/nlp/classify-lead.ts, listed in the README). */
export const classifyLeadEndpoint = defineEndpoint({
  dialect: gateway,
  method: "POST",
  path: "/api/classify-lead",
  summary: "Classify a lead",
  description:
    'Classifies a prospect as `enterprise`, `mid_market`, `smb` or `individual` from `text_content` and `context` (`company_size`: a word such as large/medium/small/individual or a head count such as "500+" or "10-50"; `industry`), with deterministic, documented rules: each signal (company size, a head count in the text such as "500+ users", class keywords such as enterprise/SSO/procurement or startup/freelancer) votes for a class; confidence = 0.5 + 0.13 × (votes for − votes against), 0.35-0.97. `priority` high/medium/low from the class and buying intent; `recommended_action` schedule_demo, send_pricing, nurture or qualify (no signal at all). `signals` explains the result. With `lead_id` (one of your leads, else 404) the classification and priority are stored on the lead.',
  auth: "tenant",
  scope: "write:analytics",
  rateLimit: GATEWAY_LIMITS.classify,
  body: z.object({
    lead_id: z.string().max(100).optional(),
    text_content: z
      .string({ error: "text_content is required" })
      .trim()
      .min(1, "text_content is required")
      .max(10_000, "text_content must be at most 10000 characters"),
    context: z
      .object({
        company_size: z.string().max(100).optional(),
        industry: z.string().max(100).optional(),
      })
      .default({}),
  }),
  response: z.object({
    lead_id: z.string().nullable(),
    classification: z.enum(["enterprise", "mid_market", "smb", "individual"]),
    confidence: z.number().min(0).max(1),
    priority: z.enum(["high", "medium", "low"]),
    recommended_action: z.enum(["schedule_demo", "send_pricing", "nurture", "qualify"]),
    tags: z.array(z.string()),
    signals: z.array(z.string()),
  }),
  async handler({ ctx, body }) {
    const result = classifyLead({ text: body.text_content, companySize: body.context.company_size, industry: body.context.industry });
    if (body.lead_id) {
      await recordLeadClassification(ctx, leadUuid(body.lead_id), { classification: result.classification, priority: result.priority });
    }
    return {
      lead_id: body.lead_id ?? null,
      classification: result.classification,
      confidence: result.confidence,
      priority: result.priority,
      recommended_action: result.recommendedAction,
      tags: result.tags,
      signals: result.signals,
    };
  },
});
