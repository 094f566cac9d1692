import { describe, expect, it } from "vitest";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import { baseRequest } from "./bad-cases";
import { tenantRows } from "./db-snapshot";
import { shapeOf } from "./envelope";
import { FIXTURES, fixtureFor, missingLike, newMarker } from "./fixtures";
import { inputJsonSchema } from "./json-schema";
import { guardedEndpoints, type GuardedEndpoint } from "./registry";
import { richSample } from "./sample";
import { send, type GuardReply } from "./send";

// Guard 3: no tenant ever sees (or touches) another's row.
const endpoints = guardedEndpoints().filter((target) => target.spec.auth === "tenant");
const byId = endpoints.filter((target) => target.pathParams.length > 0);
const lists = endpoints.filter((target) => target.pathParams.length === 0 && target.spec.method === "GET");

const ask = (target: GuardedEndpoint, tenant: TestTenant, params: Record<string, string>, body?: unknown) => {
  const base = baseRequest(target);
  return send(target, { params, query: base.query, body: body ?? base.body, credential: { value: tenant.key } });
};

/** A valid body with every field it can carry, so a write that slipped through would show in tenant A's rows. */
function writeBody(target: GuardedEndpoint): unknown {
  const schema = inputJsonSchema(target.spec.body);
  if (!target.spec.body || !schema) return undefined;
  const sample = richSample(target.spec.body, schema);
  expect(sample.valid, `the guard cannot build a valid body for ${target.name}; give its schema samples it can repair (lib/testing/guard/sample.ts)`).toBe(
    true,
  );
  return sample.value;
}

describe("guard: isolation fixtures", () => {
  it("every endpoint with an id in its path has a fixture (lib/testing/guard/fixtures.ts)", () => {
    expect(byId.filter((target) => !fixtureFor(target)).map((target) => target.name)).toEqual([]);
  });
});

describe("guard: another tenant's id answers exactly like a missing one", () => {
  it.each(byId.filter((target) => fixtureFor(target)).map((target) => [target.name, target] as const))("%s", async (_name, target) => {
    const [a, b] = [await createTestTenant(), await createTestTenant()];
    const marker = newMarker();
    const params = await fixtureFor(target)!.create(a, marker);
    const missing = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, missingLike(value)]));

    if (target.spec.method === "GET") {
      const own = await ask(target, a, params);
      expect(own.status, `the owner reads its own row (fixture sanity): ${own.text.slice(0, 200)}`).toBeLessThan(300);
    }
    const body = writeBody(target);
    const rowsBefore = await tenantRows(a.id);
    const foreign = await ask(target, b, params, body);
    const absent = await ask(target, b, missing, body);
    expect(foreign.text).not.toContain(marker);
    expect({ status: foreign.status, shape: shapeOf(foreign.json) }).toEqual({ status: absent.status, shape: shapeOf(absent.json) });
    expect(foreign.status, "a foreign id is refused").toBeGreaterThanOrEqual(400);
    expect(await tenantRows(a.id), "tenant A's rows are unchanged").toEqual(rowsBefore);
  });
});

describe("guard: lists and analytics of one tenant never show or count another's rows", () => {
  it(`${lists.length} list endpoints, rows of every fixture kind`, async () => {
    const [a, b] = [await createTestTenant(), await createTestTenant()];
    const before = new Map<string, GuardReply>();
    for (const target of lists) before.set(target.name, await ask(target, b, {}));
    const marker = newMarker();
    // One marker prefix for all, a suffix each (emails and external ids are unique per tenant).
    for (const [i, fixture] of FIXTURES.entries()) await fixture.create(a, `${marker}x${i}`);
    const failures: string[] = [];
    let seenByOwner = 0;
    for (const target of lists) {
      const after = await ask(target, b, {});
      if (after.text.includes(marker)) failures.push(`${target.name} shows tenant A's row to tenant B`);
      if (JSON.stringify(stable(after.json)) !== JSON.stringify(stable(before.get(target.name)!.json))) {
        failures.push(
          `${target.name}: tenant B's answer changed when tenant A got rows:\n  before ${before.get(target.name)!.text.slice(0, 300)}\n  after  ${after.text.slice(0, 300)}`,
        );
      }
      if ((await ask(target, a, {})).text.includes(marker)) seenByOwner++;
    }
    expect(failures, failures.join("\n")).toEqual([]);
    // The check means something only if the marked rows show up in the owner's lists.
    if (lists.length > 0 && FIXTURES.length > 0) expect(seenByOwner).toBeGreaterThan(0);
  });
});

/** The answer with what changes by itself between two calls (times, request ids) blanked. */
function stable(value: unknown, key = ""): unknown {
  if (Array.isArray(value)) return value.map((item) => stable(item));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stable(v, k)]));
  if (/request_?id|timestamp|uptime|generated_?at/i.test(key)) return "<volatile>";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return "<time>";
  return value;
}
