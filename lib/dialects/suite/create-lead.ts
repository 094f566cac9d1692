import { LEAD_SOURCES } from "@/lib/crm/leads/lead-sources";
import { z } from "zod";
import { createLead } from "@/lib/crm/leads/create-lead";
import type { LeadRecord } from "@/lib/crm/leads/lead-record";
import { defineEndpoint } from "@/lib/http/endpoint";
import { suite } from "./dialect";
import { itemEnvelope } from "./paging";

const SOURCES = LEAD_SOURCES;
const capital = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

export const suiteLead = z.object({
  id: z.number().int(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  email: z.string(),
  company: z.string().nullable(),
  phone: z.string().nullable(),
  source: z.string().nullable(),
  status: z.string(),
  created_at: z.string(),
});

function toSuiteLead(lead: LeadRecord): z.infer<typeof suiteLead> {
  return {
    id: lead.seq,
    first_name: lead.firstName,
    last_name: lead.lastName,
    email: lead.email,
    company: lead.company,
    phone: lead.phone,
    source: lead.source ? capital(lead.source) : null,
    status: lead.status,
    created_at: lead.createdAt.toISOString(),
  };
}

export const createSuiteLead = defineEndpoint({
  dialect: suite,
  method: "POST",
  path: "/api/v2/leads",
  summary: "Create lead",
  description: `201. The same leads as every other dialect (one createLead; records \`lead.created\`). \`source\` is matched case-insensitively against ${SOURCES.map(capital).join(", ")} and answered in the seed's capitalised form.`,
  auth: "tenant",
  scope: "write:leads",
  body: z.object({
    first_name: z.string({ error: "First name is required" }).trim().min(1, "First name is required").max(100),
    last_name: z.string().trim().max(100).optional(),
    email: z.string({ error: "Email is required" }).trim().pipe(z.email("Invalid email format")),
    company: z.string().trim().max(200).nullable().optional(),
    phone: z.string().trim().max(50).nullable().optional(),
    source: z
      .string()
      .transform((value, ctx) => {
        const found = SOURCES.find((s) => s === value.trim().toLowerCase());
        if (!found) {
          ctx.addIssue({ code: "custom", message: `Source must be one of: ${SOURCES.map(capital).join(", ")}` });
          return z.NEVER;
        }
        return found;
      })
      .optional(),
  }),
  response: itemEnvelope(suiteLead),
  status: 201,
  async handler({ ctx, body }) {
    const lead = await createLead(ctx, {
      firstName: body.first_name,
      lastName: body.last_name,
      email: body.email,
      company: body.company,
      phone: body.phone,
      source: body.source,
    });
    return { success: true as const, data: toSuiteLead(lead) };
  },
});
