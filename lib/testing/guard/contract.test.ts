import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as openApiRoute } from "@/app/api/docs/[document]/route";
import { DIALECTS } from "@/lib/dialects";
import { takeContractDrifts } from "@/lib/http/contract-drift";
import { defineEndpoint } from "@/lib/http/endpoint";
import { createTestTenant } from "@/lib/testing/test-tenant";
import { guardedEndpoints } from "./registry";
import { send } from "./send";

// Guard 4: the declarations are the contract. Responses outside their schema
// fail the test run (lib/testing/setup-env.ts), and every OpenAPI document
// generated from them is valid OpenAPI 3.1.
describe("guard: contract drift fails the run", () => {
  it("an answer outside its declared response schema is a 500 and is recorded as drift", async () => {
    const drifting = defineEndpoint({
      dialect: DIALECTS.crm.dialect,
      method: "GET",
      path: "/dev/crm/guard-drift",
      summary: "drifts on purpose",
      auth: "tenant",
      response: z.object({ id: z.string() }),
      // @ts-expect-error -- the drift under test: a number where the schema says string
      handler: async () => ({ id: 42 }),
    });
    const tenant = await createTestTenant();
    const target = {
      ...guardedEndpoints()[0]!,
      name: "GET /dev/crm/guard-drift",
      dialect: DIALECTS.crm.dialect,
      endpoint: drifting,
      spec: drifting.spec,
      pathParams: [],
      styles: DIALECTS.crm.dialect.credentials,
    };
    const reply = await send(target, { credential: { value: tenant.key } });
    expect(reply.status).toBe(500);
    expect(reply.json).toEqual({ message: "Internal server error" });
    // Taken here so this test passes; anywhere else the drift fails the test (setup-env's afterEach).
    expect(takeContractDrifts()).toEqual([expect.stringContaining("GET /dev/crm/guard-drift: ")]);
  });
});

describe("guard: every OpenAPI document is valid OpenAPI 3.1", () => {
  it.each(Object.keys(DIALECTS))("%s.json", async (name) => {
    const reply = await openApiRoute(new Request(`http://localhost/api/docs/${name}.json`), { params: Promise.resolve({ document: `${name}.json` }) });
    expect(reply.status).toBe(200);
    const document = (await reply.json()) as Record<string, unknown>;
    expect(document.openapi).toMatch(/^3\.1\./);
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 2)?.slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
    // Every endpoint of the dialect is in its document, at its path and method.
    const paths = document.paths as Record<string, Record<string, unknown>>;
    for (const { spec } of DIALECTS[name as keyof typeof DIALECTS].endpoints)
      expect(paths[spec.path]?.[spec.method.toLowerCase()], `${spec.method} ${spec.path}`).toBeDefined();
  });
});
