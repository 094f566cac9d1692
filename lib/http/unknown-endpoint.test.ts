import { describe, expect, it } from "vitest";
import { GET as unknownSuite } from "@/app/api/v2/[...path]/route";
import { POST as unknownDialler } from "@/app/lead/[...path]/route";

describe("unknown paths under a dialect's prefix", () => {
  it("answer 404 in that dialect's envelope", async () => {
    const suite = await unknownSuite(new Request("http://localhost/api/v2/nothing"), { params: Promise.resolve({}) });
    expect(suite.status).toBe(404);
    expect(await suite.json()).toEqual({ success: false, message: "No endpoint GET /api/v2/nothing" });
    const dialler = await unknownDialler(new Request("http://localhost/lead/remove", { method: "POST" }), { params: Promise.resolve({}) });
    expect(dialler.status).toBe(404);
    expect(await dialler.json()).toEqual({ error: "No endpoint POST /lead/remove" });
  });
});
