import { z } from "zod";
import { requestFeedback } from "@/lib/crm/feedback/request-feedback";
import { defineEndpoint } from "@/lib/http/endpoint";
import { crm } from "./dialect";
import { crmFeedbackRequest, toCrmFeedbackRequest } from "./feedback-shape";
import { publicUrl } from "./public-url";

export const requestCrmFeedback = defineEndpoint({
  dialect: crm,
  method: "POST",
  path: "/dev/crm/customers/{customerId}/feedback/request",
  summary: "Request feedback",
  description:
    "Send a feedback request to a customer: answers the request's `id` (the `:feedbackId` of `POST /dev/crm/feedback/{feedbackId}`) and `response_url`, the customer's one-time link to a public page " +
    "(`/feedback/respond/<token>`, no sign-in) where they rate 1-5 and comment. Only a hash of the token is stored; the link works until answered or expired (30 days). " +
    "Delivering the link (email, SMS) is the caller's: the CRM does not send mail. A customer who already has an open request gets that request back (200, `created: false`) instead of a second one (201). Blocked customers: 409. Optional body: `channel` (email, sms, link; default email).",
  auth: "tenant",
  scope: "write:customers",
  conflict: "The customer is blocked.",
  params: z.object({ customerId: z.uuid() }),
  body: z.object({ channel: z.enum(["email", "sms", "link"]).optional() }),
  response: crmFeedbackRequest,
  status: 201,
  async handler({ ctx, params, body, url }) {
    const result = await requestFeedback(ctx, params.customerId, { channel: body.channel });
    const reply = toCrmFeedbackRequest(result.request, publicUrl(url, result.responsePath), result.created);
    if (!result.created) return Response.json(crmFeedbackRequest.parse(reply), { status: 200 });
    return reply;
  },
});
