import type { HeaderField } from "@/lib/csv/header-matcher";
import { LeadSource, LeadStatus } from "@/lib/db/generated/enums";
import type { FieldError } from "../errors";
import type { NewLead } from "../leads/lead-input";
import type { ImportRefs } from "./import-refs";
import { RowReader } from "./row-values";

/** The lead columns an import understands, with the spellings it accepts. */
export const LEAD_IMPORT_FIELDS = [
  { key: "name", aliases: ["full name", "contact name", "lead name", "contact"] },
  { key: "firstName", aliases: ["first name", "first", "given name", "forename"] },
  { key: "lastName", aliases: ["last name", "last", "surname", "family name"] },
  { key: "email", aliases: ["e-mail", "email address", "e-mail address", "mail"] },
  { key: "phone", aliases: ["phone number", "telephone", "tel", "mobile", "mobile phone", "cell"] },
  { key: "company", aliases: ["company name", "organisation", "organization", "org", "account", "business"] },
  { key: "source", aliases: ["lead source", "channel"] },
  { key: "status", aliases: ["lead status", "stage"] },
  { key: "score", aliases: ["lead score", "rating"] },
  { key: "notes", aliases: ["note", "comments", "comment", "description"] },
  { key: "campaign", aliases: ["campaign id", "campaign_id", "campaign name"] },
  { key: "assignedTo", aliases: ["assigned to", "assigned_to", "owner", "owner email", "assignee", "rep"] },
  { key: "lastContact", aliases: ["last contact", "last_contact", "last contacted", "last contact date"] },
] as const satisfies readonly HeaderField[];

export type LeadImportField = (typeof LEAD_IMPORT_FIELDS)[number]["key"];

/** Columns a lead file must have (any one of each inner list). */
export const LEAD_REQUIRED_COLUMNS: readonly (readonly LeadImportField[])[] = [["email"], ["name", "firstName", "lastName"]];

/** One CSV row → a NewLead, or every problem with it (field + reason). */
export function parseLeadRow(record: Partial<Record<LeadImportField, string>>, refs: ImportRefs): { lead: NewLead } | { errors: FieldError[] } {
  const r = new RowReader(record);
  const name = r.name();
  const email = r.required("email", r.email("email"));
  const lead: NewLead = {
    name,
    firstName: r.text("firstName", 100),
    lastName: r.text("lastName", 100),
    email: email ?? "",
    phone: r.text("phone", 50),
    company: r.text("company", 200),
    source: r.choice("source", Object.values(LeadSource)),
    status: r.choice("status", Object.values(LeadStatus)),
    score: r.integer("score", 0, 100),
    notes: r.text("notes", 10_000),
    campaignId: r.ref("campaign", refs.campaign, "Campaign"),
    assignedToId: r.ref("assignedTo", refs.user, "User"),
    lastContactAt: r.date("lastContact"),
  };
  return r.errors.length > 0 ? { errors: r.errors } : { lead };
}
