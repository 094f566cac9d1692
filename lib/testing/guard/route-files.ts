import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const APP_DIR = path.resolve(import.meta.dirname, "../../../app");

export interface RouteFile {
  /** e.g. "app/dev/crm/leads/[leadId]/route.ts" */
  file: string;
  /** The URL path Next serves it at, in the declarations' form: "/dev/crm/leads/{leadId}"; null for catch-alls. */
  urlPath: string | null;
  /** Whether it binds endpoints through bindRoute. */
  binds: boolean;
}

/** Every route.ts under app/, with the URL path its folders give it. */
export async function routeFiles(): Promise<RouteFile[]> {
  const entries = await readdir(APP_DIR, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && /^route\.[jt]sx?$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(
    files.sort().map(async (absolute) => {
      const file = path.relative(path.dirname(APP_DIR), absolute);
      return { file, urlPath: urlPathOf(file), binds: /\bbindRoute\s*\(/.test(await readFile(absolute, "utf8")) };
    }),
  );
}

/** "app/(crm)/dev/crm/leads/[leadId]/route.ts" → "/dev/crm/leads/{leadId}"; catch-alls → null. */
export function urlPathOf(file: string): string | null {
  const segments = file.split("/").slice(1, -1).filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  if (segments.some((segment) => segment.startsWith("[..."))) return null;
  return "/" + segments.map((segment) => segment.replace(/^\[(.+)\]$/, "{$1}")).join("/");
}
