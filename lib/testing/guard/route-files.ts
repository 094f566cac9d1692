import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const APP_DIR = path.resolve(import.meta.dirname, "../../../app");

export interface RouteFile {
  /** e.g. "app/dev/crm/leads/[leadId]/route.ts" */
  file: string;
  /** The URL path Next serves it at, in the declarations' form: "/dev/crm/leads/{leadId}"; null for catch-alls. */
  urlPath: string | null;
  /** Whether it binds endpoints through bindRoute (or a wrapper of it, e.g. bindCorsRoute). */
  binds: boolean;
  /** The endpoints it passes to bind…Route: each as [module specifier, exported name]. */
  bound: [string, string][];
}

/** Every route.ts under app/, with the URL path its folders give it. */
export async function routeFiles(): Promise<RouteFile[]> {
  const entries = await readdir(APP_DIR, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && /^route\.[jt]sx?$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(
    files.sort().map(async (absolute) => {
      const file = path.relative(path.dirname(APP_DIR), absolute);
      const source = await readFile(absolute, "utf8");
      return { file, urlPath: urlPathOf(file), binds: BIND_CALL.test(source), bound: boundEndpoints(source) };
    }),
  );
}

/** "app/(crm)/dev/crm/leads/[leadId]/route.ts" → "/dev/crm/leads/{leadId}"; catch-alls → null. */
export function urlPathOf(file: string): string | null {
  const segments = file
    .split("/")
    .slice(1, -1)
    .filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  if (segments.some((segment) => segment.startsWith("[..."))) return null;
  return "/" + segments.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/");
}

const BIND_CALL = /\bbind\w*Route\s*\(/;

/** The imported names a route file passes to bind…Route(…), with the module each comes from. */
export function boundEndpoints(source: string): [string, string][] {
  const imported = new Map<string, [string, string]>();
  for (const [, names, from] of source.matchAll(/import\s*\{([^}]+)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const part of names!.split(",")) {
      const [exported, local] = part
        .replace(/^\s*type\s+/, "")
        .trim()
        .split(/\s+as\s+/);
      if (exported) imported.set((local ?? exported).trim(), [from!, exported.trim()]);
    }
  }
  const bound: [string, string][] = [];
  for (const [, args] of source.matchAll(/\bbind\w*Route\s*\(([^)]*)\)/g)) {
    for (const name of args!
      .split(",")
      .map((arg) => arg.trim())
      .filter(Boolean)) {
      bound.push(imported.get(name) ?? [`(not imported: ${name})`, name]);
    }
  }
  return bound;
}
