import { describe, expect, it } from "vitest";
import type { LeadStatus } from "@/lib/db/generated/enums";
import { roleContext } from "@/lib/testing/role-context";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { ValidationFailed } from "../errors";
import { createLead } from "./create-lead";
import { listLeads, type LeadPageRequest } from "./list-leads";
import { LEAD_SORT_KEYS, type LeadSort } from "./lead-sort";

interface Seed {
  name: string;
  company?: string;
  status: LeadStatus;
  score?: number;
  value?: string;
}

// Ties on purpose (two "Acme", two score 50, two status new) so the id tie-break is exercised, and empty values.
const SEEDS: Seed[] = [
  { name: "Dora", company: "Acme", status: "new", score: 50, value: "1200.00" },
  { name: "Abel", status: "qualified", score: 90 },
  { name: "Cleo", company: "Zeta", status: "won", value: "99.50" },
  { name: "Bram", company: "Acme", status: "new", score: 50, value: "1200.00" },
  { name: "Eve", company: "Beta", status: "lost", score: 10, value: "15000.00" },
  { name: "Finn", status: "contacted" },
  { name: "Gus", company: "Moss", status: "proposal", score: 70, value: "0.00" },
];

/** Every page of a sort, two rows at a time, following nextCursor. */
async function walk(ctx: Parameters<typeof listLeads>[0], request: Omit<LeadPageRequest, "limit" | "cursor">): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 20; pages++) {
    const page = await listLeads(ctx, { ...request, limit: 2, cursor });
    seen.push(...page.leads.map((l) => l.name));
    if (!page.nextCursor) return seen;
    cursor = page.nextCursor;
  }
  throw new Error("too many pages");
}

const DB_STATUS_ORDER: LeadStatus[] = ["new", "contacted", "qualified", "proposal", "negotiation", "converted", "lost", "won"];

/** The order the database must give: the value (empty lowest), then id, the whole tuple reversed for desc. */
function expected(rows: (Seed & { id: string; createdAt: Date })[], sort: LeadSort): string[] {
  const key = (row: (typeof rows)[number]): number | string | null => {
    switch (sort.key) {
      case "name":
        return row.name;
      case "company":
        return row.company ?? null;
      case "status":
        return DB_STATUS_ORDER.indexOf(row.status);
      case "score":
        return row.score ?? null;
      case "value":
        return row.value === undefined ? null : Number(row.value);
      case "created":
        return row.createdAt.getTime();
    }
  };
  const compare = (a: (typeof rows)[number], b: (typeof rows)[number]) => {
    const [x, y] = [key(a), key(b)];
    if (x !== y) {
      if (x === null) return -1;
      if (y === null) return 1;
      return x < y ? -1 : 1;
    }
    return a.id < b.id ? -1 : 1;
  };
  const sorted = [...rows].sort(compare);
  return (sort.direction === "asc" ? sorted : sorted.reverse()).map((r) => r.name);
}

describe("lead list sorting: keyset pages that follow the sort", () => {
  it("pages through every sort in both directions, empty values lowest, ties broken by id", async () => {
    const tenant = await createTestTenant();
    const rows = [];
    for (const seed of SEEDS) {
      const lead = await createLead(tenant.ctx, { ...seed, email: `${seed.name.toLowerCase()}@example.com` });
      rows.push({ ...seed, id: lead.id, createdAt: lead.createdAt });
    }
    for (const key of LEAD_SORT_KEYS) {
      for (const direction of ["asc", "desc"] as const) {
        const sort = { key, direction };
        expect(await walk(tenant.ctx, { sort }), `${key} ${direction}`).toEqual(expected(rows, sort));
      }
    }
    // Filters and the sort together.
    expect(await walk(tenant.ctx, { sort: { key: "value", direction: "desc" }, status: "new" })).toEqual(
      expected(
        rows.filter((r) => r.status === "new"),
        { key: "value", direction: "desc" },
      ),
    );
  });

  it("keeps a rep's scope and refuses a cursor made under another sort", async () => {
    const tenant = await createTestTenant();
    const rep = await roleContext(tenant, "rep", "Rita");
    const other = await roleContext(tenant, "rep", "Otto");
    await createLead(tenant.ctx, { name: "Mine", email: "mine@example.com", assignedToId: rep.actor.id, score: 5 });
    await createLead(tenant.ctx, { name: "Theirs", email: "theirs@example.com", assignedToId: other.actor.id, score: 99 });
    await createLead(tenant.ctx, { name: "Nobody", email: "nobody@example.com", score: 40 });
    expect(await walk(rep, { sort: { key: "score", direction: "desc" } })).toEqual(["Nobody", "Mine"]);

    const page = await listLeads(tenant.ctx, { sort: { key: "name", direction: "asc" }, limit: 1 });
    await expect(listLeads(tenant.ctx, { sort: { key: "name", direction: "desc" }, limit: 1, cursor: page.nextCursor! })).rejects.toBeInstanceOf(
      ValidationFailed,
    );
    await expect(listLeads(tenant.ctx, { limit: 1, cursor: page.nextCursor! })).rejects.toBeInstanceOf(ValidationFailed);
    await expect(listLeads(tenant.ctx, { sort: { key: "score", direction: "asc" }, limit: 1, cursor: "bm9wZQ" })).rejects.toBeInstanceOf(ValidationFailed);
  });
});
