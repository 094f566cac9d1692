import { z } from "zod";
import { recordFeedbackResponse } from "@/lib/crm/feedback/record-feedback-response";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmFeedbackResponse, toCrmFeedbackResponse } from "./feedback-shape";

export const recordCrmFeedback = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/feedback/{feedbackId}",
  summary: "Process feedback",
  description:
    "Record the answer to a feedback request (`:feedbackId` is the id `POST /dev/crm/customers/{customerId}/feedback/request` answered): `rating` 1-5 (required, whole), `comment`, `category` (free text, stored lower-cased, e.g. support, billing, product). " +
    "The comment's sentiment and themes are computed offline (wink-nlp) and answered. 404 for an unknown request (or another workspace's), 409 when it has already been answered (by this endpoint or the public page). An expired request can still be recorded here. Answers 201.",
  auth: "tenant",
  scope: "write:customers",
  conflict: "The feedback request was already answered, or has expired.",
  params: z.object({ feedbackId: z.uuid() }),
  body: z.object({
    rating: z.number().int("Rating must be a whole number").min(1, "Rating must be 1 to 5").max(5, "Rating must be 1 to 5"),
    comment: z.string().max(5000).nullable().optional(),
    category: z.string().trim().min(1).max(50).nullable().optional(),
  }),
  response: crmFeedbackResponse,
  status: 201,
  async handler({ ctx, params, body }) {
    return toCrmFeedbackResponse(await recordFeedbackResponse(ctx, params.feedbackId, body));
  },
});
