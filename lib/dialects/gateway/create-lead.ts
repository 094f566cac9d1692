import { z } from "zod";
import { createLead } from "@/lib/crm/leads/create-lead";
import { leadPublicId } from "@/lib/crm/leads/lead-public-id";
import { defineEndpoint } from "@/lib/http/endpoint";
import { GATEWAY_LIMITS, gateway } from "./dialect";

/** The seed's Lead Schema, for the fields a caller sends. */
const createLeadBody = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  email: z.email("Invalid email format"),
  phone: z
    .string()
    .regex(/^\+?[1-9]\d{1,14}$/, "Invalid phone format (E.164, e.g. +1234567890)")
    .optional(),
  company: z.string().max(100, "Company must be at most 100 characters").optional(),
  source: z.enum(["website", "social", "referral", "email", "phone"], "Source must be one of website, social, referral, email, phone"),
  notes: z.string().max(1000, "Notes must be at most 1000 characters").optional(),
});

const createLeadResponse = z.object({
  id: z.string().regex(/^lead_[a-zA-Z0-9]+$/),
  status: z.literal("pending"),
  created_at: z.string(),
  message: z.string(),
});

/** POST /api/leads. "pending" is the gateway's word for a lead not yet processed (stored as `new`). */
export const createGatewayLead = defineEndpoint({
  dialect: gateway,
  method: "POST",
  path: "/api/leads",
  summary: "Create a lead",
  auth: "tenant",
  scope: "write:leads",
  rateLimit: GATEWAY_LIMITS.leads,
  body: createLeadBody,
  response: createLeadResponse,
  status: 201,
  async handler({ ctx, body }) {
    const lead = await createLead(ctx, {
      name: body.name,
      email: body.email,
      phone: body.phone,
      company: body.company,
      source: body.source,
      notes: body.notes,
    });
    return {
      id: leadPublicId(lead.id),
      status: "pending" as const,
      created_at: lead.createdAt.toISOString(),
      message: "Lead created successfully",
    };
  },
});
