import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Endpoint } from "@/lib/http/endpoint";
import { guardedEndpoints } from "./registry";
import { boundEndpoints, routeFiles, urlPathOf } from "./route-files";

// Guard 6 (the file half; e2e/routes.spec.ts calls every endpoint through the real router):
// each route file binds endpoints declared for its own path, and every declared endpoint is
// bound by exactly one route file.
const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("guard: routes are bound to their declarations", () => {
  it("derives URL paths from route files the way Next does", () => {
    expect(urlPathOf("app/dev/crm/leads/[leadId]/route.ts")).toBe("/dev/crm/leads/{leadId}");
    expect(urlPathOf("app/(crm)/api/v2/customers/route.ts")).toBe("/api/v2/customers");
    expect(urlPathOf("app/api/v2/[...path]/route.ts")).toBeNull();
    expect(boundEndpoints('import { a as b, c } from "@/x";\nexport const { GET } = bindCorsRoute(b, c);')).toEqual([
      ["@/x", "a"],
      ["@/x", "c"],
    ]);
  });

  it("every route file binds endpoints of its own path, and every endpoint has its route file", async () => {
    const endpoints = guardedEndpoints();
    const registered = new Map<Endpoint, (typeof endpoints)[number]>(endpoints.map((target) => [target.endpoint, target]));
    const boundBy = new Map<string, string[]>();
    const problems: string[] = [];
    for (const route of (await routeFiles()).filter((candidate) => candidate.binds)) {
      if (route.bound.length === 0) problems.push(`${route.file} calls bind…Route with nothing the guard can read`);
      for (const [from, name] of route.bound) {
        const specifier = from.startsWith("@/")
          ? path.join(ROOT, from.slice(2))
          : from.startsWith(".")
            ? path.resolve(ROOT, path.dirname(route.file), from)
            : from;
        const exported = ((await import(/* @vite-ignore */ specifier)) as Record<string, unknown>)[name] as Endpoint | undefined;
        const target = exported && registered.get(exported);
        if (!target) {
          problems.push(`${route.file} binds ${name} from ${from}, which is not a registered endpoint (add it to its dialect's index.ts)`);
          continue;
        }
        if (target.spec.path !== route.urlPath) problems.push(`${route.file} (serves ${route.urlPath ?? "a catch-all"}) binds ${target.name}`);
        boundBy.set(target.name, [...(boundBy.get(target.name) ?? []), route.file]);
      }
    }
    for (const target of endpoints) {
      const files = boundBy.get(target.name) ?? [];
      if (files.length === 0)
        problems.push(`${target.name} has no route file binding it (expected app${target.spec.path.replace(/\{([^}]+)\}/g, "[$1]")}/route.ts)`);
      if (files.length > 1) problems.push(`${target.name} is bound by several route files: ${files.join(", ")}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
