import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RouteHandler } from "@/lib/http/endpoint";
import { guardedEndpoints } from "./registry";
import { routeFiles, urlPathOf } from "./route-files";

// Guard 6 (the file half; e2e/routes.spec.ts calls every endpoint through the real router):
// each route file binds endpoints declared for its own path and method, and every declared
// endpoint is bound by exactly one route file.
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

describe("guard: routes are bound to their declarations", () => {
  it("derives URL paths from route files the way Next does", () => {
    expect(urlPathOf("app/dev/crm/leads/[leadId]/route.ts")).toBe("/dev/crm/leads/{leadId}");
    expect(urlPathOf("app/(crm)/api/v2/customers/route.ts")).toBe("/api/v2/customers");
    expect(urlPathOf("app/api/v2/[...path]/route.ts")).toBeNull();
  });

  it("every route file binds endpoints of its own path and method, and every endpoint has its route file", async () => {
    const endpoints = guardedEndpoints();
    const byHandler = new Map<RouteHandler, (typeof endpoints)[number]>(endpoints.map((target) => [target.endpoint.handler, target]));
    const boundBy = new Map<string, string[]>();
    const problems: string[] = [];
    for (const route of (await routeFiles()).filter((candidate) => candidate.binds)) {
      const module = (await import(/* @vite-ignore */ path.resolve(import.meta.dirname, "../../..", route.file))) as Partial<Record<(typeof METHODS)[number], RouteHandler>>;
      for (const method of METHODS) {
        const handler = module[method];
        const target = handler && byHandler.get(handler);
        if (!target) continue; // bindRoute's own 405 answer for a method the path does not serve
        if (target.spec.method !== method) problems.push(`${route.file} exports ${target.name} as ${method}`);
        if (target.spec.path !== route.urlPath) problems.push(`${route.file} (serves ${route.urlPath ?? "a catch-all"}) binds ${target.name}`);
        boundBy.set(target.name, [...(boundBy.get(target.name) ?? []), route.file]);
      }
    }
    for (const target of endpoints) {
      const files = boundBy.get(target.name) ?? [];
      if (files.length === 0) problems.push(`${target.name} has no route file binding it (expected app${target.spec.path.replace(/\{([^}]+)\}/g, "[$1]")}/route.ts)`);
      if (files.length > 1) problems.push(`${target.name} is bound by several route files: ${files.join(", ")}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
