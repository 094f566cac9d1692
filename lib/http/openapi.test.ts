import { describe, expect, it } from "vitest";
import { GET as docs } from "@/app/api/docs/[document]/route";
import { DIALECTS } from "@/lib/dialects";

async function fetchDocument(document: string) {
  const response = await docs(new Request(`http://localhost/api/docs/${document}`), { params: Promise.resolve({ document }) });
  return { status: response.status, json: await response.json() };
}

describe("OpenAPI documents", () => {
  it.each(Object.keys(DIALECTS))("%s.json describes every declared endpoint", async (name) => {
    const { status, json } = await fetchDocument(`${name}.json`);
    expect(status).toBe(200);
    expect(json.openapi).toBe("3.1.0");
    const { endpoints, dialect } = DIALECTS[name as keyof typeof DIALECTS];
    for (const { spec } of endpoints) {
      const operation = json.paths[spec.path]?.[spec.method.toLowerCase()];
      expect(operation, `${spec.method} ${spec.path}`).toBeDefined();
      expect(operation.summary).toBe(spec.summary);
      expect(operation.responses[String(spec.status ?? 200)]).toBeDefined();
    }
    expect(json.info.title).toBe(dialect.title);
    expect(json.components.schemas.Error).toBeDefined();
  });

  it("documents the gateway's error statuses as the dialect renders them", async () => {
    const { json } = await fetchDocument("gateway.json");
    const create = json.paths["/api/leads"].post;
    expect(Object.keys(create.responses).sort()).toEqual(["201", "400", "401", "403", "413", "422", "429"]);
    expect(create.requestBody.content["application/json"].schema.required).toEqual(["name", "email", "source"]);
    expect(json.components.securitySchemes).toHaveProperty("bearerJwt");
    expect(json.components.securitySchemes).toHaveProperty("header_X-API-Key");
  });

  it("answers an unknown document with 404", async () => {
    expect((await fetchDocument("nope.json")).status).toBe(404);
    expect((await fetchDocument("gateway")).status).toBe(404);
  });
});
