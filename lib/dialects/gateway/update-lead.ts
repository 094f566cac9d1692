import { z } from "zod";
import { updateLead } from "@/lib/crm/leads/update-lead";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";
import { leadUuid } from "./get-lead";
import { GATEWAY_SOURCES, GATEWAY_STATUSES, gatewayLead, toGatewayLead } from "./lead-shape";

/** The seed's Lead Schema, every field optional; `null` clears an optional field. */
const updateLeadBody = z
  .object({
    name: z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
    email: z.email("Invalid email format"),
    phone: z
      .string()
      .regex(/^\+?[1-9]\d{1,14}$/, "Invalid phone format (E.164, e.g. +1234567890)")
      .nullable(),
    company: z.string().max(100, "Company must be at most 100 characters").nullable(),
    source: z.enum(GATEWAY_SOURCES, `Source must be one of ${GATEWAY_SOURCES.join(", ")}`),
    status: z.enum(GATEWAY_STATUSES, `Status must be one of ${GATEWAY_STATUSES.join(", ")}`),
    notes: z.string().max(1000, "Notes must be at most 1000 characters").nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, "Send at least one field to change");

/** PATCH /api/leads/{id}: a status change records `lead.status_updated` (old_status, new_status, updated_by). */
export const updateGatewayLead = defineEndpoint({
  dialect: gateway,
  method: "PATCH",
  path: "/api/leads/{id}",
  summary: "Update a lead",
  description:
    "Changes only the fields sent (`null` clears phone, company or notes). A status change records the `lead.status_updated` event with `old_status`, `new_status` and `updated_by` (the credential: `api_key_<id>` or `jwt_<sub>`). Statuses and sources are the seed's. Answers the updated lead.",
  auth: "tenant",
  scope: "write:leads",
  rateLimit: GATEWAY_LIMITS.leads,
  params: z.object({ id: z.string().max(100) }),
  body: updateLeadBody,
  response: gatewayLead,
  async handler({ ctx, params, body }) {
    const lead = await updateLead(ctx, leadUuid(params.id), {
      name: body.name,
      email: body.email,
      phone: body.phone,
      company: body.company,
      source: body.source,
      status: body.status,
      notes: body.notes,
    });
    return toGatewayLead(lead);
  },
});
