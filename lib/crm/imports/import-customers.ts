import type { Prisma } from "@/lib/db/client";
import type { CrmContext } from "../context";
import { createCustomerIn } from "../customers/create-customer";
import type { CustomerFields, NewCustomer } from "../customers/customer-input";
import { updateCustomerIn } from "../customers/update-customer";
import { lockEmails } from "../email-lock";
import { Conflict, ValidationFailed } from "../errors";
import { CUSTOMER_IMPORT_FIELDS, CUSTOMER_REQUIRED_COLUMNS, parseCustomerRow, type CustomerImportField } from "./customer-import-row";
import type { DuplicatePolicy, ImportRowIssue } from "./import-job";
import { runImport, type ImportKindSpec, type ImportOptions, type ImportSource, type PendingRow } from "./run-import";

/**
 * Customers from a CSV file, each created through createCustomerIn (the same
 * rules and `customer.created` event as the API) or, for a duplicate email
 * under `update`, changed through updateCustomerIn. Duplicates under `skip`
 * (default) are left alone and reported.
 */
export const customerImport: ImportKindSpec<CustomerImportField, NewCustomer> = {
  kind: "customers",
  fields: CUSTOMER_IMPORT_FIELDS,
  requiredColumns: CUSTOMER_REQUIRED_COLUMNS,
  batchSize: 500,
  parse(record, refs) {
    const parsed = parseCustomerRow(record, refs);
    return "customer" in parsed ? { value: parsed.customer } : parsed;
  },
  writeBatch: writeCustomerBatch,
};

export function importCustomers(ctx: CrmContext, source: ImportSource, policy: DuplicatePolicy = "skip", options?: ImportOptions) {
  return runImport(ctx, customerImport, source, policy, options);
}

async function writeCustomerBatch(tx: Prisma.TransactionClient, ctx: CrmContext, rows: PendingRow<NewCustomer>[], policy: DuplicatePolicy) {
  const emails = [...new Set(rows.map((r) => r.value.email!))];
  await lockEmails(tx, ctx.tenantId, "customer", emails);
  const existing = await tx.customer.findMany({ where: { tenantId: ctx.tenantId, email: { in: emails } }, select: { id: true, email: true } });
  const idByEmail = new Map(existing.map((c) => [c.email!, c.id]));
  const inFile = new Set<string>();
  const issues: ImportRowIssue[] = [];
  let imported = 0;
  let updated = 0;
  // Sequential on purpose: one transaction is one connection.
  for (const row of rows) {
    const email = row.value.email!;
    try {
      const id = idByEmail.get(email);
      if (!id) {
        const customer = await createCustomerIn(tx, ctx, row.value);
        idByEmail.set(email, customer.id);
        inFile.add(email);
        imported++;
      } else if (policy === "update") {
        await updateCustomerIn(tx, ctx, { id }, customerChanges(row.value));
        updated++;
      } else {
        const where = inFile.has(email) ? "This email appears earlier in the file" : "A customer with this email already exists";
        issues.push({ row: row.row, outcome: "skipped", field: "email", message: `${where}: skipped` });
      }
    } catch (error) {
      if (error instanceof ValidationFailed)
        issues.push(...error.fields.map((f) => ({ row: row.row, outcome: "failed" as const, field: f.field, message: f.message })));
      else if (error instanceof Conflict) issues.push({ row: row.row, outcome: "failed", field: error.field ?? "row", message: error.message });
      else throw error;
    }
  }
  return { imported, updated, issues };
}

/** Only the fields the row gives; the email is the match key and stays. */
function customerChanges(customer: NewCustomer): CustomerFields {
  const changes: CustomerFields = {};
  for (const [key, value] of Object.entries(customer) as [keyof CustomerFields, unknown][]) {
    if (key !== "email" && value !== undefined && value !== null && value !== "") (changes as Record<string, unknown>)[key] = value;
  }
  return changes;
}
