import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import { SEARCH_WINDOW } from "./list-leads-sql";
import { listLeads } from "./list-leads";

/**
 * 3,000 leads, "Lead <g>" created g seconds before a fixed time (1 is the newest). "Vela" is in every 150th
 * name (a few in the first SEARCH_WINDOW: the walk goes on), "Quokka" only in two old ones (none in the window:
 * the trigram index collects them), "Lead" in all (the first window fills the page).
 */
async function tenantWithLeads(): Promise<TestTenant> {
  const tenant = await createTestTenant();
  const db = await getDb();
  await db.$executeRaw`
    INSERT INTO "Lead" ("id", "tenantId", "seq", "name", "email", "customFields", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), ${tenant.id}::uuid, g,
      'Lead ' || g || CASE WHEN g % 150 = 0 THEN ' Vela' WHEN g IN (2500, 2900) THEN ' Quokka' ELSE '' END,
      'lead' || g || '@example.com', '{}'::jsonb, timestamp '2026-01-01 00:00:00' - g * interval '1 second', now()
    FROM generate_series(1, 3000) AS g`;
  return tenant;
}

/** Every matching lead's name, newest first, straight from the table: what the pages must add up to. */
async function expected(tenant: TestTenant, key: string): Promise<string[]> {
  const db = await getDb();
  const rows = await db.lead.findMany({
    where: { tenantId: tenant.id, searchText: { contains: key } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { name: true },
  });
  return rows.map((row) => row.name);
}

async function allPages(tenant: TestTenant, search: string, limit: number): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const page = await listLeads(tenant.ctx, { search, limit, cursor });
    names.push(...page.leads.map((lead) => lead.name));
    if (!page.nextCursor) return names;
    cursor = page.nextCursor;
  }
  throw new Error("did not end");
}

describe("lead search pages", () => {
  it("answers the newest matches page by page, whichever way it finds them", async () => {
    expect(SEARCH_WINDOW).toBeLessThan(3000);
    const tenant = await tenantWithLeads();

    // The first window holds a page: its first 50 leads.
    const first = await listLeads(tenant.ctx, { search: "lead", limit: 50 });
    expect(first.leads.map((lead) => lead.name)).toEqual(Array.from({ length: 50 }, (_, i) => `Lead ${i + 1}`));

    // A few per window: the walk continues past the first window.
    const vela = await expected(tenant, "vela");
    expect(vela).toHaveLength(20);
    expect(await allPages(tenant, "VELA", 50)).toEqual(vela);
    expect(await allPages(tenant, "vela", 6)).toEqual(vela);

    // None in the first window: collected by the index, newest first.
    expect(await allPages(tenant, "quokka", 50)).toEqual(["Lead 2500 Quokka", "Lead 2900 Quokka"]);
    expect(await allPages(tenant, "quokka", 1)).toEqual(["Lead 2500 Quokka", "Lead 2900 Quokka"]);

    // Nothing matches: an empty page, no cursor.
    const none = await listLeads(tenant.ctx, { search: "zebra", limit: 50 });
    expect(none).toEqual({ leads: [], nextCursor: null });
  });

  it("pages through leads that share one createdAt (an import batch) by id, with and without a search", async () => {
    const tenant = await createTestTenant();
    const db = await getDb();
    await db.$executeRaw`
      INSERT INTO "Lead" ("id", "tenantId", "seq", "name", "email", "customFields", "createdAt", "updatedAt")
      SELECT gen_random_uuid(), ${tenant.id}::uuid, g, 'Batch ' || g || CASE WHEN g % 2 = 0 THEN ' Even' ELSE '' END,
        'batch' || g || '@example.com', '{}'::jsonb, timestamp '2026-01-01 00:00:00' + (g / 4) * interval '1 second', now()
      FROM generate_series(1, 13) AS g`;
    const oracle = async (key?: string) =>
      (
        await db.lead.findMany({
          where: { tenantId: tenant.id, ...(key ? { searchText: { contains: key } } : {}) },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          select: { name: true },
        })
      ).map((row) => row.name);
    const paged = async (search: string | undefined, limit: number) => {
      const names: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listLeads(tenant.ctx, { search, limit, cursor });
        names.push(...page.leads.map((lead) => lead.name));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return names;
    };
    expect(await paged(undefined, 2)).toEqual(await oracle());
    expect(await paged(undefined, 2)).toHaveLength(13);
    expect(await paged("even", 2)).toEqual(await oracle("even"));
    expect(await paged("even", 2)).toHaveLength(6);
  });
});
