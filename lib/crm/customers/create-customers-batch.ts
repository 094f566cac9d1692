import { getDb } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { Conflict, DomainError, ValidationFailed } from "../errors";
import { createCustomerIn } from "./create-customer";
import type { CustomerRecord } from "./customer-record";
import type { NewCustomer } from "./customer-input";

export const MAX_CUSTOMER_BATCH = 1000;

/**
 * Creates every customer or none: one transaction, each through the one
 * createCustomerIn (same rules, numbering and events as a single create).
 * The first failing item aborts the batch with a field error naming it,
 * `customers.<index>.<field>` (a duplicate email, also within the batch,
 * included).
 */
export async function createCustomersBatch(ctx: CrmContext, inputs: readonly NewCustomer[]): Promise<CustomerRecord[]> {
  if (inputs.length === 0) throw new ValidationFailed([{ field: "customers", message: "At least one customer is required" }]);
  if (inputs.length > MAX_CUSTOMER_BATCH) throw new ValidationFailed([{ field: "customers", message: `At most ${MAX_CUSTOMER_BATCH} customers per batch` }]);
  const db = await getDb();
  return db.$transaction(
    async (tx) => {
      const created: CustomerRecord[] = [];
      // Sequential on purpose: a transaction is one connection, and numbers follow the input order.
      for (const [index, input] of inputs.entries()) {
        try {
          created.push(await createCustomerIn(tx, ctx, input));
        } catch (error) {
          throw itemError(error, index);
        }
      }
      return created;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

function itemError(error: unknown, index: number): unknown {
  if (error instanceof ValidationFailed) {
    return new ValidationFailed(error.fields.map((f) => ({ field: `customers.${index}.${f.field}`, message: f.message })));
  }
  if (error instanceof Conflict) return new ValidationFailed([{ field: `customers.${index}.${error.field ?? "email"}`, message: error.message }]);
  if (error instanceof DomainError) return new ValidationFailed([{ field: `customers.${index}`, message: error.message }]);
  return error;
}
