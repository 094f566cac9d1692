import { z } from "zod";
import { submitDiallerLead } from "@/lib/crm/dialler/submit-lead";
import { defineEndpoint } from "@/lib/http/endpoint";
import { dialler } from "./dialect";
import { phoneField as phone, requiredText as required } from "./fields";

const DATA_ERROR = "Empty or invalid content of `data` field";

/** `data`: a JSON string holding an object (an object itself is accepted too). */
const dataField = z.union([z.string(), z.record(z.string(), z.unknown())], { error: DATA_ERROR }).transform((value, issueCtx) => {
  if (typeof value !== "string") return value;
  try {
    const parsed: unknown = JSON.parse(value);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  issueCtx.addIssue({ code: "custom", message: DATA_ERROR });
  return z.NEVER;
});

const addLeadBody = z.object({
  email: z.string({ error: "Email cannot be blank." }).trim().min(1, "Email cannot be blank.").pipe(z.email("Email is not a valid email address.")),
  first_name: required("First Name"),
  surname: required("Surname"),
  mobile: phone("Mobile"),
  type: required("Type"),
  subtype: z.string().trim().optional(),
  other_phone: phone("Other Phone").optional(),
  data: dataField.optional(),
  delays: z.coerce
    .number({ error: "Delays must be a number." })
    .int("Delays must be an integer.")
    .min(0, "Delays must be no less than 0.")
    .max(90 * 24 * 3600, "Delays must be no greater than 7776000.")
    .optional(),
  test: z.union([z.literal(true), z.literal("true")], { error: 'Test must be "true" or omitted.' }).optional(),
});

const saved = z.object({ saved: z.literal(true), processed: z.boolean(), error: z.string().optional() });

const ERRORS = {
  unknown_type: "Unknown Type",
  existing_contact: "Existing Contact",
  already_scheduled: "Another call is already scheduled",
} as const;

export const addDiallerLead = defineEndpoint({
  dialect: dialler,
  method: "POST",
  path: "/lead/add",
  summary: "Add a lead",
  description:
    'Saves the lead and schedules a call at now + `delays` seconds. `processed: false` with an `error` when the type is unknown, the contact exists for that type, or a call is already scheduled for the number (the data is still saved). With `test: true` only validates and answers `{"test":"ok"}`.',
  auth: "tenant",
  scope: "write:leads",
  body: addLeadBody,
  response: z.union([saved, z.object({ test: z.literal("ok") })]),
  async handler({ ctx, body }) {
    if (body.test) return { test: "ok" as const };
    const result = await submitDiallerLead(ctx, {
      firstName: body.first_name,
      lastName: body.surname,
      email: body.email,
      mobile: body.mobile,
      otherPhone: body.other_phone,
      type: body.type,
      subtype: body.subtype || undefined,
      data: body.data,
      delaySeconds: body.delays,
    });
    if (result.outcome === "scheduled") return { saved: true as const, processed: true };
    return { saved: true as const, processed: false, error: ERRORS[result.outcome] };
  },
});
