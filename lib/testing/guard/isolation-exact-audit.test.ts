import { describe, expect, it } from "vitest";
import { createTestTenant, type TestTenant } from "@/lib/testing/test-tenant";
import { baseRequest } from "./bad-cases";
import { fixtureFor, missingLike, newMarker } from "./fixtures";
import { inputJsonSchema } from "./json-schema";
import { guardedEndpoints, type GuardedEndpoint } from "./registry";
import { richSample } from "./sample";
import { send, type GuardReply } from "./send";

// Audit of "a foreign id answers exactly like a missing one", stricter than
// the isolation guard's shape comparison: the same status, the same body word
// for word (once the id itself and request ids/times are blanked) and the same
// headers, so nothing tells another tenant's row from no row.
const byId = guardedEndpoints().filter((target) => target.spec.auth === "tenant" && target.pathParams.length > 0 && fixtureFor(target));

const ask = (target: GuardedEndpoint, tenant: TestTenant, params: Record<string, string>, body: unknown) => {
  const base = baseRequest(target);
  return send(target, { params, query: base.query, body, credential: { value: tenant.key } });
};

function bodyFor(target: GuardedEndpoint): unknown {
  const schema = inputJsonSchema(target.spec.body);
  if (!target.spec.body || !schema) return baseRequest(target).body;
  return richSample(target.spec.body, schema).value;
}

/** The reply with the ids asked for and what changes per request blanked. */
function comparable(reply: GuardReply, params: Record<string, string>) {
  let text = reply.text;
  for (const value of Object.values(params)) if (value) text = text.split(value).join("<id>");
  text = text.replace(/"(request_id|requestId|timestamp)":"[^"]*"/g, '"$1":"<volatile>"').replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "<time>");
  const headers = [...reply.headers.keys()].filter((name) => name !== "date").sort();
  return { status: reply.status, text, headers, contentType: reply.headers.get("content-type") };
}

describe("isolation audit: a foreign id and a missing id get the very same answer", () => {
  it.each(byId.map((target) => [target.name, target] as const))("%s", async (_name, target) => {
    const [a, b] = [await createTestTenant(), await createTestTenant()];
    const params = await fixtureFor(target)!.create(a, newMarker());
    const missing = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, missingLike(value)]));
    const body = bodyFor(target);
    const foreign = comparable(await ask(target, b, params, body), params);
    const absent = comparable(await ask(target, b, missing, body), missing);
    expect(foreign.status).toBeGreaterThanOrEqual(400);
    expect(foreign).toEqual(absent);
  });
});
