import { z } from "zod";
import { CustomerStatus, CustomerType } from "@/lib/db/generated/enums";
import type { CustomerFields, NewCustomer } from "./customer-input";

export const CUSTOMER_TYPES = Object.values(CustomerType);
export const CUSTOMER_STATUSES = Object.values(CustomerStatus);

const optionalText = (max: number, message: string) => z.string().trim().max(max, message).optional();

/**
 * A customer as a person types it in the pages' forms (new and edit): the
 * same limits as the crm API's body, in domain names. Empty text means "none".
 * The server parses it again before calling createCustomer / updateCustomer.
 */
export const customerFormSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(200, "Keep the name under 200 characters"),
  email: z.string().trim().toLowerCase().max(320).pipe(z.email("Enter a valid email address")),
  phone: optionalText(50, "Keep the phone under 50 characters"),
  company: optionalText(200, "Keep the company under 200 characters"),
  type: z.enum(CUSTOMER_TYPES),
  status: z.enum(CUSTOMER_STATUSES),
  paymentTerms: optionalText(200, "Keep payment terms under 200 characters"),
  creditLimit: z
    .union([
      z.literal(""),
      z
        .string()
        .trim()
        .regex(/^\d{1,12}(\.\d{1,2})?$/, "A positive amount with at most 2 decimals"),
    ])
    .optional(),
  notes: optionalText(10_000, "Keep notes under 10,000 characters"),
  /** A user of the workspace, or "" for nobody. */
  assignedToId: z.union([z.literal(""), z.uuid("Pick someone from the list")]).optional(),
});
export type CustomerFormValues = z.infer<typeof customerFormSchema>;

/** Form values → domain fields: empty text clears a field. */
export function customerFieldsFromForm(values: CustomerFormValues): NewCustomer & CustomerFields {
  const orNull = (text: string | undefined) => (text ? text : null);
  return {
    name: values.name,
    email: values.email,
    phone: orNull(values.phone),
    company: orNull(values.company),
    type: values.type,
    status: values.status,
    paymentTerms: orNull(values.paymentTerms),
    creditLimit: orNull(values.creditLimit),
    notes: orNull(values.notes),
    assignedToId: orNull(values.assignedToId),
  };
}
