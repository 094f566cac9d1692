import type { CrmContext } from "../context";
import { createCustomersIn } from "../customers/create-customers";
import type { CustomerFields, NewCustomer } from "../customers/customer-input";
import { updateCustomerIn } from "../customers/update-customer";
import { CUSTOMER_IMPORT_FIELDS, CUSTOMER_REQUIRED_COLUMNS, parseCustomerRow, type CustomerImportField } from "./customer-import-row";
import type { DuplicatePolicy } from "./import-job";
import { runImport, type ImportKindSpec, type ImportOptions, type ImportSource } from "./run-import";
import { writeImportBatch, type ImportTarget } from "./write-import-batch";

/**
 * Customers from a CSV file, created a batch at a time through
 * createCustomersIn (the columns, numbering and `customer.created` events of
 * createCustomerIn, set-based) or, for a duplicate email under `update`,
 * changed through updateCustomerIn. Duplicates under `skip` (default) are
 * left alone and reported.
 */
export const customerImport: ImportKindSpec<CustomerImportField, NewCustomer> = {
  kind: "customers",
  fields: CUSTOMER_IMPORT_FIELDS,
  requiredColumns: CUSTOMER_REQUIRED_COLUMNS,
  batchSize: 2000,
  parse(record, refs) {
    const parsed = parseCustomerRow(record, refs);
    return "customer" in parsed ? { value: parsed.customer } : parsed;
  },
  writeBatch: (tx, ctx, rows, policy, jobId) => writeImportBatch(tx, ctx, customerTarget, rows, policy, jobId),
};

export function importCustomers(ctx: CrmContext, source: ImportSource, policy: DuplicatePolicy = "skip", options?: ImportOptions) {
  return runImport(ctx, customerImport, source, policy, options);
}

const customerTarget: ImportTarget<NewCustomer> = {
  entity: "customer",
  table: "Customer",
  emailOf: (customer) => customer.email!, // required by parseCustomerRow
  createMany: createCustomersIn,
  update: (tx, ctx, id, customer) => updateCustomerIn(tx, ctx, { id }, customerChanges(customer)),
};

/** Only the fields the row gives; the email is the match key and stays. */
function customerChanges(customer: NewCustomer): CustomerFields {
  const changes: CustomerFields = {};
  for (const [key, value] of Object.entries(customer) as [keyof CustomerFields, unknown][]) {
    if (key !== "email" && value !== undefined && value !== null && value !== "") (changes as Record<string, unknown>)[key] = value;
  }
  return changes;
}
