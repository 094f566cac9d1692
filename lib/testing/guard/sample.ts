import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { alternatives, type JsonSchema } from "./json-schema";

/** Values that satisfy the common formats of our schemas; a valid sample is repaired from these. */
function palette(): unknown[] {
  return [
    "+447840258823",
    "07840258823",
    "guard@example.com",
    randomUUID(),
    "2026-01-15",
    "2026-01-15T10:00:00.000Z",
    "https://example.com/guard",
    "example.com",
    "USD",
    "Guard",
    "1",
    1,
    10,
    0,
    true,
    false,
    "true",
    [],
    {},
    "{}",
  ];
}

/** A plausible value for one JSON Schema: defaults, enums, formats and names guide it; not always valid. */
export function sampleValue(schema: JsonSchema, name = ""): unknown {
  const [first] = alternatives(schema);
  const s = first ?? schema;
  if (s.default !== undefined) return s.default;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== "null") : s.type;
  switch (type) {
    case "string":
      return sampleString(s, name);
    case "integer":
    case "number": {
      const low = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      return s.maximum !== undefined ? Math.min(low, s.maximum) : low;
    }
    case "boolean":
      return false;
    case "array":
      return Array.from({ length: s.minItems ?? 0 }, () => sampleValue(s.items ?? {}, name));
    case "object":
      return Object.fromEntries((s.required ?? []).map((key) => [key, sampleValue(s.properties?.[key] ?? {}, key)]));
    default:
      return "guard";
  }
}

function sampleString(s: JsonSchema, name: string): string {
  const lower = name.toLowerCase();
  let value = "Guard";
  if (s.format === "email" || lower.includes("email")) value = "guard@example.com";
  else if (s.format === "uuid" || (lower.endsWith("id") && s.pattern?.includes("[0-9a-fA-F]{8}"))) value = randomUUID();
  else if (s.format === "date-time") value = new Date().toISOString();
  else if (s.format === "date" || lower.includes("date")) value = "2026-01-15";
  else if (s.format === "uri" || s.format === "url" || lower.includes("url")) value = "https://example.com/guard";
  else if (lower.includes("phone") || lower.includes("mobile")) value = "+447840258823";
  else if (lower.includes("domain")) value = "example.com";
  if (s.pattern && !new RegExp(s.pattern).test(value)) {
    const fit = palette().find((candidate): candidate is string => typeof candidate === "string" && new RegExp(s.pattern!).test(candidate));
    if (fit) value = fit;
  }
  if (s.minLength && value.length < s.minLength) value = value.padEnd(s.minLength, "x");
  if (s.maxLength !== undefined && value.length > s.maxLength) value = value.slice(0, s.maxLength);
  return value;
}

export interface Sample {
  value: unknown;
  /** Whether the zod schema accepts it (a sample that cannot be repaired is still usable as a base). */
  valid: boolean;
}

/**
 * A value the zod schema accepts, when one can be found: the JSON Schema's
 * sample, then each failing path tried with common valid values until zod is
 * satisfied (refinements such as phone checks are invisible in JSON Schema).
 */
export function validSample(zodSchema: z.ZodType, jsonSchema: JsonSchema, override?: Record<string, unknown>): Sample {
  let value = sampleValue(jsonSchema);
  if (override && value && typeof value === "object") value = { ...(value as object), ...override };
  for (let round = 0; round < 12; round++) {
    const result = zodSchema.safeParse(value);
    if (result.success) return { value, valid: true };
    const issue = result.error.issues[0]!;
    const path = issue.path.map((part) => (typeof part === "symbol" ? String(part) : part));
    const key = JSON.stringify(path);
    const fixed = palette().find((candidate) => {
      const next = setAt(value, path, candidate);
      const again = zodSchema.safeParse(next);
      return again.success || !again.error.issues.some((other) => JSON.stringify(other.path) === key);
    });
    if (fixed === undefined) return withOptionalFields(zodSchema, jsonSchema, value);
    value = setAt(value, path, fixed);
  }
  return zodSchema.safeParse(value).success ? { value, valid: true } : withOptionalFields(zodSchema, jsonSchema, value);
}

/** Updates often need "at least one field": add optional properties one by one until zod agrees. */
function withOptionalFields(zodSchema: z.ZodType, jsonSchema: JsonSchema, value: unknown): Sample {
  if (!value || typeof value !== "object" || Array.isArray(value)) return { value, valid: false };
  let current = value as Record<string, unknown>;
  for (const [name, property] of Object.entries(jsonSchema.properties ?? {})) {
    if (name in current) continue;
    const next = { ...current, [name]: sampleValue(property, name) };
    if (zodSchema.safeParse(next).success) return { value: next, valid: true };
    if (zodSchema.safeParse(next).error!.issues.length <= zodSchema.safeParse(current).error!.issues.length) current = next;
  }
  return { value: current, valid: false };
}

/** A copy of `root` with the value at `path` replaced (`undefined` deletes it). */
export function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const base: Record<string | number, unknown> = Array.isArray(root)
    ? ([...(root as unknown[])] as unknown as Record<number, unknown>)
    : root && typeof root === "object"
      ? { ...(root as object) }
      : typeof head === "number"
        ? ([] as unknown as Record<number, unknown>)
        : {};
  const next = setAt(base[head!], rest, value);
  if (next === undefined && rest.length === 0) delete base[head!];
  else base[head!] = next;
  return base;
}

/** A valid sample with as many optional fields set as stay valid: a write that would change a row if it reached it. */
export function richSample(zodSchema: z.ZodType, jsonSchema: JsonSchema): Sample {
  const base = validSample(zodSchema, jsonSchema);
  if (!base.valid || !base.value || typeof base.value !== "object" || Array.isArray(base.value)) return base;
  let current = base.value as Record<string, unknown>;
  for (const [name, property] of Object.entries(jsonSchema.properties ?? {})) {
    if (name in current) continue;
    const next = { ...current, [name]: sampleValue(property, name) };
    if (zodSchema.safeParse(next).success) current = next;
  }
  return { value: current, valid: true };
}
