import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { crm } from "@/lib/dialects";
import { createCustomer } from "@/lib/crm/customers/create-customer";
import { createLead } from "@/lib/crm/leads/create-lead";
import { createUser } from "@/lib/crm/users/create-user";
import { getDb } from "@/lib/db/client";
import type { RouteHandler } from "@/lib/http/endpoint";
import { callRoute } from "@/lib/testing/call-route";
import { createTestKey, createTestTenant } from "@/lib/testing/test-tenant";

const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

async function upload(handler: RouteHandler, path: string, key: string, csv: string | null, field = "file") {
  const form = new FormData();
  if (csv !== null) form.append(field, new Blob([csv], { type: "text/csv" }), "leads.csv");
  form.append("note", "ignored");
  const response = await handler(new Request(`http://localhost${path}`, { method: "POST", headers: bearer(key), body: form }), { params: Promise.resolve({}) });
  const text = await response.text();
  return { status: response.status, json: JSON.parse(text), headers: response.headers };
}

describe("crm: lead import", () => {
  it("imports good rows, reports bad ones by row and column, skips duplicates, and keeps a job", async () => {
    const tenant = await createTestTenant();
    const user = await createUser(tenant.ctx, { name: "Owner", email: `owner-${tenant.clientId}@example.com`, password: "long enough pw" });
    await createLead(tenant.ctx, { name: "Existing", email: "existing@example.com", company: "Old" });
    const csv = [
      "First Name,LAST_NAME,E-mail,Phone Number,Company Name,Lead Source,Status,Score,Owner,Shoe Size",
      `Ada,Lovelace,ada@example.com,+44 20 7946 0000,Analytical,Website,qualified,90,${user.email},38`,
      "Grace,Hopper,not-an-email,,Navy,website,new,50,,40",
      ",,nobody@example.com,,,,,,,",
      "Alan,Turing,alan@example.com,,Bletchley,billboard,new,101,,",
      "Old,Timer,EXISTING@example.com,,New Co,,,,,",
      'Zoë,"Smith, Jr.",zoe@example.com,,"Acme ""Quoted"" Ltd",,,,,',
      "Ada,Again,ada@example.com,,,,,,,",
    ].join("\r\n");
    const reply = await upload(crm.importLeads.handler, "/dev/crm/leads/import", tenant.key, csv);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      status: "completed",
      kind: "leads",
      rows: 7,
      imported: 2,
      updated: 0,
      skipped: 2,
      failed: 3,
      truncated: false,
      ignored_columns: ["Shoe Size"],
    });
    expect(reply.json.errors).toEqual([
      { row: 3, field: "E-mail", message: "Not a valid email address: not-an-email" },
      { row: 4, field: "name", message: "Name is required (a name column, or first and last name columns)" },
      { row: 5, field: "Lead Source", message: expect.stringContaining("Must be one of") },
      { row: 5, field: "Score", message: "Must be a whole number from 0 to 100" },
    ]);
    expect(reply.json.duplicates).toEqual([
      { row: 6, field: "email", message: "A lead with this email already exists: skipped" },
      { row: 8, field: "email", message: "This email appears earlier in the file: skipped" },
    ]);
    const db = await getDb();
    const ada = await db.lead.findFirstOrThrow({ where: { tenantId: tenant.id, email: "ada@example.com" } });
    expect(ada).toMatchObject({
      name: "Ada Lovelace",
      firstName: "Ada",
      lastName: "Lovelace",
      source: "website",
      status: "qualified",
      score: 90,
      assignedToId: user.id,
      phoneNormalized: expect.any(String),
    });
    const zoe = await db.lead.findFirstOrThrow({ where: { tenantId: tenant.id, email: "zoe@example.com" } });
    expect(zoe).toMatchObject({ name: "Zoë Smith, Jr.", company: 'Acme "Quoted" Ltd' });
    expect(await db.outboxEvent.count({ where: { tenantId: tenant.id, type: "lead.created" } })).toBe(3);
    expect((await db.lead.findFirstOrThrow({ where: { tenantId: tenant.id, email: "existing@example.com" } })).company).toBe("Old");

    const job = await callRoute(crm.getImportJob.handler, {
      path: `/dev/crm/imports/${reply.json.job_id}`,
      headers: bearer(tenant.key),
      params: { jobId: reply.json.job_id },
    });
    expect(job.status).toBe(200);
    expect(job.json).toMatchObject({
      id: reply.json.job_id,
      status: "completed",
      rows: 7,
      imported: 2,
      skipped: 2,
      failed: 3,
      progress: 1,
      file_name: "leads.csv",
    });
    expect(job.json.bytes_read).toBe(Buffer.byteLength(csv));

    const report = await callRoute(crm.getImportErrors.handler, {
      path: job.json.error_report_url,
      headers: bearer(tenant.key),
      params: { jobId: reply.json.job_id },
    });
    expect(report.status).toBe(200);
    expect(report.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = Papa.parse<string[]>(report.text, { delimiter: ",", skipEmptyLines: true }).data;
    expect(lines[0]).toEqual(["row", "outcome", "field", "message"]);
    expect(lines.slice(1).map((l) => `${l[0]}:${l[1]}`)).toEqual(["3:failed", "4:failed", "5:failed", "5:failed", "6:skipped", "8:skipped"]);

    const other = await createTestTenant();
    const foreign = await callRoute(crm.getImportJob.handler, { path: "/x", headers: bearer(other.key), params: { jobId: reply.json.job_id } });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ message: "Import job not found" });
    const listed = await callRoute(crm.listImportJobs.handler, { path: "/dev/crm/imports", headers: bearer(tenant.key) });
    expect(listed.json.data.map((j: { id: string }) => j.id)).toEqual([reply.json.job_id]);
  });

  it("updates duplicates with ?on_duplicate=update, recording a status change", async () => {
    const tenant = await createTestTenant();
    await createLead(tenant.ctx, { name: "Existing", email: "existing@example.com", company: "Old", phone: "123" });
    const csv = "name;email;company;status\nNew Name;existing@example.com;New Co;qualified\nFresh;fresh@example.com;;\n";
    const reply = await upload(crm.importLeads.handler, "/dev/crm/leads/import?on_duplicate=update", tenant.key, csv);
    expect(reply.json).toMatchObject({ rows: 2, imported: 1, updated: 1, skipped: 0, failed: 0, on_duplicate: "update" });
    const db = await getDb();
    const lead = await db.lead.findFirstOrThrow({ where: { tenantId: tenant.id, email: "existing@example.com" } });
    expect(lead).toMatchObject({ name: "New Name", company: "New Co", status: "qualified", phone: "123" });
    expect(await db.outboxEvent.count({ where: { tenantId: tenant.id, type: "lead.status_updated" } })).toBe(1);
  });

  it("answers 400 for a missing file, a non-multipart body, an empty file and a file without an email column", async () => {
    const tenant = await createTestTenant();
    const noFile = await upload(crm.importLeads.handler, "/dev/crm/leads/import", tenant.key, null);
    expect(noFile.status).toBe(400);
    expect(noFile.json.message).toContain("file");
    const wrongField = await upload(crm.importLeads.handler, "/dev/crm/leads/import", tenant.key, "name,email\nA,a@example.com", "upload");
    expect(wrongField.status).toBe(400);
    const json = await callRoute(crm.importLeads.handler, { path: "/dev/crm/leads/import", headers: bearer(tenant.key), body: { file: "x" } });
    expect(json.status).toBe(400);
    const empty = await upload(crm.importLeads.handler, "/dev/crm/leads/import", tenant.key, "");
    expect(empty.status).toBe(400);
    expect(empty.json.message).toContain("empty");
    const noEmail = await upload(crm.importLeads.handler, "/dev/crm/leads/import", tenant.key, "name,phone\nA,1\n");
    expect(noEmail.status).toBe(400);
    expect(noEmail.json.message).toContain("no email column");
    const jobs = await callRoute(crm.listImportJobs.handler, { path: "/dev/crm/imports", headers: bearer(tenant.key) });
    expect(jobs.json.data.map((j: { status: string }) => j.status)).toEqual(["failed", "failed"]);
    expect((await upload(crm.importLeads.handler, "/dev/crm/leads/import", "wrong", "name,email\n")).status).toBe(401);
    const readOnly = await createTestKey(tenant, ["read:leads"]);
    expect((await upload(crm.importLeads.handler, "/dev/crm/leads/import", readOnly, "name,email\n")).status).toBe(403);
  });

  it("imports a few thousand rows across batches", async () => {
    const tenant = await createTestTenant();
    const rows = Array.from({ length: 4500 }, (_, i) => `Lead ${i},lead${i}@example.com,Company ${i % 50}`);
    const reply = await upload(crm.importLeads.handler, "/dev/crm/leads/import", tenant.key, ["name,email,company", ...rows].join("\n"));
    expect(reply.json).toMatchObject({ rows: 4500, imported: 4500, failed: 0 });
    const db = await getDb();
    const seqs = await db.lead.aggregate({ where: { tenantId: tenant.id }, _min: { seq: true }, _max: { seq: true }, _count: true });
    expect(seqs).toMatchObject({ _min: { seq: 1 }, _max: { seq: 4500 }, _count: 4500 });
  });
});

describe("crm: customer import", () => {
  it("creates customers through the shared rules, skipping and reporting duplicates", async () => {
    const tenant = await createTestTenant();
    await createCustomer(tenant.ctx, { name: "Known", email: "known@example.com" });
    const csv = [
      "Customer Name,Email Address,Type,Credit Limit,Billing Address",
      "Acme,acme@example.com,Business,10000.50,1 Main St",
      "Known Again,known@example.com,,,",
      "Bad Limit,bad@example.com,,-5,",
      "Bad Type,type@example.com,alien,,",
    ].join("\n");
    const reply = await upload(crm.importCustomers.handler, "/dev/crm/customers/import", tenant.key, csv);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ kind: "customers", rows: 4, imported: 1, skipped: 1, failed: 2 });
    expect(reply.json.errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual(["4:Credit Limit", "5:Type"]);
    const db = await getDb();
    const acme = await db.customer.findFirstOrThrow({ where: { tenantId: tenant.id, email: "acme@example.com" } });
    expect(acme).toMatchObject({ name: "Acme", type: "business", billingAddress: "1 Main St" });
    expect(acme.creditLimit?.toFixed(2)).toBe("10000.50");
    expect(await db.outboxEvent.count({ where: { tenantId: tenant.id, type: "customer.created" } })).toBe(2);
  });
});

describe("crm: export", () => {
  it("streams leads as RFC 4180 CSV with formulas neutralised and the list's filters", async () => {
    const tenant = await createTestTenant();
    await createLead(tenant.ctx, {
      name: '=HYPERLINK("http://evil")',
      email: "evil@example.com",
      company: "Comma, Inc",
      notes: 'Line one\nline "two"',
      phone: "+44 1234",
      status: "qualified",
    });
    await createLead(tenant.ctx, { name: "Zoë 東京", email: "zoe@example.com", company: "@home", notes: "-1+2", status: "new" });
    const all = await callRoute(crm.exportLeads.handler, { path: "/dev/crm/leads/export", headers: bearer(tenant.key) });
    expect(all.status).toBe(200);
    expect(all.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(all.headers.get("content-disposition")).toMatch(/^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(all.text.startsWith("id,name,first_name,last_name,email,phone,company,source,status,score,value,notes,")).toBe(true);
    expect(all.text).toContain("\r\n");
    const table = Papa.parse<string[]>(all.text, { delimiter: ",", skipEmptyLines: true }).data;
    expect(table).toHaveLength(3);
    const [header, zoe, evil] = table as [string[], string[], string[]];
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    expect(col(evil, "name")).toBe('\'=HYPERLINK("http://evil")');
    expect(col(evil, "company")).toBe("Comma, Inc");
    expect(col(evil, "notes")).toBe('Line one\nline "two"');
    expect(col(evil, "phone")).toBe("'+44 1234");
    expect(col(zoe, "name")).toBe("Zoë 東京");
    expect(col(zoe, "company")).toBe("'@home");
    expect(col(zoe, "notes")).toBe("'-1+2");

    const filtered = await callRoute(crm.exportLeads.handler, { path: "/dev/crm/leads/export?status=qualified", headers: bearer(tenant.key) });
    expect(Papa.parse(filtered.text, { delimiter: ",", skipEmptyLines: true }).data).toHaveLength(2);
    const searched = await callRoute(crm.exportLeads.handler, { path: "/dev/crm/leads/export?search=zoe", headers: bearer(tenant.key) });
    expect(Papa.parse(searched.text, { delimiter: ",", skipEmptyLines: true }).data).toHaveLength(2);
    expect((await callRoute(crm.exportLeads.handler, { path: "/dev/crm/leads/export?status=nope", headers: bearer(tenant.key) })).status).toBe(400);
    expect((await callRoute(crm.exportLeads.handler, { path: "/dev/crm/leads/export" })).status).toBe(401);

    // What was exported imports back into another tenant as it was.
    const other = await createTestTenant();
    const back = await upload(crm.importLeads.handler, "/dev/crm/leads/import", other.key, all.text);
    expect(back.json).toMatchObject({ imported: 2, failed: 0 });
    const db = await getDb();
    expect((await db.lead.findFirstOrThrow({ where: { tenantId: other.id, email: "evil@example.com" } })).phone).toBe("+44 1234");
  });

  it("streams a few thousand leads across pages, each exactly once", async () => {
    const tenant = await createTestTenant();
    const rows = Array.from({ length: 4100 }, (_, i) => `L${i},l${i}@example.com`);
    await upload(crm.importLeads.handler, "/dev/crm/leads/import", tenant.key, ["name,email", ...rows].join("\n"));
    const all = await callRoute(crm.exportLeads.handler, { path: "/dev/crm/leads/export", headers: bearer(tenant.key) });
    const table = Papa.parse<string[]>(all.text, { delimiter: ",", skipEmptyLines: true }).data;
    expect(table).toHaveLength(4101);
    expect(new Set(table.slice(1).map((r) => r[0])).size).toBe(4100);
  });

  it("exports customers with exact decimals and filters", async () => {
    const tenant = await createTestTenant();
    await createCustomer(tenant.ctx, { name: "Biz", email: "biz@example.com", type: "business", creditLimit: "10000.10" });
    await createCustomer(tenant.ctx, { name: "Ind", email: "ind@example.com", type: "individual", status: "inactive" });
    const reply = await callRoute(crm.exportCustomers.handler, { path: "/dev/crm/customers/export?type=business", headers: bearer(tenant.key) });
    expect(reply.status).toBe(200);
    const table = Papa.parse<string[]>(reply.text, { delimiter: ",", skipEmptyLines: true }).data;
    expect(table).toHaveLength(2);
    expect(table[1]![table[0]!.indexOf("credit_limit")]).toBe("10000.10");
  });
});
