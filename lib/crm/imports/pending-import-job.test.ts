import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/crm/users/create-user";
import { getDb } from "@/lib/db/client";
import { createTestTenant } from "@/lib/testing/test-tenant";
import type { CrmContext } from "../context";
import { Conflict, Forbidden, NotFound, ValidationFailed } from "../errors";
import { mappingProblems } from "./import-fields";
import { getImportJob, listImportJobs, PENDING_IMPORT_EXPIRED, PENDING_IMPORT_TTL_MS } from "./import-job";
import { importLeads } from "./import-leads";
import { createPendingImportJob } from "./pending-import-job";

const source = (csv: string) => ({ stream: Readable.from([Buffer.from(csv)]), fileName: "page.csv", bytesTotal: Buffer.byteLength(csv) });

async function person(tenant: Awaited<ReturnType<typeof createTestTenant>>, role: "manager" | "analyst" | "rep"): Promise<CrmContext> {
  const user = await createUser(tenant.ctx, { name: role, email: `${role}-${tenant.clientId}@example.com`, password: "long enough pw", role });
  return { tenantId: tenant.ctx.tenantId, actor: { type: "user", id: user.id, role } };
}

describe("page imports: a pending job fed by its upload, with the columns the person chose", () => {
  it("runs as the pending job with an explicit mapping and the job's duplicate rule, once", async () => {
    const tenant = await createTestTenant();
    const manager = await person(tenant, "manager");
    const job = await createPendingImportJob(manager, { kind: "leads", onDuplicate: "update", fileName: "chosen.csv", bytesTotal: 10 });
    expect(job.status).toBe("pending");
    // Headers the matcher would not understand, mapped by hand; the third column is left out.
    const csv = "Who,Where to write,Shoe\nAda Lovelace,ada@example.com,38\nBad Row,nope,40\nAda Again,ada@example.com,41\n";
    const outcome = await importLeads(manager, source(csv), "skip", { jobId: job.id, columns: ["name", "email", null], batchSize: 1 });
    expect(outcome.job).toMatchObject({ id: job.id, status: "completed", totalRows: 3, importedRows: 1, updatedRows: 1, failedRows: 1, onDuplicate: "update" });
    expect(outcome.issues).toEqual([{ row: 3, outcome: "failed", field: "Where to write", message: "Not a valid email address: nope" }]);
    expect(outcome.ignoredColumns).toEqual(["Shoe"]);
    const db = await getDb();
    expect(await db.lead.findFirst({ where: { tenantId: tenant.ctx.tenantId, email: "ada@example.com" }, select: { name: true } })).toEqual({
      name: "Ada Again",
    });
    expect(Number((await getImportJob(manager, job.id)).bytesTotal)).toBe(Buffer.byteLength(csv));

    await expect(importLeads(manager, source(csv), "skip", { jobId: job.id })).rejects.toBeInstanceOf(Conflict);
  });

  it("refuses analysts, other people's jobs, other tenants' jobs and impossible mappings", async () => {
    const tenant = await createTestTenant();
    const manager = await person(tenant, "manager");
    const analyst = await person(tenant, "analyst");
    const rep = await person(tenant, "rep");
    await expect(createPendingImportJob(analyst, { kind: "leads", onDuplicate: "skip" })).rejects.toBeInstanceOf(Forbidden);
    await expect(importLeads(analyst, source("name,email\nA,a@example.com\n"))).rejects.toBeInstanceOf(Forbidden);

    const job = await createPendingImportJob(manager, { kind: "leads", onDuplicate: "skip" });
    await expect(importLeads(rep, source("name,email\nA,a@example.com\n"), "skip", { jobId: job.id })).rejects.toBeInstanceOf(NotFound);
    const other = await createTestTenant();
    await expect(importLeads(other.ctx, source("name,email\nA,a@example.com\n"), "skip", { jobId: job.id })).rejects.toBeInstanceOf(NotFound);
    await expect(importLeads(manager, source("a,b\n1,2\n"), "skip", { jobId: job.id, columns: ["name", "shoeSize"] })).rejects.toBeInstanceOf(ValidationFailed);
    expect((await getImportJob(manager, job.id)).status).toBe("pending");
  });

  it("says what a mapping lacks", () => {
    expect(mappingProblems("leads", ["email", "firstName"])).toEqual([]);
    expect(mappingProblems("leads", ["email", "email", null])).toEqual([
      "Email is chosen for two columns",
      "Choose a column for Name or First name or Last name",
    ]);
    expect(mappingProblems("customers", ["name", "score"])).toEqual(['Unknown customers field "score"', "Choose a column for Email"]);
  });
});

describe("a pending job that never receives its file", () => {
  it("ends failed after 15 minutes when read or listed, and can no longer be fed", async () => {
    const tenant = await createTestTenant();
    const manager = await person(tenant, "manager");
    const stale = await createPendingImportJob(manager, { kind: "leads", onDuplicate: "skip" });
    const fresh = await createPendingImportJob(manager, { kind: "leads", onDuplicate: "skip" });
    const db = await getDb();
    await db.importJob.update({ where: { id: stale.id }, data: { createdAt: new Date(Date.now() - PENDING_IMPORT_TTL_MS - 1000) } });

    const listed = await listImportJobs(manager, { limit: 10 });
    expect(listed.find((job) => job.id === stale.id)).toMatchObject({ status: "failed", failure: PENDING_IMPORT_EXPIRED });
    expect(listed.find((job) => job.id === fresh.id)).toMatchObject({ status: "pending", failure: null });
    expect((await getImportJob(manager, stale.id)).finishedAt).not.toBeNull();
    await expect(importLeads(manager, source("name,email\nA,a@example.com\n"), "skip", { jobId: stale.id })).rejects.toThrow(PENDING_IMPORT_EXPIRED);

    // Read directly (the poll, the API) at the 15-minute mark: the same end, even before any listing.
    const later = new Date(Date.now() + PENDING_IMPORT_TTL_MS);
    expect(await getImportJob(manager, fresh.id, later)).toMatchObject({ status: "failed", failure: PENDING_IMPORT_EXPIRED });
    expect(await db.lead.count({ where: { tenantId: tenant.ctx.tenantId } })).toBe(0);
  });
});
