import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { searchKey } from "@/lib/crm/leads/lead-search";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

// `search` matches lead.searchText, a column PostgreSQL keeps (migration 20261126080000_lead_search_text): these
// check it follows every write and that the list (raw SQL) and the export (Prisma) read it the same way.
describe("crm: lead search", () => {
  it("matches name, email, company or phone ignoring case, spaces and punctuation; follows updates; never spans two fields", async () => {
    const tenant = await createTestTenant();
    const create = async (body: Record<string, unknown>) =>
      (await callRoute(crm.createLead.handler, { path: "/dev/crm/leads", headers: bearer(tenant.key), body })).json as { id: string };
    const zoe = await create({ name: "Zoë Müller", email: "zoe@umlaut.example", company: "ÄRZTE GmbH", phone: "+49 30 123456" });
    await create({ name: "Bob Jones", email: "bob@globex.io", company: "Globex" });

    const list = async (search: string) =>
      (await callRoute(crm.listLeads.handler, { path: `/dev/crm/leads?search=${encodeURIComponent(search)}`, headers: bearer(tenant.key) })).json.data.map(
        (l: { name: string }) => l.name,
      );
    const exported = async (search: string) => {
      const res = await callRoute(crm.exportLeads.handler, { path: `/dev/crm/leads/export?search=${encodeURIComponent(search)}`, headers: bearer(tenant.key) });
      expect(res.status).toBe(200);
      return (Papa.parse(res.text, { header: true, skipEmptyLines: true }).data as { name: string }[]).map((row) => row.name);
    };

    for (const term of ["MÜLLER", "müller", "ärzte", "Umlaut.Example", "30 1234", "+49 (30) 1234-56", "zoëmüller", "ärzte-gmbh"]) {
      expect(await list(term)).toEqual(["Zoë Müller"]);
      expect(await exported(term)).toEqual(["Zoë Müller"]);
    }
    // The fields are keyed apart (joined by U+001F): a term running from one field into the next matches nothing.
    expect(await list("gmbh +49")).toEqual([]);
    expect(await list("gmbh\u001f+49")).toEqual([]);
    expect(await exported("gmbh+49")).toEqual([]);
    expect(await list("müllerzoe")).toEqual([]);
    // A term of only punctuation has nothing to match: it filters nothing, like no search.
    expect((await list("@")).sort()).toEqual(["Bob Jones", "Zoë Müller"]);
    // Wildcards are punctuation too, not LIKE wildcards.
    expect(await list("z%r")).toEqual([]);
    expect(await list("glo_bex")).toEqual(["Bob Jones"]);

    const put = await callRoute(crm.updateLead.handler, {
      method: "PUT",
      path: `/dev/crm/leads/${zoe.id}`,
      headers: bearer(tenant.key),
      params: { leadId: zoe.id },
      body: { company: "Initech" },
    });
    expect(put.status).toBe(200);
    expect(await list("initech")).toEqual(["Zoë Müller"]);
    expect(await list("ärzte")).toEqual([]);
    expect(await exported("INITECH")).toEqual(["Zoë Müller"]);
  });

  it("pages a search by cursor, newest first, without repeating or skipping a lead", async () => {
    const tenant = await createTestTenant();
    for (let i = 0; i < 7; i++) {
      await callRoute(crm.createLead.handler, {
        path: "/dev/crm/leads",
        headers: bearer(tenant.key),
        body: { name: `Okafor ${i}`, email: `okafor${i}@example.com` },
      });
      await callRoute(crm.createLead.handler, {
        path: "/dev/crm/leads",
        headers: bearer(tenant.key),
        body: { name: `Other ${i}`, email: `other${i}@example.com` },
      });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `search=okafor&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
      const res = await callRoute(crm.listLeads.handler, { path: `/dev/crm/leads?${query}`, headers: bearer(tenant.key) });
      expect(res.status).toBe(200);
      seen.push(...res.json.data.map((l: { name: string }) => l.name));
      cursor = res.json.pagination.next_cursor;
    } while (cursor);
    expect(seen).toEqual(["Okafor 6", "Okafor 5", "Okafor 4", "Okafor 3", "Okafor 2", "Okafor 1", "Okafor 0"]);
  });

  it("keys a term in JavaScript exactly as PostgreSQL keys the stored fields (crm_search_key)", async () => {
    const db = await getDb();
    const samples = [
      "Zoë MÜLLER",
      "+44 (0)7700-900 123",
      "a_b%c\\d'e\"f`g~h|i",
      "Tab\there\nnew line\r",
      "ÅSA Ødegård–Straße",
      "İstanbul ΣΊΣΥΦΟΣ",
      "mail@ex.ample; x/y\\z",
      "😀 emoji 👍",
    ];
    for (const sample of samples) {
      const [row] = await db.$queryRaw<{ key: string }[]>`SELECT crm_search_key(${sample}) AS key`;
      expect(searchKey(sample), sample).toBe(row!.key);
    }
  });
});
