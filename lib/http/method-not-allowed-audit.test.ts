import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeFiles } from "@/lib/testing/guard/route-files";
import { callRoute } from "@/lib/testing/call-route";
import type { RouteHandler } from "./endpoint";

// Audit of issue 7's mechanism item over every route file of the five
// dialects (not one sample per dialect): a method the path does not serve
// answers 405 in that dialect's envelope, with `Allow` naming exactly the
// methods the file serves.
const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** The dialect's 405 body, by the prefix the seeds give each dialect. */
function envelopeFor(urlPath: string): ((json: unknown) => boolean) | null {
  const text = (json: unknown, key: string) => typeof (json as Record<string, unknown>)?.[key] === "string";
  if (urlPath.startsWith("/dev/crm/")) return (json) => text(json, "message") && Object.keys(json as object).length === 1;
  if (urlPath.startsWith("/lead/") || urlPath.startsWith("/api/ribbon/") || urlPath.startsWith("/api/admin/"))
    return (json) => text(json, "error") && Object.keys(json as object).length === 1;
  if (urlPath.startsWith("/api/v2/")) return (json) => (json as { success?: unknown }).success === false && text(json, "message");
  if (/^\/(api\/(leads|analytics|analyze|classify-lead|test)|health)/.test(urlPath))
    return (json) => (json as { error?: { code?: unknown } }).error?.code === "METHOD_NOT_ALLOWED";
  return null;
}

describe("405 audit: every dialect route file", () => {
  it("answers each method it does not serve with 405, the dialect's envelope and Allow", async () => {
    const files = (await routeFiles()).filter((route) => route.binds && route.urlPath && envelopeFor(route.urlPath));
    expect(files.length).toBeGreaterThan(80);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const route of files) {
      const urlPath = route.urlPath!;
      const handlers = (await import(/* @vite-ignore */ path.join(ROOT, route.file))) as Partial<Record<string, RouteHandler>>;
      const concrete = urlPath.replace(/\{[^}]+\}/g, "00000000-0000-7000-8000-000000000000");
      const refused: { method: string; allow: string | null; json: unknown }[] = [];
      const served: string[] = [];
      for (const method of METHODS) {
        const handler = handlers[method];
        if (!handler) {
          problems.push(`${route.file} exports no ${method} (Next would answer its own empty 405)`);
          continue;
        }
        // No credential: a served method answers 401 (or its public answer) and writes nothing.
        const reply = await callRoute(handler, { method, path: concrete });
        if (reply.status === 405) refused.push({ method, allow: reply.headers.get("allow"), json: reply.json });
        else served.push(method);
      }
      if (refused.length > 0) seen.add(urlPath.split("/")[1] === "api" ? urlPath.split("/").slice(0, 3).join("/") : urlPath.split("/")[1]!);
      for (const { method, allow, json } of refused) {
        if (allow !== served.join(", ")) problems.push(`${method} ${urlPath}: Allow ${allow}, serves ${served.join(", ")}`);
        if (!envelopeFor(urlPath)!(json)) problems.push(`${method} ${urlPath}: 405 body ${JSON.stringify(json)} is not the dialect's envelope`);
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
    // Each of the five dialects had a 405 to check.
    for (const prefix of ["dev", "lead", "/api/ribbon", "/api/v2", "/api/leads"]) expect([...seen], prefix).toContain(prefix);
  }, 120_000);
});
