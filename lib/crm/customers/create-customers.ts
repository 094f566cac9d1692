import type { Prisma } from "@/lib/db/client";
import { insertUnnest, type UnnestColumn } from "../bulk/insert-unnest";
import type { CrmContext } from "../context";
import { ValidationFailed } from "../errors";
import { recordEvents } from "../events/record-events";
import { SEQ, nextSeqBlock } from "../sequence";
import { uuidV7 } from "../uuid-v7";
import { customerCreatedPayload } from "./create-customer";
import type { NewCustomer } from "./customer-input";
import { customerWriteData } from "./customer-write-data";

type CustomerRow = Prisma.CustomerUncheckedUpdateInput & { id: string; tenantId: string; seq: number; name: string; createdAt: Date };

const text = (value: unknown) => (value === undefined || value === null ? null : String(value));

/**
 * The columns a new customer fills, from customerWriteData's normalised
 * values. type, status and customFields have column defaults that an
 * explicit NULL would not take, so their defaults are spelled here.
 */
const CUSTOMER_COLUMNS: readonly UnnestColumn<CustomerRow>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "tenantId", type: "uuid", value: (r) => r.tenantId },
  { name: "seq", type: "int", value: (r) => r.seq },
  { name: "externalId", type: "text", value: (r) => text(r.externalId) },
  { name: "name", type: "text", value: (r) => r.name },
  { name: "email", type: "text", value: (r) => text(r.email) },
  { name: "phone", type: "text", value: (r) => text(r.phone) },
  { name: "phoneNormalized", type: "text", value: (r) => text(r.phoneNormalized) },
  { name: "company", type: "text", value: (r) => text(r.company) },
  { name: "type", type: `"CustomerType"`, value: (r) => text(r.type) ?? "individual" },
  { name: "status", type: `"CustomerStatus"`, value: (r) => text(r.status) ?? "active" },
  { name: "billingAddress", type: "text", value: (r) => text(r.billingAddress) },
  { name: "shippingAddress", type: "text", value: (r) => text(r.shippingAddress) },
  { name: "address", type: "text", value: (r) => text(r.address) },
  { name: "city", type: "text", value: (r) => text(r.city) },
  { name: "state", type: "text", value: (r) => text(r.state) },
  { name: "zip", type: "text", value: (r) => text(r.zip) },
  { name: "country", type: "text", value: (r) => text(r.country) },
  { name: "paymentTerms", type: "text", value: (r) => text(r.paymentTerms) },
  { name: "creditLimit", type: "numeric", value: (r) => text(r.creditLimit) },
  { name: "taxId", type: "text", value: (r) => text(r.taxId) },
  { name: "notes", type: "text", value: (r) => text(r.notes) },
  { name: "customFields", type: "jsonb", value: (r) => JSON.stringify(r.customFields ?? {}) },
  { name: "assignedToId", type: "uuid", value: (r) => text(r.assignedToId) },
  { name: "leadId", type: "uuid", value: (r) => text(r.leadId) },
  { name: "createdAt", type: "timestamp", value: (r) => r.createdAt },
  { name: "updatedAt", type: "timestamp", value: (r) => r.createdAt },
];

/**
 * createCustomerIn for many customers at once (imports): the same columns
 * (customerWriteData), numbering (a block of the same counter) and one
 * `customer.created` event each, in three set-based statements per batch.
 * The caller has checked what createCustomerIn checks per customer:
 * references are the tenant's and emails are free (lockEmails). Tags are
 * not written (no import column feeds them).
 */
export async function createCustomersIn(
  tx: Prisma.TransactionClient,
  ctx: CrmContext,
  inputs: readonly NewCustomer[],
): Promise<{ id: string; email: string | null }[]> {
  if (inputs.length === 0) return [];
  if (inputs.some((input) => !input.name.trim())) throw new ValidationFailed([{ field: "name", message: "Name is required" }]);
  const firstSeq = await nextSeqBlock(tx, ctx.tenantId, SEQ.customer, inputs.length);
  const now = new Date();
  const rows: CustomerRow[] = inputs.map((input, i) => ({
    ...customerWriteData(input),
    id: uuidV7(now.getTime()),
    tenantId: ctx.tenantId,
    seq: firstSeq + i,
    name: input.name.trim(),
    createdAt: now,
  }));
  await insertUnnest(tx, "Customer", CUSTOMER_COLUMNS, rows);
  await recordEvents(
    tx,
    ctx.tenantId,
    "customer.created",
    rows.map((r) =>
      customerCreatedPayload({
        id: r.id,
        externalId: text(r.externalId),
        name: r.name,
        email: text(r.email),
        phone: text(r.phone),
        company: text(r.company),
        type: text(r.type) ?? "individual",
      }),
    ),
    now,
  );
  return rows.map((r) => ({ id: r.id, email: text(r.email) }));
}
