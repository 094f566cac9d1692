import { describe, expect, it } from "vitest";
import { GET as docs } from "@/app/api/docs/[document]/route";
import * as leadsRoute from "@/app/dev/crm/leads/route";
import { callRoute } from "@/lib/testing/call-route";
import { createTestTenant } from "@/lib/testing/test-tenant";

// Audit: the OpenAPI documents list the 409s the endpoints really answer (the
// seed 001 lists 409 among its errors), with when, in the dialect's Error schema.
async function document(name: string) {
  const reply = await docs(new Request(`http://localhost/api/docs/${name}.json`), { params: Promise.resolve({ document: `${name}.json` }) });
  return (await reply.json()) as { paths: Record<string, Record<string, { responses: Record<string, { description: string; content?: unknown }> }>> };
}

const CONFLICTS: [string, string, string][] = [
  ["crm", "post", "/dev/crm/leads"],
  ["crm", "put", "/dev/crm/leads/{leadId}"],
  ["crm", "post", "/dev/crm/customers"],
  ["crm", "put", "/dev/crm/customers/{customerId}"],
  ["crm", "delete", "/dev/crm/customers/{customerId}"],
  ["crm", "delete", "/dev/crm/orders/{orderId}"],
  ["crm", "post", "/dev/crm/feedback/{feedbackId}"],
  ["crm", "post", "/dev/crm/customers/{customerId}/feedback/request"],
  ["ribbon", "post", "/api/ribbon/customer"],
  ["suite", "post", "/api/v2/customers"],
  ["suite", "put", "/api/v2/customers/{id}"],
  ["suite", "delete", "/api/v2/customers/{id}"],
  ["suite", "put", "/api/v2/invoices/{id}"],
  ["suite", "delete", "/api/v2/invoices/{id}"],
  ["suite", "post", "/api/v2/invoices/{id}/payments"],
  ["suite", "put", "/api/v2/transactions/{id}"],
];

describe("OpenAPI audit: 409s", () => {
  it("each endpoint that answers 409 documents it with when, in the Error schema; reads do not", async () => {
    for (const [dialect, method, path] of CONFLICTS) {
      const conflict = (await document(dialect)).paths[path]?.[method]?.responses["409"];
      expect(conflict, `${method.toUpperCase()} ${path}`).toMatchObject({
        description: expect.stringMatching(/\w/),
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      });
    }
    const crm = await document("crm");
    expect(crm.paths["/dev/crm/leads"]!.get!.responses["409"]).toBeUndefined();
  });

  it("the documented 409 is the one the endpoint answers", async () => {
    const tenant = await createTestTenant();
    const post = () =>
      callRoute(leadsRoute.POST, { path: "/dev/crm/leads", headers: { Authorization: `Bearer ${tenant.key}` }, body: { name: "A", email: "a@example.com" } });
    expect((await post()).status).toBe(201);
    const second = await post();
    expect(second.status).toBe(409);
    expect(second.json).toEqual({ message: "A lead with this email already exists" });
    expect((await document("crm")).paths["/dev/crm/leads"]!.post!.responses["409"]!.description).toContain("email");
  });
});
