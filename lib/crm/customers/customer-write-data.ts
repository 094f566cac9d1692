import { Prisma } from "@/lib/db/generated/client";
import { normalizePhone } from "../phone";
import type { CustomerFields } from "./customer-input";

/** The column values for the fields given (absent fields are left out): one normalisation for every writer. */
export function customerWriteData(fields: CustomerFields): Prisma.CustomerUncheckedUpdateInput {
  const data: Prisma.CustomerUncheckedUpdateInput = {};
  const text = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? null : value.trim() || null);
  if (fields.name !== undefined) data.name = fields.name.trim();
  if (fields.email !== undefined) data.email = fields.email === null ? null : fields.email.trim().toLowerCase() || null;
  if (fields.phone !== undefined) {
    data.phone = text(fields.phone);
    data.phoneNormalized = normalizePhone(fields.phone);
  }
  for (const key of [
    "company",
    "billingAddress",
    "shippingAddress",
    "address",
    "city",
    "state",
    "zip",
    "country",
    "paymentTerms",
    "taxId",
    "notes",
    "externalId",
  ] as const) {
    if (fields[key] !== undefined) data[key] = text(fields[key]);
  }
  if (fields.type !== undefined) data.type = fields.type;
  if (fields.status !== undefined) data.status = fields.status;
  if (fields.creditLimit !== undefined) data.creditLimit = fields.creditLimit === null ? null : new Prisma.Decimal(fields.creditLimit);
  if (fields.tags !== undefined) data.tags = [...new Set(fields.tags.map((t) => t.trim()).filter(Boolean))];
  if (fields.customFields !== undefined) data.customFields = fields.customFields as Prisma.InputJsonObject;
  if (fields.assignedToId !== undefined) data.assignedToId = fields.assignedToId;
  if (fields.leadId !== undefined) data.leadId = fields.leadId;
  return data;
}
