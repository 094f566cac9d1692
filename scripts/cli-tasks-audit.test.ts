import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import * as addRoute from "@/app/lead/add/route";
import * as cancelRoute from "@/app/lead/cancel/route";
import * as initRoute from "@/app/api/ribbon/init/route";
import { getDb } from "@/lib/db/client";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

// Audit of issue 9's command-line tasks as an operator runs them (the real
// scripts, not their domain functions): lead types for the dialler and the
// telephony credentials init hands out, against the test run's database.
const ROOT = path.resolve(import.meta.dirname, "..");
const run = promisify(execFile);

async function script(file: string, args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", file), ...args], {
      cwd: ROOT,
      env: process.env,
      timeout: 60_000,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, out: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

const lead = { first_name: "John", surname: "Doe", mobile: "07840258823", email: "john@example.com", type: "motor-trade", subtype: "valeter" };

describe("CLI audit: npm run leadtypes", () => {
  it("adds a type with subtypes that /lead/add then accepts, lists it, and retires it so /lead/cancel refuses it", async () => {
    const tenant = await createTestTenant();
    const add = () => callRoute(addRoute.POST, { path: `/lead/add?key=${tenant.key}`, body: lead });
    expect((await add()).json).toEqual({ saved: true, processed: false, error: "Unknown Type" });

    const added = await script("lead-types.ts", [
      "add",
      "--client-id",
      tenant.clientId,
      "--type",
      "motor-trade",
      "--subtype",
      "valeter",
      "--subtype",
      "dealer",
    ]);
    expect(added, added.out).toMatchObject({ code: 0 });
    expect(added.out).toContain("Created lead type motor-trade with subtypes valeter, dealer");
    expect((await callRoute(addRoute.POST, { path: `/lead/add?key=${tenant.key}`, body: { ...lead, mobile: "07840258824" } })).json).toEqual({
      saved: true,
      processed: true,
    });
    const listed = await script("lead-types.ts", ["list", "--client-id", tenant.clientId]);
    expect(listed.out).toContain("motor-trade: subtypes [dealer, valeter], 1 call(s) scheduled");

    const retired = await script("lead-types.ts", ["remove", "--client-id", tenant.clientId, "--type", "motor-trade"]);
    expect(retired, retired.out).toMatchObject({ code: 0 });
    const cancel = await callRoute(cancelRoute.POST, { path: `/lead/cancel?key=${tenant.key}`, body: { type: "motor-trade", mobile: "07840258824" } });
    expect(cancel.json).toEqual({ cancelled: false, warning: "server error (call group)" });

    const usage = await script("lead-types.ts", ["add", "--client-id", tenant.clientId]);
    expect(usage.code).not.toBe(0);
    expect(usage.out).toContain("Usage: npm run leadtypes");
  }, 180_000);
});

describe("CLI audit: npm run tenant:telephony", () => {
  it("sets the credentials init hands out, stored encrypted, and clears them", async () => {
    const tenant = await createTestTenant();
    const init = () => callRoute(initRoute.POST, { path: "/api/ribbon/init", body: { apiKey: tenant.key, domain: "example.com" } });
    const set = await script("set-telephony.ts", ["--client-id", tenant.clientId, "--token", "tok-cli-123", "--user-id", "user-cli-456"]);
    expect(set, set.out).toMatchObject({ code: 0 });
    expect((await init()).json).toMatchObject({ exotelToken: "tok-cli-123", userId: "user-cli-456" });
    const db = await getDb();
    const stored = JSON.stringify(await db.tenant.findUniqueOrThrow({ where: { id: tenant.id } }));
    expect(stored).not.toContain("tok-cli-123");
    expect(stored).not.toContain("user-cli-456");

    const cleared = await script("set-telephony.ts", ["--client-id", tenant.clientId, "--clear"]);
    expect(cleared, cleared.out).toMatchObject({ code: 0 });
    expect((await init()).json).toMatchObject({ exotelToken: null, userId: null });
  }, 180_000);
});
