import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { createCustomerIn } from "./create-customer";
import type { CustomerRecord } from "./customer-record";
import { lockExternalCustomer } from "./external-customer-lock";
import { updateCustomerIn } from "./update-customer";

export interface ExternalCustomerData {
  customerId: string;
  name?: string;
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  tags?: string[];
  customFields?: Record<string, unknown>;
}

/**
 * Saves the tenant's customer with this integrator id (the ribbon's
 * `POST /api/ribbon/customer`): creates it (named by its id when no name is
 * given) or changes only the fields given. `customFields` are merged key by
 * key into the stored ones; `tags` replace them. `createdAt` stays.
 */
export async function saveExternalCustomer(ctx: CrmContext, data: ExternalCustomerData): Promise<{ customer: CustomerRecord; created: boolean }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await lockExternalCustomer(tx, ctx.tenantId, data.customerId);
    const existing = await tx.customer.findFirst({
      where: { tenantId: ctx.tenantId, externalId: data.customerId },
      select: { id: true, customFields: true },
    });
    const fields = { name: data.name, email: data.email, phone: data.phone, company: data.company, tags: data.tags };
    if (!existing) {
      const customer = await createCustomerIn(tx, ctx, {
        ...fields,
        name: data.name?.trim() || data.customerId,
        externalId: data.customerId,
        customFields: data.customFields,
      });
      return { customer, created: true };
    }
    const stored = existing.customFields && typeof existing.customFields === "object" && !Array.isArray(existing.customFields) ? existing.customFields : {};
    const customer = await updateCustomerIn(
      tx,
      ctx,
      { id: existing.id },
      {
        ...fields,
        ...(data.customFields ? { customFields: { ...stored, ...data.customFields } } : {}),
      },
    );
    return { customer, created: false };
  });
}
