import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import * as customerExportRoute from "@/app/dev/crm/customers/export/route";
import * as importErrorsRoute from "@/app/dev/crm/imports/[jobId]/errors/route";
import * as leadImportRoute from "@/app/dev/crm/leads/import/route";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { getDb } from "@/lib/db/client";
import { ribbon } from "@/lib/dialects";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

// Audit of formula neutralisation through HTTP on the crm's CSVs and the ribbon's calls CSV:
// each of =, +, -, @, tab and CR at the start of a text cell gets an
// apostrophe, and RFC 4180 quoting keeps the text whole.
const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const HOSTILE = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\tTabbed", "\rReturned"];
const parse = (text: string) => Papa.parse<string[]>(text, { delimiter: ",", skipEmptyLines: true }).data;

describe("CSV audit: formula neutralisation on the crm exports", () => {
  it("customers export: every hostile start is neutralised, quoted where it must be", async () => {
    const tenant = await createTestTenant();
    // The API trims text it stores, so a leading tab or CR is written straight to the row (as an older import might have).
    const db = await getDb();
    for (const [i, text] of HOSTILE.entries()) {
      const customer = await createCustomer(tenant.ctx, { name: `H${i}`, email: `h${i}@example.com` });
      await db.customer.update({ where: { id: customer.id }, data: { notes: text } });
    }
    const reply = await callRoute(customerExportRoute.GET, { path: "/dev/crm/customers/export", headers: bearer(tenant.key) });
    expect(reply.status).toBe(200);
    const [header, ...rows] = parse(reply.text) as [string[], ...string[][]];
    const notes = rows.map((row) => row[header.indexOf("notes")]).sort();
    expect(notes).toEqual(HOSTILE.map((text) => `'${text}`).sort());
  });

  it("the import error report neutralises what it echoes from the file", async () => {
    const tenant = await createTestTenant();
    const form = new FormData();
    form.append("file", new Blob(["name,email,source\n=cmd|' /C calc'!A0,not-an-email,@bad\n"], { type: "text/csv" }), "leads.csv");
    const response = await leadImportRoute.POST(
      new Request("http://localhost/dev/crm/leads/import", { method: "POST", headers: bearer(tenant.key), body: form }),
      {
        params: Promise.resolve({}),
      },
    );
    const job = (await response.json()) as { job_id: string; failed: number };
    expect(job.failed).toBe(1);
    const report = await callRoute(importErrorsRoute.GET, {
      path: `/dev/crm/imports/${job.job_id}/errors`,
      headers: bearer(tenant.key),
      params: { jobId: job.job_id },
    });
    expect(report.status).toBe(200);
    for (const row of parse(report.text)) for (const cell of row) expect(cell, JSON.stringify(row)).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe("CSV audit: formula neutralisation on the ribbon calls CSV", () => {
  it("a hostile customer name or id is neutralised; a plain phone number stays as the seed shows it", async () => {
    const tenant = await createTestTenant();
    const logged = await callRoute(ribbon.logCall.handler, {
      path: "/api/ribbon/log-call",
      body: {
        apiKey: tenant.key,
        event: "connected",
        timestamp: "2025-10-12T10:30:00Z",
        data: { callSid: "X1", phoneNumber: "+919876543210", customerData: { customerId: "@evil", name: '=HYPERLINK("http://evil")' } },
      },
    });
    expect(logged.status).toBe(200);
    const reply = await callRoute(ribbon.exportCalls.handler, { path: "/api/ribbon/export/calls?format=csv", headers: { "X-API-Key": tenant.key } });
    expect(reply.status).toBe(200);
    const [, row] = parse(reply.text) as [string[], string[]];
    expect(row[1]).toBe(`'=HYPERLINK("http://evil")`);
    expect(row[2]).toBe("+919876543210");
    expect(row[7]).toBe("'@evil");
  });
});
