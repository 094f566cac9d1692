import { expect, test } from "@playwright/test";
import type { Dialect } from "../lib/http/dialect";

// Guard 6 through the REAL router of the started app: every endpoint of every
// OpenAPI document (generated from the registry) answers at its declared path
// and method in its dialect's envelope, not Next's HTML 404 or empty 405. Without
// a credential the endpoint itself must answer 401 (a catch-all route would say
// 404), public ones answer JSON; a method the path does not serve is bindRoute's 405.
const DIALECT_NAMES = Object.keys({ gateway: 1, crm: 1, dialler: 1, ribbon: 1, suite: 1 } satisfies Record<Dialect["name"], 1>);
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface Operation {
  security?: unknown[];
  parameters?: { name: string; in: string; schema?: { type?: string } }[];
}

const fill = (path: string, operation: Operation) =>
  path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters?.find((p) => p.in === "path" && p.name === name);
    return parameter?.schema?.type === "integer" ? "1" : "00000000-0000-7000-8000-000000000000";
  });

for (const name of DIALECT_NAMES) {
  test(`every ${name} endpoint answers through the router at its declared path and method`, async ({ request }) => {
    const docReply = await request.get(`/api/docs/${name}.json`);
    expect(docReply.status()).toBe(200);
    const doc = (await docReply.json()) as { paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>> };
    const problems: string[] = [];
    let called = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const operation = item[method];
        if (!operation) continue;
        const url = fill(path, operation);
        const reply = await request.fetch(url, {
          method: method.toUpperCase(),
          headers: { "x-forwarded-for": `10.9.${called >> 8}.${called & 255}` },
          maxRedirects: 0,
        });
        called++;
        const text = await reply.text();
        const isJson = (reply.headers()["content-type"] ?? "").includes("json") && safeJson(text) !== undefined;
        const isPublic = (operation.security ?? []).length === 0;
        const where = `${method.toUpperCase()} ${path} (${url}) → ${reply.status()}`;
        if (!isJson) problems.push(`${where}: not a JSON envelope: ${text.slice(0, 120)}`);
        else if (isPublic ? reply.status() === 404 || reply.status() === 405 : reply.status() !== 401) problems.push(`${where}: ${text.slice(0, 160)}`);
      }
      const unserved = METHODS.find((method) => !item[method]);
      if (unserved) {
        const reply = await request.fetch(fill(path, Object.values(item)[0]!), { method: unserved.toUpperCase(), maxRedirects: 0 });
        const text = await reply.text();
        if (reply.status() !== 405 || safeJson(text) === undefined || !reply.headers()["allow"]) {
          problems.push(
            `${unserved.toUpperCase()} ${path} → ${reply.status()} (allow: ${reply.headers()["allow"]}): expected bindRoute's 405 in the envelope: ${text.slice(0, 120)}`,
          );
        }
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
    expect(called).toBeGreaterThan(0);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
