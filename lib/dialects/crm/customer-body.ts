import { z } from "zod";
import type { CustomerFields, NewCustomer } from "@/lib/crm/customers/customer-input";

const optionalText = (max: number) => z.string().max(max).nullable().optional();

/** Decimal(14,2): 0 up to 999 999 999 999.99, as a JSON number or a decimal string. */
const money = z
  .union([z.number(), z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, "Must be a decimal number with at most 2 decimals")])
  .transform((value) => String(value))
  .pipe(z.string().refine((value) => Number(value) >= 0 && Number(value) < 1e12, "Must be between 0 and 999999999999.99"));

/** The seed's optional customer fields (plus `notes`, which its update example sends); `null` clears a field. */
const customerFields = {
  lead_id: z.uuid().nullable().optional(),
  phone: optionalText(50),
  company: optionalText(200),
  type: z.enum(["individual", "business"]).optional(),
  status: z.enum(["active", "inactive", "blocked"]).optional(),
  billing_address: optionalText(1000),
  shipping_address: optionalText(1000),
  payment_terms: optionalText(200),
  credit_limit: money.nullable().optional(),
  tax_id: optionalText(100),
  notes: optionalText(10_000),
  custom_fields: z.record(z.string(), z.unknown()).optional(),
  assigned_to: z.uuid().nullable().optional(),
};

export const crmCustomerCreateBody = z.object({
  name: z.string().trim().min(1, "Name is required").max(200),
  email: z.email().max(320),
  ...customerFields,
});

export const crmCustomerUpdateBody = z
  .object({
    name: z.string().trim().min(1, "Name cannot be empty").max(200).optional(),
    email: z.email().max(320).optional(),
    ...customerFields,
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: "Send at least one field to change", path: ["body"] });

type Fields = Partial<z.output<typeof crmCustomerCreateBody>>;

/** Wire → domain: only the fields sent, so updates stay partial. */
export function toCustomerFields(body: Fields): CustomerFields {
  return {
    name: body.name,
    email: body.email,
    phone: body.phone,
    company: body.company,
    type: body.type,
    status: body.status,
    billingAddress: body.billing_address,
    shippingAddress: body.shipping_address,
    paymentTerms: body.payment_terms,
    creditLimit: body.credit_limit,
    taxId: body.tax_id,
    notes: body.notes,
    customFields: body.custom_fields,
    assignedToId: body.assigned_to,
    leadId: body.lead_id,
  };
}

export function toNewCustomer(body: z.output<typeof crmCustomerCreateBody>): NewCustomer {
  return { ...toCustomerFields(body), name: body.name, email: body.email };
}
