import { getDb, type Prisma } from "@/lib/db/client";
import { recordAudit } from "../audit/record-audit";
import { assertMayWrite } from "../access/access";
import type { CrmContext } from "../context";
import { recordEvent } from "../events/record-event";
import { SEQ, nextSeq } from "../sequence";
import { assertCustomerRules } from "./assert-customer-refs";
import { customerRecordSelect, type CustomerRecord } from "./customer-record";
import type { NewCustomer } from "./customer-input";
import { customerWriteData } from "./customer-write-data";

/**
 * The one way a customer comes into being (crm, suite, ribbon, lead
 * conversion, imports, pages): checks the rules, numbers it for the suite's
 * integer ids, and records `customer.created` in the same transaction.
 */
export async function createCustomer(ctx: CrmContext, input: NewCustomer): Promise<CustomerRecord> {
  assertMayWrite(ctx);
  const db = await getDb();
  return db.$transaction((tx) => createCustomerIn(tx, ctx, input));
}

export async function createCustomerIn(tx: Prisma.TransactionClient, ctx: CrmContext, input: NewCustomer): Promise<CustomerRecord> {
  await assertCustomerRules(tx, ctx, input);
  const seq = await nextSeq(tx, ctx.tenantId, SEQ.customer);
  const customer = await tx.customer.create({
    data: { ...(customerWriteData(input) as Prisma.CustomerUncheckedCreateInput), tenantId: ctx.tenantId, seq, name: input.name.trim() },
    select: customerRecordSelect,
  });
  await recordEvent(tx, ctx.tenantId, "customer.created", customerCreatedPayload(customer));
  await recordAudit(tx, ctx, { action: "customer.created", entityType: "customer", entityId: customer.id });
  return customer;
}

/** The `customer.created` event payload: one shape for createCustomerIn and the bulk createCustomersIn. */
export function customerCreatedPayload(customer: {
  id: string;
  externalId: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  type: string;
}): Prisma.InputJsonObject {
  return {
    customer_id: customer.id,
    external_id: customer.externalId,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    company: customer.company,
    type: customer.type,
  };
}
