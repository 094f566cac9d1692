import { FIRST_NAMES, LAST_NAMES } from "@/lib/crm/people/person-names";
import type { DemoRandom } from "./random";

const COMPANIES = [
  "Acme Corp",
  "Globex",
  "Initech",
  "Umbrella Logistics",
  "Stark Fabrication",
  "Wayne Freight",
  "Hooli",
  "Vandelay Imports",
  "Soylent Foods",
  "Tyrell Systems",
  "Cyberdyne Health",
  "Wonka Retail",
  "Oscorp Labs",
  "Pied Piper",
  "Massive Dynamic",
  "Gringotts Finance",
  "Aperture Science",
  "Black Mesa Energy",
  "Blue Sun Media",
  "Monarch Travel",
];

export interface DemoPerson {
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  phone: string;
  company: string;
}

/** A plausible person; `n` keeps emails unique. */
export function demoPerson(random: DemoRandom, n: number, country: "uk" | "in" | "us" = "uk"): DemoPerson {
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const company = random.pick(COMPANIES);
  const domain = company.toLowerCase().replace(/[^a-z]+/g, "") + ".example";
  const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, "");
  const digits = String(100000000 + ((n * 7919 + random.int(0, 9999)) % 900000000)).padStart(9, "0");
  const phone = country === "in" ? `+91987${digits.slice(0, 7)}` : country === "us" ? `+1415${digits.slice(0, 7)}` : `+447${digits}`;
  return { firstName, lastName, name: `${firstName} ${lastName}`, email: `${local}.${n}@${domain}`, phone, company };
}
