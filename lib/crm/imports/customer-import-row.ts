import type { HeaderField } from "@/lib/csv/header-matcher";
import { CustomerStatus, CustomerType } from "@/lib/db/generated/enums";
import type { NewCustomer } from "../customers/customer-input";
import type { FieldError } from "../errors";
import type { ImportRefs } from "./import-refs";
import { RowReader } from "./row-values";

/** The customer columns an import understands, with the spellings it accepts. */
export const CUSTOMER_IMPORT_FIELDS = [
  { key: "name", aliases: ["full name", "customer name", "contact name", "account name"] },
  { key: "firstName", aliases: ["first name", "first", "given name", "forename"] },
  { key: "lastName", aliases: ["last name", "last", "surname", "family name"] },
  { key: "email", aliases: ["e-mail", "email address", "e-mail address", "mail"] },
  { key: "phone", aliases: ["phone number", "telephone", "tel", "mobile", "cell"] },
  { key: "company", aliases: ["company name", "organisation", "organization", "org", "business"] },
  { key: "type", aliases: ["customer type"] },
  { key: "status", aliases: ["customer status"] },
  { key: "billingAddress", aliases: ["billing address", "billing_address", "address"] },
  { key: "shippingAddress", aliases: ["shipping address", "shipping_address", "delivery address"] },
  { key: "paymentTerms", aliases: ["payment terms", "payment_terms", "terms"] },
  { key: "creditLimit", aliases: ["credit limit", "credit_limit"] },
  { key: "taxId", aliases: ["tax id", "tax_id", "vat", "vat number", "tax number"] },
  { key: "notes", aliases: ["note", "comments", "comment", "description"] },
  { key: "assignedTo", aliases: ["assigned to", "assigned_to", "owner", "owner email", "assignee", "rep"] },
] as const satisfies readonly HeaderField[];

export type CustomerImportField = (typeof CUSTOMER_IMPORT_FIELDS)[number]["key"];

/** Columns a customer file must have (any one of each inner list). */
export const CUSTOMER_REQUIRED_COLUMNS: readonly (readonly CustomerImportField[])[] = [["email"], ["name", "firstName", "lastName"]];

/** One CSV row → a NewCustomer, or every problem with it (field + reason). */
export function parseCustomerRow(record: Partial<Record<CustomerImportField, string>>, refs: ImportRefs): { customer: NewCustomer } | { errors: FieldError[] } {
  const r = new RowReader(record);
  const name = r.name();
  const email = r.required("email", r.email("email"));
  const customer: NewCustomer = {
    name: name ?? "",
    email,
    phone: r.text("phone", 50),
    company: r.text("company", 200),
    type: r.choice("type", Object.values(CustomerType)),
    status: r.choice("status", Object.values(CustomerStatus)),
    billingAddress: r.text("billingAddress", 1000),
    shippingAddress: r.text("shippingAddress", 1000),
    paymentTerms: r.text("paymentTerms", 200),
    creditLimit: r.decimal("creditLimit"),
    taxId: r.text("taxId", 100),
    notes: r.text("notes", 10_000),
    assignedToId: r.ref("assignedTo", refs.user, "User"),
  };
  return r.errors.length > 0 ? { errors: r.errors } : { customer };
}
