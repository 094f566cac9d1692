import { describe, expect, it } from "vitest";
import { isDialectName } from "@/lib/dialects";
import { GET } from "./route";

const fetchDocument = async (document: string) => GET(new Request(`http://localhost/api/docs/${document}`), { params: Promise.resolve({ document }) });

describe("GET /api/docs/<document>", () => {
  it("serves a dialect's document", async () => {
    const reply = await fetchDocument("crm.json");
    expect(reply.status).toBe(200);
    expect((await reply.json()).openapi).toMatch(/^3\.1/);
  });

  it("answers 404, not 500, for names inherited from Object.prototype", async () => {
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) {
      const reply = await fetchDocument(`${name}.json`);
      expect(reply.status).toBe(404);
      expect((await reply.json()).error).toContain("No API document named");
      expect(isDialectName(name)).toBe(false); // the /docs/<dialect> page asks the same question
    }
  });
});
