import { describe, expect, it } from "vitest";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { authCases } from "./auth-matrix";
import { baseRequest } from "./bad-cases";
import { countChanges, tenantRowCounts } from "./db-snapshot";
import { envelopeProblems } from "./envelope";
import { PUBLIC_ENDPOINTS } from "./public-endpoints";
import { guardedEndpoints } from "./registry";
import { send } from "./send";

// Guard 2: every endpoint needs its credential, in its place, with its scope.
const endpoints = guardedEndpoints();
const guarded = endpoints.filter((target) => !PUBLIC_ENDPOINTS.includes(target.name));

describe("guard: public endpoints are a deliberate choice", () => {
  it("every endpoint without auth is listed in PUBLIC_ENDPOINTS, and every listed one is public", () => {
    const open = endpoints.filter((target) => target.spec.auth === "none").map((target) => target.name);
    expect(
      open.filter((name) => !PUBLIC_ENDPOINTS.includes(name)),
      "auth: none but not in lib/testing/guard/public-endpoints.ts",
    ).toEqual([]);
    const stale = PUBLIC_ENDPOINTS.filter((name) => !open.includes(name));
    expect(stale, "listed as public but not registered with auth: none").toEqual([]);
  });
});

describe("guard: every endpoint needs its credential", () => {
  it.each(guarded.map((target) => [target.name, target] as const))("%s", async (_name, target) => {
    const tenant = await createTestTenant();
    const cases = await authCases(target, tenant);
    const base = baseRequest(target);
    const failures: string[] = [];
    for (const authCase of cases) {
      const before = await tenantRowCounts(tenant.id);
      const reply = await send(target, { params: base.params, query: base.query, body: base.body, credential: authCase.credential });
      const where = `${target.name} [${authCase.label}] → ${reply.status}`;
      if (reply.status !== authCase.expected) failures.push(`${where}, expected ${authCase.expected}: ${reply.text.slice(0, 200)}`);
      for (const problem of envelopeProblems(target, reply)) failures.push(`${where}: ${problem}`);
      const changes = countChanges(before, await tenantRowCounts(tenant.id));
      if (changes.length > 0) failures.push(`${where}: wrote rows (${changes.join(", ")})`);
    }
    expect(failures, failures.join("\n")).toEqual([]);
  });
});
