import { randomInt } from "node:crypto";
import type { LeadSource, LeadStatus } from "@/lib/db/generated/enums";
import { FIRST_NAMES, LAST_NAMES } from "../people/person-names";

const COMPANIES = [
  "Northwind Traders",
  "Blue Harbor Logistics",
  "Fernhill Dental",
  "Quarry Lane Studios",
  "Brightpath Learning",
  "Copperleaf Finance",
  "Meadowbank Foods",
  "Silverline Health",
  "Redwood Analytics",
  "Oakmont Retail",
  "Tidewater Energy",
  "Lumen Legal",
  "Kestrel Software",
  "Harbourside Hotels",
  "Granite Manufacturing",
];
const NOTES = [
  "Interested in the enterprise plan for 200 users.",
  "Asked for pricing and a demo next week.",
  "Currently on spreadsheets, wants a proper pipeline.",
  "Comparing us with HubSpot and Pipedrive.",
  "Needs single sign-on and an SLA.",
  "Small team of 6, budget approved this quarter.",
  "Downloaded the reporting guide from the website.",
  "Met at the trade show, wants a call back.",
  "Unhappy with their current CRM's support.",
  "Looking for call logging and reminders.",
];
// Weighted towards early stages, as a real funnel is.
const STATUSES: LeadStatus[] = ["new", "new", "new", "new", "contacted", "contacted", "contacted", "qualified", "qualified", "converted", "lost"];
const SOURCES: LeadSource[] = ["website", "social", "referral", "email", "phone"];
const DAY_MS = 86_400_000;

export interface TestLeadData {
  name: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  company: string;
  source: LeadSource;
  status: LeadStatus;
  notes: string;
  createdAt: Date;
}

/**
 * A plausible lead, created some time in the last 29 days (so it always falls in the analytics
 * default window of 30 UTC days, today included); addresses use the reserved .example domain.
 */
export function testLeadData(n: number, source: LeadSource | undefined, now = Date.now()): TestLeadData {
  const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)]!;
  const firstName = pick(FIRST_NAMES);
  const lastName = pick(LAST_NAMES);
  const company = pick(COMPANIES);
  const domain = `${company.toLowerCase().replace(/[^a-z]+/g, "")}.example`;
  return {
    name: `${firstName} ${lastName}`,
    firstName,
    lastName,
    email: `${`${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "")}.${n}@${domain}`,
    phone: `+1555${String(randomInt(1_000_000, 9_999_999))}`,
    company,
    source: source ?? pick(SOURCES),
    status: pick(STATUSES),
    notes: pick(NOTES),
    createdAt: new Date(now - randomInt(29 * DAY_MS)),
  };
}
