import { csvStream } from "@/lib/csv/csv-writer";
import type { CrmContext } from "../context";
import type { CustomerFilter } from "../customers/customer-filter-sql";
import { exportCustomers } from "./export-customers";

/** The export's columns: names the customer import understands, so an export can be imported back. */
export const CUSTOMER_CSV_COLUMNS = [
  "id",
  "name",
  "email",
  "phone",
  "company",
  "type",
  "status",
  "billing_address",
  "shipping_address",
  "payment_terms",
  "credit_limit",
  "tax_id",
  "notes",
  "assigned_to",
  "lead_id",
  "custom_fields",
  "created_at",
  "updated_at",
] as const;

/** The customers a filter lists, as a streamed CSV (the crm API's export and the /customers page's Export button). */
export function customerCsv(ctx: CrmContext, filter: CustomerFilter): ReadableStream<Uint8Array> {
  return csvStream(CUSTOMER_CSV_COLUMNS, exportCustomers(ctx, filter), (c) => [
    c.id,
    c.name,
    c.email,
    c.phone,
    c.company,
    c.type,
    c.status,
    c.billingAddress,
    c.shippingAddress,
    c.paymentTerms,
    c.creditLimit?.toFixed(2) ?? null,
    c.taxId,
    c.notes,
    c.assignedToId,
    c.leadId,
    JSON.stringify(c.customFields ?? {}),
    c.createdAt,
    c.updatedAt,
  ]);
}
