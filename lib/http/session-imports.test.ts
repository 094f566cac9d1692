import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ValidationFailed } from "@/lib/crm/errors";
import { getImportJob } from "@/lib/crm/imports/import-job";
import { importLeads } from "@/lib/crm/imports/import-leads";
import { createPendingImportJob } from "@/lib/crm/imports/pending-import-job";
import { roleContext } from "@/lib/testing/role-context";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { guardedUpload, UPLOAD_INTERRUPTED } from "./session-imports";

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("condition never met");
}

describe("page uploads that stop half way end their job as failed, with the reason", () => {
  it("fails the job when the browser goes away (the request's signal aborts) and keeps the rows already committed", async () => {
    const tenant = await createTestTenant();
    const manager = await roleContext(tenant, "manager", "Max");
    const job = await createPendingImportJob(manager, { kind: "leads", onDuplicate: "skip" });
    const body = new PassThrough();
    const browser = new AbortController();
    const running = importLeads(manager, { stream: guardedUpload(body, browser.signal, 10_000), bytesTotal: 10_000 }, "skip", { jobId: job.id, batchSize: 1 });
    const outcome = expect(running).rejects.toBeInstanceOf(ValidationFailed);
    body.write("name,email\nAda,ada@example.com\nBob,bob@example.com\nCy,cy@example.com\n");
    await until(async () => (await getImportJob(manager, job.id)).importedRows >= 1);
    browser.abort();
    await outcome;
    const failed = await getImportJob(manager, job.id);
    expect(failed).toMatchObject({ status: "failed", failure: UPLOAD_INTERRUPTED });
    expect(failed.importedRows).toBeGreaterThanOrEqual(1);
    expect(failed.finishedAt).not.toBeNull();
  });

  it("fails the job when the body ends short of its Content-Length or errors, and completes a whole one", async () => {
    const tenant = await createTestTenant();
    const manager = await roleContext(tenant, "manager", "Max");
    const csv = "name,email\nAda,ada@example.com\n";
    const upload = async (stream: Readable, bytesTotal: number) => {
      const job = await createPendingImportJob(manager, { kind: "leads", onDuplicate: "skip" });
      const signal = new AbortController().signal;
      await importLeads(manager, { stream: guardedUpload(stream, signal, bytesTotal), bytesTotal }, "skip", { jobId: job.id }).catch(() => null);
      return getImportJob(manager, job.id);
    };
    expect(await upload(Readable.from([Buffer.from(csv)]), csv.length + 500)).toMatchObject({ status: "failed", failure: UPLOAD_INTERRUPTED });
    const broken = new PassThrough();
    setTimeout(() => broken.destroy(new Error("socket hang up")), 50);
    broken.write("name,email\n");
    expect(await upload(broken, 1000)).toMatchObject({ status: "failed", failure: UPLOAD_INTERRUPTED });
    expect(await upload(Readable.from([Buffer.from(csv)]), csv.length)).toMatchObject({ status: "completed", importedRows: 1, failure: null });
  });
});
